// The interaction models: a customer's timeline, complaints for the team, follow-ups, channels and
// the current user, each against a real database and checked with QAbstractItemModelTester.
#include "TestSupport.h"
#include "PgTestSupport.h"

#include "customers/CustomerRepository.h"
#include "interactions/ChannelListModel.h"
#include "interactions/ComplaintListModel.h"
#include "interactions/CurrentUser.h"
#include "interactions/FollowUpListModel.h"
#include "interactions/InteractionRepository.h"
#include "interactions/TimeText.h"
#include "interactions/TimelineModel.h"

#include <QAbstractItemModelTester>
#include <QSettings>
#include <QSignalSpy>

using namespace relatio;
using relatio::test::StoreKind;
using relatio::test::TempDatabase;
using relatio::test::TestStore;

namespace {

constexpr qint64 kPhone = 1;
constexpr qint64 kEmail = 2;
constexpr qint64 kSocial = 5;

const QDateTime kBase = QDateTime(QDate(2026, 3, 2), QTime(9, 0), Qt::UTC);

// A file, or a team database (PostgreSQL) worked on directly.
struct Store
{
    explicit Store(StoreKind kind = StoreKind::File)
        : t(kind)
    {
    }

    TestStore t;
    CustomerRepository customers{t.db};
    InteractionRepository interactions{t.db};

    qint64 customer(const QString &family)
    {
        Customer c;
        c.kind = CustomerKind::Person;
        c.givenName = QStringLiteral("Anna");
        c.familyName = family;
        c.country = QStringLiteral("NL");
        auto id = customers.create(c);
        REQUIRE(id);
        return *id;
    }

    qint64 contact(qint64 customerId, const QDateTime &when, qint64 channel = kPhone,
                   InteractionKind kind = InteractionKind::Question, const QString &subject = QStringLiteral("call"))
    {
        Interaction i;
        i.customerId = customerId;
        i.occurredAt = when;
        i.channelId = channel;
        i.kind = kind;
        i.subject = subject;
        auto id = interactions.create(i);
        REQUIRE(id);
        return *id;
    }

    qint64 followUp(qint64 customerId, const QDate &due, qint64 assignee, const QString &note)
    {
        FollowUp f;
        f.customerId = customerId;
        f.dueDate = due;
        f.assigneeId = assignee;
        f.note = note;
        auto id = interactions.createFollowUp(f);
        REQUIRE(id);
        return *id;
    }
};

QList<qint64> idsOf(const TimelineModel &model)
{
    QList<qint64> ids;
    for (int row = 0; row < model.rowCount(); ++row)
        ids.append(model.idAt(row));
    return ids;
}

template<typename Model>
void waitLoaded(Model &model)
{
    QSignalSpy loaded(&model, &Model::loaded);
    if (model.isLoading())
        REQUIRE(loaded.wait(10000));
}

} // namespace

TEST_CASE("The timeline lists a customer's contacts newest first, a page at a time", "[interactions][timeline]")
{
    Store s(GENERATE(StoreKind::File, StoreKind::Team));
    if (s.t.skipped)
        return;
    INFO(s.t.where());
    const qint64 anna = s.customer(QStringLiteral("Jansen"));
    const qint64 other = s.customer(QStringLiteral("Visser"));
    QList<qint64> expected;
    // 450 contacts, some at the same moment (the id breaks the tie), given out of order.
    for (int n = 0; n < 450; ++n) {
        const int minute = (n * 37) % 450 / 2;
        expected.append(s.contact(anna, kBase.addSecs(60 * minute)));
    }
    s.contact(other, kBase.addDays(1));
    auto full = s.interactions.timeline(anna);
    REQUIRE(full);
    QList<qint64> newestFirst;
    for (const Interaction &i : std::as_const(*full))
        newestFirst.append(i.id);

    TimelineModel model(s.t.db);
    model.setCustomer(anna);
    CHECK(model.totalCount() == 450);
    CHECK(model.rowCount() == TimelineModel::kPageSize);
    REQUIRE(model.canFetchMore({}));
    // Made after the reset: the tester fetches more from its modelReset slot, which no view does.
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    while (model.canFetchMore({}))
        model.fetchMore({});
    REQUIRE(model.rowCount() == 450);
    CHECK(idsOf(model) == newestFirst);
    for (int row = 1; row < model.rowCount(); ++row) {
        const Interaction &a = model.recordAt(row - 1);
        const Interaction &b = model.recordAt(row);
        CHECK((a.occurredAt > b.occurredAt || (a.occurredAt == b.occurredAt && a.id > b.id)));
    }
}

