// Customer records: validation, phone numbers, CRUD, tombstones, similar records, sort keys.
#include "TestSupport.h"
#include "PgTestSupport.h"

#include "customers/CustomerRepository.h"
#include "customers/PhoneNumbers.h"
#include "customers/SortKey.h"
#include "customers/Validation.h"
#include "util/Stamps.h"

#include <QSqlQuery>
#include <QTimeZone>

using namespace relatio;
using relatio::test::StoreKind;
using relatio::test::TempDatabase;
using relatio::test::TestStore;

namespace {

Customer person(const QString &given, const QString &family)
{
    Customer c;
    c.kind = CustomerKind::Person;
    c.givenName = given;
    c.familyName = family;
    c.country = QStringLiteral("NL");
    return c;
}

} // namespace

TEST_CASE("E-mail addresses are checked for their shape", "[validation]")
{
    for (const char *good : {"jan@example.com", "j.de.vries+crm@bedrijf.example", "ola_nordmann@post.no",
                             "a@b.co", "Bjørn@fjøs.no"})
        CHECK(CustomerValidator::isValidEmail(QString::fromUtf8(good)));
    for (const char *bad : {"jan", "jan@", "@example.com", "jan@example", "jan @example.com", "jan@@example.com",
                            "jan..jansen@example.com", ".jan@example.com", "jan@-example.com", "jan@example.c"})
        CHECK_FALSE(CustomerValidator::isValidEmail(QString::fromLatin1(bad)));
}

TEST_CASE("Phone numbers are stored as E.164 and shown in national format", "[validation][phone]")
{
    CHECK(PhoneNumbers::toE164(QStringLiteral("06-12345678"), QStringLiteral("NL")).value() == QStringLiteral("+31612345678"));
    CHECK(PhoneNumbers::toE164(QStringLiteral("(020) 123 4567"), QStringLiteral("NL")).value() == QStringLiteral("+31201234567"));
    CHECK(PhoneNumbers::toE164(QStringLiteral("412 34 567"), QStringLiteral("NO")).value() == QStringLiteral("+4741234567"));
    CHECK(PhoneNumbers::toE164(QStringLiteral("0470 12 34 56"), QStringLiteral("BE")).value() == QStringLiteral("+32470123456"));
    CHECK(PhoneNumbers::toE164(QStringLiteral("+47 22 33 44 55"), QStringLiteral("NL")).value() == QStringLiteral("+4722334455"));
    CHECK(PhoneNumbers::toE164(QString(), QStringLiteral("NL")).value().isEmpty());

    const auto bad = PhoneNumbers::toE164(QStringLiteral("12"), QStringLiteral("NL"));
    REQUIRE_FALSE(bad);
    CHECK(bad.error().code == Error::Code::Invalid);
    CHECK_FALSE(PhoneNumbers::toE164(QStringLiteral("call me"), QStringLiteral("NL")));

    CHECK(PhoneNumbers::display(QStringLiteral("+31612345678"), QStringLiteral("NL")) == QStringLiteral("06 12345678"));
    // A foreign number is shown internationally, so it can be dialled.
    CHECK(PhoneNumbers::display(QStringLiteral("+4741234567"), QStringLiteral("NL")) == QStringLiteral("+47 412 34 567"));
    CHECK(PhoneNumbers::display(QStringLiteral("+4741234567"), QStringLiteral("NO")) == QStringLiteral("412 34 567"));
    CHECK(PhoneNumbers::display(QStringLiteral("+31201234567"), QStringLiteral("NL")) == QStringLiteral("020 123 4567"));
    CHECK(PhoneNumbers::display(QStringLiteral("+3222774707"), QStringLiteral("BE")) == QStringLiteral("02 277 47 07"));
    CHECK(PhoneNumbers::display(QStringLiteral("+390612345678"), QStringLiteral("IT")) == QStringLiteral("06 1234 5678"));
    CHECK(PhoneNumbers::display(QStringLiteral("+12015550123"), QStringLiteral("NL")) == QStringLiteral("+1 201-555-0123"));
    CHECK(PhoneNumbers::display(QStringLiteral("not a number"), QStringLiteral("NL")) == QStringLiteral("not a number"));
    CHECK(PhoneNumbers::searchForms({QStringLiteral("+31612345678")})
          == QStringLiteral("31612345678 0612345678 612345678"));
    CHECK(PhoneNumbers::searchForms({QStringLiteral("+4741234567"), QStringLiteral("+3222774707")})
          == QStringLiteral("4741234567 41234567 3222774707 022774707 22774707"));
    // Numbers outside the fast path go through libphonenumber: Italy keeps its leading zero.
    CHECK(PhoneNumbers::searchForms({QStringLiteral("+390612345678")})
          == QStringLiteral("390612345678 0612345678"));
}

