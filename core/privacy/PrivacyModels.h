// The item models the privacy views show: a customer's consent per purpose, the consent ledger,
// the change history, and the customers up for a retention review.
#pragma once

#include "privacy/ChangeHistory.h"
#include "privacy/ConsentRepository.h"
#include "privacy/Retention.h"

#include <QAbstractTableModel>
#include <QHash>

namespace relatio {

// One row per purpose: its state for the customer and what that rests on. Recording an entry
// changes the affected rows (dataChanged); another customer or other purposes reset the model.
class ConsentStateModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { Purpose, State, Since, Source, Wording, ColumnCount };
    enum Role {
        PurposeIdRole = Qt::UserRole + 1,
        StatusRole,                 // ConsentStatus as int
        RequiresDoubleOptInRole,
    };

    explicit ConsentStateModel(DatabasePtr db, QObject *parent = nullptr);

    // 0 = none. Reads the states; returns false (and keeps the rows) when that failed.
    bool setCustomer(qint64 customerId);
    qint64 customerId() const { return m_customerId; }
    bool refresh();
    QString lastError() const { return m_error; }

    const ConsentState &stateAt(int row) const { return m_states.at(row); }
    int rowOfPurpose(qint64 purposeId) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    ConsentRepository m_repository;
    qint64 m_customerId = 0;
    QList<ConsentState> m_states;
    QHash<qint64, ConsentText> m_texts;
    QString m_error;
};

// The consent ledger of a customer, newest first. The ledger only grows: a new entry is a row
// inserted at the top.
class ConsentLedgerModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { When, Purpose, Action, Source, Wording, RecordedBy, Evidence, ColumnCount };

    explicit ConsentLedgerModel(DatabasePtr db, QObject *parent = nullptr);

    bool setCustomer(qint64 customerId);
    bool refresh();
    QString lastError() const { return m_error; }
    const ConsentEntry &entryAt(int row) const { return m_entries.at(row); }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    ConsentRepository m_repository;
    qint64 m_customerId = 0;
    QList<ConsentEntry> m_entries; // newest first
    QHash<qint64, QString> m_purposeNames;
    QHash<qint64, ConsentText> m_texts;
    QString m_error;
};

// The change history of a customer, newest first; new changes are rows inserted at the top.
class ChangeHistoryModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { When, What, Field, OldValue, NewValue, By, How, ColumnCount };

    explicit ChangeHistoryModel(DatabasePtr db, QObject *parent = nullptr);

    bool setCustomer(qint64 customerId);
    bool refresh();
    QString lastError() const { return m_error; }
    const CustomerChange &changeAt(int row) const { return m_changes.at(row); }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    ChangeHistory m_history;
    qint64 m_customerId = 0;
    QList<CustomerChange> m_changes;
    QString m_error;
};

// Customers without activity, as a worker found them.
class RetentionModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { Name, City, LastActivity, ColumnCount };
    enum Role { CustomerIdRole = Qt::UserRole + 1 };

    using QAbstractTableModel::QAbstractTableModel;

    void setCandidates(const QList<RetentionCandidate> &candidates);
    // A customer that was erased or deleted meanwhile leaves the list.
    void removeCustomer(qint64 customerId);
    const RetentionCandidate &candidateAt(int row) const { return m_rows.at(row); }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QList<RetentionCandidate> m_rows;
};

} // namespace relatio
