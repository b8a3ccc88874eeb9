// Reading and writing interactions, channels and follow-ups. Every write goes through here, so the
// satisfaction aggregates (kept by triggers) and the time stamps stay right.
#pragma once

#include "interactions/Interaction.h"
#include "store/Database.h"
#include "util/Result.h"
#include "util/ThreeWay.h"

#include <QCoreApplication>
#include <QSet>

namespace relatio {

struct TimelineFilter
{
    QSet<qint64> channelIds;          // empty = all channels
    QSet<InteractionKind> kinds;      // empty = all kinds
    int limit = 0;                    // 0 = all
    // Keyset paging: only contacts older than (olderThan, olderThanId) in timeline order, so the
    // next page is one index range however far down the list it is.
    QDateTime olderThan;
    qint64 olderThanId = 0;
};

class InteractionRepository
{
    Q_DECLARE_TR_FUNCTIONS(InteractionRepository)

public:
    explicit InteractionRepository(DatabasePtr db);

    // Channels, in their order; retired ones included unless activeOnly.
    Result<QList<Channel>> channels(bool activeOnly = false) const;
    Result<qint64> addChannel(const QString &name, bool social);
    Result<void> renameChannel(qint64 id, const QString &name);   // empty name = back to the default
    Result<void> setChannelSocial(qint64 id, bool social);
    Result<void> setChannelRetired(qint64 id, bool retired);
    Result<void> moveChannel(qint64 id, int newPosition);          // 0-based among all channels

    // Checks an interaction before it is stored: customer, channel, times and scores.
    Result<void> validate(const Interaction &interaction) const;
    Result<Interaction> get(qint64 id) const;
    // Stores a new interaction (a uuid is made unless given); returns its id.
    Result<qint64> create(const Interaction &interaction);
    Result<void> update(const Interaction &interaction);
    // Saves yours, an edit of original (the contact as the form read it), against what is stored
    // now, in one transaction: fields changed elsewhere since and not by you keep that change; a
    // field both changed differently stops the save (Error::Code::Conflict, conflict filled, nothing
    // written). Returns the state it overwrote and the fields taken from the other change.
    Result<MergedSave<Interaction>> update(const Interaction &yours, const Interaction &original,
                               RecordConflict<Interaction> *conflict);
    // The fields that save merges, and how people read them.
    static const QList<MergeField<Interaction>> &mergeFields();
    static QString fieldLabel(const QString &field);
    static QString fieldText(const Interaction &interaction, const QString &field);
    // Tombstones it (it leaves the timeline and the figures); restore() brings it back.
    Result<void> remove(qint64 id);
    Result<void> restore(qint64 id);

    // A customer's live interactions, newest first.
    Result<QList<Interaction>> timeline(qint64 customerId, const TimelineFilter &filter = {}) const;
    Result<qint64> countForCustomer(qint64 customerId) const;
    // How many live contacts of the customer pass the filter (its paging fields are ignored).
    Result<qint64> countTimeline(qint64 customerId, const TimelineFilter &filter) const;

    // Complaints not yet resolved, oldest first; socialOnly keeps those from social channels.
    Result<QList<Interaction>> openComplaints(bool socialOnly = false, int limit = 1000) const;
    // Resolved complaints in the last days, newest first (who took it, when it was resolved).
    // No index serves this: read it off the GUI thread on a large store.
    Result<QList<Interaction>> resolvedComplaints(int days = 30, int limit = 1000, bool socialOnly = false) const;
    // Picks up a complaint for a team member (0 = gives it back).
    Result<void> takeComplaint(qint64 id, qint64 ownerId);
    // Marks a complaint resolved now, or open again.
    Result<void> setResolved(qint64 id, bool resolved);

    // Follow-ups.
    Result<FollowUp> getFollowUp(qint64 id) const;
    Result<qint64> createFollowUp(const FollowUp &followUp);
    Result<void> updateFollowUp(const FollowUp &followUp);
    // The three-way save of a follow-up, as update() of a contact; one deleted elsewhere since
    // is NotFound ("no longer exists").
    Result<MergedSave<FollowUp>> updateFollowUp(const FollowUp &yours, const FollowUp &original,
                                                RecordConflict<FollowUp> *conflict);
    static const QList<MergeField<FollowUp>> &followUpMergeFields();
    static QString followUpFieldLabel(const QString &field);
    static QString followUpFieldText(const FollowUp &followUp, const QString &field);
    Result<void> setFollowUpDone(qint64 id, bool done);
    Result<void> removeFollowUp(qint64 id);
    Result<void> restoreFollowUp(qint64 id);
    // A customer's follow-ups: open ones by due date, then done ones (newest done first).
    Result<QList<FollowUp>> followUpsForCustomer(qint64 customerId, bool includeDone = true) const;
    // A team member's follow-ups (assigneeId 0 = unassigned ones), open by due date; done ones
    // of the last doneDays days after them when doneDays > 0; at most limit of each.
    Result<QList<FollowUp>> followUpsFor(qint64 assigneeId, int doneDays = 0, int limit = 5000) const;

private:
    DatabasePtr m_db;
};

} // namespace relatio