TEST_CASE("Validation normalises input and names each bad field", "[validation]")
{
    Customer c = person(QStringLiteral("  Jan "), QStringLiteral(" van  der Berg "));
    c.email = QStringLiteral(" jan@berg.example ");
    c.mobile = QStringLiteral("06 1234 5678");
    c.postcode = QStringLiteral("1012ab");
    c.country = QStringLiteral("nl");
    c.tags = {QStringLiteral("VIP"), QStringLiteral(" vip "), QStringLiteral("customer")};
    const ValidationResult ok = CustomerValidator::validate(c);
    REQUIRE(ok.isValid());
    CHECK(ok.normalised.givenName == QStringLiteral("Jan"));
    CHECK(ok.normalised.familyName == QStringLiteral("van der Berg"));
    CHECK(ok.normalised.email == QStringLiteral("jan@berg.example"));
    CHECK(ok.normalised.mobile == QStringLiteral("+31612345678"));
    CHECK(ok.normalised.postcode == QStringLiteral("1012 AB"));
    CHECK(ok.normalised.country == QStringLiteral("NL"));
    CHECK(ok.normalised.tags == QStringList{QStringLiteral("VIP"), QStringLiteral("customer")});

    Customer bad = person(QString(), QString());
    bad.email = QStringLiteral("jan@");
    bad.phone = QStringLiteral("123");
    bad.postcode = QStringLiteral("ABCD");
    const ValidationResult errors = CustomerValidator::validate(bad);
    CHECK_FALSE(errors.isValid());
    CHECK(errors.messageFor(CustomerField::FamilyName).contains(QStringLiteral("name")));
    CHECK(errors.messageFor(CustomerField::Email).contains(QStringLiteral("jan@")));
    CHECK(errors.messageFor(CustomerField::Phone).contains(QStringLiteral("123")));
    CHECK(errors.messageFor(CustomerField::Postcode).contains(QStringLiteral("1012 AB")));
    CHECK(errors.messageFor(CustomerField::City).isEmpty());

    Customer org;
    org.kind = CustomerKind::Organisation;
    CHECK_FALSE(CustomerValidator::validate(org).messageFor(CustomerField::OrganisationName).isEmpty());
}

TEST_CASE("Sort keys follow how people look names up", "[sort]")
{
    // Dutch particles move behind: van der Berg sorts under B.
    CHECK_FALSE(personSortKey(QStringLiteral("Jan"), QStringLiteral("van der Berg"))
                < personSortKey(QStringLiteral("Piet"), QStringLiteral("Bakker")));
    CHECK(personSortKey(QStringLiteral("Jan"), QStringLiteral("van der Berg"))
          < personSortKey(QStringLiteral("Anna"), QStringLiteral("Claes")));
    CHECK(personSortKey(QStringLiteral("Anna"), QStringLiteral("Berg"))
          < personSortKey(QStringLiteral("Anna"), QStringLiteral("Bergen")));
    // Accents fold; æ ø å sort after z, as in Norwegian.
    CHECK(foldForSort(QStringLiteral("Émile")) == QStringLiteral("emile"));
    CHECK(foldForSort(QStringLiteral("Zeeland")) < foldForSort(QString::fromUtf8("Ødegård")));
    CHECK(foldForSort(QString::fromUtf8("Ødegård")) == QString::fromUtf8("ødegård"));
}

