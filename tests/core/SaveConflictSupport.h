// Two users saving one customer, each through a connection of their own to one store: a Relatio
// file, or a team database on PostgreSQL (two sessions there, as two colleagues in the office).
#pragma once

#include "PgTestSupport.h"
#include "TestSupport.h"

#include "customers/CustomerRepository.h"
#include "sync/TeamServer.h"

#include <functional>
#include <memory>

namespace relatio::test {

// Anne and Bert, each with a connection of their own to one store, and the customer they share.
struct TwoUsers
{
    TestStore store;
    DatabasePtr db;     // Anne's
    DatabasePtr other;  // Bert's
    std::unique_ptr<CustomerRepository> anne;   // the editor's user
    std::unique_ptr<CustomerRepository> bert;   // someone else on the same store
    qint64 id = 0;
    bool skipped = false;

    explicit TwoUsers(StoreKind kind = StoreKind::File)
        : store(kind)
    {
        skipped = store.skipped;
        if (skipped)
            return;
        db = store.db;
        if (kind == StoreKind::File) {
            auto opened = Database::open(store.file->path);
            REQUIRE(opened);
            other = *opened;
        } else {
            const auto url = sync::ServerUrl::parse(store.address);
            REQUIRE(url);
            auto opened = sync::TeamServer::openDatabase(*url);
            REQUIRE(opened);
            other = *opened;
        }
        anne = std::make_unique<CustomerRepository>(db);
        bert = std::make_unique<CustomerRepository>(other);
        anne->setActor(QStringLiteral("Anne"));
        bert->setActor(QStringLiteral("Bert"));
        Customer c;
        c.givenName = QStringLiteral("Ingrid");
        c.familyName = QStringLiteral("Dahl");
        c.email = QStringLiteral("ingrid@example.no");
        c.city = QStringLiteral("Bergen");
        c.country = QStringLiteral("NO");
        c.tags = {QStringLiteral("Lead"), QStringLiteral("Fjord")};
        id = anne->create(c).value();
    }

    const char *where() const { return store.where(); }

    Customer read(CustomerRepository &repo) const { return repo.get(id).value(); }

    // Bert changes the record through his own connection and transaction.
    void bertSaves(const std::function<void(Customer &)> &edit) const
    {
        Customer c = bert->get(id).value();
        edit(c);
        REQUIRE(bert->update(c));
    }
};

inline QStringList sortedTags(QStringList tags)
{
    tags.sort(Qt::CaseInsensitive);
    return tags;
}

} // namespace relatio::test
