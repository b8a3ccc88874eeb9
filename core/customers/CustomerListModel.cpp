// Customer list model: ids from a worker thread, rows fetched a page at a time on demand.
#include "customers/CustomerListModel.h"

#include "customers/PhoneNumbers.h"
#include "i18n/Countries.h"
#include "util/Stamps.h"
#include "value/ValueStore.h"

#include <QElapsedTimer>
#include <QLocale>
#include <QPointer>
#include <QSqlError>
#include <QSqlQuery>
#include <QThread>

namespace relatio {

namespace {

constexpr int kPageSize = 64;  // about two screens of rows
constexpr int kMaxPages = 96; // ~6,000 rows cached, whatever the size of the result

std::optional<CustomerSort> sortForColumn(int column)
{
    switch (column) {
    case CustomerListModel::Name: return CustomerSort::Name;
    case CustomerListModel::Organisation: return CustomerSort::Organisation;
    case CustomerListModel::Email: return CustomerSort::Email;
    case CustomerListModel::City: return CustomerSort::City;
    case CustomerListModel::Country: return CustomerSort::Country;
    case CustomerListModel::Owner: return CustomerSort::Owner;
    case CustomerListModel::Updated: return CustomerSort::Updated;
    default: return std::nullopt;
    }
}

} // namespace

// Lives in the model's worker thread; owns that thread's resolver and database connection.
class CustomerListModel::Worker : public QObject
{
public:
    explicit Worker(DatabasePtr db)
        : m_db(std::move(db))
    {
    }

    Result<std::vector<qint64>> resolve(const CustomerCriteria &criteria,
                                        const CustomerIdResolver::FirstPage &firstPage = {},
                                        const CustomerIdResolver::Cancelled &cancelled = {})
    {
        if (!m_resolver)
            m_resolver = std::make_unique<CustomerIdResolver>(m_db, m_segments);
        return m_resolver->resolve(criteria, firstPage, cancelled);
    }

    // The display data of the first page of a result, read here so that the GUI thread has it
    // with the ids.
    std::vector<Row> firstRows(const std::vector<qint64> &ids)
    {
        return readRows(m_db->connection(), ids.data(), std::min<std::size_t>(ids.size(), kPageSize), m_countryNames,
                        m_segments);
    }

    void setSegments(DatabasePtr segments)
    {
        if (m_segments)
            m_segments->releaseConnection();
        m_segments = std::move(segments);
        m_resolver.reset();
    }

    void prepareSearch(const CustomerCriteria &criteria, const CustomerIdResolver::Cancelled &cancelled)
    {
        if (m_resolver)
            m_resolver->prepareSearch(criteria, cancelled);
    }

    void shutdown()
    {
        m_resolver.reset();
        m_db->releaseConnection();
        if (m_segments)
            m_segments->releaseConnection();
    }

private:
    DatabasePtr m_db;
    DatabasePtr m_segments;
    std::unique_ptr<CustomerIdResolver> m_resolver;
    QHash<QString, QString> m_countryNames;
};

CustomerListModel::CustomerListModel(DatabasePtr db, QObject *parent)
    : QAbstractTableModel(parent)
    , m_db(std::move(db))
    , m_latestGeneration(std::make_shared<std::atomic<quint64>>(0))
    , m_thread(new QThread)
    , m_worker(new Worker(m_db))
{
    m_thread->setObjectName(QStringLiteral("customer-list-worker"));
    m_worker->moveToThread(m_thread);
    m_thread->start();
    request({});
}

CustomerListModel::~CustomerListModel()
{
    m_latestGeneration->store(~quint64(0)); // let queued requests fall through
    QMetaObject::invokeMethod(m_worker, [w = m_worker]() { w->shutdown(); }, Qt::BlockingQueuedConnection);
    m_thread->quit();
    m_thread->wait();
    delete m_worker;
    delete m_thread;
}

int CustomerListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_ids.size());
}

int CustomerListModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

bool CustomerListModel::isSortable(int column)
{
    return sortForColumn(column).has_value();
}

QVariant CustomerListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal)
        return {};
    if (role == SortKeyRole) {
        const auto sort = sortForColumn(section);
        return sort ? int(*sort) : -1;
    }
    if (role != Qt::DisplayRole)
        return {};
    switch (section) {
    case Name: return tr("Name");
    case Organisation: return tr("Organisation");
    case Email: return tr("E-mail");
    case Phone: return tr("Phone");
    case City: return tr("City");
    case Country: return tr("Country");
    case Owner: return tr("Owner");
    case Tags: return tr("Tags");
    case Updated: return tr("Updated");
    case Segment: return tr("Segment");
    default: return {};
    }
}

