// Carries out edits of contacts and follow-ups as undoable commands and tells every view what
// changed, so the card, the complaints page and the follow-ups page stay in step. Holds the
// current user ("who am I") they all refer to.
#pragma once

#include "interactions/CurrentUser.h"
#include "interactions/InteractionRepository.h"

#include <QObject>

class QUndoStack;

namespace relatio {

class InteractionController : public QObject
{
    Q_OBJECT

public:
    InteractionController(DatabasePtr db, QUndoStack *undoStack, QObject *parent = nullptr);

    DatabasePtr database() const { return m_db; }
    InteractionRepository &repository() { return m_repository; }
    CurrentUser *currentUser() const { return m_currentUser; }
    QUndoStack *undoStack() const { return m_undoStack; }

    // Each writes at once and, when that worked, pushes a command that can undo it.
    Result<qint64> create(const Interaction &interaction);
    // Saves after, an edit of before (the contact as the form opened it), merged with what was
    // changed elsewhere since; returns the fields taken from there. A field both changed
    // differently writes nothing: the error is Conflict, and conflict holds the three states.
    Result<QStringList> save(const Interaction &before, const Interaction &after,
                             RecordConflict<Interaction> *conflict);
    Result<void> remove(qint64 id);
    // Complaints: picked up by a team member (0 = given back), resolved or open again.
    Result<void> take(qint64 id, qint64 ownerId);
    Result<void> setResolved(qint64 id, bool resolved);

    Result<qint64> createFollowUp(const FollowUp &followUp);
    // Saves after, an edit of before, merged with what was changed elsewhere since (as save()).
    Result<QStringList> saveFollowUp(const FollowUp &before, const FollowUp &after,
                                     RecordConflict<FollowUp> *conflict = nullptr);
    Result<void> setFollowUpDone(qint64 id, bool done);
    Result<void> setFollowUpDue(qint64 id, const QDate &due);
    Result<void> removeFollowUp(qint64 id);

    // Used by the commands on undo and redo: report failures, and changes, through signals.
    // Writes content over expected, keeping what was changed elsewhere since in other fields.
    bool applyInteraction(const Interaction &content, const Interaction &expected);
    bool applyInteractionDeleted(qint64 id, bool deleted);
    bool applyFollowUp(const FollowUp &content, const FollowUp &expected);
    bool applyFollowUpDeleted(qint64 id, bool deleted);

    // Channels were renamed, added, retired or reordered (the channels dialog says so).
    void notifyChannelsChanged() { emit channelsChanged(); }

signals:
    void interactionsChanged(const QList<qint64> &ids);
    void followUpsChanged(const QList<qint64> &ids);
    void channelsChanged();
    void failed(const QString &message);

private:
    Result<void> pushEdit(const Interaction &before, const QString &text);

    DatabasePtr m_db;
    InteractionRepository m_repository;
    QUndoStack *m_undoStack;
    CurrentUser *m_currentUser;
};

} // namespace relatio
