// Contact and follow-up edit controller.
#include "interactions/InteractionController.h"

#include "interactions/InteractionCommands.h"
#include "interactions/InteractionText.h"

#include <QUndoStack>

namespace relatio {

namespace {

QString shortTitle(const Interaction &i)
{
    const QString title = InteractionText::title(i);
    return title.size() > 40 ? title.left(39) + QChar(0x2026) : title;
}

} // namespace

InteractionController::InteractionController(DatabasePtr db, QUndoStack *undoStack, QObject *parent)
    : QObject(parent)
    , m_db(db)
    , m_repository(db)
    , m_undoStack(undoStack)
    , m_currentUser(new CurrentUser(db, this))
{
    m_currentUser->load();
}

Result<qint64> InteractionController::create(const Interaction &interaction)
{
    auto id = m_repository.create(interaction);
    if (!id)
        return id;
    m_undoStack->push(new InteractionPresenceCommand(this, InteractionPresenceCommand::Record::Interaction, *id, true,
                                                     tr("Add contact “%1”").arg(shortTitle(interaction))));
    emit interactionsChanged({*id});
    return id;
}

Result<QStringList> InteractionController::save(const Interaction &before, const Interaction &after,
                                                 RecordConflict<Interaction> *conflict)
{
    auto saved = m_repository.update(after, before, conflict);
    if (!saved)
        return std::unexpected(saved.error());
    if (auto pushed = pushEdit(saved->before, tr("Edit contact “%1”").arg(shortTitle(after))); !pushed)
        return std::unexpected(pushed.error());
    return saved->theirs;
}

Result<void> InteractionController::pushEdit(const Interaction &before, const QString &text)
{
    // Undo restores what was stored before; redo what is stored now, as the store wrote it.
    auto stored = m_repository.get(before.id);
    if (!stored)
        return std::unexpected(stored.error());
    m_undoStack->push(new EditInteractionCommand(this, before, *stored, text));
    emit interactionsChanged({before.id});
    return {};
}

Result<void> InteractionController::remove(qint64 id)
{
    const auto interaction = m_repository.get(id);
    if (!interaction)
        return std::unexpected(interaction.error());
    if (auto removed = m_repository.remove(id); !removed)
        return removed;
    m_undoStack->push(new InteractionPresenceCommand(this, InteractionPresenceCommand::Record::Interaction, id, false,
                                                     tr("Delete contact “%1”").arg(shortTitle(*interaction))));
    emit interactionsChanged({id});
    return {};
}

Result<void> InteractionController::take(qint64 id, qint64 ownerId)
{
    const auto before = m_repository.get(id);
    if (!before)
        return std::unexpected(before.error());
    if (auto taken = m_repository.takeComplaint(id, ownerId); !taken)
        return taken;
    return pushEdit(*before, ownerId > 0 ? tr("Take complaint “%1”").arg(shortTitle(*before))
                                         : tr("Give back complaint “%1”").arg(shortTitle(*before)));
}

Result<void> InteractionController::setResolved(qint64 id, bool resolved)
{
    const auto before = m_repository.get(id);
    if (!before)
        return std::unexpected(before.error());
    if (auto done = m_repository.setResolved(id, resolved); !done)
        return done;
    return pushEdit(*before, resolved ? tr("Resolve complaint “%1”").arg(shortTitle(*before))
                                      : tr("Reopen complaint “%1”").arg(shortTitle(*before)));
}

Result<qint64> InteractionController::createFollowUp(const FollowUp &followUp)
{
    auto id = m_repository.createFollowUp(followUp);
    if (!id)
        return id;
    m_undoStack->push(new InteractionPresenceCommand(this, InteractionPresenceCommand::Record::FollowUp, *id, true,
                                                     tr("Add follow-up")));
    emit followUpsChanged({*id});
    return id;
}

Result<QStringList> InteractionController::saveFollowUp(const FollowUp &before, const FollowUp &after,
                                                         RecordConflict<FollowUp> *conflict)
{
    auto saved = m_repository.updateFollowUp(after, before, conflict);
    if (!saved)
        return std::unexpected(saved.error());
    auto stored = m_repository.getFollowUp(after.id);
    if (!stored)
        return std::unexpected(stored.error());
    QString text = tr("Edit follow-up");
    if (saved->before.isDone() != stored->isDone())
        text = stored->isDone() ? tr("Mark follow-up done") : tr("Mark follow-up not done");
    else if (saved->before.dueDate != stored->dueDate)
        text = tr("Change due date");
    m_undoStack->push(new EditFollowUpCommand(this, saved->before, *stored, text));
    emit followUpsChanged({after.id});
    return saved->theirs;
}

Result<void> InteractionController::setFollowUpDone(qint64 id, bool done)
{
    const auto before = m_repository.getFollowUp(id);
    if (!before)
        return std::unexpected(before.error());
    FollowUp after = *before;
    after.doneAt = done ? QDateTime::currentDateTimeUtc() : QDateTime();
    if (auto saved = saveFollowUp(*before, after); !saved)
        return std::unexpected(saved.error());
    return {};
}

Result<void> InteractionController::setFollowUpDue(qint64 id, const QDate &due)
{
    const auto before = m_repository.getFollowUp(id);
    if (!before)
        return std::unexpected(before.error());
    FollowUp after = *before;
    after.dueDate = due;
    if (auto saved = saveFollowUp(*before, after); !saved)
        return std::unexpected(saved.error());
    return {};
}

Result<void> InteractionController::removeFollowUp(qint64 id)
{
    if (auto removed = m_repository.removeFollowUp(id); !removed)
        return removed;
    m_undoStack->push(new InteractionPresenceCommand(this, InteractionPresenceCommand::Record::FollowUp, id, false,
                                                     tr("Delete follow-up")));
    emit followUpsChanged({id});
    return {};
}

bool InteractionController::applyInteraction(const Interaction &content, const Interaction &expected)
{
    RecordConflict<Interaction> conflict;
    if (auto saved = m_repository.update(content, expected, &conflict); !saved) {
        if (saved.error().code == Error::Code::Conflict) {
            const QString labels = fieldLabels(conflict.merge.clashes, &InteractionRepository::fieldLabel);
            emit failed(tr("This step cannot be undone or redone: the contact was changed elsewhere since, in fields "
                           "it would overwrite (%1). Edit the contact instead.")
                            .arg(labels));
        } else {
            emit failed(saved.error().message);
        }
        return false;
    }
    emit interactionsChanged({content.id});
    return true;
}

bool InteractionController::applyInteractionDeleted(qint64 id, bool deleted)
{
    auto done = deleted ? m_repository.remove(id) : m_repository.restore(id);
    if (!done) {
        emit failed(done.error().message);
        return false;
    }
    emit interactionsChanged({id});
    return true;
}

bool InteractionController::applyFollowUp(const FollowUp &content, const FollowUp &expected)
{
    RecordConflict<FollowUp> conflict;
    if (auto saved = m_repository.updateFollowUp(content, expected, &conflict); !saved) {
        if (saved.error().code == Error::Code::Conflict) {
            const QString labels = fieldLabels(conflict.merge.clashes, &InteractionRepository::followUpFieldLabel);
            emit failed(tr("This step cannot be undone or redone: the follow-up was changed elsewhere since, in "
                           "fields it would overwrite (%1). Edit the follow-up instead.")
                            .arg(labels));
        } else {
            emit failed(saved.error().message);
        }
        return false;
    }
    emit followUpsChanged({content.id});
    return true;
}

bool InteractionController::applyFollowUpDeleted(qint64 id, bool deleted)
{
    auto done = deleted ? m_repository.removeFollowUp(id) : m_repository.restoreFollowUp(id);
    if (!done) {
        emit failed(done.error().message);
        return false;
    }
    emit followUpsChanged({id});
    return true;
}

} // namespace relatio
