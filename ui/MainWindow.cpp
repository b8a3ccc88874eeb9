// Main window assembly.
#include "MainWindow.h"

#include "csv/CsvActions.h"
#include "csv/CsvController.h"
#include "customers/CustomerController.h"
#include "customers/CustomerEditor.h"
#include "customers/CustomerListModel.h"
#include "customers/CustomerListView.h"
#include "customers/CustomersPage.h"
#include "dashboard/DashboardPage.h"
#include "demo/DemoDataPanel.h"
#include "interactions/ComplaintsPage.h"
#include "interactions/CurrentUserWidgets.h"
#include "interactions/FollowUpsPage.h"
#include "interactions/CurrentUser.h"
#include "interactions/InteractionController.h"
#include "maturity/MaturityPage.h"
#include "orders/OrderController.h"
#include "privacy/PrivacyActions.h"
#include "orders/PurchasesPanel.h"
#include "sync/ConflictDialog.h"
#include "sync/CopyRefresher.h"
#include "sync/FileOnly.h"
#include "sync/OpenTeamDialog.h"
#include "sync/SyncController.h"
#include "sync/TeamServer.h"
#include "sync/WorkingCopy.h"
#include "value/CostsReturnView.h"
#include "value/CustomerPropositionBox.h"
#include "value/CustomerValueBox.h"
#include "value/SegmentsPage.h"
#include "value/ValueSetupActions.h"

#include <QAction>
#include <QActionGroup>
#include <QApplication>
#include <QCloseEvent>
#include <QDateTime>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QLabel>
#include <QMenuBar>
#include <QMessageBox>
#include <QSettings>
#include <QStackedWidget>
#include <QStatusBar>
#include <QStyle>
#include <QToolBar>
#include <QUndoStack>

#include <functional>
#include <memory>

namespace relatio {

namespace {

// Calls a function each time a widget is shown (its tab or its page comes to the front).
class OnShow : public QObject
{
public:
    OnShow(QWidget *watched, std::function<void()> shown)
        : QObject(watched)
        , m_shown(std::move(shown))
    {
        watched->installEventFilter(this);
    }

