// Contact entry form.
#include "interactions/ContactEntryForm.h"

#include "customers/SaveConflictDialog.h"
#include "interactions/InteractionController.h"

#include <QApplication>
#include <QComboBox>
#include <QDateTimeEdit>
#include <QEvent>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QToolButton>

namespace relatio {

namespace {

// Tab leaves the field instead of walking its day, month, year, hour and minute (the arrow keys
// still do): in a quick entry the time is rarely changed.
class WholeDateTimeEdit : public QDateTimeEdit
{
public:
    using QDateTimeEdit::QDateTimeEdit;

protected:
    bool focusNextPrevChild(bool next) override { return QWidget::focusNextPrevChild(next); }
};

} // namespace

ContactEntryForm::ContactEntryForm(InteractionController *controller, QWidget *parent)
    : QFrame(parent)
    , m_controller(controller)
{
    build();
    reloadChoices();
    setVisible(false);
}

void ContactEntryForm::build()
{
    setFrameShape(QFrame::StyledPanel);
    setObjectName(QStringLiteral("contactEntry"));
    auto *grid = new QGridLayout(this);
    grid->setContentsMargins(8, 6, 8, 8);
    grid->setHorizontalSpacing(6);
    grid->setVerticalSpacing(4);

    m_title = new QLabel;
    QFont titleFont = m_title->font();
    titleFont.setBold(true);
    m_title->setFont(titleFont);
    grid->addWidget(m_title, 0, 0, 1, 4);

    auto label = [](const QString &text, QWidget *buddy) {
        auto *l = new QLabel(text);
        l->setBuddy(buddy);
        return l;
    };

    m_channel = new QComboBox;
    m_channel->setToolTip(tr("Where the contact took place"));
    m_channels = new QToolButton;
    m_channels->setText(tr("…"));
    m_channels->setToolTip(tr("Add, rename or retire channels"));
    m_channels->setAccessibleName(tr("Channels"));
    m_channels->setFocusPolicy(Qt::ClickFocus);
    connect(m_channels, &QToolButton::clicked, this, &ContactEntryForm::channelsRequested);
    auto *channelRow = new QHBoxLayout;
    channelRow->setSpacing(2);
    channelRow->addWidget(m_channel, 1);
    channelRow->addWidget(m_channels);
    m_direction = new QComboBox;
    m_direction->addItem(directionName(Direction::In), int(Direction::In));
    m_direction->addItem(directionName(Direction::Out), int(Direction::Out));
    m_direction->setToolTip(tr("Incoming: the customer contacted us. Outgoing: we contacted the customer."));
    grid->addWidget(label(tr("Channel:"), m_channel), 1, 0);
    grid->addLayout(channelRow, 1, 1);
    grid->addWidget(label(tr("Direction:"), m_direction), 1, 2);
    grid->addWidget(m_direction, 1, 3);

    m_kind = new QComboBox;
    for (InteractionKind kind : allInteractionKinds())
        m_kind->addItem(kindName(kind), int(kind));
    m_handledBy = new QComboBox;
    m_handledBy->setToolTip(tr("The team member who handled the contact"));
    grid->addWidget(label(tr("Kind:"), m_kind), 2, 0);
    grid->addWidget(m_kind, 2, 1);
    grid->addWidget(label(tr("Handled by:"), m_handledBy), 2, 2);
    grid->addWidget(m_handledBy, 2, 3);

    m_subject = new QLineEdit;
    m_subject->setPlaceholderText(tr("What it was about"));
    m_subject->setClearButtonEnabled(true);
    grid->addWidget(label(tr("Subject:"), m_subject), 3, 0);
    grid->addWidget(m_subject, 3, 1, 1, 3);

    m_notes = new QPlainTextEdit;
    m_notes->setPlaceholderText(tr("Optional; Shift+Enter for a new line"));
    m_notes->setTabChangesFocus(true);
    const int lines = 3;
    m_notes->setFixedHeight(m_notes->fontMetrics().lineSpacing() * lines + 12);
    auto *notesLabel = label(tr("Notes:"), m_notes);
    notesLabel->setAlignment(Qt::AlignLeft | Qt::AlignTop);
    grid->addWidget(notesLabel, 4, 0);
    grid->addWidget(m_notes, 4, 1, 1, 3);

    m_csat = new QComboBox;
    m_csat->addItem(tr("–"), QVariant());
    for (int score = 1; score <= 5; ++score)
        m_csat->addItem(QString::number(score), score);
    m_csat->setToolTip(tr("Satisfaction with this contact, 1 (very unhappy) to 5 (very happy), if the customer said"));
    m_nps = new QComboBox;
    m_nps->addItem(tr("–"), QVariant());
    for (int score = 0; score <= 10; ++score)
        m_nps->addItem(QString::number(score), score);
    m_nps->setToolTip(tr("How likely the customer is to recommend us, 0 to 10, if asked"));
    m_when = new WholeDateTimeEdit;
    m_when->setCalendarPopup(true);
    m_when->setDisplayFormat(QLocale().dateTimeFormat(QLocale::ShortFormat));
    m_when->setToolTip(tr("When the contact took place (now unless you change it)"));
    auto *scores = new QHBoxLayout;
    scores->addWidget(m_csat);
    scores->addSpacing(6);
    scores->addWidget(label(tr("NPS:"), m_nps));
    scores->addWidget(m_nps);
    scores->addStretch();
    grid->addWidget(label(tr("CSAT:"), m_csat), 5, 0);
    grid->addLayout(scores, 5, 1);
    grid->addWidget(label(tr("When:"), m_when), 5, 2);
    grid->addWidget(m_when, 5, 3);

    m_error = new QLabel;
    m_error->setWordWrap(true);
    m_error->setStyleSheet(QStringLiteral("color: #b3261e;"));
    m_error->setVisible(false);
    grid->addWidget(m_error, 7, 0, 1, 4);

    auto *buttons = new QHBoxLayout;
    buttons->addStretch();
    m_cancel = new QPushButton(tr("Cancel"));
    m_cancel->setToolTip(tr("Close without saving (Escape)"));
    m_save = new QPushButton(tr("Save Contact"));
    m_save->setToolTip(tr("Save the contact (Enter)"));
    buttons->addWidget(m_cancel);
    buttons->addWidget(m_save);
    grid->addLayout(buttons, 8, 0, 1, 4);
    connect(m_save, &QPushButton::clicked, this, &ContactEntryForm::save);
    connect(m_cancel, &QPushButton::clicked, this, &ContactEntryForm::cancel);

    grid->setColumnStretch(1, 1);
    grid->setColumnStretch(3, 1);

    // Tab goes as the eye reads: across, then down.
    setTabOrder(m_channel, m_direction);
    setTabOrder(m_direction, m_kind);
    setTabOrder(m_kind, m_handledBy);
    setTabOrder(m_handledBy, m_subject);
    setTabOrder(m_subject, m_notes);
    setTabOrder(m_notes, m_csat);
    setTabOrder(m_csat, m_nps);
    setTabOrder(m_nps, m_when);
    setTabOrder(m_when, m_cancel);
    setTabOrder(m_cancel, m_save);

    const QList<QWidget *> fields = findChildren<QWidget *>();
    for (QWidget *w : fields)
        w->installEventFilter(this);
}

bool ContactEntryForm::eventFilter(QObject *watched, QEvent *event)
{
    if (event->type() != QEvent::ShortcutOverride && event->type() != QEvent::KeyPress)
        return QFrame::eventFilter(watched, event);
    auto *key = static_cast<QKeyEvent *>(event);
    const bool enter = key->key() == Qt::Key_Return || key->key() == Qt::Key_Enter;
    const bool escape = key->key() == Qt::Key_Escape;
    if (!enter && !escape)
        return QFrame::eventFilter(watched, event);
    const bool inNotes = watched == m_notes || watched == m_notes->viewport();
    if (enter && inNotes && (key->modifiers() & Qt::ShiftModifier))
        return QFrame::eventFilter(watched, event); // a new line in the notes
    if (watched == m_cancel && enter)
        return QFrame::eventFilter(watched, event); // Enter on Cancel cancels
    if (event->type() == QEvent::ShortcutOverride) {
        // These keys belong to the form, not to window shortcuts (Escape also cancels the card).
        event->accept();
        return false;
    }
    if (escape)
        cancel();
    else
        save();
    return true;
}

void ContactEntryForm::reloadChoices()
{
    fillChannels(isEditing() ? m_editing.channelId : 0);
    fillTeam();
}

void ContactEntryForm::fillChannels(qint64 keepRetiredId)
{
    const QVariant current = m_channel->currentData();
    m_channel->clear();
    auto channels = m_controller->repository().channels();
    if (!channels)
        return;
    for (const Channel &c : std::as_const(*channels)) {
        if (!c.retired)
            m_channel->addItem(c.displayName(), c.id);
        else if (c.id == keepRetiredId)
            m_channel->addItem(tr("%1 (retired)").arg(c.displayName()), c.id);
    }
    const int index = m_channel->findData(current);
    m_channel->setCurrentIndex(std::max(index, 0));
}

void ContactEntryForm::fillTeam()
{
    const QVariant current = m_handledBy->currentData();
    m_handledBy->clear();
    m_handledBy->addItem(tr("(nobody)"), qint64(0));
    for (const TeamMember &m : m_controller->currentUser()->teamMembers())
        m_handledBy->addItem(m.name, m.id);
    const int index = m_handledBy->findData(current);
    m_handledBy->setCurrentIndex(std::max(index, 0));
}

void ContactEntryForm::startNew(qint64 customerId)
{
    const bool wasEditing = isEditing();
    m_customerId = customerId;
    m_editing = Interaction();
    m_title->setText(tr("New contact"));
    fillChannels(0);
    fillTeam();
    // Channel, direction and kind stay as last chosen: a series of calls is quick to enter.
    if (wasEditing) {
        m_channel->setCurrentIndex(0);
        m_direction->setCurrentIndex(0);
        m_kind->setCurrentIndex(0);
    }
    m_when->setDateTime(QDateTime::currentDateTime());
    m_subject->clear();
    m_notes->clear();
    m_csat->setCurrentIndex(0);
    m_nps->setCurrentIndex(0);
    m_handledBy->setCurrentIndex(std::max(0, m_handledBy->findData(m_controller->currentUser()->ownerId())));
    m_error->setVisible(false);
    m_save->setText(tr("Save Contact"));
    setVisible(true);
    m_channel->setFocus(Qt::ShortcutFocusReason);
}

void ContactEntryForm::startEdit(const Interaction &interaction)
{
    m_customerId = interaction.customerId;
    m_editing = interaction;
    m_title->setText(tr("Edit contact"));
    fillChannels(interaction.channelId);
    fillTeam();
    m_channel->setCurrentIndex(std::max(0, m_channel->findData(interaction.channelId)));
    m_direction->setCurrentIndex(std::max(0, m_direction->findData(int(interaction.direction))));
    m_kind->setCurrentIndex(std::max(0, m_kind->findData(int(interaction.kind))));
    m_when->setDateTime(interaction.occurredAt.toLocalTime());
    m_shownWhen = m_when->dateTime();
    m_subject->setText(interaction.subject);
    m_notes->setPlainText(interaction.notes);
    m_csat->setCurrentIndex(interaction.csat ? std::max(0, m_csat->findData(*interaction.csat)) : 0);
    m_nps->setCurrentIndex(interaction.nps ? std::max(0, m_nps->findData(*interaction.nps)) : 0);
    if (interaction.handledById > 0 && m_handledBy->findData(interaction.handledById) < 0)
        m_handledBy->addItem(interaction.handledByName, interaction.handledById);
    m_handledBy->setCurrentIndex(std::max(0, m_handledBy->findData(interaction.handledById)));
    m_error->setVisible(false);
    m_save->setText(tr("Save Changes"));
    setVisible(true);
    m_subject->setFocus(Qt::ShortcutFocusReason);
}

Interaction ContactEntryForm::contentFromFields() const
{
    Interaction i = m_editing;
    i.customerId = m_customerId;
    i.channelId = m_channel->currentData().toLongLong();
    i.direction = Direction(m_direction->currentData().toInt());
    i.kind = InteractionKind(m_kind->currentData().toInt());
    // An edit that leaves the time alone keeps the stored one to the millisecond.
    if (!isEditing() || m_when->dateTime() != m_shownWhen)
        i.occurredAt = m_when->dateTime().toUTC();
    i.subject = m_subject->text().simplified();
    i.notes = m_notes->toPlainText().trimmed();
    i.csat = m_csat->currentData().isValid() ? std::optional<int>(m_csat->currentData().toInt()) : std::nullopt;
    i.nps = m_nps->currentData().isValid() ? std::optional<int>(m_nps->currentData().toInt()) : std::nullopt;
    i.handledById = m_handledBy->currentData().toLongLong();
    return i;
}

bool ContactEntryForm::save()
{
    if (!isVisible() || m_customerId == 0)
        return false;
    const Interaction content = contentFromFields();
    if (content.subject.isEmpty() && content.notes.isEmpty()) {
        showError(tr("Give a subject or a note, so the contact can be told apart later."));
        m_subject->setFocus();
        return false;
    }
    qint64 id = content.id;
    if (isEditing()) {
        // Saved as an edit of the contact the form opened; a clash with a change made elsewhere
        // since is shown three ways, and the choice saved as an edit of what is stored then.
        const QString name = tr("The contact “%1”").arg(m_editing.subject.isEmpty() ? kindName(m_editing.kind)
                                                                                  : m_editing.subject);
        const auto saved = SaveConflictDialog::saveAsking(
            this, name, m_editing, content, InteractionRepository::mergeFields(), &InteractionRepository::fieldLabel,
            &InteractionRepository::fieldText,
            [this](const Interaction &opened, const Interaction &toSave, RecordConflict<Interaction> *conflict) {
                return m_controller->save(opened, toSave, conflict);
            });
        if (!saved) {
            showError(saved.error().code == Error::Code::Cancelled
                          ? tr("Not saved: the contact was changed elsewhere. Your changes are still in the form.")
                          : saved.error().message);
            return false;
        }
        if (!saved->isEmpty()) {
            const QString labels = fieldLabels(*saved, &InteractionRepository::fieldLabel);
            emit statusMessage(tr("Contact saved, together with changes made elsewhere meanwhile to: %1.")
                                   .arg(labels),
                               8000);
        }
    } else {
        auto created = m_controller->create(content);
        if (!created) {
            showError(created.error().message);
            return false;
        }
        id = *created;
    }
    m_editing = Interaction();
    const bool hadFocus = isAncestorOf(QApplication::focusWidget());
    setVisible(false);
    emit saved(id);
    emit closed(hadFocus);
    return true;
}

void ContactEntryForm::cancel()
{
    m_editing = Interaction();
    m_error->setVisible(false);
    if (isHidden())
        return; // nothing was open: the keyboard stays where it is
    const bool hadFocus = isAncestorOf(QApplication::focusWidget());
    setVisible(false);
    emit closed(hadFocus);
}

void ContactEntryForm::showError(const QString &message)
{
    m_error->setText(message);
    m_error->setVisible(true);
}

QString ContactEntryForm::errorText() const
{
    return m_error->isHidden() ? QString() : m_error->text();
}

} // namespace relatio