QVariant CustomerListModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    if (role == IdRole)
        return idAt(index.row());
    Row *row = rowAt(index.row());
    if (!row)
        return {};
    switch (role) {
    case IsOrganisationRole: return row->organisation;
    case IsDeletedRole: return row->deleted;
    case Qt::DisplayRole:
        switch (index.column()) {
        case Name: return row->name;
        case Organisation: return row->organisationName;
        case Email: return row->email;
        case Phone:
            // Formatted when first shown: libphonenumber takes ~35 µs a number, and a page holds
            // more rows than the screen.
            if (!row->phoneFormatted) {
                row->phone = PhoneNumbers::display(row->mobileE164.isEmpty() ? row->phoneE164 : row->mobileE164,
                                                   row->countryCode);
                row->phoneFormatted = true;
            }
            return row->phone;
        case City: return row->city;
        case Country: return row->country;
        case Owner: return row->owner;
        case Tags: return row->tags;
        case Updated:
            // Formatting a date costs more than painting it: once per row.
            if (row->updatedText.isEmpty())
                row->updatedText = QLocale().toString(row->updated.toLocalTime(), QLocale::ShortFormat);
            return row->updatedText;
        case Segment: return row->segment > 0 ? value::ValueStore::segmentName(row->segment) : QString();
        default: return {};
        }
    case Qt::ToolTipRole:
        switch (index.column()) {
        case Name: return row->organisation ? tr("Organisation") : tr("Person");
        case Phone: {
            // Formatted on demand: libphonenumber costs ~15 µs a number.
            QStringList tip;
            if (!row->mobileE164.isEmpty())
                tip.append(tr("Mobile: %1").arg(PhoneNumbers::display(row->mobileE164, row->countryCode)));
            if (!row->phoneE164.isEmpty())
                tip.append(tr("Phone: %1").arg(PhoneNumbers::display(row->phoneE164, row->countryCode)));
            return tip.join(QLatin1Char('\n'));
        }
        case Tags: return row->tags;
        case Updated: return QLocale().toString(row->updated.toLocalTime(), QLocale::LongFormat);
        case Segment:
            return row->segment > 0 ? tr("Value segment of the latest analysis")
                                    : tr("No purchases, or not analysed yet");
        default: return {};
        }
    default: return {};
    }
}

qint64 CustomerListModel::idAt(int row) const
{
    if (row < 0 || std::size_t(row) >= m_ids.size())
        return 0;
    return m_ids[std::size_t(row)];
}

int CustomerListModel::rowOf(qint64 id) const
{
    const auto it = std::find(m_ids.cbegin(), m_ids.cend(), id);
    return it == m_ids.cend() ? -1 : int(it - m_ids.cbegin());
}

CustomerListModel::Row *CustomerListModel::rowAt(int row) const
{
    if (row < 0 || std::size_t(row) >= m_ids.size())
        return nullptr;
    const int page = row / kPageSize;
    auto it = m_pages.find(page);
    if (it == m_pages.end()) {
        loadPage(page);
        it = m_pages.find(page);
        if (it == m_pages.end())
            return nullptr;
    }
    it->lastUse = ++m_useCounter;
    const std::size_t offset = std::size_t(row % kPageSize);
    return offset < it->rows.size() ? &it->rows[offset] : nullptr;
}