    bool eventFilter(QObject *, QEvent *event) override
    {
        if (event->type() == QEvent::Show)
            m_shown();
        return false;
    }

private:
    std::function<void()> m_shown;
};

} // namespace

MainWindow::MainWindow(DatabasePtr db, QWidget *parent)
    : QMainWindow(parent)
    , m_db(std::move(db))
    , m_undoStack(new QUndoStack(this))
{
    const bool team = m_db->dialect() == Dialect::PostgreSQL;
    if (team) {
        const auto url = sync::ServerUrl::parse(m_db->path());
        setWindowTitle(url ? tr("%1 on %2 — Relatio").arg(url->database, url->host) : tr("Team database — Relatio"));
    } else {
        setWindowTitle(tr("%1 — Relatio").arg(QFileInfo(m_db->path()).fileName()));
    }
    m_customers = new CustomersPage(m_db, m_undoStack);
    m_demo = new DemoDataPanel(m_db);
    m_stack = new QStackedWidget;
    m_stack->addWidget(m_customers);
    m_stack->addWidget(m_demo);
    setCentralWidget(m_stack);

    m_count = new QLabel;
    // Room for the longest count, so that a new count never re-lays out the window.
    m_count->setMinimumWidth(m_count->fontMetrics().horizontalAdvance(CustomerListView::widestCountText()));
    m_count->setAlignment(Qt::AlignRight | Qt::AlignVCenter);
    statusBar()->addPermanentWidget(m_count);
    auto *where = new QLabel(team ? tr("Team database %1").arg(m_db->path()) : QDir::toNativeSeparators(m_db->path()));
    where->setObjectName(QStringLiteral("whereLabel"));
    where->setToolTip(team ? tr("You work on the team database itself: every change is saved there for everyone at "
                                "once, and reaches the laptops at their next sync.")
                           : tr("The database file"));
    where->setStyleSheet(QStringLiteral("color: palette(mid);"));
    statusBar()->addPermanentWidget(where);

    connect(m_customers, &CustomersPage::countChanged, m_count, &QLabel::setText);
    connect(m_customers, &CustomersPage::statusMessage, statusBar(), &QStatusBar::showMessage);
    connect(m_customers->model(), &CustomerListModel::loadFailed, this, [this](const QString &message) {
        statusBar()->showMessage(tr("The list could not be read: %1").arg(message));
    });
    connect(m_demo, &DemoDataPanel::addCustomerRequested, this, [this]() {
        showPage(m_customers);
        m_customers->newAction()->trigger();
    });
    connect(m_demo, &DemoDataPanel::demoLoaded, this, [this](qint64 count) {
        m_customers->reloadAll();
        emit storeChanged();
        showPage(m_customers);
        statusBar()->showMessage(tr("Loaded %1 demo customers.").arg(QLocale().toString(count)), 6000);
    });

    // Leave the welcome panel as soon as there is something to show or to edit.
    connect(m_customers->newAction(), &QAction::triggered, this, [this]() { showPage(m_customers); });
    connect(m_customers->model(), &CustomerListModel::resultsReady, this, [this](qint64 count) {
        if (count > 0 && !m_demo->isLoading() && m_stack->currentWidget() == m_demo)
            showPage(m_customers);
    });

    buildMenus();
    buildPages();
    showCustomersOrWelcome();
    if (!team)
        m_sync->syncOnStart(); // the team database is what laptops sync with
    resize(1360, 820);
    const QSettings settings;
    restoreGeometry(settings.value(QStringLiteral("window/geometry")).toByteArray());
    m_customers->restoreLayout(settings);
    if (team && !m_segmentsHere)
        m_customers->listView()->setSegmentsShown(false); // worked out on each computer's file
}

void MainWindow::buildMenus()
{
    QMenu *file = menuBar()->addMenu(tr("&File"));
    m_csv = new CsvActions(
        m_db, m_undoStack, this,
        [this]() {
            // The whole result, also when only its first page is shown yet.
            CustomerListModel *model = m_customers->model();
            if (model->isLoading())
                model->refreshNow();
            return model->ids();
        },
        [this]() { return m_customers->selectedIds(); });
    m_csv->addTo(file);
    connect(m_csv, &CsvActions::customersChanged, m_customers, &CustomersPage::reloadAll);
    connect(m_csv, &CsvActions::customersChanged, this, &MainWindow::storeChanged);
    connect(m_csv, &CsvActions::statusMessage, statusBar(), &QStatusBar::showMessage);
    file->addSeparator();
    const bool team = m_db->dialect() == Dialect::PostgreSQL;
    // Where to work: this computer's Relatio file (or another), or the team database itself.
    QAction *openTeam = file->addAction(tr("Open &Team Database…"), this, &MainWindow::openTeamDatabase);
    openTeam->setObjectName(QStringLiteral("openTeamAction"));
    openTeam->setToolTip(tr("Work on the team database on its server directly, as colleagues in the office do"));
    QAction *openFile = file->addAction(tr("Open Relatio &File…"), this, &MainWindow::openFile);
    openFile->setObjectName(QStringLiteral("openFileAction"));
    openFile->setToolTip(tr("Work on a Relatio file: this computer's own, or another"));
    file->addSeparator();
    QAction *backup = file->addAction(tr("&Back Up Database…"), this, &MainWindow::backUp);
    backup->setToolTip(team ? tr("A team database is backed up on its server (pg_dump), by whoever runs it")
                            : tr("Save a consistent copy of the database to a file of your choice"));
    backup->setEnabled(!team);
    file->addSeparator();
    // The team server: sync from the File menu, and quietly at start when one is set. The team
    // database itself is what laptops sync with: nothing to sync there.
    m_sync = new SyncController(m_db, this);
    file->addAction(m_sync->syncAction());
    if (team) {
        m_sync->syncAction()->setEnabled(false);
        m_sync->syncAction()->setToolTip(tr("This is the team database itself: laptops sync with it"));
    }
    m_reviewConflicts = file->addAction(tr("Re&view Overwritten Edits…"), this, [this]() {
        ConflictDialog dialog(m_db, m_actor, this);
        connect(&dialog, &ConflictDialog::customerChanged, this, [this]() {
            m_customers->reloadAll(); // an owner's or a tag's name may have been put back
            emit storeChanged();
        });
        dialog.exec();
        emit conflictsReviewed();
    });
    m_reviewConflicts->setToolTip(tr("The edits sync overwrote on team members, units, tags, channels, products, "
                                     "personas, assessments and orders (a customer's are on its card)"));
    connect(m_sync, &SyncController::statusMessage, statusBar(), &QStatusBar::showMessage);
    connect(m_sync, &SyncController::synced, this, [this]() {
        m_customers->reloadAll();
        emit storeChanged();
    });
    file->addSeparator();
    QAction *quit = file->addAction(tr("&Quit"), this, &QWidget::close);
    quit->setShortcut(QKeySequence::Quit);

    QMenu *edit = menuBar()->addMenu(tr("&Edit"));
    QAction *undo = m_undoStack->createUndoAction(this, tr("&Undo"));
    undo->setShortcut(QKeySequence::Undo);
    undo->setIcon(QIcon::fromTheme(QStringLiteral("edit-undo"), style()->standardIcon(QStyle::SP_ArrowBack)));
    QAction *redo = m_undoStack->createRedoAction(this, tr("&Redo"));
    redo->setShortcuts({QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_Z), QKeySequence(Qt::CTRL | Qt::Key_Y)});
    redo->setIcon(QIcon::fromTheme(QStringLiteral("edit-redo"), style()->standardIcon(QStyle::SP_ArrowForward)));
    edit->addAction(undo);
    edit->addAction(redo);
    edit->addSeparator();
    edit->addAction(m_customers->newAction());
    edit->addAction(m_customers->saveAction());
    edit->addAction(m_customers->cancelAction());
    edit->addAction(m_customers->deleteAction());
    edit->addAction(m_customers->restoreAction());
    edit->addSeparator();
    edit->addAction(m_customers->findAction());

