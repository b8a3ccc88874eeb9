// Contacts tab of the customer card.
#include "interactions/ContactsPanel.h"

#include "interactions/ChannelsDialog.h"
#include "interactions/ContactEntryForm.h"
#include "interactions/FollowUpDialog.h"
#include "interactions/InteractionController.h"
#include "interactions/InteractionText.h"
#include "interactions/TimeText.h"
#include "interactions/TimelineDelegate.h"
#include "interactions/TimelineModel.h"

#include <QAction>
#include <QComboBox>
#include <QHBoxLayout>
#include <QItemSelectionModel>
#include <QLabel>
#include <QListView>
#include <QLocale>
#include <QMessageBox>
#include <QPushButton>
#include <QSplitter>
#include <QTextBrowser>
#include <QTimer>
#include <QVBoxLayout>

namespace relatio {

namespace {

QString paragraph(const QString &text)
{
    return text.toHtmlEscaped().replace(QLatin1Char('\n'), QStringLiteral("<br>"));
}

} // namespace

ContactsPanel::ContactsPanel(InteractionController *controller, QWidget *parent)
    : QWidget(parent)
    , m_controller(controller)
    , m_model(new TimelineModel(controller->database(), this))
{
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 6, 0, 0);
    layout->setSpacing(6);

    auto *top = new QHBoxLayout;
    m_new = new QPushButton(tr("New Contact"));
    m_new->setToolTip(tr("Enter a contact with this customer (Ctrl+Shift+N)"));
    auto *channels = new QPushButton(tr("Channels…"));
    channels->setToolTip(tr("Add, rename or retire channels"));
    m_count = new QLabel;
    m_count->setStyleSheet(QStringLiteral("color: palette(mid);"));
    top->addWidget(m_new);
    top->addWidget(channels);
    top->addStretch();
    top->addWidget(m_count);
    layout->addLayout(top);

    auto *filters = new QHBoxLayout;
    m_channelFilter = new QComboBox;
    m_channelFilter->setToolTip(tr("Show the contacts of one channel"));
    m_channelFilter->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_channelFilter->setMinimumContentsLength(10);
    m_kindFilter = new QComboBox;
    m_kindFilter->setToolTip(tr("Show the contacts of one kind"));
    m_kindFilter->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_kindFilter->setMinimumContentsLength(10);
    auto *show = new QLabel(tr("Show:"));
    show->setBuddy(m_channelFilter);
    filters->addWidget(show);
    filters->addWidget(m_channelFilter, 1);
    filters->addWidget(m_kindFilter, 1);
    layout->addLayout(filters);

    m_entry = new ContactEntryForm(controller);
    connect(m_entry, &ContactEntryForm::statusMessage, this, &ContactsPanel::statusMessage);
    layout->addWidget(m_entry);

    auto *splitter = new QSplitter(Qt::Vertical);
    splitter->setChildrenCollapsible(false);
    auto *listBox = new QWidget;
    auto *listLayout = new QVBoxLayout(listBox);
    listLayout->setContentsMargins(0, 0, 0, 0);
    m_empty = new QLabel;
    m_empty->setWordWrap(true);
    m_empty->setAlignment(Qt::AlignCenter);
    m_empty->setStyleSheet(QStringLiteral("color: palette(mid); padding: 16px;"));
    m_view = new QListView;
    m_view->setObjectName(QStringLiteral("timeline"));
    m_view->setModel(m_model);
    m_view->setModelColumn(TimelineModel::Subject);
    m_view->setItemDelegate(new TimelineDelegate(m_view));
    m_view->setUniformItemSizes(true);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->setVerticalScrollMode(QAbstractItemView::ScrollPerPixel);
    m_view->setAccessibleName(tr("Contacts, newest first"));
    listLayout->addWidget(m_empty);
    listLayout->addWidget(m_view, 1);
    splitter->addWidget(listBox);

