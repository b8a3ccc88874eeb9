// The customer card's orders.
#include "orders/PurchasesPanel.h"

#include "customers/SaveConflictDialog.h"
#include "orders/Money.h"
#include "orders/OrderController.h"
#include "orders/PurchaseDialog.h"
#include "orders/PurchaseListModel.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QKeySequence>
#include <QLabel>
#include <QLocale>
#include <QMessageBox>
#include <QPushButton>
#include <QResizeEvent>
#include <QScrollArea>
#include <QShortcut>
#include <QSortFilterProxyModel>
#include <QSplitter>
#include <QTableView>
#include <QVBoxLayout>

namespace relatio {

PurchasesPanel::PurchasesPanel(OrderController *controller, QWidget *parent)
    : QWidget(parent)
    , m_controller(controller)
    , m_model(new PurchaseListModel(controller->database(), this))
    , m_proxy(new QSortFilterProxyModel(this))
{
    m_proxy->setSourceModel(m_model);
    m_proxy->setSortRole(PurchaseListModel::SortRole);

    m_summary = new QLabel;
    m_summary->setObjectName(QStringLiteral("ordersSummary"));
    m_summary->setWordWrap(true);
    m_summary->setTextFormat(Qt::RichText);

    m_add = new QPushButton(tr("&Add Order…"));
    m_edit = new QPushButton(tr("&Edit…"));
    m_delete = new QPushButton(tr("&Delete"));
    m_add->setToolTip(tr("Record an order or a refund of this customer"));
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_add);
    buttons->addWidget(m_edit);
    buttons->addWidget(m_delete);
    buttons->addStretch(1);

    m_view = new QTableView;
    m_view->setObjectName(QStringLiteral("ordersView"));
    m_view->setModel(m_proxy);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->setSortingEnabled(true);
    m_view->sortByColumn(PurchaseListModel::OrderedOn, Qt::DescendingOrder);
    m_view->setAlternatingRowColors(true);
    m_view->setWordWrap(false);
    m_view->verticalHeader()->hide();
    m_view->verticalHeader()->setDefaultSectionSize(m_view->fontMetrics().height() + 8);
    QHeaderView *header = m_view->horizontalHeader();
    header->setSectionResizeMode(QHeaderView::ResizeToContents);
    // The product keeps a readable width (a narrow card scrolls sideways rather than squeezing it
    // away); the amount and quantity come right after it, before category and channel.
    header->setSectionResizeMode(PurchaseListModel::Product, QHeaderView::Interactive);
    header->resizeSection(PurchaseListModel::Product, m_view->fontMetrics().averageCharWidth() * 24);
    header->moveSection(header->visualIndex(PurchaseListModel::Amount), PurchaseListModel::Product + 1);
    header->moveSection(header->visualIndex(PurchaseListModel::Quantity), PurchaseListModel::Product + 2);
    header->setStretchLastSection(true);
    header->setHighlightSections(false);

    m_empty = new QLabel(tr("No orders yet. Orders come in with “relatio-cli import orders” or are added here."));
    m_empty->setWordWrap(true);
    m_empty->setAlignment(Qt::AlignCenter);
    m_empty->setEnabled(false);

    auto *main = new QVBoxLayout;
    main->setContentsMargins(0, 0, 0, 0);
    main->addWidget(m_summary);
    main->addLayout(buttons);
    main->addWidget(m_view, 1);
    main->addWidget(m_empty, 1);

    auto *orders = new QWidget;
    orders->setLayout(main);

    m_side = new QWidget;
    m_side->setObjectName(QStringLiteral("ordersSide"));
    m_sideLayout = new QVBoxLayout(m_side);
    m_sideLayout->setContentsMargins(0, 0, 4, 0);
    m_sideLayout->addStretch(1);
    // The side column scrolls on its own, so a short card never squeezes what is in it.
    m_sideScroll = new QScrollArea;
    m_sideScroll->setWidget(m_side);
    m_sideScroll->setWidgetResizable(true);
    m_sideScroll->setFrameShape(QFrame::NoFrame);
    m_sideScroll->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_sideScroll->setVisible(false);

