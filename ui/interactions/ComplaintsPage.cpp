// Complaints page.
#include "interactions/ComplaintsPage.h"

#include "interactions/ComplaintListModel.h"
#include "interactions/CurrentUserWidgets.h"
#include "interactions/InteractionController.h"
#include "interactions/InteractionText.h"
#include "interactions/TimeText.h"

#include <QCheckBox>
#include <QComboBox>
#include <QTabBar>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QMessageBox>
#include <QPushButton>
#include <QSplitter>
#include <QStyledItemDelegate>
#include <QTextBrowser>
#include <QTreeView>
#include <QUndoStack>
#include <QVBoxLayout>

namespace relatio {

namespace {

// Complaints from public channels stand out in bold, besides the "(public)" in their channel.
class ComplaintDelegate : public QStyledItemDelegate
{
public:
    using QStyledItemDelegate::QStyledItemDelegate;

    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const override
    {
        return QStyledItemDelegate::sizeHint(option, index) + QSize(0, 8);
    }

protected:
    void initStyleOption(QStyleOptionViewItem *option, const QModelIndex &index) const override
    {
        QStyledItemDelegate::initStyleOption(option, index);
        if (index.column() == ComplaintListModel::Channel && index.data(ComplaintListModel::SocialRole).toBool()) {
            option->font.setBold(true);
            option->palette.setColor(QPalette::Text, QColor(0xc2, 0x18, 0x5b).darker(120));
        }
        if (index.column() == ComplaintListModel::TakenBy
            && index.data(ComplaintListModel::TakenByIdRole).toLongLong() == 0)
            option->font.setItalic(true);
    }
};

} // namespace

ComplaintsPage::ComplaintsPage(InteractionController *controller, QWidget *parent)
    : QWidget(parent)
    , m_controller(controller)
    , m_model(new ComplaintListModel(controller->database(), this))
{
    setObjectName(QStringLiteral("complaintsPage"));
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(8, 8, 8, 0);

    auto *title = new QLabel(tr("Complaints"));
    QFont titleFont = title->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.35);
    titleFont.setBold(true);
    title->setFont(titleFont);
    layout->addWidget(title);

    auto *bar = new QHBoxLayout;
    m_lists = new QTabBar;
    m_lists->setDrawBase(false);
    m_lists->setExpanding(false);
    m_lists->addTab(tr("&Open"));
    m_lists->addTab(tr("Recently &Resolved"));
    m_lists->setTabToolTip(0, tr("Complaints no one has resolved yet, the oldest first"));
    m_lists->setTabToolTip(1, tr("Resolved complaints, the latest first, with who took them"));
    bar->addWidget(m_lists);
    m_days = new QComboBox;
    for (int days : {7, 30, 90, 365})
        m_days->addItem(tr("in the last %1 days").arg(days), days);
    m_days->setCurrentIndex(1);
    m_days->setVisible(false);
    bar->addWidget(m_days);
    bar->addSpacing(12);
    m_socialOnly = new QCheckBox(tr("&Social channels only"));
    m_socialOnly->setToolTip(tr("Only complaints made in public, which anyone on the team may pick up"));
    bar->addWidget(m_socialOnly);
    bar->addStretch();
    m_count = new QLabel;
    bar->addWidget(m_count);
    layout->addLayout(bar);