    auto *detailBox = new QWidget;
    auto *detailLayout = new QVBoxLayout(detailBox);
    detailLayout->setContentsMargins(0, 0, 0, 0);
    m_details = new QTextBrowser;
    m_details->setOpenLinks(false);
    m_details->setMinimumHeight(60);
    detailLayout->addWidget(m_details, 1);
    auto *buttons = new QHBoxLayout;
    m_edit = new QPushButton(tr("Edit"));
    m_edit->setToolTip(tr("Change the selected contact (Enter or F2)"));
    m_delete = new QPushButton(tr("Delete"));
    m_delete->setToolTip(tr("Delete the selected contact (Delete); Undo brings it back"));
    m_followUp = new QPushButton(tr("Follow-up…"));
    m_followUp->setToolTip(tr("Plan a follow-up on the selected contact"));
    buttons->addWidget(m_edit);
    buttons->addWidget(m_delete);
    buttons->addStretch();
    buttons->addWidget(m_followUp);
    detailLayout->addLayout(buttons);
    splitter->addWidget(detailBox);
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 1);
    splitter->setSizes({400, 150});
    layout->addWidget(splitter, 1);

    m_editAction = new QAction(tr("Edit Contact"), this);
    m_editAction->setShortcut(Qt::Key_F2);
    m_editAction->setShortcutContext(Qt::WidgetShortcut);
    m_view->addAction(m_editAction);
    m_deleteAction = new QAction(tr("Delete Contact"), this);
    m_deleteAction->setShortcut(QKeySequence::Delete);
    m_deleteAction->setShortcutContext(Qt::WidgetShortcut);
    m_view->addAction(m_deleteAction);

    connect(m_new, &QPushButton::clicked, this, &ContactsPanel::startNewContact);
    connect(channels, &QPushButton::clicked, this, &ContactsPanel::openChannels);
    connect(m_entry, &ContactEntryForm::channelsRequested, this, &ContactsPanel::openChannels);
    connect(m_entry, &ContactEntryForm::saved, this, [this](qint64 id) {
        selectInteraction(id);
        emit statusMessage(tr("Contact saved."), 4000);
    });
    // Back to the timeline when the keyboard was in the form; a form closed because another
    // customer was selected leaves the keyboard where the user is typing (the search field).
    connect(m_entry, &ContactEntryForm::closed, this, [this](bool hadFocus) {
        if (hadFocus)
            m_view->setFocus();
    });
    connect(m_edit, &QPushButton::clicked, this, &ContactsPanel::editCurrent);
    connect(m_editAction, &QAction::triggered, this, &ContactsPanel::editCurrent);
    connect(m_view, &QListView::activated, this, &ContactsPanel::editCurrent);
    connect(m_delete, &QPushButton::clicked, this, &ContactsPanel::deleteCurrent);
    connect(m_deleteAction, &QAction::triggered, this, &ContactsPanel::deleteCurrent);
    connect(m_followUp, &QPushButton::clicked, this, &ContactsPanel::followUpCurrent);
    connect(m_channelFilter, &QComboBox::currentIndexChanged, this, &ContactsPanel::applyFilter);
    connect(m_kindFilter, &QComboBox::currentIndexChanged, this, &ContactsPanel::applyFilter);
    connect(m_view->selectionModel(), &QItemSelectionModel::currentChanged, this, &ContactsPanel::showDetails);
    connect(m_model, &QAbstractItemModel::modelReset, this, &ContactsPanel::showDetails);
    connect(m_model, &QAbstractItemModel::dataChanged, this, &ContactsPanel::showDetails);
    connect(m_model, &TimelineModel::countChanged, this, &ContactsPanel::updateCounts);
    connect(m_model, &TimelineModel::loadFailed, this,
            [this](const QString &message) { emit statusMessage(message, 8000); });

    connect(controller, &InteractionController::interactionsChanged, this, [this](const QList<qint64> &ids) {
        m_model->refreshInteractions(ids);
        updateCounts();
    });
    connect(controller, &InteractionController::channelsChanged, this, &ContactsPanel::reload);

    // Relative times ("5 min ago") move on.
    m_clock = new QTimer(this);
    m_clock->setInterval(60 * 1000);
    connect(m_clock, &QTimer::timeout, m_model, &TimelineModel::refreshTimes);
    m_clock->start();

    fillFilters();
    setCustomer(0);
}

qint64 ContactsPanel::customerId() const
{
    return m_model->customerId();
}

void ContactsPanel::reload()
{
    fillFilters();
    m_entry->reloadChoices();
    m_model->reload();
    selectFirst();
    updateCounts();
}

