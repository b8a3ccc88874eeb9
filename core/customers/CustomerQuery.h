// What the customer list shows (search text, filters, sort) and how that becomes an ordered list
// of record ids, fast enough to run on every keystroke over a million customers.
#pragma once

#include "store/Database.h"

#include <QString>
#include <QStringList>

#include <cstdint>
#include <functional>
#include <list>
#include <map>
#include <tuple>
#include <unordered_map>
#include <string>
#include <vector>

namespace relatio {

enum class CustomerSort { Name, Organisation, Email, City, Country, Owner, Updated };

struct CustomerCriteria
{
    QString text;               // search-as-you-type text; every word must match a prefix
    qint64 tagId = 0;           // 0 = any
    qint64 ownerId = 0;         // 0 = any
    QString country;            // empty = any
    int segment = -1;           // value segment: -1 = any, 0 = no purchases, 1 … 10 (RfmSegment + 1)
    bool deleted = false;       // the tombstoned records instead of the live ones
    CustomerSort sort = CustomerSort::Name;
    bool descending = false;

    bool operator==(const CustomerCriteria &) const = default;
};

// The words of a search, folded as the search index folds them (lower case, accents removed).
// A phone-like entry ("06-123 45", "+47 412") is one run of digits. Empty when nothing is
// searchable.
QStringList searchTerms(const QString &text);

// Folds one word as the index's unicode61 tokenizer with remove_diacritics 2 does.
QString foldSearchToken(QStringView token);

// The FTS5 query for the text: each term a quoted prefix, all required. Empty for no terms.
QString ftsMatchExpression(const QString &text);

// Appends the words of text to out, folded as search terms are, in UTF-8, each followed by a space:
// how a record's searchable fields are matched in memory (a term is found as " term").
void appendFoldedWords(QByteArray &out, QStringView text);

// The columns of customer whose words search finds, in the order they are read.
inline constexpr const char *kSearchedColumns =
    "given_name, family_name, organisation_name, org_label, email, email_alt, phone_search, postcode, city";

// Resolves criteria to ids. Keeps the sort orders and filter sets it has read, and reuses them
// until the database changes. One resolver serves one thread.
class CustomerIdResolver
{
public:
    // segments: on a team database, where its customers' value segments are (this computer's copy
    // of it, sync::WorkingCopy), matched by uuid; without it a team database has none to filter by.
    explicit CustomerIdResolver(DatabasePtr db, DatabasePtr segments = {});

    // Receives the first rows of the result before the whole result is known.
    using FirstPage = std::function<void(const std::vector<qint64> &ids)>;
    // Asked now and then during long work: true = give up (the caller has a newer request).
    using Cancelled = std::function<bool()>;

    static constexpr std::size_t kFirstPageRows = 64;

    // The full ordered result. When firstPage is given and the search is broad, it is called
    // first with the leading rows, found by reading the sort order from the top, which is much
    // faster than collecting every match from the index.
    Result<std::vector<qint64>> resolve(const CustomerCriteria &criteria, const FirstPage &firstPage = {},
                                        const Cancelled &cancelled = {});

    // Reads what a search in the given order will want first, while the user looks at the list
    // (the first page of a broad search comes from it). Gives up when cancelled() says so.
    void prepareSearch(const CustomerCriteria &criteria, const Cancelled &cancelled = {});

private:
    struct Bitset
    {
        std::vector<std::uint64_t> words;
        std::size_t count = 0;
        void set(qint64 id)
        {
            const auto i = std::size_t(id);
            if ((i >> 6) >= words.size())
                words.resize((i >> 6) + 1, 0);
            const std::uint64_t bit = std::uint64_t(1) << (i & 63);
            count += (words[i >> 6] & bit) ? 0 : 1;
            words[i >> 6] |= bit;
        }
        bool test(qint64 id) const
        {
            const auto i = std::size_t(id);
            return (i >> 6) < words.size() && (words[i >> 6] >> (i & 63) & 1);
        }
    };

