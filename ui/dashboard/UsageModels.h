// The weekly channel-usage report as two tables: which customer used which channel in each week,
// and per week the contacts and distinct customers of each channel.
#pragma once

#include "interactions/SatisfactionStats.h"

#include <QAbstractTableModel>

#include <memory>

namespace relatio {

// Rows: one customer in one week. Columns: Week, Customer, one per channel, Total.
class UsageRowsModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { Week, Customer, FirstChannel }; // channel columns follow, then the total
    enum Role { ValueRole = Qt::UserRole + 1 };   // QDate, name, or qint64 count (also for sorting)

    explicit UsageRowsModel(QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    void setReport(std::shared_ptr<const UsageReport> report);
    const UsageReport *report() const { return m_report.get(); }
    int totalColumn() const { return FirstChannel + channelCount(); }

private:
    int channelCount() const { return m_report ? int(m_report->channelIds.size()) : 0; }

    std::shared_ptr<const UsageReport> m_report;
};

// Rows: the weeks, then all weeks together. Columns: Week, one per channel, All channels. A cell
// shows the contacts and, in brackets, the customers who made them.
class UsageTotalsModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { Week, FirstChannel };
    enum Role {
        ValueRole = Qt::UserRole + 1, // QDate, or qint64 contacts
        CustomersRole,                // qint64 distinct customers (-1 where it cannot be known)
    };

    explicit UsageTotalsModel(QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    void setReport(std::shared_ptr<const UsageReport> report);
    int totalColumn() const { return FirstChannel + channelCount(); }

private:
    int channelCount() const { return m_report ? int(m_report->channelIds.size()) : 0; }
    int weekCount() const { return m_report ? int(m_report->weeks.size()) : 0; }
    qint64 contacts(int week, int channel) const; // channel -1 = all; week -1 = all weeks

    std::shared_ptr<const UsageReport> m_report;
};

} // namespace relatio