    m_viewMenu = menuBar()->addMenu(tr("&View"));
    m_privacyMenu = menuBar()->addMenu(tr("&Privacy"));
    m_valueMenu = menuBar()->addMenu(tr("Va&lue"));

    QMenu *help = menuBar()->addMenu(tr("&Help"));
    help->addAction(tr("&About Relatio"), this, &MainWindow::about);

    // The customer actions show in the tool bar only on the customers page; undo and redo always.
    m_customerTools = addToolBar(tr("Customers"));
    m_customerTools->setObjectName(QStringLiteral("mainToolBar"));
    m_customerTools->setMovable(false);
    m_customerTools->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    m_customerTools->addAction(m_customers->newAction());
    m_customerTools->addAction(m_customers->saveAction());
    m_customerTools->addAction(m_customers->deleteAction());
    m_customerTools->addAction(m_customers->restoreAction());
    QToolBar *tools = addToolBar(tr("Undo"));
    tools->setObjectName(QStringLiteral("undoToolBar"));
    tools->setMovable(false);
    tools->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    tools->addAction(undo);
    tools->addAction(redo);
}

void MainWindow::buildPages()
{
    m_navigation = new QToolBar(tr("Navigation"));
    m_navigation->setObjectName(QStringLiteral("navigationBar"));
    m_navigation->setMovable(false);
    m_navigation->setToolButtonStyle(Qt::ToolButtonTextUnderIcon);
    m_navigation->setIconSize(QSize(28, 28));
    addToolBar(Qt::LeftToolBarArea, m_navigation);
    m_pageActions = new QActionGroup(this);
    m_pageActions->setExclusive(true);

    m_customersPageAction = addPage(m_customers, tr("Customers"),
                                    QIcon::fromTheme(QStringLiteral("system-users"),
                                                     style()->standardIcon(QStyle::SP_DirHomeIcon)));
    // The pages of the other capabilities, in navigation order. The value analysis is worked out
    // on a Relatio file: on a team database, on this computer's copy of it (sync::WorkingCopy),
    // which also keeps this computer's costs and price rules. Only when that copy cannot be had
    // does a page say why instead.
    const bool team = m_db->dialect() == Dialect::PostgreSQL;
    DatabasePtr valueDb = m_db;
    QString noCopy;
    if (team) {
        if (auto copy = sync::WorkingCopy::localFile(m_db))
            valueDb = *copy;
        else
            noCopy = copy.error().message;
    }
    const bool valueHere = !team || valueDb != m_db;
    // A customer as the value store names it, and back (the same on a file).
    auto toValue = [this, valueDb](qint64 id) { return valueDb == m_db ? id : sync::WorkingCopy::sameCustomer(m_db, valueDb, id); };
    auto fromValue = [this, valueDb](qint64 id) { return valueDb == m_db ? id : sync::WorkingCopy::sameCustomer(valueDb, m_db, id); };
    SegmentsPage *segments = nullptr;
    const QIcon dashboardIcon = QIcon::fromTheme(QStringLiteral("office-chart-bar"),
                                                 style()->standardIcon(QStyle::SP_FileDialogDetailedView));
    const QIcon segmentsIcon = QIcon::fromTheme(QStringLiteral("view-statistics"),
                                                style()->standardIcon(QStyle::SP_FileDialogContentsView));
    auto *dashboard = new DashboardPage(m_db, nullptr, valueHere ? valueDb : DatabasePtr());
    dashboard->setObjectName(QStringLiteral("dashboardPage"));
    connect(this, &MainWindow::storeChanged, dashboard, &DashboardPage::storeChanged);
    connect(dashboard, &DashboardPage::statusMessage, statusBar(), &QStatusBar::showMessage);
    addPage(dashboard, tr("Satisfaction"), dashboardIcon);
    if (!valueHere) {
        addPage(fileOnlyPage(tr("Segments"), tr("Value segments, lifetime values and costs against return"), noCopy),
                tr("Segments"), segmentsIcon);
    } else {
        // Customer value: RFM segments, lifetime value and the fitted models.
        segments = new SegmentsPage(valueDb);
        m_segmentsHere = true;
        if (team) {
            segments->setTeam(m_db);
            // The list's segment column and filter read them there too, by uuid.
            m_customers->model()->setSegmentsSource(valueDb);
        }
        connect(this, &MainWindow::storeChanged, segments, &SegmentsPage::reload);
        connect(segments, &SegmentsPage::statusMessage, statusBar(), &QStatusBar::showMessage);
        connect(segments, &SegmentsPage::analysisFinished, this, [this, dashboard]() {
            m_customers->model()->refresh(); // the segment column and filter
            dashboard->storeChanged();       // satisfaction by value segment
        });
        connect(segments, &SegmentsPage::openCustomerRequested, this, [this, fromValue](qint64 customerId) {
            const qint64 id = fromValue(customerId);
            if (id <= 0) {
                statusBar()->showMessage(tr("That customer is no longer on the team database."), 6000);
                return;
            }
            showPage(m_customers);
            m_customers->showCustomer(id, CustomersPage::Card::Orders);
        });
        addPage(segments, tr("Segments"), segmentsIcon);
    }

    // Contacts and follow-ups: on the customer card, and pages of their own.
    auto *interactions = new InteractionController(m_db, m_undoStack, this);
    m_customers->setInteractions(interactions);
    // Privacy: permissions and history on the card, personal data and erasure in the Customer menu.
    auto *privacy = new PrivacyActions(m_db, this);
    m_customers->setPrivacy(privacy);
    // Orders: on the card, after the permissions and the history; beside them the customer's value,
    // persona, prices and the products bought with theirs.
    auto *orders = new OrderController(m_db, m_undoStack, this);
    m_customers->setOrders(orders);
    // Personas, costs and price rules: the Value menu.
    auto *valueSetup = new ValueSetupActions(m_db, valueDb, this);
    QAction *analyse = m_valueMenu->addAction(tr("&Run Analysis…"), this, [this, segments]() {
        if (!segments)
            return;
        showPage(segments);
        segments->runAnalysis();
    });
    analyse->setToolTip(tr("Score the segments and fit the lifetime value models to the orders"));
    m_valueMenu->addSeparator();
    m_valueMenu->addActions(valueSetup->actions());
    if (!valueHere) {
        // Personas are kept on the team database; the analysis, costs and price rules on a file.
        for (QAction *action : {analyse, valueSetup->costsAction(), valueSetup->priceRulesAction()})
            disableFileOnly(action, noCopy);
    } else {
        // Beside the orders the customer's value, persona and prices, and the products bought with
        // theirs.
        auto *valueBox = new CustomerValueBox(valueDb);
        auto *proposition = new CustomerPropositionBox(valueDb);
        PurchasesPanel *purchases = m_customers->purchasesPanel();
        purchases->addSideWidget(valueBox);
        purchases->addSideWidget(proposition);
        // Read when the Orders tab is in front, not on every move through the list on another tab;
        // a record shown (or saved) meanwhile is read when the tab comes to the front.
        auto stale = std::make_shared<bool>(true);
        auto showValue = [purchases, valueBox, proposition, stale, toValue]() {
            if (!*stale || !purchases->isVisible())
                return;
            *stale = false;
            const qint64 id = toValue(purchases->customerId());
            if (id == 0 && purchases->customerId() > 0)
                valueBox->showNotAnalysed(); // made on the team database since the analysis
            else
                valueBox->showCustomer(id);
            proposition->showCustomer(id);
        };
        auto valueChanged = [stale, showValue]() {
            *stale = true;
            showValue();
        };
        connect(m_customers->editor(), &CustomerEditor::customerShown, this, valueChanged);
        new OnShow(purchases, showValue); // the Orders tab, or the customers page, comes to the front
        // Orders, an analysis, the set-up or the store changed: read again, when in front.
        connect(orders, &OrderController::purchaseChanged, this, valueChanged);
        connect(segments, &SegmentsPage::analysisFinished, this, valueChanged);
        // Costs against return: a tab of the segments.
        auto *costsReturn = new CostsReturnView(valueDb);
        costsReturn->setObjectName(QStringLiteral("costsReturn"));
        segments->addTab(costsReturn, tr("Costs and return"));
        connect(valueSetup, &ValueSetupActions::changed, this, valueChanged);
        connect(this, &MainWindow::storeChanged, this, valueChanged);
        connect(valueSetup, &ValueSetupActions::costsChanged, costsReturn, &CostsReturnView::refreshWhenShown);
        connect(segments, &SegmentsPage::analysisFinished, costsReturn, &CostsReturnView::refreshWhenShown);
        connect(this, &MainWindow::storeChanged, costsReturn, &CostsReturnView::refreshWhenShown);
    }
    m_privacyMenu->addAction(privacy->exportSubjectAction());
    m_privacyMenu->addAction(privacy->eraseAction());
    m_privacyMenu->addSeparator();
    m_privacyMenu->addAction(privacy->marketingExportAction());
    m_privacyMenu->addAction(privacy->retentionAction());
    m_privacyMenu->addAction(privacy->purposesAction());
    connect(privacy, &PrivacyActions::customerErased, this, [this]() {
        m_customers->reloadAll();
        emit storeChanged();
    });
    if (team) {
        // This computer's copy of the team database follows it, an erasure above all: when the
        // window opens, and after an erasure made here.
        auto *copy = new CopyRefresher(m_db, this);
        copy->setObjectName(QStringLiteral("copyRefresher"));
        connect(privacy, &PrivacyActions::customerErased, copy, &CopyRefresher::refresh);
        connect(copy, &CopyRefresher::failed, this, [this](const QString &message) {
            statusBar()->showMessage(message, 10000);
        });
        if (segments)
            connect(copy, &CopyRefresher::refreshed, segments, [segments](bool synced) {
                if (synced)
                    segments->reload(); // an erased customer leaves the members shown
            });
        copy->refresh();
    }
    connect(privacy, &PrivacyActions::openCustomerRequested, this, [this](qint64 customerId) {
        showPage(m_customers);
        m_customers->showCustomer(customerId, CustomersPage::Card::Details);
    });
    connect(privacy, &PrivacyActions::statusMessage, statusBar(), &QStatusBar::showMessage);
    // Edits sync overwrote on this record: a notice above the card's tabs, with a review.
    auto *conflicts = new ConflictNotice(m_db);
    m_customers->editor()->addNotice(conflicts);
    connect(m_customers->editor(), &CustomerEditor::customerShown, conflicts, [this, conflicts](qint64 id) {
        const Customer shown = m_customers->editor()->original();
        conflicts->setCustomer(id > 0 ? shown.uuid : QString(), shown.displayName());
    });
    connect(conflicts, &ConflictNotice::customerChanged, this, [this]() {
        const qint64 id = m_customers->editor()->original().id;
        m_customers->reloadAll();
        m_customers->reloadInteractions(); // a contact's or follow-up's value may have been put back
        if (id > 0)
            m_customers->showCustomer(id, CustomersPage::Card::Details);
    });
    connect(m_sync, &SyncController::synced, conflicts, &ConflictNotice::refresh);
    // How many overwritten edits wait for review anywhere, in the status bar.
    auto *waiting = new ConflictIndicator(m_db);
    statusBar()->insertPermanentWidget(0, waiting);
    connect(waiting, &ConflictIndicator::customerRequested, this, [this](qint64 id) {
        showPage(m_customers);
        m_customers->showCustomer(id, CustomersPage::Card::Details);
    });
    connect(waiting, &ConflictIndicator::elsewhereRequested, m_reviewConflicts, &QAction::trigger);
    connect(m_sync, &SyncController::synced, waiting, &ConflictIndicator::refresh);
    connect(conflicts, &ConflictNotice::reviewed, waiting, &ConflictIndicator::refresh);
    connect(this, &MainWindow::conflictsReviewed, waiting, &ConflictIndicator::refresh);
    waiting->refresh();
    auto setActor = [this, privacy, interactions, conflicts]() {
        const QString who = interactions->currentUser()->name().isEmpty() ? CurrentUser::systemUserName()
                                                                          : interactions->currentUser()->name();
        m_customers->setActor(who);
        privacy->setActor(who);
        m_csv->controller()->setActor(who);
        conflicts->setActor(who);
        m_actor = who;
    };
    setActor();
    connect(interactions->currentUser(), &CurrentUser::changed, this, setActor);

    auto *complaints = new ComplaintsPage(interactions);
    auto *followUps = new FollowUpsPage(interactions);
    addPage(complaints, tr("Complaints"),
            QIcon::fromTheme(QStringLiteral("dialog-warning"), style()->standardIcon(QStyle::SP_MessageBoxWarning)));
    addPage(followUps, tr("Follow-ups"),
            QIcon::fromTheme(QStringLiteral("appointment-soon"), style()->standardIcon(QStyle::SP_DialogApplyButton)));
    // CRM maturity: the five phases, self-assessments per unit and the evidence in the data.
    auto *maturity = new MaturityPage(m_db);
    maturity->setObjectName(QStringLiteral("maturityPage"));
    addPage(maturity, tr("Maturity"),
            QIcon::fromTheme(QStringLiteral("go-up"), style()->standardIcon(QStyle::SP_ArrowUp)));
    connect(this, &MainWindow::storeChanged, maturity, &MaturityPage::reload);
    connect(maturity, &MaturityPage::statusMessage, statusBar(), &QStatusBar::showMessage);
    connect(complaints, &ComplaintsPage::openCustomerRequested, this, [this](qint64 customerId, qint64 interactionId) {
        showPage(m_customers);
        m_customers->showCustomer(customerId, CustomersPage::Card::Contacts, interactionId);
    });
    connect(followUps, &FollowUpsPage::openCustomerRequested, this, [this](qint64 customerId) {
        showPage(m_customers);
        m_customers->showCustomer(customerId, CustomersPage::Card::FollowUps);
    });
    connect(complaints, &ComplaintsPage::statusMessage, statusBar(), &QStatusBar::showMessage);
    connect(followUps, &FollowUpsPage::statusMessage, statusBar(), &QStatusBar::showMessage);
    connect(this, &MainWindow::storeChanged, this, [this, interactions, complaints, followUps]() {
        interactions->currentUser()->load();
        m_customers->reloadInteractions();
        complaints->reload();
        followUps->reload();
    });
    statusBar()->insertPermanentWidget(0, new CurrentUserButton(interactions->currentUser()));
}