    // Beside the orders on a wide card, below them on a narrow one (see resizeEvent).
    m_split = new QSplitter(Qt::Horizontal);
    m_split->setObjectName(QStringLiteral("ordersSplit"));
    m_split->setChildrenCollapsible(false);
    m_split->addWidget(orders);
    m_split->addWidget(m_sideScroll);
    m_split->setStretchFactor(0, 3);
    m_split->setStretchFactor(1, 2);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_split);

    connect(m_add, &QPushButton::clicked, this, &PurchasesPanel::addPurchase);
    connect(m_edit, &QPushButton::clicked, this, &PurchasesPanel::editCurrent);
    connect(m_delete, &QPushButton::clicked, this, &PurchasesPanel::deleteCurrent);
    connect(m_view, &QTableView::activated, this, [this]() {
        if (m_writable)
            editCurrent();
    });
    auto *del = new QShortcut(QKeySequence::Delete, m_view, nullptr, nullptr, Qt::WidgetShortcut);
    connect(del, &QShortcut::activated, this, &PurchasesPanel::deleteCurrent);
    connect(m_view->selectionModel(), &QItemSelectionModel::currentRowChanged, this, &PurchasesPanel::updateActions);
    connect(m_model, &PurchaseListModel::totalsChanged, this, &PurchasesPanel::updateSummary);
    connect(controller, &OrderController::purchaseChanged, this, [this](qint64 id) {
        if (m_model->customerId() == 0)
            return;
        if (auto refreshed = m_model->refresh(id); !refreshed)
            emit statusMessage(refreshed.error().message, 6000);
    });
    updateSummary();
}

void PurchasesPanel::setCustomer(qint64 customerId, bool writable)
{
    m_writable = writable;
    if (auto read = m_model->setCustomer(customerId); !read)
        emit statusMessage(read.error().message, 6000);
    m_view->scrollToTop();
    updateActions();
}

qint64 PurchasesPanel::customerId() const
{
    return m_model->customerId();
}

void PurchasesPanel::reload()
{
    setCustomer(m_model->customerId(), m_writable);
}

void PurchasesPanel::addSideWidget(QWidget *widget)
{
    m_sideLayout->insertWidget(m_sideLayout->count() - 1, widget);
    m_sideScroll->setVisible(true);
    arrange();
}

void PurchasesPanel::resizeEvent(QResizeEvent *event)
{
    QWidget::resizeEvent(event);
    arrange();
}

void PurchasesPanel::arrange()
{
    // The side column needs about 34 characters, the orders about 60: side by side from there.
    const int em = fontMetrics().averageCharWidth();
    const Qt::Orientation wanted = width() >= em * 100 ? Qt::Horizontal : Qt::Vertical;
    if (wanted == m_split->orientation() && m_arranged)
        return;
    m_arranged = true;
    m_split->setOrientation(wanted);
    if (wanted == Qt::Horizontal)
        m_split->setSizes({width() * 3 / 5, width() * 2 / 5});
    else
        m_split->setSizes({height() / 2, height() / 2});
}

qint64 PurchasesPanel::currentId() const
{
    const QModelIndex current = m_view->currentIndex();
    return current.isValid() ? m_proxy->data(current, PurchaseListModel::IdRole).toLongLong() : 0;
}

