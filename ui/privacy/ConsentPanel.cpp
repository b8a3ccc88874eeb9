// The consent part of the customer card.
#include "privacy/ConsentPanel.h"

#include "csv/CsvUi.h"
#include "privacy/ConsentDialog.h"
#include "privacy/PrivacyModels.h"

#include <QAction>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPainter>
#include <QPixmap>
#include <QStyledItemDelegate>
#include <QTableView>
#include <QToolButton>
#include <QVBoxLayout>

namespace relatio {

namespace {

// The state column with a coloured dot: green in force, amber waiting, red withdrawn, grey none.
class StatusDelegate : public QStyledItemDelegate
{
public:
    using QStyledItemDelegate::QStyledItemDelegate;

    // A little air after the text, so that sized-to-contents columns never cut a letter.
    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const override
    {
        return QStyledItemDelegate::sizeHint(option, index) + QSize(8, 0);
    }

protected:
    void initStyleOption(QStyleOptionViewItem *option, const QModelIndex &index) const override
    {
        QStyledItemDelegate::initStyleOption(option, index);
        if (index.column() != ConsentStateModel::State)
            return;
        const auto status = ConsentStatus(index.data(ConsentStateModel::StatusRole).toInt());
        option->icon = QIcon(dot(status, option->decorationSize.height()));
        option->features |= QStyleOptionViewItem::HasDecoration;
    }

private:
    static QPixmap dot(ConsentStatus status, int size)
    {
        QColor colour;
        switch (status) {
        case ConsentStatus::Active: colour = QColor(0x2e, 0x7d, 0x32); break;
        case ConsentStatus::Pending: colour = QColor(0xef, 0x8f, 0x00); break;
        case ConsentStatus::Withdrawn: colour = QColor(0xc6, 0x28, 0x28); break;
        case ConsentStatus::None: colour = QColor(0x9e, 0x9e, 0x9e); break;
        }
        QPixmap pixmap(size, size);
        pixmap.fill(Qt::transparent);
        QPainter p(&pixmap);
        p.setRenderHint(QPainter::Antialiasing);
        p.setPen(Qt::NoPen);
        p.setBrush(colour);
        const qreal d = size * 0.6;
        p.drawEllipse(QRectF((size - d) / 2, (size - d) / 2, d, d));
        return pixmap;
    }
};

QTableView *tableView(QAbstractItemModel *model, const QString &name)
{
    auto *view = new QTableView;
    view->setObjectName(name);
    view->setModel(model);
    view->setSelectionBehavior(QAbstractItemView::SelectRows);
    view->setSelectionMode(QAbstractItemView::SingleSelection);
    view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    view->verticalHeader()->setVisible(false);
    view->verticalHeader()->setDefaultSectionSize(view->fontMetrics().height() + 10);
    view->horizontalHeader()->setStretchLastSection(true);
    view->horizontalHeader()->setHighlightSections(false);
    view->setWordWrap(false);
    view->setAlternatingRowColors(true);
    view->setShowGrid(false);
    return view;
}

QLabel *heading(const QString &text)
{
    auto *label = new QLabel(text);
    QFont f = label->font();
    f.setBold(true);
    label->setFont(f);
    return label;
}

} // namespace

ConsentPanel::ConsentPanel(DatabasePtr db, QWidget *parent)
    : QWidget(parent)
    , m_db(std::move(db))
    , m_repository(std::make_unique<ConsentRepository>(m_db))
    , m_states(new ConsentStateModel(m_db, this))
    , m_ledger(new ConsentLedgerModel(m_db, this))
{
    setObjectName(QStringLiteral("consentPanel"));
    m_stateView = tableView(m_states, QStringLiteral("consentStates"));
    m_stateView->setItemDelegate(new StatusDelegate(m_stateView));
    m_stateView->setVerticalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    // A handful of rows: sized to their contents whenever they change. The ledger too, but for the
    // evidence, which takes the room that is left and shows the rest in its tooltip.
    m_stateView->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_stateView->horizontalHeader()->setStretchLastSection(true);
    m_ledgerView = tableView(m_ledger, QStringLiteral("consentLedger"));
    m_ledgerView->setSelectionMode(QAbstractItemView::NoSelection);
    m_ledgerView->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_ledgerView->horizontalHeader()->setSectionResizeMode(ConsentLedgerModel::Evidence, QHeaderView::Stretch);
    m_ledgerView->setTextElideMode(Qt::ElideRight);

    m_grant = new QAction(tr("Record &Permission…"), this);
    m_grant->setToolTip(tr("Record that the customer gave permission, how, and the wording they were shown"));
    m_confirm = new QAction(tr("&Confirm Address…"), this);
    m_confirm->setToolTip(tr("Record that the e-mail address confirmed the permission (double opt-in)"));
    m_withdraw = new QAction(tr("&Withdraw…"), this);
    m_withdraw->setToolTip(tr("Record that the customer took the permission back"));
    connect(m_grant, &QAction::triggered, this, [this]() { record(int(ConsentAction::Grant)); });
    connect(m_confirm, &QAction::triggered, this, [this]() { record(int(ConsentAction::Confirm)); });
    connect(m_withdraw, &QAction::triggered, this, [this]() { record(int(ConsentAction::Withdraw)); });

    auto *buttons = new QHBoxLayout;
    for (QAction *action : {m_grant, m_confirm, m_withdraw}) {
        auto *button = new QToolButton;
        button->setDefaultAction(action);
        button->setToolButtonStyle(Qt::ToolButtonTextOnly);
        buttons->addWidget(button);
    }
    buttons->addStretch();

    m_error = csvui::errorLabel();
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(heading(tr("Permissions for marketing")));
    layout->addWidget(csvui::noteLabel(tr("The state per purpose follows from the entries below; entries are "
                                          "never changed or removed, so they prove each permission.")));
    layout->addWidget(m_stateView);
    layout->addLayout(buttons);
    layout->addWidget(m_error);
    layout->addSpacing(6);
    layout->addWidget(heading(tr("Entries")));
    layout->addWidget(m_ledgerView, 1);

    connect(m_stateView->selectionModel(), &QItemSelectionModel::currentRowChanged, this, &ConsentPanel::updateActions);
    connect(m_states, &QAbstractItemModel::dataChanged, this, &ConsentPanel::updateActions);
    connect(m_states, &QAbstractItemModel::modelReset, this, [this]() {
        // Every purpose in sight, without a scroll bar.
        const int rows = m_states->rowCount();
        m_stateView->setFixedHeight(m_stateView->horizontalHeader()->sizeHint().height()
                                    + rows * m_stateView->verticalHeader()->defaultSectionSize()
                                    + 2 * m_stateView->frameWidth() + 2);
        updateActions();
    });
    setCustomer(0);
}

ConsentPanel::~ConsentPanel() = default;

void ConsentPanel::setActor(const QString &who)
{
    m_repository->setActor(who);
}

void ConsentPanel::setCustomer(qint64 customerId, bool live)
{
    const qint64 purpose = currentPurpose();
    m_customerId = customerId;
    m_live = live;
    csvui::setMessage(m_error, {});
    if (!m_states->setCustomer(customerId))
        showError(m_states->lastError());
    if (!m_ledger->setCustomer(customerId))
        showError(m_ledger->lastError());
    selectPurpose(purpose);
    updateActions();
}

void ConsentPanel::refresh()
{
    if (!m_states->refresh())
        showError(m_states->lastError());
    if (!m_ledger->refresh())
        showError(m_ledger->lastError());
    updateActions();
}

qint64 ConsentPanel::currentPurpose() const
{
    const QModelIndex current = m_stateView->currentIndex();
    return current.isValid() ? current.data(ConsentStateModel::PurposeIdRole).toLongLong() : 0;
}

void ConsentPanel::selectPurpose(qint64 purposeId)
{
    const int row = m_states->rowOfPurpose(purposeId);
    if (row >= 0)
        m_stateView->setCurrentIndex(m_states->index(row, 0));
    else if (m_states->rowCount() > 0 && !m_stateView->currentIndex().isValid())
        m_stateView->setCurrentIndex(m_states->index(0, 0));
}

void ConsentPanel::record(int action)
{
    if (m_customerId <= 0)
        return;
    ConsentDialog dialog(*m_repository, ConsentAction(action), m_customerId, currentPurpose(), this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    csvui::setMessage(m_error, {});
    refresh();
    emit consentChanged(m_customerId);
}

void ConsentPanel::updateActions()
{
    const bool any = m_customerId > 0;
    const QModelIndex current = m_stateView->currentIndex();
    const auto status = current.isValid() ? ConsentStatus(current.data(ConsentStateModel::StatusRole).toInt())
                                          : ConsentStatus::None;
    m_grant->setEnabled(any && m_live);
    m_confirm->setEnabled(any && m_live && status == ConsentStatus::Pending);
    m_withdraw->setEnabled(any && (status == ConsentStatus::Active || status == ConsentStatus::Pending));
}

void ConsentPanel::showError(const QString &message)
{
    csvui::setMessage(m_error, message);
}

} // namespace relatio