std::vector<CustomerListModel::Row> CustomerListModel::readRows(const QSqlDatabase &db, const qint64 *ids,
                                                                std::size_t count,
                                                                QHash<QString, QString> &countryNames,
                                                                const DatabasePtr &segments)
{
    std::vector<Row> rows;
    if (count == 0)
        return rows;
    // Ids are integers from our own store, so they can be written into the statement directly.
    QString idList;
    idList.reserve(int(count) * 8);
    for (std::size_t i = 0; i < count; ++i) {
        if (i > 0)
            idList.append(QLatin1Char(','));
        idList.append(QString::number(ids[i]));
    }
    QSqlQuery q(db);
    q.setForwardOnly(true);
    // (A team database has no value segments: they are worked out on each computer, and read from
    // segments by uuid below.)
    const bool file = dialectOf(db) == Dialect::SQLite;
    const bool ok = q.exec(QStringLiteral(
        "SELECT c.id, c.kind, c.given_name, c.family_name, c.organisation_name, c.org_label, c.email,"
        " c.phone, c.mobile, c.city, c.country, o.name, c.updated_at, c.deleted_at,"
        " (SELECT %2(t.name, %3) FROM customer_tag ct JOIN tag t ON t.id = ct.tag_id"
        "  WHERE ct.customer_id = c.id),"
        " %4"
        " FROM customer c LEFT JOIN owner o ON o.id = c.owner_id WHERE c.id IN (%1)")
                               .arg(idList, file ? QStringLiteral("group_concat") : QStringLiteral("string_agg"),
                                    file ? QStringLiteral("char(31)") : QStringLiteral("chr(31)"),
                                    file ? QStringLiteral("(SELECT v.segment FROM customer_value v WHERE v.customer_id = c.id)")
                                         : QStringLiteral("c.uuid")));

    QHash<qint64, Row> byId;
    byId.reserve(int(count));
    QHash<QString, qint64> uuids; // on a team database
    while (ok && q.next()) {
        Row r;
        r.id = q.value(0).toLongLong();
        r.organisation = q.value(1).toString() == QLatin1String("organisation");
        const QString given = q.value(2).toString();
        const QString family = q.value(3).toString();
        r.name = r.organisation ? q.value(4).toString()
                                : (given.isEmpty() ? family
                                                   : family.isEmpty() ? given : given + QLatin1Char(' ') + family);
        r.organisationName = q.value(5).toString();
        r.email = q.value(6).toString();
        r.phoneE164 = q.value(7).toString();
        r.mobileE164 = q.value(8).toString();
        r.countryCode = q.value(10).toString();
        r.city = q.value(9).toString();
        auto name = countryNames.constFind(r.countryCode);
        if (name == countryNames.constEnd())
            name = countryNames.insert(r.countryCode, Countries::name(r.countryCode));
        r.country = *name;
        r.owner = q.value(11).toString();
        r.updated = fromStoredTime(q.value(12).toString());
        r.deleted = !q.value(13).isNull();
        QStringList tags = q.value(14).toString().split(QChar(31), Qt::SkipEmptyParts);
        tags.sort(Qt::CaseInsensitive);
        r.tags = tags.join(QStringLiteral(", "));
        if (file)
            r.segment = q.value(15).toInt();
        else
            uuids.insert(q.value(15).toString(), r.id);
        byId.insert(r.id, std::move(r));
    }
    if (!uuids.isEmpty() && segments) {
        // The segments the analysis on this computer's copy gave these customers.
        QStringList quoted;
        quoted.reserve(uuids.size());
        for (auto it = uuids.cbegin(); it != uuids.cend(); ++it)
            quoted.append(QLatin1Char('\'') + QString(it.key()).replace(QLatin1Char('\''), QStringLiteral("''"))
                          + QLatin1Char('\''));
        QSqlQuery v(segments->connection());
        v.setForwardOnly(true);
        if (v.exec(QStringLiteral("SELECT c.uuid, v.segment FROM customer c JOIN customer_value v ON v.customer_id = c.id"
                                  " WHERE c.uuid IN (%1)")
                       .arg(quoted.join(QLatin1Char(',')))))
            while (v.next())
                if (auto row = byId.find(uuids.value(v.value(0).toString())); row != byId.end())
                    row->segment = v.value(1).toInt();
    }

    rows.reserve(count);
    for (std::size_t i = 0; i < count; ++i) {
        auto it = byId.find(ids[i]);
        if (it != byId.end()) {
            rows.push_back(std::move(*it));
        } else {
            Row vanished; // since the ids were read; a refresh follows
            vanished.id = ids[i];
            rows.push_back(vanished);
        }
    }
    return rows;
}

void CustomerListModel::loadPage(int page) const
{
    const std::size_t first = std::size_t(page) * kPageSize;
    const std::size_t last = std::min(first + kPageSize, m_ids.size());
    if (first >= last)
        return;
    Page p;
    p.rows = readRows(m_db->connection(), m_ids.data() + first, last - first, m_countryNames, m_segments);
    if (m_pages.size() >= kMaxPages) {
        auto oldest = m_pages.begin();
        for (auto it = m_pages.begin(); it != m_pages.end(); ++it)
            if (it->lastUse < oldest->lastUse)
                oldest = it;
        m_pages.erase(oldest);
    }
    m_pages.insert(page, std::move(p));
}

void CustomerListModel::invalidatePages()
{
    m_pages.clear();
    // The first page of a new result, read on the worker with its ids.
    if (!m_firstRows.empty() && m_firstRows.size() <= m_ids.size()
        && std::equal(m_firstRows.begin(), m_firstRows.end(), m_ids.begin(),
                      [](const Row &r, qint64 id) { return r.id == id; }))
        m_pages.insert(0, Page{m_firstRows, ++m_useCounter});
}