void PurchasesPanel::addPurchase()
{
    if (!m_writable || m_model->customerId() == 0)
        return;
    Purchase p;
    p.customerId = m_model->customerId();
    p.orderedOn = QDate::currentDate();
    // The currency and channel of the customer's latest order are the likeliest for the next.
    if (m_model->rowCount() > 0) {
        const Purchase &latest = m_model->recordAt(0);
        p.currency = latest.currency;
        p.channelId = latest.channelId;
    }
    PurchaseDialog dialog(m_controller->database(), p, this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    const auto id = m_controller->create(dialog.purchase());
    if (!id) {
        QMessageBox::warning(this, tr("Relatio"), id.error().message);
        return;
    }
    const int row = m_model->rowOf(*id);
    if (row >= 0)
        m_view->setCurrentIndex(m_proxy->mapFromSource(m_model->index(row, 0)));
    emit statusMessage(tr("Order added."), 3000);
}

void PurchasesPanel::editCurrent()
{
    const qint64 id = currentId();
    if (!m_writable || id == 0)
        return;
    const int row = m_model->rowOf(id);
    if (row < 0)
        return;
    const Purchase before = m_model->recordAt(row);
    PurchaseDialog dialog(m_controller->database(), before, this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    // Saved as an edit of the order as it was opened; a clash with a change made elsewhere since
    // is shown three ways. Back to Editing opens the order dialog again with what the user entered.
    const QString name = tr("The order of %1").arg(QLocale().toString(before.orderedOn, QLocale::ShortFormat));
    Purchase toSave = dialog.purchase();
    for (;;) {
        const auto saved = SaveConflictDialog::saveAsking(
            this, name, before, toSave, PurchaseRepository::mergeFields(), &PurchaseRepository::fieldLabel,
            &PurchaseRepository::fieldText,
            [this](const Purchase &opened, const Purchase &mine, RecordConflict<Purchase> *conflict) {
                return m_controller->save(opened, mine, conflict);
            });
        if (saved) {
            if (!saved->isEmpty()) {
                const QString labels = fieldLabels(*saved, &PurchaseRepository::fieldLabel);
                emit statusMessage(tr("Order saved, together with changes made elsewhere meanwhile to: %1.")
                                       .arg(labels),
                                   8000);
            }
            return;
        }
        if (saved.error().code != Error::Code::Cancelled) {
            QMessageBox::warning(this, tr("Relatio"), saved.error().message);
            return;
        }
        PurchaseDialog again(m_controller->database(), toSave, this);
        if (again.exec() != QDialog::Accepted) {
            emit statusMessage(tr("Not saved: the order was changed elsewhere."), 8000);
            return;
        }
        toSave = again.purchase();
    }
}

void PurchasesPanel::deleteCurrent()
{
    const qint64 id = currentId();
    if (!m_writable || id == 0)
        return;
    // No question asked: Undo brings it back.
    if (auto removed = m_controller->remove(id); !removed)
        QMessageBox::warning(this, tr("Relatio"), removed.error().message);
    else
        emit statusMessage(tr("Order deleted. Undo (Ctrl+Z) brings it back."), 5000);
}

void PurchasesPanel::updateSummary()
{
    const PurchaseTotals t = m_model->totals();
    const QLocale locale;
    const bool any = t.count > 0;
    m_view->setVisible(any);
    m_empty->setVisible(!any);
    emit countChanged(t.count);
    if (!any) {
        m_summary->setText(m_model->customerId() > 0 ? tr("<b>No orders</b>") : QString());
        return;
    }
    QStringList revenue;
    for (auto it = t.revenue.cbegin(); it != t.revenue.cend(); ++it)
        revenue.append(Money::format(it.value(), it.key(), locale).toHtmlEscaped());
    const QString lines = t.count == 1 ? tr("1 order line") : tr("%1 order lines").arg(locale.toString(t.count));
    const QString span = t.first == t.last
        ? tr("on %1").arg(locale.toString(t.first, QLocale::ShortFormat))
        : tr("first %1, last %2")
              .arg(locale.toString(t.first, QLocale::ShortFormat), locale.toString(t.last, QLocale::ShortFormat));
    m_summary->setText(tr("<b>%1</b> · %2 · %3", "revenue · order lines · first and last purchase")
                           .arg(revenue.join(QStringLiteral(" + ")), lines, span));
    updateActions();
}

void PurchasesPanel::updateActions()
{
    const bool customer = m_model->customerId() > 0;
    const bool current = currentId() != 0;
    m_add->setEnabled(m_writable && customer);
    m_edit->setEnabled(m_writable && current);
    m_delete->setEnabled(m_writable && current);
}

} // namespace relatio