    void checkCache();
    // A team database (PostgreSQL) has no SQLite handle and no FTS5 index: its data version is the
    // sync clock's seq, its orders and sets come through Qt SQL, and search reads the searchable
    // words of every record into memory once, then only those of records changed since (by the
    // feed's seq). CustomerQueryServer.cpp.
    bool onServer() const { return m_db->dialect() == Dialect::PostgreSQL; }
    Result<qint64> serverVersion() const;
    // How many customers were erased on it (their rows go without a trace in the feed).
    Result<qint64> serverErasures() const;
    // A team database's order of its live (or deleted) records, with each record's sort key (its
    // sort columns joined, compared byte by byte as the order is).
    Result<void> serverOrder(CustomerSort sort, bool deleted, std::vector<qint64> &ids, std::vector<std::string> &keys) const;
    // Brings the orders held up to date with the records changed on the team database since the
    // feed position they were read at: those records are taken out and put back where their keys
    // now fall. An order it cannot bring up to date this way (an erasure, a team member renamed,
    // very many changes) is dropped, to be read afresh when asked for.
    Result<void> updateServerOrders(qint64 since);
    Result<std::vector<qint64>> serverIds(const QString &sql, const QVariant &parameter, const Cancelled &cancelled) const;
    Result<void> refreshServerWords(const Cancelled &cancelled);
    Result<Bitset> serverTextSet(const QStringList &terms, const Cancelled &cancelled);
    // On a team database: its customers the value analysis on m_segments put in this segment (0:
    // in none), by uuid; kept until either store changes.
    Result<const Bitset *> serverSegmentSet(int segment, bool deleted, const Cancelled &cancelled);
    // A sort order: the ids in order, and each id's position in it (for ordering small results).
    struct Order
    {
        std::vector<qint64> ids;
        std::vector<std::uint32_t> rank; // indexed by id
        std::vector<std::string> keys;   // on a team database: each id's sort key, in list order
    };

    Result<Order *> baseOrder(CustomerSort sort, bool deleted);
    // A file's order of its live (or deleted) records, read from its index into ids.
    Result<void> scanOrder(CustomerSort sort, bool deleted, std::vector<qint64> &ids);
    Order &storeOrder(const std::pair<int, bool> &key, std::vector<qint64> ids);
    Result<const Bitset *> filterSet(const QString &key, const char *sql, const QByteArray &text, qint64 number);
    // Collects the ids a statement yields. Gives up (Cancelled) when cancelled() says so, also in
    // the middle of a long statement.
    Result<Bitset> idSet(const char *sql, const QByteArray &text, qint64 number, const Cancelled &cancelled);
    // The top of a list as search reads it: the first records in list order (from the end when
    // descending) with the words of their searchable fields, folded as search terms are.
    // The leading records of one list order with their searchable words, folded, in UTF-8:
    // row k is text[starts[k], starts[k + 1]), a space before every word and after the last.
    struct ListTop
    {
        std::vector<qint64> ids;
        QByteArray text;
        std::vector<qsizetype> starts;
    };
    void readListTop(const Order &order, CustomerSort sort, bool deleted, bool descending, const Cancelled &cancelled);
    std::vector<qint64> scanFirstPage(const ListTop &top, std::size_t listSize,
                                      const std::vector<const Bitset *> &filters, const QStringList &terms,
                                      bool *complete);

    DatabasePtr m_db;
    DatabasePtr m_segments; // see the constructor
    std::pair<qint64, qint64> m_cacheStamp{-1, -1};
    std::map<std::pair<int, bool>, Order> m_baseOrders;
    std::map<std::tuple<int, bool, bool>, ListTop> m_listTops;
    std::map<QString, Bitset> m_filterSets;
    // A team database's searchable words: per record, its words folded as search terms are, a
    // space before every word and after the last; the feed position they were read at (-1: not
    // read yet), and how many erasures the team database had then.
    std::unordered_map<qint64, QByteArray> m_serverWords;
    qint64 m_serverWordsSeq = -1;
    qint64 m_serverErasures = 0;
    // How many erasures the team database had when the orders held were read or brought up to date.
    qint64 m_orderErasures = -1;
};

} // namespace relatio
