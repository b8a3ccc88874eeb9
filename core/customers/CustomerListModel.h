// The customer list as an item model: a windowed cache over an ordered id list that a background
// thread computes for the current search, filters and sort. Never loads all rows.
#pragma once

#include "customers/CustomerQuery.h"
#include "store/Database.h"

#include <QAbstractTableModel>
#include <QDateTime>
#include <QHash>
#include <QList>
#include <QSet>

#include <atomic>
#include <memory>
#include <vector>

class QThread;

namespace relatio {

class CustomerListModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    // Segment: the value segment of the latest analysis (core/value), last so saved layouts keep theirs.
    enum Column { Name, Organisation, Email, Phone, City, Country, Owner, Tags, Updated, Segment, ColumnCount };
    enum Role {
        IdRole = Qt::UserRole + 1,  // qint64 record id
        IsOrganisationRole,         // bool
        IsDeletedRole,              // bool
        SortKeyRole,                // CustomerSort as int for sortable columns, -1 otherwise
    };

    explicit CustomerListModel(DatabasePtr db, QObject *parent = nullptr);
    ~CustomerListModel() override;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    void sort(int column, Qt::SortOrder order = Qt::AscendingOrder) override;

    static bool isSortable(int column);

    CustomerCriteria criteria() const { return m_criteria; }
    void setCriteria(const CustomerCriteria &criteria);
    void setSearchText(const QString &text);
    void setTagFilter(qint64 tagId);
    void setOwnerFilter(qint64 ownerId);
    void setCountryFilter(const QString &country);
    void setSegmentFilter(int segment); // -1 any, 0 no purchases, 1 … 10
    // On a team database: where its customers' value segments are (this computer's copy of it),
    // for the segment column and filter; read again.
    void setSegmentsSource(DatabasePtr segments);
    void setShowDeleted(bool deleted);

    // Re-reads the ids after a write; rows of the given records are reported as changed.
    void refresh(const QList<qint64> &changedIds = {});
    // Resolves the current criteria on the worker and applies the result before returning.
    // For tests and tools; the UI uses the asynchronous path.
    bool refreshNow();

    qint64 idAt(int row) const;
    int rowOf(qint64 id) const;
    // The ids of every row in the current result, in list order (for exporting what is shown).
    const std::vector<qint64> &ids() const { return m_ids; }
    // True until the full result of the latest request is shown (a first page may be shown).
    bool isLoading() const { return m_appliedGeneration != m_requestedGeneration || m_partial; }
    QString lastError() const { return m_lastError; }

signals:
    // Emitted whenever rows have been applied: a first page (isLoading() still true) or the full
    // result (count = rows now in the model).
    void resultsReady(qint64 count);
    void loadFailed(const QString &message);

private:
    struct Row
    {
        qint64 id = 0;
        bool organisation = false;
        bool deleted = false;
        QString name, organisationName, email, phone, city, country, owner, tags;
        QString phoneE164, mobileE164, countryCode;
        bool phoneFormatted = false;
        QDateTime updated;
        QString updatedText; // formatted when first shown
        int segment = 0;     // 0 = no purchases (or not analysed)
    };
    struct Page
    {
        std::vector<Row> rows;
        quint64 lastUse = 0;
    };
    class Worker;

    void request(const QList<qint64> &changedIds);
    void apply(quint64 generation, std::vector<qint64> ids, const QString &error, const QList<qint64> &changedIds,
               bool partial, std::vector<Row> firstRows = {});
    // The display data of the given records, in that order (on the calling thread's connections;
    // a team database's segments from segments, by uuid, when given).
    static std::vector<Row> readRows(const QSqlDatabase &db, const qint64 *ids, std::size_t count,
                                     QHash<QString, QString> &countryNames, const DatabasePtr &segments = {});
    Row *rowAt(int row) const;
    void loadPage(int page) const;
    void invalidatePages();

    DatabasePtr m_db;
    DatabasePtr m_segments; // see setSegmentsSource()
    CustomerCriteria m_criteria;
    std::vector<qint64> m_ids;
    QString m_lastError;
    quint64 m_requestedGeneration = 0;
    quint64 m_appliedGeneration = 0;
    bool m_partial = false;
    std::shared_ptr<std::atomic<quint64>> m_latestGeneration;
    QThread *m_thread = nullptr;
    Worker *m_worker = nullptr;
    QList<qint64> m_pendingChanged;

    mutable QHash<int, Page> m_pages;
    std::vector<Row> m_firstRows; // while a result is applied: its first page, read on the worker
    mutable QHash<QString, QString> m_countryNames;
    mutable quint64 m_useCounter = 0;
};

} // namespace relatio
