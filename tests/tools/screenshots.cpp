// Screenshots of the main window in the states users meet, for looking at the program as a user
// does. Not a test: it writes PNG files.
//
//   screenshots --db PATH --lang en|nl|nb --out DIR [--qm FILE] [--only PART,…]
//
// PART: customers, privacy, interactions, dashboard, value, maturity, sync (default: all).
//
// --qm loads a draft translation on top of the built-in ones (the last one wins), to check how a
// layout takes the lengths of Dutch and Norwegian before the new strings are translated.
#include "MainWindow.h"
#include "Screenshots.h"
#include "csv/ExportDialog.h"
#include "csv/ImportWizard.h"
#include "customers/CustomerEditor.h"
#include "customers/CustomerListModel.h"
#include "customers/CustomerListView.h"
#include "customers/CustomersPage.h"
#include "customers/SaveConflictDialog.h"
#include "dashboard/ChartPanel.h"
#include "dashboard/DashboardPage.h"
#include "dashboard/TrendChart.h"
#include "i18n/Translations.h"
#include "interactions/ChannelsDialog.h"
#include "interactions/ComplaintListModel.h"
#include "interactions/ComplaintsPage.h"
#include "interactions/ContactEntryForm.h"
#include "interactions/ContactsPanel.h"
#include "interactions/CurrentUserWidgets.h"
#include "interactions/FollowUpListModel.h"
#include "interactions/FollowUpsPage.h"
#include "interactions/InteractionController.h"
#include "customers/CustomerRepository.h"
#include "privacy/ConsentDialog.h"
#include "privacy/ConsentPanel.h"
#include "privacy/EraseDialog.h"
#include "privacy/HistoryPanel.h"
#include "privacy/MarketingExportDialog.h"
#include "privacy/PrivacyActions.h"
#include "privacy/ConsentRepository.h"
#include "privacy/PurposesDialog.h"
#include "privacy/RetentionDialog.h"
#include "util/Stamps.h"
#include "maturity/AssessmentDialog.h"
#include "maturity/MaturityPage.h"
#include "orders/PurchasesPanel.h"
#include "sync/ConflictDialog.h"
#include "sync/SyncController.h"
#include "sync/TeamServer.h"
#include "value/CostsDialog.h"
#include "value/CostsReturnView.h"
#include "value/CustomerPropositionBox.h"
#include "value/PersonasDialog.h"
#include "value/PriceRulesDialog.h"
#include "value/SegmentsPage.h"

#include <QAction>
#include <QApplication>
#include <QCommandLineParser>
#include <QDir>
#include <QLabel>
#include <QLineEdit>
#include <QSignalSpy>
#include <QSqlQuery>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTest>

#include <memory>
#include <QTranslator>
#include <QVBoxLayout>

#include <functional>

using namespace relatio;

