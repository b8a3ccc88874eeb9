// The current user: stored choice per database, or a guess from the system user name.
#include "interactions/CurrentUser.h"

#include "customers/CustomerRepository.h"

#include <QSettings>
#include <QSqlQuery>
#include <QVariant>

namespace relatio {

namespace {

// Lower case letters and digits only: "Sanne de Jong" and "sanne.dejong" both become comparable.
QString folded(const QString &text)
{
    QString out;
    for (const QChar c : text.normalized(QString::NormalizationForm_KD))
        if (c.isLetterOrNumber())
            out.append(c.toLower());
    return out;
}

} // namespace

CurrentUser::CurrentUser(DatabasePtr db, QObject *parent)
    : QObject(parent)
    , m_db(std::move(db))
{
}

QString CurrentUser::settingsKey() const
{
    return QStringLiteral("currentUser/%1").arg(m_replicaId.isEmpty() ? QStringLiteral("default") : m_replicaId);
}

QList<TeamMember> CurrentUser::teamMembers() const
{
    QList<TeamMember> members;
    QSqlQuery q(m_db->connection());
    q.setForwardOnly(true);
    if (!q.exec(QStringLiteral("SELECT id, name, email FROM owner WHERE deleted_at IS NULL ORDER BY %1")
                    .arg(phrases::orderIgnoringCase(m_db->dialect(), QStringLiteral("name")))))
        return members;
    while (q.next())
        members.append(TeamMember{q.value(0).toLongLong(), q.value(1).toString(), q.value(2).toString()});
    return members;
}

qint64 CurrentUser::addTeamMember(const QString &name)
{
    if (name.simplified().isEmpty())
        return 0;
    CustomerRepository repository(m_db);
    return repository.ensureOwner(name).value_or(0);
}

void CurrentUser::load()
{
    QSqlQuery q(m_db->connection());
    if (q.exec(QStringLiteral("SELECT value FROM meta WHERE key = 'replica_id'")) && q.next())
        m_replicaId = q.value(0).toString();
    const QList<TeamMember> members = teamMembers();
    const QSettings settings;
    qint64 id = settings.value(settingsKey(), 0).toLongLong();
    const auto chosen = std::find_if(members.cbegin(), members.cend(), [id](const TeamMember &m) { return m.id == id; });
    if (chosen == members.cend())
        id = guess(members, systemUserName());
    m_ownerId = 0;
    m_name.clear();
    for (const TeamMember &m : members)
        if (m.id == id) {
            m_ownerId = id;
            m_name = m.name;
        }
    emit changed(m_ownerId);
}

void CurrentUser::setOwnerId(qint64 ownerId)
{
    QSettings settings;
    settings.setValue(settingsKey(), ownerId);
    m_ownerId = 0;
    m_name.clear();
    for (const TeamMember &m : teamMembers())
        if (m.id == ownerId) {
            m_ownerId = ownerId;
            m_name = m.name;
        }
    emit changed(m_ownerId);
}

QString CurrentUser::systemUserName()
{
    QString name = qEnvironmentVariable("USER");
    if (name.isEmpty())
        name = qEnvironmentVariable("USERNAME");
    return name;
}

qint64 CurrentUser::guess(const QList<TeamMember> &members, const QString &systemUser)
{
    const QString user = folded(systemUser);
    if (user.size() < 2)
        return 0;
    qint64 found = 0;
    int matches = 0;
    for (const TeamMember &m : members) {
        const QString name = folded(m.name);
        const QString mailbox = folded(m.email.section(QLatin1Char('@'), 0, 0));
        const QString given = folded(m.name.section(QLatin1Char(' '), 0, 0));
        // "sanne", "sannedejong", "sdejong" (initial and family name) all point at Sanne de Jong.
        const QString family = folded(m.name.section(QLatin1Char(' '), -1));
        const QString initialFamily = given.left(1) + family;
        if (user == name || user == mailbox || user == given || user == initialFamily) {
            found = m.id;
            ++matches;
        }
    }
    return matches == 1 ? found : 0;
}

} // namespace relatio