QAction *MainWindow::addPage(QWidget *page, const QString &title, const QIcon &icon)
{
    if (m_stack->indexOf(page) < 0)
        m_stack->addWidget(page);
    auto *action = new QAction(icon, title, this);
    action->setCheckable(true);
    action->setData(QVariant::fromValue(static_cast<QObject *>(page)));
    const int number = int(m_pageActions->actions().size()) + 1;
    if (number <= 9)
        action->setShortcut(QKeySequence(Qt::CTRL | Qt::Key(Qt::Key_0 + number)));
    action->setToolTip(action->shortcut().isEmpty()
                           ? title
                           : QStringLiteral("%1 (%2)").arg(title, action->shortcut().toString(QKeySequence::NativeText)));
    m_pageActions->addAction(action);
    m_navigation->addAction(action);
    m_viewMenu->addAction(action);
    connect(action, &QAction::triggered, this, [this, page]() { showPage(page); });
    return action;
}

void MainWindow::showPage(QWidget *page)
{
    if (page == m_customers || page == m_demo) {
        // The welcome panel stands in for an empty customer list.
        const bool empty = !m_demo->isLoading() && m_customers->controller()->repository().isEmpty().value_or(false);
        page = empty || m_demo->isLoading() ? static_cast<QWidget *>(m_demo) : m_customers;
    } else if (m_stack->currentWidget() == m_customers && !m_customers->confirmLeave()) {
        return;
    }
    m_stack->setCurrentWidget(page);
    if (m_customerTools)
        m_customerTools->setVisible(page == m_customers);
    const QWidget *owner = page == m_demo ? m_customers : page;
    for (QAction *action : m_pageActions->actions())
        if (action->data().value<QObject *>() == owner)
            action->setChecked(true);
}