namespace {

void settle(CustomerListModel *model)
{
    QSignalSpy ready(model, &CustomerListModel::resultsReady);
    while (model->isLoading())
        ready.wait(10000);
    QTest::qWait(300);
}

void typeInto(QLineEdit *edit, const QString &text)
{
    edit->setFocus();
    edit->selectAll();
    QTest::keyClicks(edit, text);
    QMetaObject::invokeMethod(edit, "editingFinished");
}

// The privacy panels standalone, on a copy of the database with a customer's permissions and
// changes recorded as staff would record them.
void shootPrivacy(const DatabasePtr &source, const QString &folder, const QString &document,
                  const std::function<void(QWidget *, const char *)> &save)
{
    const QString copy = QDir(folder).filePath(QStringLiteral("privacy.sqlite"));
    if (!source->backupTo(copy))
        return;
    const auto opened = Database::open(copy);
    if (!opened)
        return;
    const DatabasePtr db = *opened;
    QSqlQuery q(db->connection());
    if (!q.exec(QStringLiteral("SELECT id FROM customer WHERE kind = 'person' AND email <> '' AND deleted_at IS NULL"
                               " ORDER BY id LIMIT 1"))
        || !q.next())
        return;
    const qint64 id = q.value(0).toLongLong();
    q.finish();
    const QString staff = QStringLiteral("Sanne de Vries");
    ConsentRepository consents(db);
    consents.setActor(staff);
    auto text = [&consents](qint64 purpose) { return consents.texts(purpose)->first().id; };
    auto at = [](const char *iso) { return fromStoredTime(QString::fromLatin1(iso)); };
    auto entry = [&](qint64 purpose, ConsentSource how, const char *when, const QString &evidence) {
        ConsentRecord r{id, purpose, how, at(when), purpose > 0 ? text(purpose) : 0, evidence};
        return r;
    };
    consents.grant(entry(1, ConsentSource::WebForm, "2025-03-04T09:12:00.000Z", QStringLiteral("newsletter form, IP 198.51.100.23")));
    consents.confirm(id, 1, at("2025-03-04T09:20:00.000Z"), QStringLiteral("confirmation link"));
    consents.grant(entry(2, ConsentSource::Counter, "2025-11-02T14:00:00.000Z", QStringLiteral("shop Utrecht")));
    consents.grant(entry(3, ConsentSource::Phone, "2024-06-11T10:30:00.000Z", QStringLiteral("call 2024-0611-17")));
    consents.grant(entry(4, ConsentSource::Letter, "2023-02-01T00:00:00.000Z", QString()));
    consents.withdraw(entry(4, ConsentSource::Email, "2025-09-15T08:00:00.000Z", QStringLiteral("reply to mailing")));
    CustomerRepository customers(db);
    customers.setActor(staff);
    if (auto c = customers.get(id)) {
        c->notes = QStringLiteral("Prefers to be called in the morning.");
        c->city = c->city.isEmpty() ? QStringLiteral("Utrecht") : c->city;
        customers.update(*c);
        customers.setActor(QStringLiteral("Kees Bakker"));
        c = customers.get(id);
        c->emailAlt = QStringLiteral("private@example.net");
        c->tags.append(QStringLiteral("newsletter"));
        customers.update(*c);
    }

    QWidget card;
    card.setWindowTitle(QStringLiteral("Relatio"));
    auto *layout = new QVBoxLayout(&card);
    auto *consent = new ConsentPanel(db);
    consent->setActor(staff);
    layout->addWidget(consent);
    consent->setCustomer(id);
    consent->selectPurpose(2);
    card.resize(900, 600);
    card.show();
    QTest::qWait(300);
    save(&card, "privacy-1-consent");

    ConsentDialog grant(consents, ConsentAction::Grant, id, 5, &card);
    grant.setEvidence(QStringLiteral("signup form on the web shop"));
    grant.show();
    QTest::qWait(300);
    save(&grant, "privacy-2-record");
    grant.hide();

    QWidget historyCard;
    auto *historyLayout = new QVBoxLayout(&historyCard);
    auto *history = new HistoryPanel(db);
    historyLayout->addWidget(history);
    history->setCustomer(id);
    historyCard.resize(900, 360);
    historyCard.show();
    QTest::qWait(300);
    save(&historyCard, "privacy-3-history");

    EraseDialog erase(db, id, staff, &card);
    erase.show();
    QTest::qWait(300);
    save(&erase, "privacy-4-erase");
    erase.setTypedConfirmation(erase.confirmationText());
    QTest::qWait(100);
    save(&erase, "privacy-5-erase-typed");
    erase.hide();

    MarketingExportDialog marketing(db, staff, &card);
    marketing.setTargetPath(QDir(folder).filePath(QStringLiteral("newsletter.csv")));
    marketing.show();
    QTest::qWait(300);
    save(&marketing, "privacy-6-marketing");
    marketing.hide();

    RetentionDialog retention(db, &card);
    retention.setYears(1);
    retention.show();
    retention.find();
    if (!QTest::qWaitFor([&retention]() { return !retention.isSearching(); }, 30000))
        qWarning("the retention search did not finish");
    QTest::qWait(300);
    save(&retention, "privacy-7-retention");
    retention.hide();

    PurposesDialog purposes(db, &card);
    purposes.selectPurpose(1);
    purposes.show();
    QTest::qWait(300);
    save(&purposes, "privacy-8-purposes");

    // The personal-data export as the customer receives it (HTML, JSON and PDF side by side).
    PrivacyActions actions(db, &card);
    actions.setActor(staff);
    if (const auto written = actions.exportSubject(id, document); !written)
        qWarning("%s", qPrintable(written.error().message));
    qInfo("%s", qPrintable(document));
}

// Contacts, complaints and follow-ups at the window size the issue asks for, with the team member
// who has the most follow-ups as "you" (remembered only in this tool's settings).
void shootInteractions(MainWindow &window, const std::function<void(QWidget *, const char *)> &save)
{
    auto *interactions = window.findChild<InteractionController *>();
    auto *complaints = window.findChild<ComplaintsPage *>();
    auto *followUps = window.findChild<FollowUpsPage *>();
    if (!interactions || !complaints || !followUps)
        return;
    InteractionRepository &repo = interactions->repository();
    qint64 me = 0;
    qsizetype most = -1;
    for (const TeamMember &m : interactions->currentUser()->teamMembers())
        if (auto list = repo.followUpsFor(m.id); list && list->size() > most) {
            most = list->size();
            me = m.id;
        }
    interactions->currentUser()->setOwnerId(me);

    window.resize(1360, 820);
    CustomersPage *page = window.customersPage();
    qint64 busiest = 0;
    qint64 contacts = -1;
    for (int row = 0; row < std::min(300, page->model()->rowCount()); ++row)
        if (auto n = repo.countForCustomer(page->model()->idAt(row)); n && *n > contacts) {
            contacts = *n;
            busiest = page->model()->idAt(row);
        }
    window.showPage(page);
    page->showCustomer(busiest, CustomersPage::Card::Contacts);
    QTest::qWait(400);
    save(&window, "interactions-1-card-contacts");

    page->newContactAction()->trigger();
    ContactEntryForm *entry = page->contactsPanel()->entryForm();
    QTest::keyClicks(entry->subjectField(), QStringLiteral("Asked when the replacement is delivered"));
    QTest::qWait(200);
    save(&window, "interactions-2-card-quick-entry");
    entry->cancel();

    if (auto mine = repo.followUpsFor(me); mine && !mine->isEmpty())
        page->showCustomer(mine->first().customerId, CustomersPage::Card::FollowUps);
    QTest::qWait(300);
    save(&window, "interactions-3-card-followups");

    auto waitComplaints = [complaints]() {
        if (!QTest::qWaitFor([complaints]() { return !complaints->model()->isLoading(); }, 30000))
            qWarning("the complaints list did not finish loading");
        QTest::qWait(300);
    };
    window.showPage(complaints);
    waitComplaints();
    save(&window, "interactions-4-complaints");
    complaints->showResolved(true);
    complaints->setResolvedDays(90);
    waitComplaints();
    save(&window, "interactions-5-complaints-resolved");
    complaints->showResolved(false);

    window.showPage(followUps);
    if (!QTest::qWaitFor([followUps]() { return !followUps->model()->isLoading(); }, 30000))
        qWarning("the follow-ups list did not finish loading");
    QTest::qWait(300);
    save(&window, "interactions-6-followups");

    ChannelsDialog channels(interactions->database(), &window);
    channels.show();
    QTest::qWait(300);
    save(&channels, "interactions-7-channels");
    channels.hide();

    CurrentUserDialog who(interactions->currentUser(), &window);
    who.show();
    QTest::qWait(300);
    save(&who, "interactions-8-who-are-you");
    who.hide();
    interactions->currentUser()->setOwnerId(0);
}

// Customer value: a card's orders with the value and proposition beside them, the segments page
// with a segment's members, costs against return, and the set-up dialogs.
void shootValue(MainWindow &window, const DatabasePtr &db, const std::function<void(QWidget *, const char *)> &save)
{
    CustomersPage *page = window.customersPage();
    QSqlQuery q(db->connection());
    // A customer with a long history in one currency and a persona: the card at its fullest.
    if (q.exec(QStringLiteral("SELECT p.customer_id FROM purchase p JOIN customer_value v ON v.customer_id = p.customer_id"
                              " WHERE p.deleted_at IS NULL GROUP BY p.customer_id HAVING count(DISTINCT p.currency) = 1"
                              " ORDER BY v.segment, count(*) DESC LIMIT 1"))
        && q.next()) {
        window.showPage(page);
        page->showCustomer(q.value(0).toLongLong(), CustomersPage::Card::Orders);
        if (auto *box = page->purchasesPanel()->findChild<CustomerPropositionBox *>()) {
            if (!QTest::qWaitFor([box]() { return !box->isBusy(); }, 10000))
                qWarning("the proposition did not finish");
        }
        QTest::qWait(400);
        save(&window, "21-card-orders-value");
    }
    auto *segments = window.findChild<SegmentsPage *>();
    if (!segments)
        return;
    window.showPage(segments);
    if (!QTest::qWaitFor([segments]() { return !segments->isLoading(); }, 30000))
        qWarning("the segments did not finish reading");
    segments->selectSegment(1);
    if (!QTest::qWaitFor([segments]() { return !segments->isLoading(); }, 30000))
        qWarning("the members did not finish reading");
    QTest::qWait(400);
    save(&window, "22-segments");
    if (auto *costs = window.findChild<CostsReturnView *>(QStringLiteral("costsReturn"))) {
        if (auto *tabs = qobject_cast<QTabWidget *>(costs->parentWidget() ? costs->parentWidget()->parentWidget() : nullptr))
            tabs->setCurrentWidget(costs);
        costs->refresh();
        if (!QTest::qWaitFor([costs]() { return !costs->isBusy(); }, 30000))
            qWarning("costs and return did not finish");
        QTest::qWait(400);
        save(&window, "23-costs-return");
    }
    PersonasDialog personas(db, &window);
    personas.show();
    QTest::qWait(300);
    save(&personas, "24-personas");
    personas.hide();
    CostsDialog costsDialog(db, &window);
    costsDialog.show();
    QTest::qWait(300);
    save(&costsDialog, "25-costs");
    costsDialog.hide();
    PriceRulesDialog prices(db, &window);
    prices.show();
    QTest::qWait(300);
    save(&prices, "26-price-rules");
    prices.hide();
}

// Sync: the notice of overwritten edits on the card, the review dialog, the sync dialog. The
// conflicts are made up on the copy: three fields of one customer lost to another laptop.
void shootSync(MainWindow &window, const DatabasePtr &db, const std::function<void(QWidget *, const char *)> &save)
{
    CustomersPage *page = window.customersPage();
    QSqlQuery q(db->connection());
    if (!q.exec(QStringLiteral("SELECT id, uuid, city, email FROM customer WHERE kind = 'person' AND deleted_at IS NULL"
                               " AND email <> '' ORDER BY id LIMIT 1"))
        || !q.next())
        return;
    const qint64 id = q.value(0).toLongLong();
    const QString uuid = q.value(1).toString();
    const QString city = q.value(2).toString();
    const QString email = q.value(3).toString();
    q.finish();
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    struct Made
    {
        const char *field;
        QString loser;
        QString winner;
        qint64 ago;
    };
    const QList<Made> made = {
        {"city", QStringLiteral("Zwolle"), city, 3 * 3600 * 1000},
        {"email", QStringLiteral("old.") + email, email, 26 * 3600 * 1000},
        {"notes", QStringLiteral("Prefers calls after 16:00; ask for the purchasing manager."), QString(), 50 * 3600 * 1000},
    };
    for (const Made &m : made) {
        q.prepare(QStringLiteral(
            "INSERT INTO sync_conflict (uuid, tbl, row_uuid, field, loser_value, loser_hlc, loser_node, winner_value,"
            " winner_hlc, winner_node, detected_by, created_at, updated_at)"
            " VALUES (?, 'customer', ?, ?, ?, ?, 'laptop-kari', ?, ?, 'office-pc-2', 'office-pc-2', ?, ?)"));
        q.addBindValue(newUuid());
        q.addBindValue(uuid);
        q.addBindValue(QString::fromLatin1(m.field));
        q.addBindValue(m.loser);
        q.addBindValue((now - m.ago) << 16);
        q.addBindValue(m.winner);
        q.addBindValue((now - m.ago + 600000) << 16);
        q.addBindValue(nowStored());
        q.addBindValue(nowStored());
        q.exec();
    }
    // And one on a contact of the customer: its subject, written on two laptops.
    if (q.exec(QStringLiteral("SELECT uuid, subject FROM interaction WHERE customer_id = %1 AND deleted_at IS NULL"
                              " ORDER BY occurred_at DESC LIMIT 1").arg(id))
        && q.next()) {
        const QString contact = q.value(0).toString();
        const QString subject = q.value(1).toString();
        q.finish();
        q.prepare(QStringLiteral(
            "INSERT INTO sync_conflict (uuid, tbl, row_uuid, field, loser_value, loser_hlc, loser_node, winner_value,"
            " winner_hlc, winner_node, detected_by, created_at, updated_at)"
            " VALUES (?, 'interaction', ?, 'subject', ?, ?, 'laptop-kari', ?, ?, 'office-pc-2', 'office-pc-2', ?, ?)"));
        q.addBindValue(newUuid());
        q.addBindValue(contact);
        q.addBindValue(QStringLiteral("Delivery two days late, asked for a discount"));
        q.addBindValue((now - 5 * 3600 * 1000) << 16);
        q.addBindValue(subject);
        q.addBindValue((now - 5 * 3600 * 1000 + 900000) << 16);
        q.addBindValue(nowStored());
        q.addBindValue(nowStored());
        q.exec();
    }
    q.finish();
    window.showPage(page);
    page->showCustomer(id, CustomersPage::Card::Details);
    // As after the sync that brought them: the status bar counts them too.
    if (auto *waiting = window.findChild<ConflictIndicator *>(QStringLiteral("conflictIndicator")))
        waiting->refresh();
    QTest::qWait(400);
    save(&window, "30-card-sync-notice");
    const Customer shown = page->editor()->original();
    ConflictDialog review(db, uuid, shown.displayName(), QStringLiteral("Kari"), &window);
    review.show();
    QTest::qWait(300);
    save(&review, "31-sync-conflicts");
    review.hide();

    // What no card shows: a persona's needs, an answer of an assessment, a team member's unit.
    struct Elsewhere
    {
        const char *table, *field, *uuidSql;
        QString loser, winner;
        qint64 ago;
    };
    const QList<Elsewhere> elsewhere = {
        {"persona", "needs", "SELECT uuid, needs FROM persona ORDER BY position LIMIT 1",
         QStringLiteral("Quick answers by phone, delivery within the week"), QString(), 4 * 3600 * 1000},
        {"maturity_answer", "score", "SELECT uuid, score FROM maturity_answer WHERE score > 1 ORDER BY uuid LIMIT 1",
         QStringLiteral("1"), QString(), 30 * 3600 * 1000},
        {"owner", "unit_id", "SELECT o.uuid, u.uuid FROM owner o JOIN org_unit u ON u.id = o.unit_id ORDER BY o.id LIMIT 1",
         QString(), QString(), 75 * 3600 * 1000},
    };
    for (const Elsewhere &e : elsewhere) {
        if (!q.exec(QString::fromLatin1(e.uuidSql)) || !q.next())
            continue;
        const QString row = q.value(0).toString();
        const QString winner = q.value(1).toString();
        q.finish();
        q.prepare(QStringLiteral(
            "INSERT INTO sync_conflict (uuid, tbl, row_uuid, field, loser_value, loser_hlc, loser_node, winner_value,"
            " winner_hlc, winner_node, detected_by, created_at, updated_at)"
            " VALUES (?, ?, ?, ?, ?, ?, 'laptop-kari', ?, ?, 'office-pc-2', 'office-pc-2', ?, ?)"));
        q.addBindValue(newUuid());
        q.addBindValue(QString::fromLatin1(e.table));
        q.addBindValue(row);
        q.addBindValue(QString::fromLatin1(e.field));
        q.addBindValue(e.loser.isNull() ? QVariant(QMetaType(QMetaType::QString)) : QVariant(e.loser));
        q.addBindValue((now - e.ago) << 16);
        q.addBindValue(winner);
        q.addBindValue((now - e.ago + 1200000) << 16);
        q.addBindValue(nowStored());
        q.addBindValue(nowStored());
        q.exec();
    }
    q.finish();
    ConflictDialog others(db, QStringLiteral("Kari"), &window);
    others.show();
    QTest::qWait(300);
    save(&others, "31b-sync-conflicts-elsewhere");
    others.hide();

    // A field laptop that keeps its owner's customers.
    {
        QSqlQuery owner(db->connection());
        if (owner.exec(QStringLiteral("SELECT uuid FROM owner WHERE deleted_at IS NULL ORDER BY name LIMIT 1")) && owner.next()) {
            sync::Subset mine;
            mine.owners = {owner.value(0).toString()};
            owner.finish();
            sync::SyncEndpoint(db).setSubset(mine);
        }
    }
    SyncDialog dialog(db, &window);
    if (auto *url = dialog.findChild<QLineEdit *>(QStringLiteral("serverUrl")))
        url->setText(QStringLiteral("postgresql://kari@crm.example.no:5432/relatio_team?sslmode=verify-full"));
    // As a sync from a laptop whose clock ran three hours fast ends (the summary SyncDialog shows).
    sync::SyncSummary summary;
    summary.sent = 12;
    summary.received = 348;
    summary.conflicts = 2;
    summary.clockSkewMs = (3 * 60 + 5) * 60 * 1000;
    summary.restamped = 3;
    summary.left = 4;
    if (auto *status = dialog.findChild<QLabel *>(QStringLiteral("syncStatus")))
        status->setText(SyncController::summaryText(summary, QLatin1Char('\n')));
    dialog.show();
    QTest::qWait(300);
    save(&dialog, "32-sync-dialog");
    dialog.hide();

    // Saving the card over a change a colleague made meanwhile: two fields clash, one merged.
    SaveConflict conflict;
    conflict.original = shown;
    conflict.yours = shown;
    conflict.yours.city = QStringLiteral("Zwolle");
    conflict.yours.notes = QStringLiteral("Prefers calls after 16:00; ask for the purchasing manager.");
    conflict.yours.tags.append(QStringLiteral("VIP"));
    conflict.theirs = shown;
    conflict.theirs.city = QStringLiteral("Kampen");
    conflict.theirs.notes = QStringLiteral("Moved to the new office in Kampen in November.");
    conflict.theirs.mobile = QStringLiteral("+31612345678");
    conflict.merge = SaveMerge::merge(conflict.original, conflict.yours, conflict.theirs);
    const QString when = QLocale().toString(QDateTime::currentDateTime().addSecs(-20 * 60), QLocale::ShortFormat);
    conflict.theirChange.insert(QStringLiteral("city"), QStringLiteral("Anne de Wit, %1").arg(when));
    conflict.theirChange.insert(QStringLiteral("notes"), QStringLiteral("Anne de Wit, %1").arg(when));
    SaveConflictDialog ask(conflict, &window);
    ask.choose(QStringLiteral("notes"), SaveConflictDialog::Theirs);
    ask.show();
    QTest::qWait(300);
    save(&ask, "33-save-conflict");
    ask.hide();

    // The same for a contact: the subject rewritten on both sides, the rating merged.
    Interaction contact;
    contact.kind = InteractionKind::Complaint;
    contact.subject = QStringLiteral("Delivery two days late");
    contact.occurredAt = QDateTime::currentDateTimeUtc().addDays(-2);
    RecordConflict<Interaction> clash;
    clash.original = contact;
    clash.yours = contact;
    clash.yours.subject = QStringLiteral("Delivery late, asked for a discount");
    clash.yours.resolvedAt = QDateTime::currentDateTimeUtc();
    clash.theirs = contact;
    clash.theirs.subject = QStringLiteral("Delivery two days late — credit note sent");
    clash.theirs.csat = 4;
    clash.merge = mergeThreeWay(InteractionRepository::mergeFields(), clash.original, clash.yours, clash.theirs);
    std::unique_ptr<SaveConflictDialog> contactAsk(SaveConflictDialog::forRecord(
        QCoreApplication::translate("relatio::ContactEntryForm", "The contact “%1”").arg(contact.subject), clash,
        &InteractionRepository::fieldLabel, &InteractionRepository::fieldText, &window));
    contactAsk->show();
    QTest::qWait(300);
    save(contactAsk.get(), "34-save-conflict-contact");
}

// The CRM maturity view: the staircase and criteria, the evidence, the history and the comparison.
void shootMaturity(MainWindow &window, const QString &pdf, const std::function<void(QWidget *, const char *)> &save)
{
    auto *maturity = window.findChild<MaturityPage *>(QStringLiteral("maturityPage"));
    if (!maturity)
        return;
    window.showPage(maturity);
    const auto settleMaturity = [maturity]() {
        if (!QTest::qWaitFor([maturity]() { return !maturity->isMeasuring(); }, 30000))
            qWarning("the evidence was not measured in time");
        QTest::qWait(400);
    };
    settleMaturity();
    save(&window, "27-maturity");
    for (int tab = 1; tab < maturity->tabs()->count(); ++tab) {
        maturity->tabs()->setCurrentIndex(tab);
        settleMaturity();
        save(&window, QStringLiteral("28-maturity-tab%1").arg(tab).toLatin1().constData());
    }
    maturity->tabs()->setCurrentIndex(0);
    // The printable report, as Export PDF… writes it.
    if (maturity->exportPdf(pdf))
        qInfo("%s", qPrintable(pdf));
    else
        qWarning("the maturity report could not be written to %s", qPrintable(pdf));
}

} // namespace

