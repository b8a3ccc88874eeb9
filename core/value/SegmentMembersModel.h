// The customers of one value segment as an item model, highest CLV first: the ids come in one
// list (ValueStore::segmentMembers, read off the GUI thread), the rows are read a page at a time
// by primary key when shown, so a segment of hundreds of thousands opens at once.
#pragma once

#include "store/Database.h"

#include <QAbstractTableModel>
#include <QHash>

#include <optional>
#include <vector>

namespace relatio::value {

class SegmentMembersModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column {
        Name,
        Email,
        LastPurchase,       // days before the calibration end
        Purchases,          // purchase days
        Revenue,
        ProbabilityAlive,
        ExpectedPurchases,
        ExpectedSpend,
        Clv,
        Tier,
        ColumnCount
    };
    enum Role {
        IdRole = Qt::UserRole + 1,  // qint64 customer id
        SortValueRole,              // the raw number of a figure column
    };

    explicit SegmentMembersModel(DatabasePtr db, QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    // The members to show, in order; currency labels the money columns.
    void setMembers(int segment, std::vector<qint64> ids, const QString &currency);
    void clear();
    int segment() const { return m_segment; }
    qint64 idAt(int row) const;
    // Reads the shown rows again (after a new analysis with the same members).
    void invalidate();

private:
    struct Row
    {
        qint64 id = 0;
        QString name;
        QString email;
        int recencyDays = 0;
        int purchaseDays = 0;
        qint64 revenueCents = 0;
        std::optional<double> probabilityAlive, expectedPurchases, expectedSpend, clv;
        int tier = 0;
    };
    const Row *rowAt(int row) const;
    void loadPage(int page) const;
    QString money(double value) const;

    DatabasePtr m_db;
    int m_segment = 0;
    QString m_currency;
    std::vector<qint64> m_ids;
    mutable QHash<int, std::vector<Row>> m_pages;
};

} // namespace relatio::value
