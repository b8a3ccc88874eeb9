// Sync in the window: the notice of overwritten edits on the customer card, the review dialog that
// puts a value back, and the sync dialog's checks.
#include "PgTestSupport.h"
#include "TestSupport.h"

#include "MainWindow.h"
#include "customers/CustomerEditor.h"
#include "customers/CustomerRepository.h"
#include "customers/CustomersPage.h"
#include "sync/ConflictDialog.h"
#include "sync/SyncController.h"
#include "sync/SyncEndpoint.h"
#include "sync/Synchroniser.h"
#include "sync/TeamServer.h"
#include "util/Stamps.h"
#include "value/Persona.h"

#include <QAction>
#include <QCheckBox>
#include <QComboBox>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QPushButton>
#include <QSettings>
#include <QSqlQuery>
#include <QTest>
#include <QTreeWidget>

using namespace relatio;
using relatio::test::scratchTeamDatabase;
using relatio::test::TempDatabase;

namespace {

// A conflict as sync records it: the city "Leiden" from another laptop lost to what is stored.
void addCityConflict(const DatabasePtr &db, const QString &customerUuid, const QString &stored)
{
    QSqlQuery q(db->connection());
    q.prepare(QStringLiteral(
        "INSERT INTO sync_conflict (uuid, tbl, row_uuid, field, loser_value, loser_hlc, loser_node, winner_value,"
        " winner_hlc, winner_node, detected_by, created_at, updated_at)"
        " VALUES (?, 'customer', ?, 'city', 'Leiden', ?, 'annas-laptop', ?, ?, 'office', 'office', ?, ?)"));
    q.addBindValue(newUuid());
    q.addBindValue(customerUuid);
    q.addBindValue(QDateTime::currentMSecsSinceEpoch() << 16);
    q.addBindValue(stored);
    q.addBindValue((QDateTime::currentMSecsSinceEpoch() + 1000) << 16);
    q.addBindValue(nowStored());
    q.addBindValue(nowStored());
    REQUIRE(q.exec());
}

// Clicks the dialog's button that puts the overwritten value back.
void clickPutBack(ConflictDialog &dialog)
{
    QPushButton *putBack = nullptr;
    for (QPushButton *b : dialog.findChildren<QPushButton *>())
        if (b->text().contains(QStringLiteral("Put Back")))
            putBack = b;
    REQUIRE(putBack);
    QTest::mouseClick(putBack, Qt::LeftButton);
}

// Makes the team database at `url` and fills it with the customers, by way of an office laptop
// that syncs them up.
void teamWith(const sync::ServerUrl &url, const QList<Customer> &customers, const QStringList &owners = {})
{
    TempDatabase office;
    auto team = sync::TeamServer::connect(url);
    REQUIRE(team);
    REQUIRE((*team)->init());
    CustomerRepository repository(office.db);
    for (qsizetype i = 0; i < customers.size(); ++i) {
        Customer c = customers[i];
        if (i < owners.size())
            c.ownerId = repository.ensureOwner(owners[i]).value();
        REQUIRE(repository.create(c));
    }
    sync::SyncEndpoint laptop(office.db);
    REQUIRE(sync::Synchroniser::run(laptop, (*team)->endpoint()));
    office.db->releaseConnection();
}

Customer named(const QString &given, const QString &family, const QString &country = {})
{
    Customer c;
    c.givenName = given;
    c.familyName = family;
    c.country = country;
    return c;
}

} // namespace