TEST_CASE("Customers are created, read, updated, deleted to a tombstone and restored", "[repository]")
{
    TestStore t(GENERATE(StoreKind::File, StoreKind::Team));
    if (t.skipped)
        return;
    INFO(t.where());
    CustomerRepository repo(t.db);

    Customer org;
    org.kind = CustomerKind::Organisation;
    org.organisationName = QStringLiteral("Bakkerij Jansen B.V.");
    org.country = QStringLiteral("NL");
    const auto orgId = repo.create(org);
    REQUIRE(orgId);

    Customer c = person(QStringLiteral("Jan"), QStringLiteral("Jansen"));
    c.organisationId = *orgId;
    c.email = QStringLiteral("jan@jansen.example");
    c.mobile = QStringLiteral("06-12345678");
    c.city = QStringLiteral("Utrecht");
    c.tags = {QStringLiteral("customer"), QStringLiteral("VIP")};
    const auto ownerId = repo.ensureOwner(QStringLiteral("Sanne de Wit"));
    REQUIRE(ownerId);
    c.ownerId = *ownerId;
    const auto id = repo.create(c);
    REQUIRE(id);

    auto stored = repo.get(*id);
    REQUIRE(stored);
    CHECK(stored->uuid.size() == 36);
    CHECK(stored->mobile == QStringLiteral("+31612345678"));
    CHECK(stored->organisationLabel == QStringLiteral("Bakkerij Jansen B.V."));
    CHECK(stored->ownerName == QStringLiteral("Sanne de Wit"));
    CHECK(stored->tags == QStringList{QStringLiteral("customer"), QStringLiteral("VIP")});
    CHECK(stored->createdAt.isValid());
    CHECK(stored->createdAt.timeSpec() == Qt::UTC);
    CHECK(stored->createdAt == stored->updatedAt);
    CHECK_FALSE(stored->isDeleted());
    const QString uuid = stored->uuid;

    Customer edited = *stored;
    edited.city = QStringLiteral("Amersfoort");
    edited.tags = {QStringLiteral("VIP")};
    REQUIRE(repo.update(edited));
    auto after = repo.get(*id);
    REQUIRE(after);
    CHECK(after->city == QStringLiteral("Amersfoort"));
    CHECK(after->tags == QStringList{QStringLiteral("VIP")});
    CHECK(after->uuid == uuid);
    CHECK(after->updatedAt >= stored->updatedAt);

    SECTION("renaming the organisation renames it for its members")
    {
        auto o = repo.get(*orgId);
        REQUIRE(o);
        o->organisationName = QStringLiteral("Jansen Brood & Banket B.V.");
        REQUIRE(repo.update(*o));
        CHECK(repo.get(*id)->organisationLabel == QStringLiteral("Jansen Brood & Banket B.V."));
    }

    SECTION("delete leaves a tombstone that can be restored")
    {
        REQUIRE(repo.remove(*id));
        auto tomb = repo.get(*id);
        REQUIRE(tomb);
        CHECK(tomb->isDeleted());
        CHECK(tomb->uuid == uuid);
        CHECK(repo.countLive().value() == 1);
        CHECK(repo.countDeleted().value() == 1);
        const auto again = repo.remove(*id);
        REQUIRE_FALSE(again);
        CHECK(again.error().message.contains(QStringLiteral("already deleted")));

        REQUIRE(repo.restore(*id));
        CHECK_FALSE(repo.get(*id)->isDeleted());
        CHECK(repo.countLive().value() == 2);
    }

    SECTION("invalid records are refused and nothing is written")
    {
        Customer bad = person(QStringLiteral("Piet"), QStringLiteral("Puk"));
        bad.email = QStringLiteral("not-an-address");
        const auto refused = repo.create(bad);
        REQUIRE_FALSE(refused);
        CHECK(refused.error().code == Error::Code::Invalid);
        CHECK(repo.countLive().value() == 2);
    }

    SECTION("unknown records are reported as such")
    {
        CHECK(repo.get(9999).error().code == Error::Code::NotFound);
        Customer ghost = person(QStringLiteral("Ghost"), QStringLiteral("Rider"));
        ghost.id = 9999;
        CHECK(repo.update(ghost).error().code == Error::Code::NotFound);
        CHECK(repo.remove(9999).error().code == Error::Code::NotFound);
    }
}

