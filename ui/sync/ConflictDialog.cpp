// The conflict review dialog and the notice on the card.
#include "sync/ConflictDialog.h"

#include <QDialogButtonBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QMenu>
#include <QMessageBox>
#include <QPushButton>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace relatio {

namespace {

QString when(const QDateTime &utc)
{
    return QLocale().toString(utc.toLocalTime(), QLocale::ShortFormat);
}

} // namespace

ConflictDialog::ConflictDialog(DatabasePtr db, const QString &customerUuid, const QString &customerName,
                               const QString &actor, QWidget *parent)
    : QDialog(parent)
    , m_db(std::move(db))
    , m_uuid(customerUuid)
    , m_actor(actor)
{
    build(tr("Edits overwritten by sync — %1").arg(customerName), tr("Field"));
}

ConflictDialog::ConflictDialog(DatabasePtr db, const QString &actor, QWidget *parent)
    : QDialog(parent)
    , m_db(std::move(db))
    , m_actor(actor)
{
    build(tr("Edits overwritten by sync"), tr("Record and field"));
    resize(1000, 420);
}

void ConflictDialog::build(const QString &title, const QString &firstColumn)
{
    setWindowTitle(title);
    auto *layout = new QVBoxLayout(this);
    m_explanation = new QLabel(tr("The same field was changed in two places before they synced. The newest change was "
                                  "kept everywhere; the other is listed here. Put it back if it was the right one, "
                                  "or keep what won."));
    m_explanation->setWordWrap(true);
    layout->addWidget(m_explanation);

    m_list = new QTreeWidget;
    m_list->setObjectName(QStringLiteral("conflicts"));
    m_list->setRootIsDecorated(false);
    m_list->setAlternatingRowColors(true);
    // Each value with, below it, when and where it was written.
    m_list->setHeaderLabels({firstColumn, tr("Overwritten value"), tr("Kept value")});
    m_list->setUniformRowHeights(false);
    // One line each (a long value ends in "…"; its tooltip has it whole), so the lines below it
    // always show.
    m_list->setWordWrap(false);
    m_list->setTextElideMode(Qt::ElideRight);
    m_list->header()->setStretchLastSection(false);
    m_list->header()->setSectionResizeMode(0, QHeaderView::ResizeToContents);
    m_list->header()->setSectionResizeMode(1, QHeaderView::Stretch);
    m_list->header()->setSectionResizeMode(2, QHeaderView::Stretch);
    layout->addWidget(m_list, 1);
    m_empty = new QLabel(tr("Sync has overwritten no edits here that are still to be reviewed."));
    m_empty->setObjectName(QStringLiteral("empty"));
    m_empty->setAlignment(Qt::AlignCenter);
    m_empty->setWordWrap(true);
    layout->addWidget(m_empty, 1);
    connect(m_list, &QTreeWidget::itemSelectionChanged, this, &ConflictDialog::updateButtons);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close);
    m_flip = buttons->addButton(tr("&Put Back the Overwritten Value"), QDialogButtonBox::ActionRole);
    m_keep = buttons->addButton(tr("&Keep the Kept Value"), QDialogButtonBox::ActionRole);
    m_flip->setToolTip(tr("Writes the overwritten value as a new edit here; it reaches everyone at the next sync"));
    m_keep->setToolTip(tr("Closes the entry; the record stays as it is"));
    connect(m_flip, &QPushButton::clicked, this, [this]() { answer(true); });
    connect(m_keep, &QPushButton::clicked, this, [this]() { answer(false); });
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);
    resize(900, 380);
    reload();
}

int ConflictDialog::shownCount() const
{
    return m_list->topLevelItemCount();
}

void ConflictDialog::reload()
{
    m_list->clear();
    sync::ConflictResolver resolver(m_db);
    auto views = m_uuid.isEmpty() ? resolver.elsewhere() : resolver.forCustomer(m_uuid);
    m_views = views ? *views : QList<sync::ConflictView>();
    m_empty->setText(views ? tr("Sync has overwritten no edits here that are still to be reviewed.")
                           : views.error().message);
    for (const sync::ConflictView &v : std::as_const(m_views)) {
        const QString written = tr("written %1\non %2");
        // Elsewhere, the record above its field.
        const QString what = v.record.isEmpty()
            ? v.fieldLabel
            : v.record + QLatin1Char('\n') + sync::ConflictResolver::fieldLabel(v.conflict.field);
        auto *item = new QTreeWidgetItem({what,
                                          v.loserText + QLatin1Char('\n') + written.arg(when(v.loserWhen), v.loserWhere),
                                          v.winnerText + QLatin1Char('\n') + written.arg(when(v.winnerWhen), v.winnerWhere)});
        item->setToolTip(1, v.loserText);
        item->setToolTip(2, v.winnerText);
        item->setToolTip(0, what);
        if (!v.currentIsWinner)
            item->setToolTip(0, what + QStringLiteral("\n\n") + tr("The record has been changed again since."));
        m_list->addTopLevelItem(item);
    }
    if (m_list->topLevelItemCount() > 0)
        m_list->setCurrentItem(m_list->topLevelItem(0));
    m_list->setVisible(m_list->topLevelItemCount() > 0);
    m_empty->setVisible(m_list->topLevelItemCount() == 0);
    updateButtons();
}