TEST_CASE("The card shows edits that sync overwrote, and puts one back on request", "[sync-ui]")
{
    TempDatabase t;
    Customer c;
    c.givenName = QStringLiteral("Gerrit");
    c.familyName = QStringLiteral("Bos");
    c.city = QStringLiteral("Haarlem");
    c.country = QStringLiteral("NL");
    CustomerRepository repository(t.db);
    const qint64 id = repository.create(c).value();
    const QString uuid = repository.get(id)->uuid;
    addCityConflict(t.db, uuid, QStringLiteral("Haarlem"));

    MainWindow window(t.db);
    window.show();
    auto *page = window.findChild<CustomersPage *>();
    REQUIRE(page);
    page->showCustomer(id, CustomersPage::Card::Details);
    auto *notice = window.findChild<ConflictNotice *>(QStringLiteral("conflictNotice"));
    REQUIRE(notice);
    CHECK(notice->isVisible());
    CHECK(notice->findChild<QLabel *>()->text().endsWith(QStringLiteral(": 1.")));
    // The status bar says so from anywhere, and its menu opens the card.
    auto *waiting = window.findChild<ConflictIndicator *>(QStringLiteral("conflictIndicator"));
    REQUIRE(waiting);
    CHECK(waiting->isVisible());
    CHECK(waiting->text() == QStringLiteral("Overwritten edits to review: 1"));
    REQUIRE(waiting->menu()->actions().size() == 1);
    CHECK(waiting->menu()->actions().first()->text() == QStringLiteral("Gerrit Bos (1)"));
    page->showCustomer(0, CustomersPage::Card::Details);
    waiting->menu()->actions().first()->trigger();
    CHECK(notice->isVisible());

    ConflictDialog dialog(t.db, uuid, QStringLiteral("Gerrit Bos"), QStringLiteral("Tester"));
    REQUIRE(dialog.shownCount() == 1);
    auto *list = dialog.findChild<QTreeWidget *>(QStringLiteral("conflicts"));
    REQUIRE(list);
    CHECK(list->topLevelItem(0)->text(0) == QStringLiteral("City"));
    CHECK(list->topLevelItem(0)->text(1).startsWith(QStringLiteral("Leiden\nwritten ")));
    CHECK(list->topLevelItem(0)->text(1).endsWith(QStringLiteral("\non another computer (annas-la)")));
    CHECK(list->topLevelItem(0)->text(2).startsWith(QStringLiteral("Haarlem\n")));
    clickPutBack(dialog);
    CHECK(repository.get(id)->city == QStringLiteral("Leiden"));
    CHECK(dialog.shownCount() == 0);
    notice->refresh();
    CHECK_FALSE(notice->isVisible());
    waiting->refresh();
    CHECK_FALSE(waiting->isVisible());
}

TEST_CASE("File › Review Overwritten Edits lists what no card shows and puts a persona's needs back", "[sync-ui]")
{
    TempDatabase t;
    Persona p;
    p.name = QStringLiteral("Busy buyer");
    p.needs = QStringLiteral("Good prices");
    PersonaRepository personas(t.db);
    const qint64 id = personas.add(p).value();
    const QString uuid = personas.persona(id)->uuid;
    QSqlQuery q(t.db->connection());
    q.prepare(QStringLiteral(
        "INSERT INTO sync_conflict (uuid, tbl, row_uuid, field, loser_value, loser_hlc, loser_node, winner_value,"
        " winner_hlc, winner_node, detected_by, created_at, updated_at)"
        " VALUES (?, 'persona', ?, 'needs', 'Quick answers', ?, 'annas-laptop', 'Good prices', ?, 'office', 'office', ?, ?)"));
    q.addBindValue(newUuid());
    q.addBindValue(uuid);
    q.addBindValue(QDateTime::currentMSecsSinceEpoch() << 16);
    q.addBindValue((QDateTime::currentMSecsSinceEpoch() + 1000) << 16);
    q.addBindValue(nowStored());
    q.addBindValue(nowStored());
    REQUIRE(q.exec());

    MainWindow window(t.db);
    QAction *review = nullptr;
    for (QAction *a : window.findChildren<QAction *>())
        if (a->text() == QStringLiteral("Re&view Overwritten Edits…"))
            review = a;
    REQUIRE(review);

    ConflictDialog dialog(t.db, QStringLiteral("Tester"));
    REQUIRE(dialog.shownCount() == 1);
    auto *list = dialog.findChild<QTreeWidget *>(QStringLiteral("conflicts"));
    REQUIRE(list);
    CHECK(list->headerItem()->text(0) == QStringLiteral("Record and field"));
    CHECK(list->topLevelItem(0)->text(0) == QStringLiteral("Persona “Busy buyer”\nNeeds"));
    CHECK(list->topLevelItem(0)->text(1).startsWith(QStringLiteral("Quick answers\nwritten ")));
    clickPutBack(dialog);
    CHECK(personas.persona(id)->needs == QStringLiteral("Quick answers"));
    CHECK(dialog.shownCount() == 0);
    // Nothing left: the dialog stays open and says so.
    auto *empty = dialog.findChild<QLabel *>(QStringLiteral("empty"));
    REQUIRE(empty);
    CHECK_FALSE(empty->isHidden());
    CHECK(list->isHidden());
}

TEST_CASE("The sync dialog refuses an address with a password and says why", "[sync-ui]")
{
    TempDatabase t;
    SyncDialog dialog(t.db);
    auto *url = dialog.findChild<QLineEdit *>(QStringLiteral("serverUrl"));
    REQUIRE(url);
    url->setText(QStringLiteral("postgresql://anna:secret@dbhost/team"));
    dialog.startSync();
    auto *status = dialog.findChild<QLabel *>(QStringLiteral("syncStatus"));
    REQUIRE(status);
    CHECK(status->text().contains(QStringLiteral("password")));
}