    auto *splitter = new QSplitter(Qt::Vertical);
    splitter->setChildrenCollapsible(false);
    m_view = new QTreeView;
    m_view->setObjectName(QStringLiteral("complaints"));
    m_view->setModel(m_model);
    m_view->setItemDelegate(new ComplaintDelegate(m_view));
    m_view->setRootIsDecorated(false);
    m_view->setUniformRowHeights(true);
    m_view->setAllColumnsShowFocus(true);
    m_view->setAlternatingRowColors(true);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->header()->setStretchLastSection(false);
    m_view->header()->setSectionResizeMode(ComplaintListModel::Subject, QHeaderView::Stretch);
    splitter->addWidget(m_view);
    m_details = new QTextBrowser;
    m_details->setOpenLinks(false);
    splitter->addWidget(m_details);
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 1);
    splitter->setSizes({500, 140});
    layout->addWidget(splitter, 1);

    auto *buttons = new QHBoxLayout;
    m_take = new QPushButton(tr("&Take It"));
    m_take->setToolTip(tr("You pick up this complaint"));
    m_giveBack = new QPushButton(tr("&Give Back"));
    m_giveBack->setToolTip(tr("Nobody has it any more; anyone may take it"));
    m_resolve = new QPushButton(tr("Resol&ved"));
    m_resolve->setToolTip(tr("The complaint has been dealt with"));
    m_reopen = new QPushButton(tr("R&eopen"));
    m_reopen->setToolTip(tr("The complaint needs more work"));
    m_open = new QPushButton(tr("Open &Customer"));
    m_open->setToolTip(tr("Show the customer's card with this contact (double-click)"));
    for (QPushButton *b : {m_take, m_giveBack, m_resolve, m_reopen})
        buttons->addWidget(b);
    buttons->addStretch();
    buttons->addWidget(m_open);
    layout->addLayout(buttons);

    connect(m_lists, &QTabBar::currentChanged, this, [this](int index) { showResolved(index == 1); });
    connect(m_days, &QComboBox::currentIndexChanged, this,
            [this]() { m_model->setResolvedDays(m_days->currentData().toInt()); });
    connect(m_socialOnly, &QCheckBox::toggled, this, &ComplaintsPage::setSocialOnly);
    connect(m_take, &QPushButton::clicked, this, &ComplaintsPage::takeCurrent);
    connect(m_giveBack, &QPushButton::clicked, this, &ComplaintsPage::giveBackCurrent);
    connect(m_resolve, &QPushButton::clicked, this, &ComplaintsPage::resolveCurrent);
    connect(m_reopen, &QPushButton::clicked, this, &ComplaintsPage::reopenCurrent);
    auto openCurrent = [this]() {
        const QModelIndex current = m_view->currentIndex();
        if (current.isValid())
            emit openCustomerRequested(current.data(ComplaintListModel::CustomerIdRole).toLongLong(),
                                       current.data(ComplaintListModel::IdRole).toLongLong());
    };
    connect(m_open, &QPushButton::clicked, this, openCurrent);
    connect(m_view, &QTreeView::activated, this, openCurrent);
    connect(m_view->selectionModel(), &QItemSelectionModel::currentChanged, this, [this]() {
        updateActions();
        showDetails();
    });
    connect(m_model, &QAbstractItemModel::dataChanged, this, [this]() {
        updateActions();
        showDetails();
    });
    connect(m_model, &QAbstractItemModel::rowsRemoved, this, &ComplaintsPage::updateCount);
    connect(m_model, &QAbstractItemModel::rowsInserted, this, &ComplaintsPage::updateCount);
    connect(m_model, &ComplaintListModel::loaded, this, [this]() {
        updateCount();
        sizeColumns();
        const int row = m_model->rowOf(m_keepSelection);
        m_view->setCurrentIndex(m_model->index(std::max(row, 0), ComplaintListModel::Customer));
        updateActions();
        showDetails();
    });
    connect(m_model, &ComplaintListModel::loadFailed, this,
            [this](const QString &message) { emit statusMessage(message, 8000); });
    connect(controller, &InteractionController::interactionsChanged, m_model,
            &ComplaintListModel::refreshInteractions);
    connect(controller, &InteractionController::channelsChanged, this, &ComplaintsPage::reload);
    connect(controller->currentUser(), &CurrentUser::changed, this, &ComplaintsPage::updateActions);
    m_view->setColumnHidden(ComplaintListModel::Resolved, true);
    updateActions();
}

void ComplaintsPage::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    if (m_stale) {
        m_stale = false;
        m_model->reload();
    }
}

void ComplaintsPage::reload()
{
    m_keepSelection = currentId();
    if (isVisible())
        m_model->reload();
    else
        m_stale = true;
}

