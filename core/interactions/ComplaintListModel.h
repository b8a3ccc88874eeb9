// Complaints for the team: the open ones, oldest first, or the recently resolved ones with who
// took them and when. Lists are read on a worker (resolved complaints have no index to walk);
// single changes are placed record by record on the GUI thread.
#pragma once

#include "interactions/InteractionRepository.h"
#include "interactions/RecordTableModel.h"

#include <QDateTime>
#include <QHash>

#include <memory>

namespace relatio {

class QueryThread;

class ComplaintListModel : public RecordTableModel<Interaction>
{
    Q_OBJECT

public:
    enum Column { Age, Received, Customer, Channel, Subject, TakenBy, Taken, Resolved, ColumnCount };
    enum Role {
        IdRole = Qt::UserRole + 1,  // qint64
        CustomerIdRole,             // qint64
        SocialRole,                 // bool: from a public channel
        TakenByIdRole,              // qint64, 0 = nobody
        ResolvedRole,               // bool
    };
    enum class Mode { Open, Resolved };
    static constexpr int kLimit = 1000;

    explicit ComplaintListModel(DatabasePtr db, QObject *parent = nullptr);
    ~ComplaintListModel() override;

    Mode mode() const { return m_mode; }
    void setMode(Mode mode);
    bool socialOnly() const { return m_socialOnly; }
    void setSocialOnly(bool socialOnly);
    // How far back "recently resolved" reaches.
    int resolvedDays() const { return m_resolvedDays; }
    void setResolvedDays(int days);

    // Reads the list again on the worker; loaded() follows.
    void reload();
    bool isLoading() const { return m_applied != m_requested; }
    // Brings the rows of these contacts up to date at once (taken, resolved, new, deleted).
    void refreshInteractions(const QList<qint64> &ids);
    void setNow(const QDateTime &now) { m_now = now; }
    bool isSocial(qint64 channelId) const { return m_social.value(channelId, false); }

    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

signals:
    void loaded(int count);
    void loadFailed(const QString &message);

protected:
    bool comesBefore(const Interaction &a, const Interaction &b) const override;

private:
    bool belongs(const Interaction &interaction) const;
    void readChannels();
    QDateTime now() const;

    DatabasePtr m_db;
    InteractionRepository m_repository;
    std::unique_ptr<QueryThread> m_worker;
    Mode m_mode = Mode::Open;
    bool m_socialOnly = false;
    int m_resolvedDays = 30;
    quint64 m_requested = 0;
    quint64 m_applied = 0;
    QHash<qint64, bool> m_social;
    QDateTime m_now;
};

} // namespace relatio