TEST_CASE("The timeline filters by channel and kind", "[interactions][timeline]")
{
    Store s(GENERATE(StoreKind::File, StoreKind::Team));
    if (s.t.skipped)
        return;
    INFO(s.t.where());
    const qint64 anna = s.customer(QStringLiteral("Jansen"));
    const qint64 phoneQuestion = s.contact(anna, kBase, kPhone, InteractionKind::Question);
    const qint64 mailComplaint = s.contact(anna, kBase.addSecs(60), kEmail, InteractionKind::Complaint);
    const qint64 phoneComplaint = s.contact(anna, kBase.addSecs(120), kPhone, InteractionKind::Complaint);
    const qint64 socialOrder = s.contact(anna, kBase.addSecs(180), kSocial, InteractionKind::Order);

    TimelineModel model(s.t.db);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    model.setCustomer(anna);
    CHECK(idsOf(model) == QList<qint64>{socialOrder, phoneComplaint, mailComplaint, phoneQuestion});

    model.setFilter({kPhone}, {});
    CHECK(idsOf(model) == QList<qint64>{phoneComplaint, phoneQuestion});
    CHECK(model.totalCount() == 2);
    model.setFilter({}, {InteractionKind::Complaint});
    CHECK(idsOf(model) == QList<qint64>{phoneComplaint, mailComplaint});
    model.setFilter({kPhone, kSocial}, {InteractionKind::Complaint, InteractionKind::Order});
    CHECK(idsOf(model) == QList<qint64>{socialOrder, phoneComplaint});
    model.setFilter({kEmail}, {InteractionKind::Order});
    CHECK(model.rowCount() == 0);
    CHECK(model.totalCount() == 0);
}

TEST_CASE("A retired channel stays in the history but takes no new contacts", "[interactions][timeline]")
{
    Store s(GENERATE(StoreKind::File, StoreKind::Team));
    if (s.t.skipped)
        return;
    INFO(s.t.where());
    const qint64 anna = s.customer(QStringLiteral("Jansen"));
    auto fax = s.interactions.addChannel(QStringLiteral("Fax"), false);
    REQUIRE(fax);
    const qint64 old = s.contact(anna, kBase, *fax, InteractionKind::Order, QStringLiteral("order by fax"));
    REQUIRE(s.interactions.setChannelRetired(*fax, true));

    TimelineModel model(s.t.db);
    model.setCustomer(anna);
    REQUIRE(model.rowCount() == 1);
    CHECK(model.idAt(0) == old);
    CHECK(model.index(0, TimelineModel::Channel).data().toString() == QStringLiteral("Fax"));

    Interaction fresh;
    fresh.customerId = anna;
    fresh.occurredAt = kBase.addDays(1);
    fresh.channelId = *fax;
    CHECK_FALSE(s.interactions.create(fresh));
    // The old contact can still be edited on its retired channel.
    Interaction edited = *s.interactions.get(old);
    edited.subject = QStringLiteral("order by fax, confirmed");
    CHECK(s.interactions.update(edited));
    auto active = s.interactions.channels(true);
    REQUIRE(active);
    CHECK(std::none_of(active->cbegin(), active->cend(), [&](const Channel &c) { return c.id == *fax; }));
}

