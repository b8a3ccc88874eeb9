// Item models of the privacy views.
#include "privacy/PrivacyModels.h"

#include <QLocale>
#include <QSet>

#include <functional>

namespace relatio {

namespace {

QString shown(const QDateTime &utc)
{
    return utc.isValid() ? QLocale().toString(utc.toLocalTime(), QLocale::ShortFormat) : QString();
}

// Brings rows (newest first) up to date with fresh ones where the only difference is rows added:
// each new row is inserted where it belongs (rowsInserted). Returns false when rows went or moved,
// so the caller resets instead.
template<typename T, typename Key>
bool insertNew(QList<T> &rows, const QList<T> &fresh, Key key,
               const std::function<void(int, int)> &begin, const std::function<void()> &end)
{
    QSet<qint64> freshKeys;
    for (const T &r : fresh)
        freshKeys.insert(key(r));
    for (const T &r : rows)
        if (!freshKeys.contains(key(r)))
            return false;
    QSet<qint64> oldKeys;
    for (const T &r : rows)
        oldKeys.insert(key(r));
    int row = 0;
    for (const T &r : fresh) {
        if (oldKeys.contains(key(r))) {
            if (row >= rows.size() || key(rows.at(row)) != key(r))
                return false; // moved: a reset is simpler than a move
            ++row;
            continue;
        }
        begin(row, row);
        rows.insert(row, r);
        end();
        ++row;
    }
    return true;
}

} // namespace

// ---- ConsentStateModel ----

ConsentStateModel::ConsentStateModel(DatabasePtr db, QObject *parent)
    : QAbstractTableModel(parent)
    , m_repository(std::move(db))
{
}

bool ConsentStateModel::setCustomer(qint64 customerId)
{
    if (customerId != m_customerId) {
        beginResetModel();
        m_customerId = customerId;
        m_states.clear();
        endResetModel();
    }
    return refresh();
}

bool ConsentStateModel::refresh()
{
    QList<ConsentState> fresh;
    if (m_customerId > 0) {
        const auto states = m_repository.states(m_customerId);
        if (!states) {
            m_error = states.error().message;
            return false;
        }
        fresh = *states;
    }
    for (const ConsentState &s : std::as_const(fresh))
        if (s.basis && s.basis->textId > 0 && !m_texts.contains(s.basis->textId))
            if (const auto text = m_repository.text(s.basis->textId))
                m_texts.insert(text->id, *text);
    m_error.clear();
    bool samePurposes = fresh.size() == m_states.size();
    for (int i = 0; samePurposes && i < fresh.size(); ++i)
        samePurposes = fresh.at(i).purpose.id == m_states.at(i).purpose.id;
    if (!samePurposes) {
        beginResetModel();
        m_states = fresh;
        endResetModel();
        return true;
    }
    for (int i = 0; i < fresh.size(); ++i) {
        const ConsentState &a = m_states.at(i);
        const ConsentState &b = fresh.at(i);
        const bool same = a.status == b.status && a.confirmedAt == b.confirmedAt
            && a.basis.has_value() == b.basis.has_value() && (!a.basis || a.basis->id == b.basis->id)
            && a.purpose.displayName() == b.purpose.displayName();
        m_states[i] = b;
        if (!same)
            emit dataChanged(index(i, 0), index(i, ColumnCount - 1));
    }
    return true;
}

int ConsentStateModel::rowOfPurpose(qint64 purposeId) const
{
    for (int i = 0; i < m_states.size(); ++i)
        if (m_states.at(i).purpose.id == purposeId)
            return i;
    return -1;
}

int ConsentStateModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_states.size());
}

int ConsentStateModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant ConsentStateModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid))
        return {};
    const ConsentState &s = m_states.at(index.row());
    switch (role) {
    case PurposeIdRole: return s.purpose.id;
    case StatusRole: return int(s.status);
    case RequiresDoubleOptInRole: return s.purpose.requiresDoubleOptIn;
    case Qt::DisplayRole:
        switch (Column(index.column())) {
        case Purpose: return s.purpose.displayName();
        case State:
            if (s.status == ConsentStatus::Active && s.confirmedAt.isValid())
                return tr("%1, confirmed %2").arg(consentStatusName(s.status), shown(s.confirmedAt));
            return consentStatusName(s.status);
        case Since: return s.basis ? shown(s.basis->occurredAt) : QString();
        case Source: return s.basis ? consentSourceName(s.basis->source) : QString();
        case Wording:
            if (s.basis && m_texts.contains(s.basis->textId))
                return m_texts.value(s.basis->textId).label();
            return {};
        case ColumnCount: break;
        }
        return {};
    case Qt::ToolTipRole:
        if (index.column() == Purpose && s.purpose.requiresDoubleOptIn)
            return tr("Counts only once the e-mail address has confirmed it (double opt-in).");
        if (index.column() == Wording && s.basis && m_texts.contains(s.basis->textId))
            return m_texts.value(s.basis->textId).wording;
        return {};
    default:
        return {};
    }
}

QVariant ConsentStateModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (Column(section)) {
    case Purpose: return tr("Purpose");
    case State: return tr("Permission");
    case Since: return tr("Since");
    case Source: return tr("How");
    case Wording: return tr("Wording");
    case ColumnCount: break;
    }
    return {};
}

// ---- ConsentLedgerModel ----

ConsentLedgerModel::ConsentLedgerModel(DatabasePtr db, QObject *parent)
    : QAbstractTableModel(parent)
    , m_repository(std::move(db))
{
}

bool ConsentLedgerModel::setCustomer(qint64 customerId)
{
    if (customerId != m_customerId) {
        beginResetModel();
        m_customerId = customerId;
        m_entries.clear();
        endResetModel();
    }
    return refresh();
}

bool ConsentLedgerModel::refresh()
{
    QList<ConsentEntry> fresh;
    if (m_customerId > 0) {
        const auto entries = m_repository.entries(m_customerId);
        if (!entries) {
            m_error = entries.error().message;
            return false;
        }
        fresh.reserve(entries->size());
        for (auto it = entries->crbegin(); it != entries->crend(); ++it)
            fresh.append(*it);
    }
    if (const auto purposes = m_repository.purposes(true)) {
        for (const ConsentPurpose &p : *purposes)
            m_purposeNames.insert(p.id, p.displayName());
    }
    for (const ConsentEntry &e : std::as_const(fresh))
        if (e.textId > 0 && !m_texts.contains(e.textId))
            if (const auto text = m_repository.text(e.textId))
                m_texts.insert(text->id, *text);
    m_error.clear();
    const bool inserted = insertNew(
        m_entries, fresh, [](const ConsentEntry &e) { return e.id; },
        [this](int first, int last) { beginInsertRows({}, first, last); }, [this]() { endInsertRows(); });
    if (!inserted) {
        beginResetModel();
        m_entries = fresh;
        endResetModel();
    }
    return true;
}

int ConsentLedgerModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_entries.size());
}

int ConsentLedgerModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant ConsentLedgerModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid))
        return {};
    const ConsentEntry &e = m_entries.at(index.row());
    if (role == Qt::ToolTipRole) {
        if (index.column() == Wording && m_texts.contains(e.textId))
            return m_texts.value(e.textId).wording;
        if (index.column() == When)
            return tr("Recorded %1 by %2").arg(shown(e.recordedAt), e.recordedBy);
        if (index.column() == Evidence)
            return e.evidence;
        return {};
    }
    if (role != Qt::DisplayRole)
        return {};
    switch (Column(index.column())) {
    case When: return shown(e.occurredAt);
    case Purpose: return m_purposeNames.value(e.purposeId);
    case Action: return consentActionName(e.action);
    case Source: return consentSourceName(e.source);
    case Wording: return m_texts.contains(e.textId) ? m_texts.value(e.textId).label() : QString();
    case Evidence: return e.evidence;
    case RecordedBy: return e.recordedBy;
    case ColumnCount: break;
    }
    return {};
}

QVariant ConsentLedgerModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (Column(section)) {
    case When: return tr("When");
    case Purpose: return tr("Purpose");
    case Action: return tr("What");
    case Source: return tr("How");
    case Wording: return tr("Wording");
    case Evidence: return tr("Evidence");
    case RecordedBy: return tr("Recorded by");
    case ColumnCount: break;
    }
    return {};
}