QWidget *MainWindow::currentPage() const
{
    return m_stack->currentWidget() == m_demo ? m_customers : m_stack->currentWidget();
}

void MainWindow::showCustomersOrWelcome()
{
    showPage(m_customers);
}

void MainWindow::backUp()
{
    const QString suggested = QFileInfo(m_db->path()).absolutePath() + QStringLiteral("/relatio-backup-")
        + QDateTime::currentDateTime().toString(QStringLiteral("yyyy-MM-dd-HHmm")) + QStringLiteral(".sqlite");
    const QString file = QFileDialog::getSaveFileName(this, tr("Back Up Database"), suggested,
                                                      tr("Relatio databases (*.sqlite)"));
    if (file.isEmpty())
        return;
    QFile::remove(file); // the dialog has asked about replacing it
    if (auto done = m_db->backupTo(file); !done)
        QMessageBox::warning(this, tr("Back Up Database"), done.error().message);
    else
        statusBar()->showMessage(tr("Backed up to %1.").arg(QDir::toNativeSeparators(file)), 6000);
}

void MainWindow::about()
{
    QMessageBox::about(this, tr("About Relatio"),
                       tr("<h3>Relatio %1</h3><p>A desktop CRM for sales teams: fast, honest in its numbers, "
                          "and kind to the people who use it.</p><p>Database: %2<br>Schema version: %3</p>")
                           .arg(QCoreApplication::applicationVersion(), m_db->path().toHtmlEscaped())
                           .arg(m_db->schemaVersion()));
}