TEST_CASE("Timeline changes arrive as inserts, moves and removals, not resets", "[interactions][timeline]")
{
    Store s(GENERATE(StoreKind::File, StoreKind::Team));
    if (s.t.skipped)
        return;
    INFO(s.t.where());
    const qint64 anna = s.customer(QStringLiteral("Jansen"));
    const qint64 first = s.contact(anna, kBase);
    const qint64 second = s.contact(anna, kBase.addSecs(3600));
    TimelineModel model(s.t.db);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    model.setCustomer(anna);
    QSignalSpy resets(&model, &QAbstractItemModel::modelReset);
    QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);
    QSignalSpy moved(&model, &QAbstractItemModel::rowsMoved);
    QSignalSpy removed(&model, &QAbstractItemModel::rowsRemoved);
    QSignalSpy counted(&model, &TimelineModel::countChanged);

    const qint64 newest = s.contact(anna, kBase.addDays(1));
    model.refreshInteractions({newest});
    CHECK(idsOf(model) == QList<qint64>{newest, second, first});
    CHECK(inserted.size() == 1);
    CHECK(model.totalCount() == 3);
    CHECK(counted.size() == 1);

    Interaction earlier = *s.interactions.get(newest);
    earlier.occurredAt = kBase.addSecs(-60);
    REQUIRE(s.interactions.update(earlier));
    model.refreshInteractions({newest});
    CHECK(idsOf(model) == QList<qint64>{second, first, newest});
    CHECK(moved.size() == 1);

    REQUIRE(s.interactions.remove(second));
    model.refreshInteractions({second});
    CHECK(idsOf(model) == QList<qint64>{first, newest});
    CHECK(removed.size() == 1);
    CHECK(model.totalCount() == 2);
    REQUIRE(s.interactions.restore(second));
    model.refreshInteractions({second});
    CHECK(idsOf(model) == QList<qint64>{second, first, newest});
    CHECK(resets.isEmpty());
}

TEST_CASE("Relative times read as people say them", "[interactions][timeline]")
{
    const QDateTime now = QDateTime(QDate(2026, 3, 12), QTime(15, 0)).toUTC();
    CHECK(TimeText::when(now.addSecs(-20), now) == QStringLiteral("just now"));
    CHECK(TimeText::when(now.addSecs(-60 * 5), now) == QStringLiteral("5 min ago"));
    CHECK(TimeText::when(now.addSecs(-3600 * 3), now).startsWith(QStringLiteral("today ")));
    CHECK(TimeText::when(now.addDays(-1), now).startsWith(QStringLiteral("yesterday ")));
    CHECK(TimeText::age(now.addDays(-3), now) == QStringLiteral("3 days"));
    CHECK(TimeText::age(now.addSecs(-3600 * 5), now) == QStringLiteral("5 h"));
    CHECK(TimeText::age(now.addDays(-1), now) == QStringLiteral("1 day"));
}