// ---- ChangeHistoryModel ----

ChangeHistoryModel::ChangeHistoryModel(DatabasePtr db, QObject *parent)
    : QAbstractTableModel(parent)
    , m_history(std::move(db))
{
}

bool ChangeHistoryModel::setCustomer(qint64 customerId)
{
    if (customerId != m_customerId) {
        beginResetModel();
        m_customerId = customerId;
        m_changes.clear();
        endResetModel();
    }
    return refresh();
}

bool ChangeHistoryModel::refresh()
{
    QList<CustomerChange> fresh;
    if (m_customerId > 0) {
        const auto changes = m_history.forCustomer(m_customerId);
        if (!changes) {
            m_error = changes.error().message;
            return false;
        }
        fresh = *changes;
    }
    m_error.clear();
    // The derived "created" entry has no id of its own: -1 stands for it.
    const bool inserted = insertNew(
        m_changes, fresh, [](const CustomerChange &c) { return c.id > 0 ? c.id : -1; },
        [this](int first, int last) { beginInsertRows({}, first, last); }, [this]() { endInsertRows(); });
    if (!inserted) {
        beginResetModel();
        m_changes = fresh;
        endResetModel();
    }
    return true;
}

int ChangeHistoryModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_changes.size());
}

int ChangeHistoryModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant ChangeHistoryModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid))
        return {};
    const CustomerChange &c = m_changes.at(index.row());
    if (role == Qt::ToolTipRole && (index.column() == OldValue || index.column() == NewValue))
        return m_history.displayValue(c.field, index.column() == OldValue ? c.oldValue : c.newValue);
    if (role != Qt::DisplayRole)
        return {};
    const bool event = c.field == ChangeHistory::kRecord || c.field == ChangeHistory::kDeleted;
    switch (Column(index.column())) {
    case When: return shown(c.changedAt);
    case What: return ChangeHistory::eventName(c);
    case Field: return event ? QString() : ChangeHistory::fieldLabel(c.field);
    case OldValue: return event ? QString() : m_history.displayValue(c.field, c.oldValue).simplified();
    case NewValue: return event ? QString() : m_history.displayValue(c.field, c.newValue).simplified();
    case By: return c.changedBy;
    case How: return c.id == 0 && c.how == ChangeHow::Edit ? QString() : changeHowName(c.how);
    case ColumnCount: break;
    }
    return {};
}

QVariant ChangeHistoryModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (Column(section)) {
    case When: return tr("When");
    case What: return tr("What");
    case Field: return tr("Field");
    case OldValue: return tr("Was");
    case NewValue: return tr("Became");
    case By: return tr("By");
    case How: return tr("How");
    case ColumnCount: break;
    }
    return {};
}

// ---- RetentionModel ----

void RetentionModel::setCandidates(const QList<RetentionCandidate> &candidates)
{
    beginResetModel();
    m_rows = candidates;
    endResetModel();
}

void RetentionModel::removeCustomer(qint64 customerId)
{
    for (int i = 0; i < m_rows.size(); ++i) {
        if (m_rows.at(i).id != customerId)
            continue;
        beginRemoveRows({}, i, i);
        m_rows.removeAt(i);
        endRemoveRows();
        return;
    }
}

int RetentionModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int RetentionModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant RetentionModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid))
        return {};
    const RetentionCandidate &c = m_rows.at(index.row());
    if (role == CustomerIdRole)
        return c.id;
    if (role != Qt::DisplayRole)
        return {};
    switch (Column(index.column())) {
    case Name: return c.displayName;
    case City: return c.city;
    case LastActivity: return QLocale().toString(c.lastActivity.toLocalTime().date(), QLocale::ShortFormat);
    case ColumnCount: break;
    }
    return {};
}

QVariant RetentionModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (Column(section)) {
    case Name: return tr("Customer");
    case City: return tr("City");
    case LastActivity: return tr("Last activity");
    case ColumnCount: break;
    }
    return {};
}

} // namespace relatio