void ContactsPanel::setCustomer(qint64 customerId, bool writable)
{
    m_writable = writable;
    if (customerId != m_model->customerId()) {
        m_entry->cancel();
        m_model->setCustomer(customerId);
        selectFirst();
        updateCounts();
    }
    updateActions();
    showDetails();
}

void ContactsPanel::fillFilters()
{
    const QVariant channel = m_channelFilter->currentData();
    const QVariant kind = m_kindFilter->currentData();
    const QSignalBlocker blockChannels(m_channelFilter);
    const QSignalBlocker blockKinds(m_kindFilter);
    m_channelFilter->clear();
    m_channelFilter->addItem(tr("All channels"), QVariant());
    if (auto channels = m_controller->repository().channels())
        for (const Channel &c : std::as_const(*channels))
            m_channelFilter->addItem(c.retired ? tr("%1 (retired)").arg(c.displayName()) : c.displayName(), c.id);
    m_channelFilter->setCurrentIndex(std::max(0, m_channelFilter->findData(channel)));
    m_kindFilter->clear();
    m_kindFilter->addItem(tr("All kinds"), QVariant());
    for (InteractionKind k : allInteractionKinds())
        m_kindFilter->addItem(kindName(k), int(k));
    m_kindFilter->setCurrentIndex(std::max(0, m_kindFilter->findData(kind)));
}

void ContactsPanel::updateCounts()
{
    // The tab counts all the customer's contacts; the label says how many the filter leaves.
    const qint64 shown = m_model->totalCount();
    const bool filtered = !m_model->filter().channelIds.isEmpty() || !m_model->filter().kinds.isEmpty();
    const qint64 all = filtered && m_model->customerId() != 0
        ? m_controller->repository().countForCustomer(m_model->customerId()).value_or(shown)
        : shown;
    m_count->setText(filtered ? tr("%1 of %2 shown").arg(QLocale().toString(shown), QLocale().toString(all)) : QString());
    updateActions();
    if (all != m_allCount) {
        m_allCount = all;
        emit countChanged(all);
    }
}

void ContactsPanel::applyFilter()
{
    QSet<qint64> channels;
    QSet<InteractionKind> kinds;
    if (m_channelFilter->currentData().isValid())
        channels.insert(m_channelFilter->currentData().toLongLong());
    if (m_kindFilter->currentData().isValid())
        kinds.insert(InteractionKind(m_kindFilter->currentData().toInt()));
    m_model->setFilter(channels, kinds);
    selectFirst();
    updateCounts();
}

void ContactsPanel::startNewContact()
{
    if (m_model->customerId() == 0 || !m_writable)
        return;
    m_entry->startNew(m_model->customerId());
}

qint64 ContactsPanel::currentInteractionId() const
{
    const QModelIndex current = m_view->currentIndex();
    return current.isValid() ? current.data(TimelineModel::IdRole).toLongLong() : 0;
}

void ContactsPanel::selectInteraction(qint64 id)
{
    int row = m_model->rowOf(id);
    // An older contact (a complaint opened from its list) may be a few pages down.
    while (row < 0 && id != 0 && m_model->canFetchMore({}) && m_model->rowCount() < 20 * TimelineModel::kPageSize) {
        m_model->fetchMore({});
        row = m_model->rowOf(id);
    }
    if (row < 0)
        return;
    const QModelIndex index = m_model->index(row, TimelineModel::Subject);
    m_view->setCurrentIndex(index);
    m_view->scrollTo(index);
}

void ContactsPanel::selectFirst()
{
    if (m_model->rowCount() > 0)
        m_view->setCurrentIndex(m_model->index(0, TimelineModel::Subject));
    showDetails();
}

void ContactsPanel::editCurrent()
{
    const int row = m_view->currentIndex().row();
    if (row < 0 || !m_writable)
        return;
    m_entry->startEdit(m_model->recordAt(row));
}