TEST_CASE("Records that look like existing ones are found", "[repository]")
{
    TestStore t(GENERATE(StoreKind::File, StoreKind::Team));
    if (t.skipped)
        return;
    INFO(t.where());
    CustomerRepository repo(t.db);
    Customer a = person(QStringLiteral("Ingrid"), QStringLiteral("Sæther"));
    a.email = QStringLiteral("ingrid@saether.example");
    a.city = QStringLiteral("Bergen");
    a.country = QStringLiteral("NO");
    const auto aId = repo.create(a);
    REQUIRE(aId);

    Customer sameEmail = person(QStringLiteral("I."), QStringLiteral("Sather"));
    sameEmail.email = QStringLiteral("INGRID@saether.example");
    auto found = repo.findSimilar(sameEmail);
    REQUIRE(found.size() == 1);
    CHECK(found.first().id == *aId);
    CHECK(found.first().reason == SimilarCustomer::Reason::SameEmail);

    Customer sameName = person(QStringLiteral("ingrid"), QStringLiteral("Sæther"));
    sameName.city = QStringLiteral("bergen");
    found = repo.findSimilar(sameName);
    REQUIRE(found.size() == 1);
    CHECK(found.first().reason == SimilarCustomer::Reason::SameNameAndCity);

    Customer other = person(QStringLiteral("Ingrid"), QStringLiteral("Sæther"));
    other.city = QStringLiteral("Oslo");
    CHECK(repo.findSimilar(other).isEmpty());

    // A record is not similar to itself, and deleted records do not count.
    Customer self = *repo.get(*aId);
    CHECK(repo.findSimilar(self).isEmpty());
    REQUIRE(repo.remove(*aId));
    CHECK(repo.findSimilar(sameEmail).isEmpty());
}

TEST_CASE("Owners, tags and countries are listed for the filters", "[repository]")
{
    TestStore t(GENERATE(StoreKind::File, StoreKind::Team));
    if (t.skipped)
        return;
    INFO(t.where());
    CustomerRepository repo(t.db);
    for (const char *country : {"NO", "NL", "BE", "NL"}) {
        Customer c = person(QStringLiteral("A"), QStringLiteral("B"));
        c.country = QString::fromLatin1(country);
        c.tags = {QStringLiteral("lead")};
        REQUIRE(repo.create(c));
    }
    QStringList codes;
    for (const NamedItem &c : repo.countries())
        codes.append(c.name);
    CHECK(codes == QStringList{QStringLiteral("BE"), QStringLiteral("NL"), QStringLiteral("NO")});
    REQUIRE(repo.tags().size() == 1);
    CHECK(repo.tags().first().name == QStringLiteral("lead"));
    CHECK(repo.ensureTag(QStringLiteral("LEAD")).value() == repo.tags().first().id); // case-insensitive
    CHECK(repo.ensureOwner(QStringLiteral("Kari")).value() == repo.ensureOwner(QStringLiteral("Kari")).value());
}

TEST_CASE("Time stamps are stored as UTC ISO 8601 with milliseconds", "[stamps]")
{
    const QDateTime t(QDate(2026, 3, 9), QTime(7, 5, 3, 42), Qt::UTC);
    CHECK(toStoredTime(t) == QStringLiteral("2026-03-09T07:05:03.042Z"));
    CHECK(toStoredTime(t) == t.toString(Qt::ISODateWithMs));
    CHECK(fromStoredTime(toStoredTime(t)) == t);
    const QDateTime local(QDate(2026, 7, 1), QTime(14, 0), QTimeZone("Europe/Amsterdam"));
    CHECK(toStoredTime(local) == QStringLiteral("2026-07-01T12:00:00.000Z"));
    CHECK(toStoredTime(QDateTime()).isEmpty());
}

TEST_CASE("A database locked by another program gives a clear message and loses nothing", "[repository]")
{
    TempDatabase t;
    CustomerRepository repo(t.db);
    REQUIRE(repo.create(person(QStringLiteral("Eerste"), QStringLiteral("Klant"))));

    // Another program holds the write lock.
    const QString name = QStringLiteral("other-program");
    {
        QSqlDatabase other = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        other.setDatabaseName(t.path);
        REQUIRE(other.open());
        QSqlQuery lock(other);
        REQUIRE(lock.exec(QStringLiteral("BEGIN IMMEDIATE")));

        const auto refused = repo.create(person(QStringLiteral("Tweede"), QStringLiteral("Klant")));
        REQUIRE_FALSE(refused);
        CHECK(refused.error().code == Error::Code::Busy);
        CHECK(refused.error().message.contains(QStringLiteral("locked by another program")));

        REQUIRE(lock.exec(QStringLiteral("ROLLBACK")));
        other.close();
    }
    QSqlDatabase::removeDatabase(name);
    CHECK(repo.countLive().value() == 1);
    // Once the lock is gone, saving works again.
    CHECK(repo.create(person(QStringLiteral("Tweede"), QStringLiteral("Klant"))));
}