TEST_CASE("Complaints are taken, given back, resolved and reopened", "[interactions][complaints]")
{
    Store s(GENERATE(StoreKind::File, StoreKind::Team));
    if (s.t.skipped)
        return;
    INFO(s.t.where());
    const qint64 anna = s.customer(QStringLiteral("Jansen"));
    const qint64 ben = s.customer(QStringLiteral("Bakker"));

    // One for a customer that is not there is refused with the reason, on either store.
    FollowUp stray;
    stray.customerId = 999999;
    stray.dueDate = QDate(2026, 12, 1);
    const auto refused = s.interactions.createFollowUp(stray);
    REQUIRE_FALSE(refused);
    CHECK(refused.error().code == Error::Code::NotFound);
    const qint64 sanne = *s.customers.ensureOwner(QStringLiteral("Sanne de Jong"));
    const qint64 olderMail = s.contact(anna, kBase, kEmail, InteractionKind::Complaint, QStringLiteral("late"));
    const qint64 newerSocial = s.contact(ben, kBase.addDays(1), kSocial, InteractionKind::Complaint,
                                         QStringLiteral("public rant"));
    s.contact(ben, kBase.addDays(2), kPhone, InteractionKind::Question);

    ComplaintListModel model(s.t.db);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    model.reload();
    waitLoaded(model);
    // Open ones, oldest first; the social one is marked.
    REQUIRE(model.rowCount() == 2);
    CHECK(model.idAt(0) == olderMail);
    CHECK(model.idAt(1) == newerSocial);
    CHECK_FALSE(model.index(0, 0).data(ComplaintListModel::SocialRole).toBool());
    CHECK(model.index(1, 0).data(ComplaintListModel::SocialRole).toBool());
    CHECK(model.index(1, ComplaintListModel::Channel).data().toString().contains(QStringLiteral("public")));
    CHECK(model.index(0, ComplaintListModel::Customer).data().toString() == QStringLiteral("Anna Jansen"));

    model.setSocialOnly(true);
    waitLoaded(model);
    REQUIRE(model.rowCount() == 1);
    CHECK(model.idAt(0) == newerSocial);
    model.setSocialOnly(false);
    waitLoaded(model);

    QSignalSpy resets(&model, &QAbstractItemModel::modelReset);
    REQUIRE(s.interactions.takeComplaint(newerSocial, sanne));
    model.refreshInteractions({newerSocial});
    CHECK(model.index(1, ComplaintListModel::TakenBy).data().toString() == QStringLiteral("Sanne de Jong"));
    CHECK(model.index(1, 0).data(ComplaintListModel::TakenByIdRole).toLongLong() == sanne);
    const Interaction taken = *s.interactions.get(newerSocial);
    CHECK(taken.takenAt.isValid());
    REQUIRE(s.interactions.takeComplaint(newerSocial, 0));
    model.refreshInteractions({newerSocial});
    CHECK(model.index(1, 0).data(ComplaintListModel::TakenByIdRole).toLongLong() == 0);
    REQUIRE(s.interactions.takeComplaint(newerSocial, sanne));

    REQUIRE(s.interactions.setResolved(newerSocial, true));
    model.refreshInteractions({newerSocial});
    REQUIRE(model.rowCount() == 1);
    CHECK(model.idAt(0) == olderMail);
    CHECK(resets.isEmpty());

    model.setMode(ComplaintListModel::Mode::Resolved);
    waitLoaded(model);
    REQUIRE(model.rowCount() == 1);
    CHECK(model.idAt(0) == newerSocial);
    CHECK(model.index(0, ComplaintListModel::TakenBy).data().toString() == QStringLiteral("Sanne de Jong"));
    CHECK(model.index(0, 0).data(ComplaintListModel::ResolvedRole).toBool());
    CHECK_FALSE(model.index(0, ComplaintListModel::Resolved).data().toString().isEmpty());

    REQUIRE(s.interactions.setResolved(newerSocial, false));
    model.refreshInteractions({newerSocial});
    CHECK(model.rowCount() == 0);
    model.setMode(ComplaintListModel::Mode::Open);
    waitLoaded(model);
    CHECK(model.rowCount() == 2);
}