bool MainWindow::readyToLeave()
{
    if (m_demo->isLoading()) {
        QMessageBox::information(this, tr("Relatio"), tr("Demo data is still being written. Cancel it first."));
        return false;
    }
    return m_customers->confirmLeave();
}

void MainWindow::openTeamDatabase()
{
    if (!readyToLeave())
        return;
    OpenTeamDialog dialog(this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    rememberWhereOpened(dialog.address());
    switchTo(dialog.database(), dialog.note());
}

void MainWindow::openFile()
{
    if (!readyToLeave())
        return;
    const QString current = m_db->dialect() == Dialect::SQLite ? m_db->path() : Database::defaultPath();
    const QString file = QFileDialog::getOpenFileName(this, tr("Open Relatio File"), QFileInfo(current).absolutePath(),
                                                      tr("Relatio databases (*.sqlite);;All files (*)"));
    if (file.isEmpty())
        return;
    auto db = Database::open(file);
    if (!db) {
        QMessageBox::warning(this, tr("Open Relatio File"), db.error().message);
        return;
    }
    rememberWhereOpened(QString());
    QString note;
    if (!(*db)->preMigrationCopy().isEmpty())
        note = tr("The file was upgraded to this version of Relatio; a copy as it was is kept at %1.")
                   .arg(QDir::toNativeSeparators((*db)->preMigrationCopy()));
    switchTo(*db, note);
}

void MainWindow::switchTo(DatabasePtr db, const QString &note)
{
    // The new window first: closing the last one would end the program.
    auto *next = new MainWindow(std::move(db));
    next->setAttribute(Qt::WA_DeleteOnClose);
    next->show();
    if (!note.isEmpty())
        next->statusBar()->showMessage(note, 15000);
    close();
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    if (!readyToLeave()) {
        event->ignore();
        return;
    }
    QSettings settings;
    settings.setValue(QStringLiteral("window/geometry"), saveGeometry());
    m_customers->saveLayout(settings);
    event->accept();
}

} // namespace relatio