TEST_CASE("The sync dialog shows which customers this computer keeps and lets the user choose", "[sync-ui]")
{
    TempDatabase t;
    CustomerRepository customers(t.db);
    REQUIRE(customers.ensureOwner(QStringLiteral("Kari")));
    REQUIRE(customers.ensureOwner(QStringLiteral("Joost")));
    QSqlQuery q(t.db->connection());
    REQUIRE(q.exec(QStringLiteral("SELECT uuid FROM owner WHERE name = 'Kari'")));
    REQUIRE(q.next());
    const QString kari = q.value(0).toString();
    q.finish();
    sync::SyncEndpoint laptop(t.db);

    {
        SyncDialog dialog(t.db);
        auto *kind = dialog.findChild<QComboBox *>(QStringLiteral("keepKind"));
        auto *value = dialog.findChild<QComboBox *>(QStringLiteral("keepValue"));
        REQUIRE(kind);
        REQUIRE(value);
        CHECK(kind->currentText() == QStringLiteral("All customers"));
        CHECK_FALSE(value->isEnabled());
        // A kind without a name is not sent to the server.
        kind->setCurrentIndex(kind->findData(QStringLiteral("owner")));
        CHECK(value->isEnabled());
        CHECK(value->count() == 2); // Joost, Kari
        value->setCurrentText(QString());
        dialog.findChild<QLineEdit *>(QStringLiteral("serverUrl"))->setText(QStringLiteral("postgresql://anna@dbhost/team"));
        dialog.startSync();
        CHECK(dialog.findChild<QLabel *>(QStringLiteral("syncStatus"))->text().startsWith(QStringLiteral("Choose the team member")));
    }

    sync::Subset mine;
    mine.owners = {kari};
    REQUIRE(laptop.setSubset(mine));
    {
        SyncDialog dialog(t.db);
        auto *kind = dialog.findChild<QComboBox *>(QStringLiteral("keepKind"));
        auto *value = dialog.findChild<QComboBox *>(QStringLiteral("keepValue"));
        CHECK(kind->currentData().toString() == QStringLiteral("owner"));
        CHECK(value->currentText() == QStringLiteral("Kari"));
    }

    // A union set with relatio-cli is shown as it is.
    mine.countries = {QStringLiteral("NO")};
    REQUIRE(laptop.setSubset(mine));
    {
        SyncDialog dialog(t.db);
        auto *kind = dialog.findChild<QComboBox *>(QStringLiteral("keepKind"));
        CHECK(kind->currentText() == QStringLiteral("As set now: customers of “Kari”, customers in NO"));
        CHECK_FALSE(dialog.findChild<QComboBox *>(QStringLiteral("keepValue"))->isEnabled());
    }

    sync::SyncSummary summary;
    summary.left = 3;
    CHECK(SyncController::summaryText(summary, QLatin1Char('\n'))
          == QStringLiteral("Synced: 0 sent, 0 received.\n3 customers left the selection this computer keeps; they stay "
                            "on the team database."));
}