TEST_CASE("Follow-ups are open, due today, overdue, done and undone", "[interactions][followups]")
{
    Store s(GENERATE(StoreKind::File, StoreKind::Team));
    if (s.t.skipped)
        return;
    INFO(s.t.where());
    const qint64 anna = s.customer(QStringLiteral("Jansen"));
    const qint64 ben = s.customer(QStringLiteral("Bakker"));
    const qint64 sanne = *s.customers.ensureOwner(QStringLiteral("Sanne de Jong"));
    const qint64 pieter = *s.customers.ensureOwner(QStringLiteral("Pieter Bakker"));
    const QDate today(2026, 3, 12);
    const qint64 overdue = s.followUp(anna, today.addDays(-3), sanne, QStringLiteral("send the offer"));
    const qint64 dueToday = s.followUp(ben, today, sanne, QStringLiteral("call back"));
    const qint64 later = s.followUp(anna, today.addDays(7), sanne, QStringLiteral("check in"));
    const qint64 others = s.followUp(ben, today, pieter, QStringLiteral("not mine"));
    const qint64 nobodys = s.followUp(ben, today.addDays(1), 0, QStringLiteral("someone, please"));

    FollowUpListModel mine(s.t.db);
    QAbstractItemModelTester tester(&mine, QAbstractItemModelTester::FailureReportingMode::Fatal);
    mine.setToday(today);
    mine.showAssignee(sanne);
    waitLoaded(mine);
    REQUIRE(mine.rowCount() == 3);
    CHECK(mine.idAt(0) == overdue);
    CHECK(mine.idAt(1) == dueToday);
    CHECK(mine.idAt(2) == later);
    using State = FollowUpListModel::State;
    CHECK(State(mine.index(0, 0).data(FollowUpListModel::StateRole).toInt()) == State::Overdue);
    CHECK(mine.index(0, FollowUpListModel::Status).data().toString() == QStringLiteral("Overdue by 3 days"));
    CHECK(State(mine.index(1, 0).data(FollowUpListModel::StateRole).toInt()) == State::DueToday);
    CHECK(State(mine.index(2, 0).data(FollowUpListModel::StateRole).toInt()) == State::Upcoming);
    CHECK(mine.openCount() == 3);
    CHECK(mine.overdueCount() == 1);
    CHECK(mine.index(0, FollowUpListModel::Customer).data().toString() == QStringLiteral("Anna Jansen"));

    // Ticking asks for the change; the store is written by the caller, then the row follows.
    QSignalSpy asked(&mine, &FollowUpListModel::doneRequested);
    CHECK(mine.setData(mine.index(0, FollowUpListModel::Done), Qt::Checked, Qt::CheckStateRole));
    REQUIRE(asked.size() == 1);
    CHECK(asked.first().at(0).toLongLong() == overdue);
    CHECK(asked.first().at(1).toBool());
    REQUIRE(s.interactions.setFollowUpDone(overdue, true));
    mine.refreshFollowUps({overdue});
    // Done ones go below the open ones and stay until the list is read again, so they can be unticked.
    REQUIRE(mine.rowCount() == 3);
    CHECK(mine.idAt(2) == overdue);
    CHECK(mine.index(2, FollowUpListModel::Done).data(Qt::CheckStateRole).toInt() == Qt::Checked);
    CHECK(State(mine.index(2, 0).data(FollowUpListModel::StateRole).toInt()) == State::Done);
    CHECK(mine.overdueCount() == 0);
    REQUIRE(s.interactions.setFollowUpDone(overdue, false));
    mine.refreshFollowUps({overdue});
    CHECK(mine.idAt(0) == overdue);
    CHECK(State(mine.index(0, 0).data(FollowUpListModel::StateRole).toInt()) == State::Overdue);

    // Done ones of the last days show when asked for; otherwise they are gone after a reload.
    REQUIRE(s.interactions.setFollowUpDone(later, true));
    mine.reload();
    waitLoaded(mine);
    CHECK(mine.rowCount() == 2);
    mine.showAssignee(sanne, 14);
    waitLoaded(mine);
    CHECK(mine.rowCount() == 3);

    // No customer is nobody's list, not the unassigned ones.
    FollowUpListModel none(s.t.db);
    none.showCustomer(0);
    CHECK_FALSE(none.isLoading());
    CHECK(none.rowCount() == 0);

    FollowUpListModel unassigned(s.t.db);
    unassigned.showAssignee(0);
    waitLoaded(unassigned);
    REQUIRE(unassigned.rowCount() == 1);
    CHECK(unassigned.idAt(0) == nobodys);

    // On the card: one customer's, open ones first by due date, then done ones.
    FollowUpListModel card(s.t.db);
    QAbstractItemModelTester cardTester(&card, QAbstractItemModelTester::FailureReportingMode::Fatal);
    card.setToday(today);
    card.showCustomer(ben);
    REQUIRE(card.rowCount() == 3);
    CHECK(card.idAt(0) == dueToday);
    CHECK(card.idAt(2) == nobodys);
    CHECK(card.rowOf(others) >= 0);
    REQUIRE(s.interactions.removeFollowUp(dueToday));
    card.refreshFollowUps({dueToday});
    CHECK(card.rowCount() == 2);
    REQUIRE(s.interactions.restoreFollowUp(dueToday));
    card.refreshFollowUps({dueToday});
    CHECK(card.idAt(0) == dueToday);
}

