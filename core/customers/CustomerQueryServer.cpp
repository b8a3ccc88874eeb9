// The customer list's ids on a team database (PostgreSQL): orders and filter sets through Qt SQL,
// the data version from the sync clock, and search in memory over every record's folded words,
// read once and then kept up to date from the feed (only records changed since are read again).
#include "customers/CustomerQuery.h"

#include <QSqlError>
#include <QSqlQuery>

#include <algorithm>
#include <cstring>
#include <tuple>

namespace relatio {

namespace {

constexpr int kCancelCheckRows = 4096;

// A record's words as search matches them: a space before every word and after the last.
QByteArray foldedWords(const QSqlQuery &q, int first)
{
    QByteArray words(1, ' ');
    for (int c = first; c < first + 9; ++c)
        appendFoldedWords(words, q.value(c).toString());
    return words;
}

} // namespace

Result<qint64> CustomerIdResolver::serverVersion() const
{
    QSqlQuery q(m_db->connection());
    if (!q.exec(QStringLiteral("SELECT seq FROM sync_clock WHERE id = 1")) || !q.next())
        return std::unexpected(Database::sqlError(q.lastError(), QStringLiteral("Reading the customer list")));
    return q.value(0).toLongLong();
}

namespace {

// A record's sort key in an order, as one text compared byte by byte ("C"): the sort columns
// joined by chr(1), which sorts before every character names and addresses hold, so that the key
// orders as the columns one after the other do. The same orders as on a file: names and
// addresses ignoring case; by owner, those without one first, then each owner's by name.
QString serverSortKey(CustomerSort sort)
{
    switch (sort) {
    case CustomerSort::Name: return QStringLiteral("c.sort_name");
    case CustomerSort::Organisation: return QStringLiteral("c.org_sort || chr(1) || c.sort_name");
    case CustomerSort::Email: return QStringLiteral("lower(c.email)");
    case CustomerSort::City: return QStringLiteral("lower(c.city) || chr(1) || c.sort_name");
    case CustomerSort::Country: return QStringLiteral("c.country || chr(1) || c.sort_name");
    case CustomerSort::Updated: return QStringLiteral("c.updated_at");
    case CustomerSort::Owner:
        return QStringLiteral("CASE WHEN o.id IS NULL THEN '0' ELSE '1' || lower(o.name) || chr(1)"
                              " || lpad(o.id::text, 20, '0') END || chr(1) || c.sort_name");
    }
    return QStringLiteral("c.sort_name");
}

// Reads (id, key) rows in the order of the key, then the id.
Result<void> readKeyed(QSqlQuery &q, std::vector<qint64> &ids, std::vector<std::string> &keys)
{
    if (!q.exec())
        return std::unexpected(Database::sqlError(q.lastError(), QStringLiteral("Reading the customer list")));
    while (q.next()) {
        ids.push_back(q.value(0).toLongLong());
        keys.push_back(q.value(1).toString().toStdString());
    }
    return {};
}

} // namespace

Result<qint64> CustomerIdResolver::serverErasures() const
{
    QSqlQuery q(m_db->connection());
    if (!q.exec(QStringLiteral("SELECT count(*) FROM customer_erasure")) || !q.next())
        return std::unexpected(Database::sqlError(q.lastError(), QStringLiteral("Reading the customer list")));
    return q.value(0).toLongLong();
}

Result<void> CustomerIdResolver::serverOrder(CustomerSort sort, bool deleted, std::vector<qint64> &ids,
                                             std::vector<std::string> &keys) const
{
    QSqlQuery q(m_db->connection());
    q.setForwardOnly(true);
    const QString key = serverSortKey(sort);
    if (!q.prepare(QStringLiteral("SELECT c.id, %1 FROM customer c LEFT JOIN owner o ON o.id = c.owner_id"
                                  " WHERE c.deleted_at IS %2 ORDER BY %1 COLLATE \"C\", c.id")
                       .arg(key, deleted ? QStringLiteral("NOT NULL") : QStringLiteral("NULL"))))
        return std::unexpected(Database::sqlError(q.lastError(), QStringLiteral("Reading the customer list")));
    return readKeyed(q, ids, keys);
}

Result<void> CustomerIdResolver::updateServerOrders(qint64 since)
{
    if (m_baseOrders.empty())
        return {};
    QSqlQuery q(m_db->connection());
    q.setForwardOnly(true);
    const auto failed = [&q]() {
        return std::unexpected(Database::sqlError(q.lastError(), QStringLiteral("Reading the customer list")));
    };
    const auto dropAll = [this]() -> Result<void> {
        m_baseOrders.clear();
        return {};
    };
    // An erasure takes rows away without a trace in the feed: everything is read afresh.
    const auto erasures = serverErasures();
    if (!erasures)
        return std::unexpected(erasures.error());
    if (*erasures != m_orderErasures) {
        m_orderErasures = -1; // read again with the orders
        return dropAll();
    }
    // A team member renamed moves all their customers in the order by owner.
    q.prepare(QStringLiteral("SELECT EXISTS (SELECT 1 FROM row_stamp WHERE tbl = 'owner' AND seq > ?)"));
    q.addBindValue(since);
    if (!q.exec() || !q.next())
        return failed();
    if (q.value(0).toBool()) {
        m_baseOrders.erase({int(CustomerSort::Owner), false});
        m_baseOrders.erase({int(CustomerSort::Owner), true});
    }

    // The records changed since, and the members of organisations changed since (their
    // organisation's name is written on them without a change of their own).
    q.prepare(QStringLiteral("SELECT c.id, c.kind = 'organisation' FROM row_stamp r JOIN customer c ON c.uuid = r.uuid"
                             " WHERE r.tbl = 'customer' AND r.seq > ?"));
    q.addBindValue(since);
    if (!q.exec())
        return failed();
    std::vector<qint64> changed;
    QStringList organisations;
    while (q.next()) {
        changed.push_back(q.value(0).toLongLong());
        if (q.value(1).toBool())
            organisations.append(QString::number(changed.back()));
    }
    if (!organisations.isEmpty()) {
        // Ids from this database, written into the statement.
        if (!q.exec(QStringLiteral("SELECT id FROM customer WHERE organisation_id IN (%1)").arg(organisations.join(QLatin1Char(',')))))
            return failed();
        while (q.next())
            changed.push_back(q.value(0).toLongLong());
    }
    if (changed.empty())
        return {};
    std::sort(changed.begin(), changed.end());
    changed.erase(std::unique(changed.begin(), changed.end()), changed.end());
    // Very many changes (an import, a first sync of a laptop): reading the orders again is quicker.
    std::size_t held = 0;
    for (const auto &[key, order] : m_baseOrders)
        held = std::max(held, order.ids.size());
    if (changed.size() > std::max<std::size_t>(2000, held / 20))
        return dropAll();
    QStringList idList;
    for (const qint64 id : changed)
        idList.append(QString::number(id));
    const QString ids = idList.join(QLatin1Char(','));

    for (auto &[key, order] : m_baseOrders) {
        const auto sort = CustomerSort(key.first);
        const bool deleted = key.second;
        // The changed records as they are now, with their keys, in order.
        std::vector<qint64> newIds;
        std::vector<std::string> newKeys;
        q.prepare(QStringLiteral("SELECT c.id, %1 FROM customer c LEFT JOIN owner o ON o.id = c.owner_id"
                                 " WHERE c.id IN (%2) AND c.deleted_at IS %3 ORDER BY %1 COLLATE \"C\", c.id")
                      .arg(serverSortKey(sort), ids, deleted ? QStringLiteral("NOT NULL") : QStringLiteral("NULL")));
        if (auto read = readKeyed(q, newIds, newKeys); !read)
            return read;
        // The rest as they were, without the changed ones, merged with those.
        std::vector<qint64> mergedIds;
        std::vector<std::string> mergedKeys;
        mergedIds.reserve(order.ids.size() + newIds.size());
        mergedKeys.reserve(order.ids.size() + newIds.size());
        std::size_t j = 0;
        for (std::size_t i = 0; i < order.ids.size(); ++i) {
            if (std::binary_search(changed.begin(), changed.end(), order.ids[i]))
                continue;
            while (j < newIds.size()
                   && std::tie(newKeys[j], newIds[j]) < std::tie(order.keys[i], order.ids[i])) {
                mergedIds.push_back(newIds[j]);
                mergedKeys.push_back(std::move(newKeys[j]));
                ++j;
            }
            mergedIds.push_back(order.ids[i]);
            mergedKeys.push_back(std::move(order.keys[i]));
        }
        for (; j < newIds.size(); ++j) {
            mergedIds.push_back(newIds[j]);
            mergedKeys.push_back(std::move(newKeys[j]));
        }
        order.ids = std::move(mergedIds);
        order.keys = std::move(mergedKeys);
        qint64 maxId = 0;
        for (const qint64 id : order.ids)
            maxId = std::max(maxId, id);
        order.rank.assign(std::size_t(maxId) + 1, UINT32_MAX);
        for (std::size_t i = 0; i < order.ids.size(); ++i)
            order.rank[std::size_t(order.ids[i])] = std::uint32_t(i);
    }
    return {};
}

Result<std::vector<qint64>> CustomerIdResolver::serverIds(const QString &sql, const QVariant &parameter,
                                                         const Cancelled &cancelled) const
{
    QSqlQuery q(m_db->connection());
    q.setForwardOnly(true);
    if (!q.prepare(sql))
        return std::unexpected(Database::sqlError(q.lastError(), QStringLiteral("Reading the customer list")));
    if (parameter.isValid())
        q.addBindValue(parameter);
    if (!q.exec())
        return std::unexpected(Database::sqlError(q.lastError(), QStringLiteral("Reading the customer list")));
    std::vector<qint64> ids;
    while (q.next()) {
        ids.push_back(q.value(0).toLongLong());
        if (cancelled && ids.size() % kCancelCheckRows == 0 && cancelled())
            return fail(Error::Code::Cancelled, QStringLiteral("superseded"));
    }
    return ids;
}

Result<const CustomerIdResolver::Bitset *> CustomerIdResolver::serverSegmentSet(int segment, bool deleted,
                                                                                const Cancelled &cancelled)
{
    // The analysis the copy holds now: a new one is another set.
    QSqlQuery copy(m_segments->connection());
    copy.setForwardOnly(true);
    const auto failed = [&copy]() {
        return std::unexpected(Database::sqlError(copy.lastError(), QStringLiteral("Reading the value segments")));
    };
    if (!copy.exec(QStringLiteral("SELECT coalesce(max(id), 0) FROM value_fit")) || !copy.next())
        return failed();
    const QString key = QStringLiteral("copy-segment:%1:%2:%3").arg(segment).arg(deleted).arg(copy.value(0).toLongLong());
    if (auto it = m_filterSets.find(key); it != m_filterSets.end())
        return &it->second;
    // The uuids there: of the segment's customers, or (segment 0) of every customer in one.
    if (!copy.prepare(segment > 0 ? QStringLiteral("SELECT c.uuid FROM customer_value v JOIN customer c ON c.id = v.customer_id"
                                                   " WHERE v.segment = ?")
                                  : QStringLiteral("SELECT c.uuid FROM customer_value v JOIN customer c ON c.id = v.customer_id")))
        return failed();
    if (segment > 0)
        copy.addBindValue(segment);
    if (!copy.exec())
        return failed();
    // A uuid is letters, digits and dashes: written into an array literal as it is.
    QString uuids = QStringLiteral("{");
    while (copy.next()) {
        if (uuids.size() > 1)
            uuids += QLatin1Char(',');
        uuids += copy.value(0).toString();
    }
    uuids += QLatin1Char('}');
    copy = QSqlQuery();
    const QString liveness = deleted ? QStringLiteral(" AND deleted_at IS NOT NULL") : QStringLiteral(" AND deleted_at IS NULL");
    auto ids = serverIds((segment > 0 ? QStringLiteral("SELECT id FROM customer WHERE uuid = ANY(?::text[])")
                                      : QStringLiteral("SELECT id FROM customer WHERE NOT (uuid = ANY(?::text[]))"))
                             + liveness,
                         uuids, cancelled);
    if (!ids)
        return std::unexpected(ids.error());
    Bitset set;
    for (const qint64 id : *ids)
        set.set(id);
    return &m_filterSets.emplace(key, std::move(set)).first->second;
}

Result<void> CustomerIdResolver::refreshServerWords(const Cancelled &cancelled)
{
    const auto version = serverVersion();
    if (!version)
        return std::unexpected(version.error());
    if (m_serverWordsSeq >= 0 && *version == m_serverWordsSeq)
        return {};
    QSqlQuery q(m_db->connection());
    q.setForwardOnly(true);
    const auto failed = [&q]() {
        return std::unexpected(Database::sqlError(q.lastError(), QStringLiteral("Reading the customer list")));
    };

    // An erasure removes a customer's row: then the words held are read afresh, so that none of
    // its text stays here either.
    const auto counted = serverErasures();
    if (!counted)
        return std::unexpected(counted.error());
    const qint64 erasures = *counted;
    if (erasures != m_serverErasures)
        m_serverWordsSeq = -1;
    if (m_serverWordsSeq < 0) {
        std::unordered_map<qint64, QByteArray> words;
        if (!q.exec(QStringLiteral("SELECT id, %1 FROM customer").arg(QLatin1String(kSearchedColumns))))
            return failed();
        while (q.next()) {
            words.emplace(q.value(0).toLongLong(), foldedWords(q, 1));
            if (cancelled && words.size() % kCancelCheckRows == 0 && cancelled())
                return fail(Error::Code::Cancelled, QStringLiteral("superseded"));
        }
        m_serverWords = std::move(words);
        m_serverWordsSeq = *version;
        m_serverErasures = erasures;
        return {};
    }

    // Records changed since (by anyone: a save here, a laptop's sync); an organisation's members
    // show its name, which is written on them without a change of their own.
    q.prepare(QStringLiteral("SELECT c.id, c.kind = 'organisation', %1 FROM row_stamp r"
                             " JOIN customer c ON c.uuid = r.uuid WHERE r.tbl = 'customer' AND r.seq > ?")
                  .arg(QLatin1String(kSearchedColumns)));
    q.addBindValue(m_serverWordsSeq);
    if (!q.exec())
        return failed();
    QStringList organisations;
    while (q.next()) {
        const qint64 id = q.value(0).toLongLong();
        m_serverWords[id] = foldedWords(q, 2);
        if (q.value(1).toBool())
            organisations.append(QString::number(id));
    }
    if (!organisations.isEmpty()) {
        // Ids from this database, written into the statement.
        if (!q.exec(QStringLiteral("SELECT id, %1 FROM customer WHERE organisation_id IN (%2)")
                        .arg(QLatin1String(kSearchedColumns), organisations.join(QLatin1Char(',')))))
            return failed();
        while (q.next())
            m_serverWords[q.value(0).toLongLong()] = foldedWords(q, 1);
    }
    m_serverWordsSeq = *version;
    return {};
}

Result<CustomerIdResolver::Bitset> CustomerIdResolver::serverTextSet(const QStringList &terms, const Cancelled &cancelled)
{
    if (auto refreshed = refreshServerWords(cancelled); !refreshed)
        return std::unexpected(refreshed.error());
    // Each term is the prefix of a word: " term" in the words.
    std::vector<QByteArray> needles;
    for (const QString &term : terms)
        needles.push_back(' ' + term.toUtf8());
    Bitset set;
    std::size_t looked = 0;
    for (const auto &[id, stored] : m_serverWords) {
        if (cancelled && ++looked % (kCancelCheckRows * 16) == 0 && cancelled())
            return fail(Error::Code::Cancelled, QStringLiteral("superseded"));
        bool all = true;
        for (const QByteArray &needle : needles)
            all = all && memmem(stored.constData(), std::size_t(stored.size()), needle.constData(),
                                std::size_t(needle.size())) != nullptr;
        if (all)
            set.set(id);
    }
    return set;
}

} // namespace relatio