void ComplaintsPage::setResolvedDays(int days)
{
    const int index = m_days->findData(days);
    if (index >= 0)
        m_days->setCurrentIndex(index);
}

void ComplaintsPage::showResolved(bool resolved)
{
    {
        const QSignalBlocker block(m_lists);
        m_lists->setCurrentIndex(resolved ? 1 : 0);
    }
    m_days->setVisible(resolved);
    m_view->setColumnHidden(ComplaintListModel::Resolved, !resolved);
    m_view->setColumnHidden(ComplaintListModel::Received, resolved);
    m_keepSelection = 0;
    m_model->setMode(resolved ? ComplaintListModel::Mode::Resolved : ComplaintListModel::Mode::Open);
    m_count->clear();
    updateActions();
}

void ComplaintsPage::setSocialOnly(bool socialOnly)
{
    m_socialOnly->setChecked(socialOnly);
    m_keepSelection = currentId();
    m_model->setSocialOnly(socialOnly);
}

qint64 ComplaintsPage::currentId() const
{
    const QModelIndex current = m_view->currentIndex();
    return current.isValid() ? current.data(ComplaintListModel::IdRole).toLongLong() : 0;
}

void ComplaintsPage::sizeColumns()
{
    QHeaderView *header = m_view->header();
    for (int c = 0; c < ComplaintListModel::ColumnCount; ++c)
        if (c != ComplaintListModel::Subject)
            m_view->resizeColumnToContents(c);
    const int longName = m_view->fontMetrics().horizontalAdvance(QStringLiteral("Mmmmmmmmmm Mmmmmmmmmm"));
    header->resizeSection(ComplaintListModel::Customer, std::min(header->sectionSize(ComplaintListModel::Customer), longName));
}

void ComplaintsPage::updateCount()
{
    const int n = m_model->rowCount();
    QString text;
    if (m_model->mode() == ComplaintListModel::Mode::Open) {
        const auto records = m_model->records();
        const auto untaken = std::count_if(records.cbegin(), records.cend(),
                                           [](const Interaction &i) { return i.takenById == 0; });
        text = n == 1 ? tr("1 open complaint") : tr("%1 open complaints").arg(QLocale().toString(n));
        text += QStringLiteral(" · ") + tr("%1 not taken").arg(QLocale().toString(qint64(untaken)));
        m_lists->setTabText(0, tr("&Open (%1)").arg(QLocale().toString(n)));
    } else {
        text = n == 1 ? tr("1 resolved") : tr("%1 resolved").arg(QLocale().toString(n));
    }
    if (n >= ComplaintListModel::kLimit)
        text += QStringLiteral(" · ") + tr("showing the first %1").arg(QLocale().toString(n));
    m_count->setText(text);
}

void ComplaintsPage::updateActions()
{
    const QModelIndex current = m_view->currentIndex();
    const bool has = current.isValid();
    const bool resolvedMode = m_model->mode() == ComplaintListModel::Mode::Resolved;
    const qint64 takenBy = has ? current.data(ComplaintListModel::TakenByIdRole).toLongLong() : 0;
    const qint64 me = m_controller->currentUser()->ownerId();
    m_take->setVisible(!resolvedMode);
    m_giveBack->setVisible(!resolvedMode);
    m_resolve->setVisible(!resolvedMode);
    m_reopen->setVisible(resolvedMode);
    m_take->setEnabled(has && (takenBy == 0 || takenBy != me));
    m_take->setText(has && takenBy != 0 && takenBy != me ? tr("&Take Over") : tr("&Take It"));
    m_giveBack->setEnabled(has && takenBy != 0);
    m_resolve->setEnabled(has);
    m_reopen->setEnabled(has);
    m_open->setEnabled(has);
}