TEST_CASE("Channels are added, renamed, marked social and retired in their model", "[interactions][channels]")
{
    Store s(GENERATE(StoreKind::File, StoreKind::Team));
    if (s.t.skipped)
        return;
    INFO(s.t.where());
    ChannelListModel model(s.t.db);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    REQUIRE(model.rowCount() == 8);
    CHECK(model.index(0, ChannelListModel::Name).data().toString() == QStringLiteral("Phone"));
    CHECK(model.index(4, ChannelListModel::Social).data(Qt::CheckStateRole).toInt() == Qt::Checked);

    QSignalSpy failed(&model, &ChannelListModel::failed);
    REQUIRE(model.addChannel(QStringLiteral("WhatsApp"), true));
    CHECK(model.rowCount() == 9);
    CHECK_FALSE(model.addChannel(QStringLiteral("whatsapp"), false));
    CHECK(failed.size() == 1);

    CHECK(model.setData(model.index(0, ChannelListModel::Name), QStringLiteral("Telephone")));
    CHECK(model.index(0, ChannelListModel::Name).data().toString() == QStringLiteral("Telephone"));
    CHECK_FALSE(model.setData(model.index(1, ChannelListModel::Name), QStringLiteral("telephone")));
    CHECK(model.setData(model.index(1, ChannelListModel::Social), Qt::Checked, Qt::CheckStateRole));
    CHECK(s.interactions.channels()->at(1).social);
    REQUIRE(model.setRetired(6, true));
    CHECK(model.index(6, 0).data(ChannelListModel::RetiredRole).toBool());
    CHECK(s.interactions.channels(true)->size() == 8);
    REQUIRE(model.moveChannel(8, 0));
    CHECK(model.index(0, ChannelListModel::Name).data().toString() == QStringLiteral("WhatsApp"));
    CHECK(s.interactions.channels()->first().name == QStringLiteral("WhatsApp"));
}

TEST_CASE("The current user is guessed from the system user and remembered per database", "[interactions][currentuser]")
{
    const QList<TeamMember> team = {{1, QStringLiteral("Sanne de Jong"), QStringLiteral("sanne.dejong@example.com")},
                                    {2, QStringLiteral("Pieter Bakker"), QStringLiteral("pb@example.com")},
                                    {3, QStringLiteral("Sanne Visser"), QString()}};
    CHECK(CurrentUser::guess(team, QStringLiteral("pieter")) == 2);
    CHECK(CurrentUser::guess(team, QStringLiteral("pb")) == 2);
    CHECK(CurrentUser::guess(team, QStringLiteral("pbakker")) == 2);
    CHECK(CurrentUser::guess(team, QStringLiteral("sanne.dejong")) == 1);
    CHECK(CurrentUser::guess(team, QStringLiteral("sanne")) == 0); // two Sannes: ask
    CHECK(CurrentUser::guess(team, QStringLiteral("root")) == 0);

    Store a;
    Store b;
    const qint64 sanne = *a.customers.ensureOwner(QStringLiteral("Sanne de Jong"));
    CurrentUser inA(a.t.db);
    inA.load();
    CHECK_FALSE(inA.isKnown());
    QSignalSpy changed(&inA, &CurrentUser::changed);
    inA.setOwnerId(sanne);
    CHECK(changed.size() == 1);
    CHECK(inA.name() == QStringLiteral("Sanne de Jong"));
    CurrentUser again(a.t.db);
    again.load();
    CHECK(again.ownerId() == sanne);
    // Another database has its own choice.
    CurrentUser inB(b.t.db);
    inB.load();
    CHECK_FALSE(inB.isKnown());
    inA.setOwnerId(0);
}
