// Criteria → ordered ids. The sort order is read once from its index and cached; each filter and
// the search text each give a set of ids (a bitset), and the result is the cached order filtered
// by those sets: a few milliseconds for typical searches at a million records, and never a sort
// of the whole table. A broad search (a word that most records contain) makes the index hand over
// hundreds of thousands of ids; for those the first page is found first by reading the leading
// records of the sort order and matching them here, so the list shows rows at once while the
// full result is collected.
#include "customers/CustomerQuery.h"

#include "store/Statement.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QRegularExpression>

#include <algorithm>
#include <bit>
#include <cstring>

#include <sqlite3.h>

namespace relatio {

namespace {

// Where unicode61 splits words: at anything that is not a letter, a digit or a combining mark.
bool isWordChar(QChar c)
{
    const char16_t u = c.unicode();
    if (u < 0x80)
        return ((u | 0x20) >= 'a' && (u | 0x20) <= 'z') || (u >= '0' && u <= '9');
    return c.isLetterOrNumber() || c.category() == QChar::Mark_NonSpacing;
}

// Calls word() with each word of text, in order, until it returns false.
template<typename Word>
void forEachWord(QStringView text, Word &&word)
{
    qsizetype start = -1;
    for (qsizetype i = 0; i <= text.size(); ++i) {
        const bool inWord = i < text.size() && isWordChar(text[i]);
        if (inWord && start < 0) {
            start = i;
        } else if (!inWord && start >= 0) {
            if (!word(text.mid(start, i - start)))
                return;
            start = -1;
        }
    }
}

} // namespace

void appendFoldedWords(QByteArray &out, QStringView text)
{
    forEachWord(text, [&out](QStringView word) {
        out += foldSearchToken(word).toUtf8();
        out += ' ';
        return true;
    });
}

QString foldSearchToken(QStringView token)
{
    bool ascii = true;
    for (const QChar c : token)
        ascii = ascii && c.unicode() < 0x80;
    if (ascii)
        return token.toString().toLower();
    QString out;
    for (const QChar d : token.toString().normalized(QString::NormalizationForm_D))
        if (d.category() != QChar::Mark_NonSpacing)
            out.append(d.toLower());
    return out;
}

QStringList searchTerms(const QString &text)
{
    const QString trimmed = text.trimmed();
    if (trimmed.isEmpty())
        return {};

    static const QRegularExpression phoneLike(QStringLiteral("^\\+?[0-9][0-9 ()./-]*$"));
    if (phoneLike.match(trimmed).hasMatch()) {
        QString digits;
        for (const QChar c : trimmed)
            if (c.isDigit())
                digits.append(c);
        if (digits.size() >= 3)
            return {digits};
    }

    QStringList terms;
    forEachWord(trimmed, [&terms](QStringView word) {
        const QString term = foldSearchToken(word);
        if (!term.isEmpty() && !terms.contains(term))
            terms.append(term);
        return true;
    });
    return terms;
}

QString ftsMatchExpression(const QString &text)
{
    QStringList quoted;
    for (const QString &term : searchTerms(text))
        quoted.append(QStringLiteral("\"%1\"*").arg(term));
    return quoted.join(QLatin1Char(' '));
}

CustomerIdResolver::CustomerIdResolver(DatabasePtr db, DatabasePtr segments)
    : m_db(std::move(db))
    , m_segments(std::move(segments))
{
}

void CustomerIdResolver::checkCache()
{
    if (onServer()) {
        // Every change on a team database, a push included, moves the sync clock's seq. The orders
        // held are brought up to date with the records changed since; the rest is read again.
        const std::pair<qint64, qint64> stamp{serverVersion().value_or(-1), 0};
        if (stamp != m_cacheStamp || stamp.first < 0) {
            if (stamp.first < 0 || m_cacheStamp.first < 0 || !updateServerOrders(m_cacheStamp.first))
                m_baseOrders.clear();
            m_filterSets.clear();
            m_listTops.clear();
            m_cacheStamp = stamp;
        }
        return;
    }
    // data_version moves when another connection commits; total_changes counts this connection's.
    sqlite3 *h = m_db->handle();
    qint64 version = -1;
    {
        Statement q(h, "PRAGMA data_version");
        if (q.step())
            version = q.int64(0);
    }
    const std::pair<qint64, qint64> stamp{version, sqlite3_total_changes64(h)};
    if (stamp != m_cacheStamp) {
        m_baseOrders.clear();
        m_filterSets.clear();
        m_listTops.clear();
        m_cacheStamp = stamp;
    }
}

Result<CustomerIdResolver::Order *> CustomerIdResolver::baseOrder(CustomerSort sort, bool deleted)
{
    const auto key = std::make_pair(int(sort), deleted);
    if (auto it = m_baseOrders.find(key); it != m_baseOrders.end())
        return &it->second;

    std::vector<qint64> ids;
    if (onServer()) {
        // The erasures first: one made while the order is read makes the next update read it again.
        if (m_orderErasures < 0) {
            const auto erasures = serverErasures();
            if (!erasures)
                return std::unexpected(erasures.error());
            m_orderErasures = *erasures;
        }
        std::vector<std::string> keys;
        if (auto read = serverOrder(sort, deleted, ids, keys); !read)
            return std::unexpected(read.error());
        Order &order = storeOrder(key, std::move(ids));
        order.keys = std::move(keys);
        return &order;
    }
    if (auto scanned = scanOrder(sort, deleted, ids); !scanned)
        return std::unexpected(scanned.error());
    return &storeOrder(key, std::move(ids));
}

Result<void> CustomerIdResolver::scanOrder(CustomerSort sort, bool deleted, std::vector<qint64> &ids)
{
    sqlite3 *h = m_db->handle();
    if (!h)
        return fail(Error::Code::Database, QStringLiteral("no database connection"));
    const char *where = deleted ? "deleted_at IS NOT NULL" : "deleted_at IS NULL";
    auto scan = [&](const QByteArray &sql, std::optional<qint64> parameter) -> Result<void> {
        Statement q(h, sql.constData());
        if (!q.isValid())
            return fail(Error::Code::Database, q.errorMessage());
        if (parameter)
            q.bind(1, *parameter);
        while (q.step())
            ids.push_back(q.int64(0));
        if (q.failed())
            return fail(Error::Code::Database, q.errorMessage());
        return {};
    };

    Result<void> scanned;
    if (sort == CustomerSort::Owner) {
        // By owner name: no owner first, then each owner's customers by name, each from the index.
        scanned = scan(QByteArray("SELECT id FROM customer WHERE ") + where
                           + " AND owner_id IS NULL ORDER BY sort_name, id",
                       std::nullopt);
        Statement owners(h, "SELECT id FROM owner ORDER BY name COLLATE NOCASE, id");
        std::vector<qint64> ownerIds;
        while (owners.step())
            ownerIds.push_back(owners.int64(0));
        for (qint64 owner : ownerIds) {
            if (!scanned)
                break;
            scanned = scan(QByteArray("SELECT id FROM customer WHERE ") + where
                               + " AND owner_id = ? ORDER BY sort_name, id",
                           owner);
        }
    } else {
        const char *order = "sort_name, id";
        switch (sort) {
        case CustomerSort::Name: order = "sort_name, id"; break;
        case CustomerSort::Organisation: order = "org_sort, sort_name, id"; break;
        case CustomerSort::Email: order = "email COLLATE NOCASE, id"; break;
        case CustomerSort::City: order = "city COLLATE NOCASE, sort_name, id"; break;
        case CustomerSort::Country: order = "country, sort_name, id"; break;
        case CustomerSort::Updated: order = "updated_at, id"; break;
        case CustomerSort::Owner: break;
        }
        scanned = scan(QByteArray("SELECT id FROM customer WHERE ") + where + " ORDER BY " + order, std::nullopt);
    }
    return scanned;
}

CustomerIdResolver::Order &CustomerIdResolver::storeOrder(const std::pair<int, bool> &key, std::vector<qint64> ids)
{
    // Each id's position, so that small results can be put in order without walking the list.
    qint64 maxId = 0;
    for (qint64 id : ids)
        maxId = std::max(maxId, id);
    std::vector<std::uint32_t> rank(std::size_t(maxId) + 1, UINT32_MAX);
    for (std::size_t i = 0; i < ids.size(); ++i)
        rank[std::size_t(ids[i])] = std::uint32_t(i);
    auto [it, inserted] = m_baseOrders.emplace(key, Order{std::move(ids), std::move(rank), {}});
    return it->second;
}

namespace {

// Lets a long statement be stopped from inside SQLite: FTS5 can spend its time merging the
// index before it yields a single row.
int interruptWhenCancelled(void *cancelled)
{
    const auto &isCancelled = *static_cast<const CustomerIdResolver::Cancelled *>(cancelled);
    return isCancelled() ? 1 : 0;
}

} // namespace

Result<CustomerIdResolver::Bitset> CustomerIdResolver::idSet(const char *sql, const QByteArray &text, qint64 number,
                                                            const Cancelled &cancelled)
{
    if (onServer()) {
        auto read = serverIds(QString::fromUtf8(sql), text.isNull() ? QVariant(number) : QVariant(QString::fromUtf8(text)),
                              cancelled);
        if (!read)
            return std::unexpected(read.error());
        Bitset set;
        for (const qint64 id : *read)
            set.set(id);
        return set;
    }
    sqlite3 *h = m_db->handle();
    Statement q(h, sql);
    if (!q.isValid())
        return fail(Error::Code::Database, q.errorMessage());
    if (!text.isNull())
        q.bindUtf8(1, text);
    else
        q.bind(1, number);
    if (cancelled)
        sqlite3_progress_handler(h, 2000, &interruptWhenCancelled, const_cast<Cancelled *>(&cancelled));
    Bitset set;
    while (q.step())
        set.set(q.int64(0));
    if (cancelled)
        sqlite3_progress_handler(h, 0, nullptr, nullptr);
    if (q.failed()) {
        if (sqlite3_errcode(h) == SQLITE_INTERRUPT)
            return fail(Error::Code::Cancelled, QStringLiteral("superseded"));
        return fail(Error::Code::Invalid, q.errorMessage());
    }
    return set;
}

Result<const CustomerIdResolver::Bitset *> CustomerIdResolver::filterSet(const QString &key, const char *sql,
                                                                         const QByteArray &text, qint64 number)
{
    if (auto it = m_filterSets.find(key); it != m_filterSets.end())
        return &it->second;
    auto set = idSet(sql, text, number, {});
    if (!set)
        return std::unexpected(set.error());
    auto [it, inserted] = m_filterSets.emplace(key, std::move(*set));
    return &it->second;
}

void CustomerIdResolver::readListTop(const Order &order, CustomerSort sort, bool deleted, bool descending,
                                     const Cancelled &cancelled)
{
    const auto key = std::make_tuple(int(sort), deleted, descending);
    if (m_listTops.contains(key))
        return;
    // Enough records that a word in one record in 128 fills a page from them (about 2 MB).
    constexpr std::size_t kTopRows = 8192;
    ListTop top;
    const std::size_t n = std::min(order.ids.size(), kTopRows);
    top.ids.reserve(n);
    for (std::size_t k = 0; k < n; ++k)
        top.ids.push_back(order.ids[descending ? order.ids.size() - 1 - k : k]);
    top.starts.reserve(n + 1);
    top.text.reserve(qsizetype(n) * 128);
    if (onServer()) {
        // From the words held in memory: no statement per record over the network.
        if (!refreshServerWords(cancelled))
            return;
        for (const qint64 id : top.ids) {
            top.starts.push_back(top.text.size());
            const auto words = m_serverWords.find(id);
            top.text += words != m_serverWords.end() ? words->second : QByteArray(1, ' ');
        }
        top.starts.push_back(top.text.size());
        m_listTops.emplace(key, std::move(top));
        return;
    }
    sqlite3 *h = m_db->handle();
    const QByteArray sql = QByteArray("SELECT id, ") + kSearchedColumns + " FROM customer WHERE id = ?";
    Statement q(h, sql.constData());
    for (std::size_t k = 0; k < n; ++k) {
        // From a cold disk this takes a while: a newer request goes first, and the next quiet
        // moment starts again.
        if (k % 256 == 0 && cancelled && cancelled())
            return;
        top.starts.push_back(top.text.size());
        top.text += ' ';
        q.reset();
        q.bind(1, top.ids[k]);
        if (!q.step())
            continue;
        for (int c = 1; c <= 9; ++c)
            appendFoldedWords(top.text, q.text(c));
    }
    top.starts.push_back(top.text.size());
    m_listTops.emplace(key, std::move(top));
}

std::vector<qint64> CustomerIdResolver::scanFirstPage(const ListTop &top, std::size_t listSize,
                                                      const std::vector<const Bitset *> &filters,
                                                      const QStringList &terms, bool *complete)
{
    // Matches the top of the list in memory: a broad search fills its first page from it in a
    // millisecond or two, long before the index has handed over all its matches. A narrow one
    // finds too few here and is left to the index. A term is the prefix of a word where " term"
    // occurs, so the longest term (the rarest, as a rule) is looked for through the whole text at
    // once, and only the rows it occurs in are checked for the others.
    std::vector<QByteArray> needles;
    for (const QString &term : terms)
        needles.push_back(' ' + term.toUtf8());
    std::sort(needles.begin(), needles.end(),
              [](const QByteArray &a, const QByteArray &b) { return a.size() > b.size(); });

    const std::size_t rows = top.ids.size();
    std::vector<qint64> found;
    std::size_t scanned = rows; // rows looked at, up to the one that filled the page
    const char *text = top.text.constData();
    const qsizetype size = top.text.size();
    qsizetype from = 0;
    while (from < size) {
        const void *hit = memmem(text + from, std::size_t(size - from), needles.front().constData(),
                                 std::size_t(needles.front().size()));
        if (!hit)
            break;
        const qsizetype at = static_cast<const char *>(hit) - text;
        const std::size_t k = std::size_t(std::upper_bound(top.starts.begin(), top.starts.end(), at)
                                          - top.starts.begin() - 1);
        from = top.starts[k + 1];
        const qint64 id = top.ids[k];
        bool keep = true;
        for (const Bitset *f : filters)
            keep = keep && f->test(id);
        const char *row = text + top.starts[k];
        const std::size_t rowSize = std::size_t(top.starts[k + 1] - top.starts[k]);
        for (std::size_t t = 1; t < needles.size() && keep; ++t)
            keep = memmem(row, rowSize, needles[t].constData(), std::size_t(needles[t].size())) != nullptr;
        if (!keep)
            continue;
        found.push_back(id);
        if (found.size() == kFirstPageRows) {
            scanned = k + 1;
            break;
        }
    }
    // A short list held in full and read to its end: that is the whole result.
    *complete = scanned == rows && rows == listSize;
    if (!*complete && found.size() < kFirstPageRows)
        found.clear();
    return found;
}

void CustomerIdResolver::prepareSearch(const CustomerCriteria &criteria, const Cancelled &cancelled)
{
    checkCache();
    if (const auto base = baseOrder(criteria.sort, criteria.deleted))
        readListTop(**base, criteria.sort, criteria.deleted, criteria.descending, cancelled);
}

Result<std::vector<qint64>> CustomerIdResolver::resolve(const CustomerCriteria &criteria, const FirstPage &firstPage,
                                                        const Cancelled &cancelled)
{
    checkCache();
    const auto base = baseOrder(criteria.sort, criteria.deleted);
    if (!base)
        return std::unexpected(base.error());

    std::vector<const Bitset *> filters;
    auto addFilter = [&](Result<const Bitset *> set) -> Result<void> {
        if (!set)
            return std::unexpected(set.error());
        filters.push_back(*set);
        return {};
    };
    const char *liveness = criteria.deleted ? " AND deleted_at IS NOT NULL" : " AND deleted_at IS NULL";
    if (criteria.tagId > 0) {
        if (auto r = addFilter(filterSet(QStringLiteral("tag:%1").arg(criteria.tagId),
                                         "SELECT customer_id FROM customer_tag WHERE tag_id = ?", {}, criteria.tagId));
            !r)
            return std::unexpected(r.error());
    }
    if (criteria.ownerId > 0) {
        const QByteArray sql = QByteArray("SELECT id FROM customer WHERE owner_id = ?") + liveness;
        if (auto r = addFilter(filterSet(QStringLiteral("owner:%1:%2").arg(criteria.ownerId).arg(criteria.deleted),
                                         sql.constData(), {}, criteria.ownerId));
            !r)
            return std::unexpected(r.error());
    }
    if (!criteria.country.isEmpty()) {
        const QByteArray sql = QByteArray("SELECT id FROM customer WHERE country = ?") + liveness;
        if (auto r = addFilter(filterSet(QStringLiteral("country:%1:%2").arg(criteria.country).arg(criteria.deleted),
                                         sql.constData(), criteria.country.toUtf8(), 0));
            !r)
            return std::unexpected(r.error());
    }

    if (criteria.segment >= 0 && onServer() && !m_segments)
        return fail(Error::Code::Invalid,
                    QCoreApplication::translate("CustomerIdResolver",
                                                "Value segments are worked out on each computer from the orders it "
                                                "holds; a team database has none to filter by."));
    if (criteria.segment >= 0 && onServer()) {
        if (auto r = addFilter(serverSegmentSet(criteria.segment, criteria.deleted, cancelled)); !r)
            return std::unexpected(r.error());
    } else if (criteria.segment > 0) {
        // From the customer_value_by_segment index; the base order keeps only live (or deleted) ones.
        if (auto r = addFilter(filterSet(QStringLiteral("segment:%1").arg(criteria.segment),
                                         "SELECT customer_id FROM customer_value WHERE segment = ?", {},
                                         criteria.segment));
            !r)
            return std::unexpected(r.error());
    } else if (criteria.segment == 0) {
        const QByteArray sql = QByteArray("SELECT id FROM customer WHERE id > ? AND NOT EXISTS"
                                          " (SELECT 1 FROM customer_value v WHERE v.customer_id = customer.id)")
            + liveness;
        if (auto r = addFilter(filterSet(QStringLiteral("segment:0:%1").arg(criteria.deleted), sql.constData(), {}, 0));
            !r)
            return std::unexpected(r.error());
    }

    Order &baseSet = **base;
    const std::vector<qint64> &order = baseSet.ids;
    const QStringList terms = searchTerms(criteria.text);
    if (terms.isEmpty() && !criteria.text.trimmed().isEmpty())
        return std::vector<qint64>(); // only punctuation: nothing can match

    Bitset textSet;
    if (!terms.isEmpty()) {
        // A broad search (a word in many records) makes the index hand over a large share of
        // all ids, which takes tens of milliseconds; its first page is found sooner by reading
        // the list from the top. A narrow one gives up reading within a millisecond or two.
        const auto top = m_listTops.find(std::make_tuple(int(criteria.sort), criteria.deleted, criteria.descending));
        if (firstPage && top != m_listTops.end()) {
            bool complete = false;
            std::vector<qint64> page = scanFirstPage(top->second, order.size(), filters, terms, &complete);
            if (complete)
                return page; // a small list: the scan saw every record
            if (!page.empty())
                firstPage(page);
        }
        auto set = onServer() ? serverTextSet(terms, cancelled)
                              : idSet("SELECT rowid FROM customer_fts WHERE customer_fts MATCH ?",
                                      ftsMatchExpression(criteria.text).toUtf8(), 0, cancelled);
        if (!set)
            return std::unexpected(set.error());
        textSet = std::move(*set);
        filters.push_back(&textSet);
    }

    std::vector<qint64> ids;
    const Bitset *smallest = nullptr;
    for (const Bitset *f : filters)
        if (!smallest || f->count < smallest->count)
            smallest = f;
    if (filters.empty()) {
        ids = order;
    } else if (smallest->count * 16 < order.size()) {
        // A small result: take the ids from the smallest set and put them in list order by their
        // positions, instead of walking the whole order.
        std::vector<std::pair<std::uint32_t, qint64>> ranked;
        ranked.reserve(smallest->count);
        for (std::size_t w = 0; w < smallest->words.size(); ++w) {
            for (std::uint64_t bits = smallest->words[w]; bits; bits &= bits - 1) {
                const qint64 id = qint64(w * 64 + std::size_t(std::countr_zero(bits)));
                if (std::size_t(id) >= baseSet.rank.size() || baseSet.rank[std::size_t(id)] == UINT32_MAX)
                    continue; // not in this list (deleted, or the other view)
                bool keep = true;
                for (const Bitset *f : filters)
                    keep = keep && (f == smallest || f->test(id));
                if (keep)
                    ranked.emplace_back(baseSet.rank[std::size_t(id)], id);
            }
        }
        std::sort(ranked.begin(), ranked.end());
        ids.reserve(ranked.size());
        for (const auto &[rank, id] : ranked)
            ids.push_back(id);
    } else {
        ids.reserve(smallest->count);
        for (qint64 id : order) {
            bool keep = true;
            for (const Bitset *s : filters)
                keep = keep && s->test(id);
            if (keep)
                ids.push_back(id);
        }
    }
    if (criteria.descending)
        std::reverse(ids.begin(), ids.end());
    return ids;
}

} // namespace relatio