void ComplaintsPage::showDetails()
{
    const QModelIndex current = m_view->currentIndex();
    if (!current.isValid()) {
        m_details->clear();
        return;
    }
    const Interaction &i = m_model->recordAt(current.row());
    QStringList facts = {i.customerName, TimeText::full(i.occurredAt), i.channelName, directionName(i.direction)};
    QString html = QStringLiteral("<p style='margin:0'><b>%1</b></p>").arg(InteractionText::title(i).toHtmlEscaped());
    html += QStringLiteral("<p style='margin:2px 0; color:#616161'>%1</p>")
                .arg(facts.join(QStringLiteral(" · ")).toHtmlEscaped());
    QStringList state;
    state.append(i.takenById > 0 ? tr("Taken by %1, %2").arg(i.takenByName, TimeText::full(i.takenAt))
                                 : tr("Not taken yet"));
    if (i.resolvedAt.isValid())
        state.append(tr("resolved %1").arg(TimeText::full(i.resolvedAt)));
    html += QStringLiteral("<p style='margin:2px 0'>%1</p>").arg(state.join(QStringLiteral(" · ")).toHtmlEscaped());
    if (!i.notes.isEmpty())
        html += QStringLiteral("<p>%1</p>").arg(i.notes.toHtmlEscaped().replace(QLatin1Char('\n'), QStringLiteral("<br>")));
    m_details->setHtml(html);
}

void ComplaintsPage::report(const QString &error)
{
    QMessageBox::warning(this, tr("Relatio"), error);
}

void ComplaintsPage::takeCurrent()
{
    const QModelIndex current = m_view->currentIndex();
    if (!current.isValid() || !ensureCurrentUser(m_controller->currentUser(), this))
        return;
    const Interaction complaint = m_model->recordAt(current.row());
    const qint64 me = m_controller->currentUser()->ownerId();
    if (complaint.takenById == me)
        return;
    if (complaint.takenById != 0) {
        QMessageBox ask(QMessageBox::Question, tr("Take Over"),
                        tr("%1 took this complaint %2. Take it over?")
                            .arg(complaint.takenByName, TimeText::when(complaint.takenAt, QDateTime::currentDateTimeUtc())),
                        QMessageBox::Yes | QMessageBox::No, this);
        ask.button(QMessageBox::Yes)->setText(tr("Take Over"));
        ask.button(QMessageBox::No)->setText(tr("Cancel"));
        if (ask.exec() != QMessageBox::Yes)
            return;
    }
    if (auto taken = m_controller->take(complaint.id, me); !taken)
        report(taken.error().message);
    else
        emit statusMessage(tr("You took the complaint of %1.").arg(complaint.customerName), 4000);
}

void ComplaintsPage::giveBackCurrent()
{
    const QModelIndex current = m_view->currentIndex();
    if (!current.isValid())
        return;
    if (auto given = m_controller->take(current.data(ComplaintListModel::IdRole).toLongLong(), 0); !given)
        report(given.error().message);
}

void ComplaintsPage::resolveCurrent()
{
    const QModelIndex current = m_view->currentIndex();
    if (!current.isValid())
        return;
    const Interaction complaint = m_model->recordAt(current.row());
    const qint64 me = m_controller->currentUser()->ownerId();
    // Whoever resolves a complaint nobody had taken has handled it: it is recorded as theirs.
    const bool takeFirst = complaint.takenById == 0 && me != 0;
    QUndoStack *stack = m_controller->undoStack();
    if (takeFirst)
        stack->beginMacro(tr("Resolve complaint of %1").arg(complaint.customerName));
    Result<void> done = takeFirst ? m_controller->take(complaint.id, me) : Result<void>();
    if (done)
        done = m_controller->setResolved(complaint.id, true);
    if (takeFirst)
        stack->endMacro();
    if (!done)
        report(done.error().message);
    else
        emit statusMessage(tr("Resolved the complaint of %1. Undo (Ctrl+Z) reopens it.").arg(complaint.customerName),
                           5000);
}

void ComplaintsPage::reopenCurrent()
{
    const QModelIndex current = m_view->currentIndex();
    if (!current.isValid())
        return;
    if (auto done = m_controller->setResolved(current.data(ComplaintListModel::IdRole).toLongLong(), false); !done)
        report(done.error().message);
}

} // namespace relatio
