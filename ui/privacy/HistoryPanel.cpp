// The change history on the customer card.
#include "privacy/HistoryPanel.h"

#include "csv/CsvUi.h"
#include "privacy/PrivacyModels.h"

#include <QHeaderView>
#include <QLabel>
#include <QTableView>
#include <QVBoxLayout>

namespace relatio {

HistoryPanel::HistoryPanel(DatabasePtr db, QWidget *parent)
    : QWidget(parent)
    , m_model(new ChangeHistoryModel(std::move(db), this))
{
    setObjectName(QStringLiteral("historyPanel"));
    m_view = new QTableView;
    m_view->setObjectName(QStringLiteral("changeHistory"));
    m_view->setModel(m_model);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->verticalHeader()->setVisible(false);
    m_view->verticalHeader()->setDefaultSectionSize(m_view->fontMetrics().height() + 10);
    m_view->horizontalHeader()->setStretchLastSection(true);
    m_view->horizontalHeader()->setHighlightSections(false);
    m_view->setWordWrap(false);
    m_view->setTextElideMode(Qt::ElideRight);
    m_view->setAlternatingRowColors(true);
    m_view->setShowGrid(false);
    m_error = csvui::errorLabel();

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(csvui::noteLabel(tr("Every change to this record: what it was, what it became, when and by whom. "
                                          "Erasing the customer erases this history too.")));
    layout->addWidget(m_error);
    layout->addWidget(m_view, 1);
    connect(m_model, &QAbstractItemModel::rowsInserted, m_view, [this]() { m_view->scrollToTop(); });
}

void HistoryPanel::setCustomer(qint64 customerId)
{
    m_customerId = customerId;
    csvui::setMessage(m_error, m_model->setCustomer(customerId) ? QString() : m_model->lastError());
    m_view->resizeColumnsToContents();
    // Long values (notes) are cut off in the list; the tooltip has them whole.
    for (const int column : {ChangeHistoryModel::OldValue, ChangeHistoryModel::NewValue})
        m_view->setColumnWidth(column, std::min(m_view->columnWidth(column), 260));
}

void HistoryPanel::refresh()
{
    csvui::setMessage(m_error, m_model->refresh() ? QString() : m_model->lastError());
}

} // namespace relatio