TEST_CASE("Sync Now with Keep here set brings only that team member's customers", "[sync-ui][postgres]")
{
    // A team database of this test process, with two team members' customers on it.
    const QString address = scratchTeamDatabase(QStringLiteral("relatio_ui"));
    if (address.isEmpty())
        return;
    auto url = sync::ServerUrl::parse(address);
    REQUIRE(url);
    teamWith(*url,
             {named(QStringLiteral("Ane"), QStringLiteral("Lie"), QStringLiteral("NO")),
              named(QStringLiteral("Bart"), QStringLiteral("Smit"), QStringLiteral("NL"))},
             {QStringLiteral("Kari"), QStringLiteral("Joost")});

    TempDatabase field;
    SyncDialog dialog(field.db);
    dialog.findChild<QLineEdit *>(QStringLiteral("serverUrl"))->setText(url->address());
    // A password typed but not kept (the tests' server trusts the connection; no keychain here).
    for (QLineEdit *edit : dialog.findChildren<QLineEdit *>())
        if (edit->echoMode() == QLineEdit::Password)
            edit->setText(QStringLiteral("not needed"));
    for (QCheckBox *box : dialog.findChildren<QCheckBox *>())
        box->setChecked(false);
    auto *kind = dialog.findChild<QComboBox *>(QStringLiteral("keepKind"));
    kind->setCurrentIndex(kind->findData(QStringLiteral("owner")));
    dialog.findChild<QComboBox *>(QStringLiteral("keepValue"))->setCurrentText(QStringLiteral("kari"));
    bool done = false;
    QObject::connect(&dialog, &SyncDialog::synced, [&done]() { done = true; });
    auto *status = dialog.findChild<QLabel *>(QStringLiteral("syncStatus"));
    dialog.startSync();
    QElapsedTimer waited;
    waited.start();
    while (!done && waited.elapsed() < 60000 && !status->text().startsWith(QStringLiteral("Sync failed")))
        QTest::qWait(50);
    INFO(status->text().toStdString());
    REQUIRE(done);
    CHECK(status->text().startsWith(QStringLiteral("Synced: 0 sent, ")));
    QSqlQuery q(field.db->connection());
    REQUIRE(q.exec(QStringLiteral("SELECT given_name FROM customer")));
    REQUIRE(q.next());
    CHECK(q.value(0).toString() == QStringLiteral("Ane"));
    CHECK_FALSE(q.next());
    q.finish();
    // The dialog shows the choice as it is now kept, by the name the sync brought.
    CHECK(kind->currentData().toString() == QStringLiteral("owner"));
    CHECK(dialog.findChild<QComboBox *>(QStringLiteral("keepValue"))->currentText() == QStringLiteral("Kari"));
    CHECK(sync::SyncEndpoint(field.db).subset().value().owners.size() == 1);
}

TEST_CASE("At start Relatio syncs with the team server it knows, and works offline when that is not reached", "[sync-ui][postgres]")
{
    const QString address = scratchTeamDatabase(QStringLiteral("relatio_ui_start"));
    if (address.isEmpty())
        return;
    auto url = sync::ServerUrl::parse(address);
    REQUIRE(url);
    teamWith(*url, {named(QStringLiteral("Ane"), QStringLiteral("Lie"))});

    // What the sync dialog keeps: the address, and whether to sync at start (on unless turned off).
    QSettings settings;
    settings.setValue(QStringLiteral("sync/server"), url->address());
    settings.remove(QStringLiteral("sync/onStart"));
    TempDatabase field;
    QWidget window;
    const auto startUp = [&field, &window]() {
        SyncController controller(field.db, &window);
        std::optional<sync::SyncSummary> synced;
        QString status;
        QObject::connect(&controller, &SyncController::synced,
                         [&synced](const sync::SyncSummary &summary) { synced = summary; });
        QObject::connect(&controller, &SyncController::statusMessage,
                         [&status](const QString &message, int) { status = message; });
        controller.syncOnStart();
        QElapsedTimer waited;
        waited.start();
        while (status.isEmpty() && waited.elapsed() < 60000)
            QTest::qWait(50);
        return std::make_pair(synced, status);
    };
    const auto [synced, status] = startUp();
    INFO(status.toStdString());
    REQUIRE(synced);
    CHECK(synced->received >= 1);
    CHECK(status.startsWith(QStringLiteral("Synced: 0 sent, ")));
    const auto customers = [&field]() {
        QStringList names;
        QSqlQuery q(field.db->connection());
        REQUIRE(q.exec(QStringLiteral("SELECT given_name FROM customer")));
        while (q.next())
            names.append(q.value(0).toString());
        return names;
    };
    CHECK(customers() == QStringList{QStringLiteral("Ane")});

    // A server that does not answer: the status bar says so, and the laptop keeps what it has.
    settings.setValue(QStringLiteral("sync/server"), QStringLiteral("postgresql://postgres@127.0.0.1:1/relatio"));
    const auto [offline, why] = startUp();
    INFO(why.toStdString());
    CHECK_FALSE(offline);
    CHECK(why.startsWith(QStringLiteral("Team server not reached (")));
    CHECK(why.endsWith(QStringLiteral("; working offline.")));
    CHECK(customers() == QStringList{QStringLiteral("Ane")});

    // Turned off in the dialog: no sync at start.
    settings.setValue(QStringLiteral("sync/server"), url->address());
    settings.setValue(QStringLiteral("sync/onStart"), false);
    {
        SyncController controller(field.db, &window);
        bool started = false;
        QObject::connect(&controller, &SyncController::statusMessage, [&started](const QString &, int) { started = true; });
        controller.syncOnStart();
        QTest::qWait(300);
        CHECK_FALSE(started);
    }
    settings.remove(QStringLiteral("sync/server"));
    settings.remove(QStringLiteral("sync/onStart"));
}
