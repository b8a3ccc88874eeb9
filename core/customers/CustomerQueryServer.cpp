// The customer list's ids on a team database (PostgreSQL): orders and filter sets through Qt SQL,
// the data version from the sync clock, and search in memory over every record's folded words,
// read once and then kept up to date from the feed (only records changed since are read again).
#include "customers/CustomerQuery.h"

#include <QSqlError>
#include <QSqlQuery>

#include <cstring>

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

Result<std::vector<qint64>> CustomerIdResolver::serverOrder(CustomerSort sort, bool deleted) const
{
    // The same orders as on a file: sort keys byte by byte ("C"), names and addresses ignoring
    // case; by owner, those without one first, then each owner's by name.
    QString order;
    switch (sort) {
    case CustomerSort::Name: order = QStringLiteral("c.sort_name COLLATE \"C\", c.id"); break;
    case CustomerSort::Organisation: order = QStringLiteral("c.org_sort COLLATE \"C\", c.sort_name COLLATE \"C\", c.id"); break;
    case CustomerSort::Email: order = QStringLiteral("lower(c.email) COLLATE \"C\", c.id"); break;
    case CustomerSort::City: order = QStringLiteral("lower(c.city) COLLATE \"C\", c.sort_name COLLATE \"C\", c.id"); break;
    case CustomerSort::Country: order = QStringLiteral("c.country COLLATE \"C\", c.sort_name COLLATE \"C\", c.id"); break;
    case CustomerSort::Updated: order = QStringLiteral("c.updated_at COLLATE \"C\", c.id"); break;
    case CustomerSort::Owner:
        order = QStringLiteral("o.id IS NOT NULL, lower(o.name) COLLATE \"C\", o.id, c.sort_name COLLATE \"C\", c.id");
        break;
    }
    return serverIds(QStringLiteral("SELECT c.id FROM customer c LEFT JOIN owner o ON o.id = c.owner_id"
                                    " WHERE c.deleted_at IS %1 ORDER BY %2")
                         .arg(deleted ? QStringLiteral("NOT NULL") : QStringLiteral("NULL"), order),
                     {}, {});
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
    if (!q.exec(QStringLiteral("SELECT count(*) FROM customer_erasure")) || !q.next())
        return failed();
    const qint64 erasures = q.value(0).toLongLong();
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
