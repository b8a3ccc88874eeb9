// Who works at this workstation: the team member (an owner row) "my follow-ups", "take it" and
// "handled by" refer to. Chosen once and kept in the settings per database (by its replica id),
// so the same person can be someone else in another database.
#pragma once

#include "store/Database.h"

#include <QCoreApplication>
#include <QList>
#include <QObject>

namespace relatio {

struct TeamMember
{
    qint64 id = 0;
    QString name;
    QString email;
};

class CurrentUser : public QObject
{
    Q_OBJECT

public:
    explicit CurrentUser(DatabasePtr db, QObject *parent = nullptr);

    // The chosen team member, 0 when not known yet.
    qint64 ownerId() const { return m_ownerId; }
    QString name() const { return m_name; }
    bool isKnown() const { return m_ownerId != 0; }

    // Reads the choice stored for this database; without one, takes the team member whose name
    // or e-mail matches the system's user name, if exactly one does.
    void load();
    // Remembers the choice for this database (0 forgets it).
    void setOwnerId(qint64 ownerId);

    // The team, by name.
    QList<TeamMember> teamMembers() const;
    // Adds a team member (or finds one with that name); returns its id, 0 on failure.
    qint64 addTeamMember(const QString &name);

    // The member that matches a system user name ("sanne", "sdejong", "Sanne de Jong"), 0 when
    // none or several do.
    static qint64 guess(const QList<TeamMember> &members, const QString &systemUser);
    // The system's user name.
    static QString systemUserName();

signals:
    void changed(qint64 ownerId);

private:
    QString settingsKey() const;

    DatabasePtr m_db;
    qint64 m_ownerId = 0;
    QString m_name;
    QString m_replicaId;
};

} // namespace relatio