void ContactsPanel::deleteCurrent()
{
    const int row = m_view->currentIndex().row();
    if (row < 0 || !m_writable)
        return;
    const Interaction interaction = m_model->recordAt(row);
    // The neighbour keeps the selection in place once the row has gone.
    const qint64 next = m_model->idAt(row + 1) ? m_model->idAt(row + 1) : m_model->idAt(row - 1);
    if (auto removed = m_controller->remove(interaction.id); !removed) {
        QMessageBox::warning(this, tr("Relatio"), removed.error().message);
        return;
    }
    selectInteraction(next);
    emit statusMessage(tr("Deleted the contact “%1”. Undo (Ctrl+Z) brings it back.").arg(InteractionText::title(interaction)),
                       6000);
}

void ContactsPanel::followUpCurrent()
{
    const int row = m_view->currentIndex().row();
    if (row < 0 || !m_writable)
        return;
    const Interaction interaction = m_model->recordAt(row);
    FollowUp followUp;
    followUp.customerId = interaction.customerId;
    followUp.interactionId = interaction.id;
    followUp.assigneeId = m_controller->currentUser()->ownerId();
    FollowUpDialog dialog(followUp, m_controller->currentUser()->teamMembers(),
                          tr("On the contact “%1” of %2").arg(InteractionText::title(interaction),
                                                               TimeText::full(interaction.occurredAt)),
                          this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    if (auto created = m_controller->createFollowUp(dialog.followUp()); !created) {
        QMessageBox::warning(this, tr("Relatio"), created.error().message);
        return;
    }
    emit statusMessage(tr("Follow-up added."), 4000);
}

void ContactsPanel::openChannels()
{
    ChannelsDialog dialog(m_controller->database(), this);
    dialog.exec();
    if (dialog.changed())
        m_controller->notifyChannelsChanged();
}

void ContactsPanel::updateActions()
{
    const bool has = m_view->currentIndex().isValid();
    const bool customer = m_model->customerId() != 0;
    m_new->setEnabled(customer && m_writable);
    m_edit->setEnabled(has && m_writable);
    m_delete->setEnabled(has && m_writable);
    m_followUp->setEnabled(has && m_writable);
    const bool filtered = m_channelFilter->currentIndex() > 0 || m_kindFilter->currentIndex() > 0;
    const bool empty = customer && m_model->rowCount() == 0;
    m_empty->setText(filtered ? tr("No contacts match the filter.")
                              : tr("No contacts with this customer yet. Press Ctrl+Shift+N to enter one."));
    m_empty->setVisible(empty);
    m_view->setVisible(!empty);
}

void ContactsPanel::showDetails()
{
    updateActions();
    const QModelIndex current = m_view->currentIndex();
    if (!current.isValid()) {
        m_details->clear();
        return;
    }
    const Interaction &i = m_model->recordAt(current.row());
    QStringList facts = {TimeText::full(i.occurredAt), i.channelName, directionName(i.direction), kindName(i.kind)};
    QStringList more;
    if (!i.handledByName.isEmpty())
        more.append(tr("Handled by %1").arg(i.handledByName));
    if (const QString scores = InteractionText::scores(i); !scores.isEmpty())
        more.append(scores);
    QString html = QStringLiteral("<p style='margin:0'><b>%1</b></p>").arg(InteractionText::title(i).toHtmlEscaped());
    html += QStringLiteral("<p style='margin:2px 0; color:#616161'>%1</p>")
                .arg(facts.join(QStringLiteral(" · ")).toHtmlEscaped());
    if (!more.isEmpty())
        html += QStringLiteral("<p style='margin:2px 0'>%1</p>").arg(more.join(QStringLiteral(" · ")).toHtmlEscaped());
    if (i.kind == InteractionKind::Complaint) {
        QString state;
        if (i.resolvedAt.isValid())
            state = tr("Resolved %1").arg(TimeText::full(i.resolvedAt));
        else
            state = tr("Open");
        if (i.takenById > 0)
            state += QStringLiteral(" · ") + tr("taken by %1, %2").arg(i.takenByName, TimeText::full(i.takenAt));
        html += QStringLiteral("<p style='margin:2px 0'>%1</p>").arg(tr("Complaint: %1").arg(state).toHtmlEscaped());
    }
    html += i.notes.isEmpty() ? QStringLiteral("<p style='color:#757575'><i>%1</i></p>").arg(tr("No notes."))
                              : QStringLiteral("<p>%1</p>").arg(paragraph(i.notes));
    m_details->setHtml(html);
}

} // namespace relatio