void CustomerListModel::sort(int column, Qt::SortOrder order)
{
    const auto sort = sortForColumn(column);
    if (!sort)
        return;
    CustomerCriteria c = m_criteria;
    c.sort = *sort;
    c.descending = order == Qt::DescendingOrder;
    setCriteria(c);
}

void CustomerListModel::setCriteria(const CustomerCriteria &criteria)
{
    if (criteria == m_criteria)
        return;
    m_criteria = criteria;
    request({});
}

void CustomerListModel::setSearchText(const QString &text)
{
    CustomerCriteria c = m_criteria;
    c.text = text;
    setCriteria(c);
}

void CustomerListModel::setTagFilter(qint64 tagId)
{
    CustomerCriteria c = m_criteria;
    c.tagId = tagId;
    setCriteria(c);
}

void CustomerListModel::setOwnerFilter(qint64 ownerId)
{
    CustomerCriteria c = m_criteria;
    c.ownerId = ownerId;
    setCriteria(c);
}

void CustomerListModel::setCountryFilter(const QString &country)
{
    CustomerCriteria c = m_criteria;
    c.country = country;
    setCriteria(c);
}

void CustomerListModel::setSegmentsSource(DatabasePtr segments)
{
    if (m_segments)
        m_segments->releaseConnection();
    m_segments = segments;
    QMetaObject::invokeMethod(m_worker, [w = m_worker, segments]() { w->setSegments(segments); },
                              Qt::BlockingQueuedConnection);
    invalidatePages();
    refresh();
}

void CustomerListModel::setSegmentFilter(int segment)
{
    CustomerCriteria c = m_criteria;
    c.segment = segment;
    setCriteria(c);
}

void CustomerListModel::setShowDeleted(bool deleted)
{
    CustomerCriteria c = m_criteria;
    c.deleted = deleted;
    setCriteria(c);
}

void CustomerListModel::refresh(const QList<qint64> &changedIds)
{
    request(changedIds);
}

void CustomerListModel::request(const QList<qint64> &changedIds)
{
    const quint64 generation = ++m_requestedGeneration;
    m_latestGeneration->store(generation);
    m_pendingChanged.append(changedIds);
    const CustomerCriteria criteria = m_criteria;
    auto latest = m_latestGeneration;
    QPointer<CustomerListModel> self(this);
    Worker *worker = m_worker;
    QMetaObject::invokeMethod(
        worker,
        [worker, latest, generation, criteria, self]() {
            if (latest->load() != generation)
                return; // a newer request is queued behind this one
            // The first page shown early, if any: the full result starts with it, and its rows
            // are not read a second time.
            std::vector<qint64> shown;
            auto showFirstPage = [self, generation, worker, &shown](const std::vector<qint64> &page) {
                shown = page;
                QMetaObject::invokeMethod(
                    self.data(),
                    [self, generation, page, rows = worker->firstRows(page)]() mutable {
                        if (self)
                            self->apply(generation, page, {}, {}, true, std::move(rows));
                    },
                    Qt::QueuedConnection);
            };
            auto superseded = [latest, generation]() { return latest->load() != generation; };
            QElapsedTimer trace;
            trace.start();
            auto result = worker->resolve(criteria, showFirstPage, superseded);
            if (qEnvironmentVariableIsSet("RELATIO_TRACE"))
                qInfo("resolve %s: %.1f ms", qPrintable(criteria.text), double(trace.nsecsElapsed()) / 1e6);
            if (!result && result.error().code == Error::Code::Cancelled)
                return;
            std::vector<qint64> ids;
            QString error;
            if (result)
                ids = std::move(*result);
            else
                error = result.error().message;
            const bool pageShown = !shown.empty() && shown.size() <= ids.size()
                && std::equal(shown.begin(), shown.end(), ids.begin());
            std::vector<Row> rows = pageShown ? std::vector<Row>() : worker->firstRows(ids);
            QMetaObject::invokeMethod(
                self.data(),
                [self, generation, ids = std::move(ids), error, rows = std::move(rows)]() mutable {
                    if (self)
                        self->apply(generation, std::move(ids), error, {}, false, std::move(rows));
                },
                Qt::QueuedConnection);
            worker->prepareSearch(criteria, superseded);
        },
        Qt::QueuedConnection);
}