int main(int argc, char *argv[])
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    QApplication::setApplicationName(QStringLiteral("relatio-screenshots"));
    QCommandLineParser parser;
    const QCommandLineOption db(QStringLiteral("db"), QString(), QStringLiteral("path"));
    const QCommandLineOption lang(QStringLiteral("lang"), QString(), QStringLiteral("lang"), QStringLiteral("en"));
    const QCommandLineOption out(QStringLiteral("out"), QString(), QStringLiteral("dir"), QStringLiteral("."));
    const QCommandLineOption draft(QStringLiteral("qm"), QString(), QStringLiteral("file"));
    // Only some of the shots: customers, privacy, interactions, dashboard, value, maturity.
    const QCommandLineOption only(QStringLiteral("only"), QString(), QStringLiteral("parts"));
    const QCommandLineOption server(QStringLiteral("server"), QString(), QStringLiteral("url"));
    parser.addOptions({db, lang, out, draft, only, server});
    parser.process(app);
    const QString language = installTranslations(parser.value(lang));
    for (const QString &file : parser.values(draft)) {
        auto *translator = new QTranslator(&app);
        if (translator->load(file))
            QCoreApplication::installTranslator(translator);
        else
            qWarning("%s cannot be loaded", qPrintable(file));
    }
    const QDir dir(parser.value(out));
    auto save = [&](QWidget *w, const char *name) {
        const QString file = dir.filePath(QStringLiteral("%1-%2.png").arg(QLatin1String(name), language));
        w->grab().save(file);
        qInfo("%s", qPrintable(file));
    };

    // A team database (--server URL; its password as the window takes it) or a Relatio file.
    auto opened = parser.isSet(server) ? sync::TeamServer::openDatabase(parser.value(server))
                                       : Database::open(parser.value(db));
    if (!opened) {
        qCritical("%s", qPrintable(opened.error().message));
        return 1;
    }
    // On a team database, this computer's copy of it goes into a folder of the run's own.
    QTemporaryDir copies;
    if (parser.isSet(server) && !qEnvironmentVariableIsSet("RELATIO_TEAM_COPIES"))
        qputenv("RELATIO_TEAM_COPIES", copies.path().toUtf8());
    MainWindow window(*opened);
    window.resize(1400, 860);
    window.show();
    CustomersPage *page = window.customersPage();
    CustomerListModel *model = page->model();
    settle(model);
    const QStringList parts = parser.value(only).split(QLatin1Char(','), Qt::SkipEmptyParts);
    const auto wants = [&parts](const char *part) { return parts.isEmpty() || parts.contains(QLatin1String(part)); };
    if (wants("value") && !parser.isSet(server))
        shootValue(window, *opened, save);
    if (wants("maturity"))
        shootMaturity(window, dir.filePath(QStringLiteral("29-maturity-report-%1.pdf").arg(language)), save);
    if (parser.isSet(server)) {
        // A team database: the window as it is there (the other parts need a file's demo data).
        shots::shootTeam(window, *opened, parser.value(server), save);
        return 0;
    }
    if (wants("sync"))
        shootSync(window, *opened, save);
    window.showPage(page);
    if (!wants("customers") && !wants("privacy") && !wants("interactions") && !wants("dashboard"))
        return 0;
    save(&window, "1-list");

    QLineEdit *search = page->listView()->searchField();
    typeInto(search, QStringLiteral("jansen"));
    settle(model);
    save(&window, "2-search");

    search->clear();
    settle(model);
    page->newAction()->trigger();
    const QList<QLineEdit *> edits = page->editor()->findChildren<QLineEdit *>();
    // Form order: given, family, organisation name, member of, e-mail, other e-mail, mobile, phone…
    typeInto(edits.at(0), QStringLiteral("Jan"));
    typeInto(edits.at(1), QStringLiteral("van der Berg"));
    typeInto(edits.at(4), QStringLiteral("jan@"));
    typeInto(edits.at(6), QStringLiteral("06-1234"));
    page->editor()->save();
    QTest::qWait(400);
    save(&window, "3-validation");

    // A new record that looks like an existing one.
    page->editor()->cancel();
    const qint64 existing = model->idAt(5);
    page->listView()->selectId(existing);
    QTest::qWait(300);
    const Customer other = page->editor()->original();
    page->editor()->cancel();
    page->newAction()->trigger();
    const QList<QLineEdit *> again = page->editor()->findChildren<QLineEdit *>();
    typeInto(again.at(0), QStringLiteral("Kim"));
    typeInto(again.at(1), QStringLiteral("de Boer"));
    typeInto(again.at(4), other.email.isEmpty() ? QStringLiteral("kim@example.com") : other.email);
    QTest::qWait(600);
    save(&window, "4-duplicate");
    page->editor()->cancel();

    // The import wizard on a file as Excel in Dutch settings writes it, with two bad rows.
    QTemporaryDir files;
    const QString csvPath = files.filePath(QStringLiteral("klanten-2024.csv"));
    {
        QFile csv(csvPath);
        if (!csv.open(QIODevice::WriteOnly))
            return 1;
        csv.write("Klantnummer;Voornaam;Achternaam;Bedrijf;E-mailadres;Telefoon;Postcode;Woonplaats;Opmerkingen\r\n"
                  "K-1001;Anna;Bakker;Bakker BV;anna@bakker.example;030-1234567;3512 AB;Utrecht;Vaste klant\r\n"
                  "K-1002;Piet;Jansen;;piet@;015-7654321;2611 HD;Delft;\r\n"
                  "K-1003;Kees;Vos;Vos & Zn;kees@vos.example;;2311 EZ;Leiden;Belt graag op vrijdag\r\n"
                  "K-1004;Sanne;de Wit;;sanne@dewit.example;;9711 LM;Groningen;\r\n"
                  "K-1005;Ola;Nordmann;;ola@nordmann.example;+47 412 34 567;99999;Bergen;\r\n");
    }
    ImportWizard wizard(*opened, csvPath, &window);
    wizard.show();
    QTest::qWait(400);
    save(&wizard, "5-import-file");
    wizard.next();
    QTest::qWait(300);
    save(&wizard, "6-import-columns");
    wizard.next();
    if (!QTest::qWaitFor([&wizard]() { return wizard.checkSummary().has_value(); }, 10000))
        qWarning("the check did not finish");
    QTest::qWait(300);
    save(&wizard, "7-import-check");
    wizard.hide();

    ExportDialog exportDialog(*opened, model->ids(), {model->idAt(0), model->idAt(1)}, &window);
    exportDialog.show();
    QTest::qWait(300);
    save(&exportDialog, "8-export");
    exportDialog.hide();
    if (wants("privacy"))
        shootPrivacy(*opened, files.path(), dir.filePath(QStringLiteral("privacy-9-personal-data-%1.html").arg(language)), save);
    if (wants("interactions"))
        shootInteractions(window, save);
    if (!wants("dashboard"))
        return 0;

    // The satisfaction dashboard at the window size the issue asks for, each view in turn.
    auto *dashboard = window.findChild<DashboardPage *>(QStringLiteral("dashboardPage"));
    if (!dashboard)
        return 0;
    window.resize(1360, 820);
    window.showPage(dashboard);
    auto settleDashboard = [dashboard]() { shots::settleDashboard(dashboard); };
    dashboard->setPreset(RangePreset::Last12Months);
    dashboard->showTab(DashboardPage::ChannelsTab);
    settleDashboard();
    save(&window, "9-dashboard-channels");
    dashboard->showTab(DashboardPage::GroupsTab);
    dashboard->setGrouping(CustomerGrouping::Country);
    settleDashboard();
    save(&window, "10-dashboard-groups-country");
    dashboard->setGrouping(CustomerGrouping::Tag);
    dashboard->setHeatMapMeasure(Measure::Nps);
    settleDashboard();
    save(&window, "11-dashboard-groups-tag-nps");
    dashboard->setHeatMapMeasure(Measure::Csat);
    dashboard->setGrouping(CustomerGrouping::Country);
    dashboard->showTab(DashboardPage::TrendTab);
    settleDashboard();
    save(&window, "12-dashboard-trend");
    dashboard->setPreset(RangePreset::LastQuarter);
    settleDashboard();
    save(&window, "13-dashboard-trend-weeks");
    dashboard->setTrendChannel(TrendChart::kAllTogether);
    dashboard->setTrendMeasure(Measure::Nps);
    settleDashboard();
    save(&window, "13b-dashboard-trend-all-together-nps");
    dashboard->setTrendChannel(TrendChart::kEachChannel);
    dashboard->setTrendMeasure(Measure::Csat);
    dashboard->showTab(DashboardPage::UsageTab);
    settleDashboard();
    save(&window, "14-dashboard-usage");
    // One small group: few answers everywhere, which the charts must show as such.
    const QList<QPair<QVariant, QString>> groups = dashboard->figures().groups;
    if (!groups.isEmpty()) {
        dashboard->setGrouping(CustomerGrouping::Tag);
        settleDashboard();
        if (!dashboard->figures().groups.isEmpty())
            dashboard->setGrouping(CustomerGrouping::Tag, dashboard->figures().groups.last().first);
        dashboard->setPreset(RangePreset::Last30Days);
        dashboard->showTab(DashboardPage::ChannelsTab);
        settleDashboard();
        save(&window, "15-dashboard-small-group");
    }
    // The exported copies, as a user saves them.
    dashboard->setGrouping(CustomerGrouping::Country);
    dashboard->setPreset(RangePreset::Last12Months);
    settleDashboard();
    for (const auto &[panel, name] : {std::pair{dashboard->csatPanel(), "16-export-csat"},
                                      std::pair{dashboard->npsPanel(), "17-export-nps"}}) {
        const QString file = dir.filePath(QStringLiteral("%1-%2.png").arg(QLatin1String(name), language));
        if (auto saved = panel->savePng(file); !saved)
            qWarning("%s", qPrintable(saved.error().message));
        qInfo("%s", qPrintable(file));
    }
    dashboard->showTab(DashboardPage::GroupsTab);
    settleDashboard();
    const QString heat = dir.filePath(QStringLiteral("18-export-heatmap-%1.png").arg(language));
    if (auto saved = dashboard->heatPanel()->savePng(heat); !saved)
        qWarning("%s", qPrintable(saved.error().message));
    qInfo("%s", qPrintable(heat));
    const QString pdf = dir.filePath(QStringLiteral("19-export-trend-%1.pdf").arg(language));
    dashboard->showTab(DashboardPage::TrendTab);
    settleDashboard();
    const QString trendPng = dir.filePath(QStringLiteral("20-export-trend-%1.png").arg(language));
    if (auto saved = dashboard->trendPanel()->savePng(trendPng); !saved)
        qWarning("%s", qPrintable(saved.error().message));
    qInfo("%s", qPrintable(trendPng));
    if (auto saved = dashboard->trendPanel()->savePdf(pdf); !saved)
        qWarning("%s", qPrintable(saved.error().message));
    qInfo("%s", qPrintable(pdf));
    return 0;
}