void ConflictDialog::updateButtons()
{
    const bool any = m_list->currentItem() != nullptr;
    m_flip->setEnabled(any);
    m_keep->setEnabled(any);
}

void ConflictDialog::answer(bool flip)
{
    const int row = m_list->indexOfTopLevelItem(m_list->currentItem());
    if (row < 0 || row >= m_views.size())
        return;
    sync::ConflictResolver resolver(m_db);
    const QString uuid = m_views[row].conflict.uuid;
    const auto done = flip ? resolver.flip(uuid, m_actor) : resolver.accept(uuid);
    if (!done) {
        QMessageBox::warning(this, windowTitle(), done.error().message);
        return;
    }
    if (flip)
        emit customerChanged();
    reload();
    if (m_list->topLevelItemCount() == 0 && !m_uuid.isEmpty())
        accept();
}

ConflictNotice::ConflictNotice(DatabasePtr db, QWidget *parent)
    : QWidget(parent)
    , m_db(std::move(db))
{
    setObjectName(QStringLiteral("conflictNotice"));
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(8, 4, 8, 4);
    setAttribute(Qt::WA_StyledBackground);
    setStyleSheet(QStringLiteral("#conflictNotice { background: #e8f0fe; border: 1px solid #aecbfa; border-radius: 4px; }"
                                 " #conflictNotice QLabel { color: #174ea6; }"));
    m_text = new QLabel;
    m_text->setWordWrap(true);
    layout->addWidget(m_text, 1);
    auto *review = new QPushButton(tr("&Review…"));
    review->setObjectName(QStringLiteral("reviewConflicts"));
    layout->addWidget(review);
    connect(review, &QPushButton::clicked, this, [this]() {
        ConflictDialog dialog(m_db, m_uuid, m_name, m_actor, window());
        connect(&dialog, &ConflictDialog::customerChanged, this, &ConflictNotice::customerChanged);
        dialog.exec();
        refresh();
        emit reviewed();
    });
    setVisible(false);
}

void ConflictNotice::setCustomer(const QString &uuid, const QString &name)
{
    m_uuid = uuid;
    m_name = name;
    refresh();
}

void ConflictNotice::refresh()
{
    if (m_uuid.isEmpty()) {
        setVisible(false);
        return;
    }
    const auto count = sync::ConflictResolver(m_db).openCount(m_uuid);
    const int n = count ? *count : 0;
    m_text->setText(tr("Edits on this record that sync overwrote with changes made elsewhere at the same time: %n.", nullptr, n));
    setVisible(n > 0);
}

ConflictIndicator::ConflictIndicator(DatabasePtr db, QWidget *parent)
    : QToolButton(parent)
    , m_db(std::move(db))
{
    setObjectName(QStringLiteral("conflictIndicator"));
    setAutoRaise(true);
    setPopupMode(QToolButton::InstantPopup);
    setToolButtonStyle(Qt::ToolButtonTextOnly);
    setStyleSheet(QStringLiteral("#conflictIndicator { color: #174ea6; }"));
    setMenu(new QMenu(this));
    setVisible(false);
}

void ConflictIndicator::refresh()
{
    const sync::ConflictResolver resolver(m_db);
    const auto customers = resolver.customersWithOpen();
    const auto elsewhere = resolver.openCountElsewhere();
    QMenu *m = menu();
    m->clear();
    int total = elsewhere ? *elsewhere : 0;
    constexpr int kListed = 12;
    if (customers) {
        for (qsizetype i = 0; i < customers->size(); ++i) {
            const auto &c = customers->at(i);
            total += c.open;
            if (i < kListed) {
                const qint64 id = c.customerId;
                QString name = c.name.isEmpty() ? tr("Unnamed customer") : c.name;
                m->addAction(tr("%1 (%2)").arg(name.replace(QLatin1Char('&'), QStringLiteral("&&"))).arg(c.open), this,
                             [this, id]() { emit customerRequested(id); });
            }
        }
        if (customers->size() > kListed)
            m->addAction(tr("and %1 more customers").arg(QLocale().toString(customers->size() - kListed)))->setEnabled(false);
    }
    if (elsewhere && *elsewhere > 0) {
        if (!m->isEmpty())
            m->addSeparator();
        m->addAction(tr("Team members, tags, orders and other records (%1)…").arg(*elsewhere), this,
                     &ConflictIndicator::elsewhereRequested);
    }
    setText(tr("Overwritten edits to review: %1").arg(QLocale().toString(total)));
    setToolTip(tr("Edits that sync overwrote with changes made elsewhere at the same time. Open a record to put its "
                  "value back or keep what won."));
    setVisible(total > 0);
}

} // namespace relatio