bool CustomerListModel::refreshNow()
{
    const quint64 generation = ++m_requestedGeneration;
    m_latestGeneration->store(generation);
    const CustomerCriteria criteria = m_criteria;
    Result<std::vector<qint64>> result = fail(Error::Code::Database, QString());
    Worker *worker = m_worker;
    QMetaObject::invokeMethod(
        worker, [&]() { result = worker->resolve(criteria); }, Qt::BlockingQueuedConnection);
    if (!result) {
        apply(generation, {}, result.error().message, {}, false);
        return false;
    }
    apply(generation, std::move(*result), {}, {}, false);
    return true;
}

void CustomerListModel::apply(quint64 generation, std::vector<qint64> ids, const QString &error,
                              const QList<qint64> &changedIds, bool partial, std::vector<Row> firstRows)
{
    QElapsedTimer trace;
    trace.start();
    struct Trace
    {
        QElapsedTimer &t;
        bool partial;
        ~Trace()
        {
            if (qEnvironmentVariableIsSet("RELATIO_TRACE"))
                qInfo("apply%s: %.1f ms", partial ? " (first page)" : "", double(t.nsecsElapsed()) / 1e6);
        }
    } traceGuard{trace, partial};
    if (generation != m_requestedGeneration)
        return; // superseded while it was computed
    if (partial && m_appliedGeneration == generation && !m_partial)
        return; // the full result arrived first
    m_appliedGeneration = generation;
    m_partial = partial;
    m_firstRows = std::move(firstRows);
    struct DropFirstRows
    {
        std::vector<Row> &rows;
        ~DropFirstRows() { rows.clear(); }
    } dropFirstRows{m_firstRows};
    QList<qint64> changed = m_pendingChanged + changedIds;
    if (!partial)
        m_pendingChanged.clear();

    if (!error.isEmpty()) {
        m_lastError = error;
        emit loadFailed(error);
        return;
    }
    m_lastError.clear();

    const std::vector<qint64> &old = m_ids;
    const std::size_t n = old.size();
    const std::size_t m = ids.size();
    std::size_t prefix = 0;
    while (prefix < n && prefix < m && old[prefix] == ids[prefix])
        ++prefix;
    std::size_t suffix = 0;
    while (suffix < n - prefix && suffix < m - prefix && old[n - 1 - suffix] == ids[m - 1 - suffix])
        ++suffix;

    if (n == m && prefix == n) {
        invalidatePages(); // same rows in the same order; only contents may have changed
    } else if (m > n && prefix == n && n > 0) {
        // The rest of a result whose first page is already shown.
        beginInsertRows({}, int(n), int(m - 1));
        m_ids = std::move(ids);
        endInsertRows();
    } else if (m == n + 1 && prefix + suffix == n) {
        beginInsertRows({}, int(prefix), int(prefix));
        m_ids = std::move(ids);
        invalidatePages();
        endInsertRows();
    } else if (n == m + 1 && prefix + suffix == m) {
        beginRemoveRows({}, int(prefix), int(prefix));
        m_ids = std::move(ids);
        invalidatePages();
        endRemoveRows();
    } else if (n == m && n - prefix - suffix >= 2
               && std::equal(old.begin() + std::ptrdiff_t(prefix) + 1, old.end() - std::ptrdiff_t(suffix),
                             ids.begin() + std::ptrdiff_t(prefix))
               && old[prefix] == ids[n - suffix - 1]) {
        // One row moved down: from prefix to n - suffix - 1.
        const int from = int(prefix);
        const int to = int(n - suffix);
        beginMoveRows({}, from, from, {}, to);
        m_ids = std::move(ids);
        invalidatePages();
        endMoveRows();
    } else if (n == m && n - prefix - suffix >= 2
               && std::equal(old.begin() + std::ptrdiff_t(prefix), old.end() - std::ptrdiff_t(suffix) - 1,
                             ids.begin() + std::ptrdiff_t(prefix) + 1)
               && old[n - suffix - 1] == ids[prefix]) {
        // One row moved up: from n - suffix - 1 to prefix.
        const int from = int(n - suffix - 1);
        beginMoveRows({}, from, from, {}, int(prefix));
        m_ids = std::move(ids);
        invalidatePages();
        endMoveRows();
    } else {
        beginResetModel();
        m_ids = std::move(ids);
        invalidatePages();
        endResetModel();
    }

    for (qint64 id : std::as_const(changed)) {
        const int row = rowOf(id);
        if (row >= 0)
            emit dataChanged(index(row, 0), index(row, ColumnCount - 1));
    }
    emit resultsReady(qint64(m_ids.size()));
}

} // namespace relatio
