// The customer card's contacts: the timeline of every contact across channels, newest first,
// filtered by channel and kind; the selected one's notes; quick entry (Ctrl+Shift+N), edit,
// delete (undoable) and a follow-up on a contact.
#pragma once

#include <QWidget>

class QAction;
class QComboBox;
class QLabel;
class QListView;
class QPushButton;
class QTextBrowser;
class QTimer;

namespace relatio {

class ContactEntryForm;
class InteractionController;
class TimelineModel;

class ContactsPanel : public QWidget
{
    Q_OBJECT

public:
    explicit ContactsPanel(InteractionController *controller, QWidget *parent = nullptr);

    // The customer whose contacts are shown (0 = none); writable = contacts may be added.
    void setCustomer(qint64 customerId, bool writable = true);
    qint64 customerId() const;
    // Reads the channels and the timeline again.
    void reload();
    // Opens the quick entry for a new contact.
    void startNewContact();
    void editCurrent();
    void deleteCurrent();
    void followUpCurrent();
    // Selects a contact in the timeline (when it is loaded).
    void selectInteraction(qint64 id);
    qint64 currentInteractionId() const;

    TimelineModel *model() const { return m_model; }
    QListView *view() const { return m_view; }
    ContactEntryForm *entryForm() const { return m_entry; }

signals:
    void countChanged(qint64 count);
    void statusMessage(const QString &message, int timeoutMs);

private:
    void fillFilters();
    void applyFilter();
    void showDetails();
    void selectFirst();
    void updateCounts();
    void updateActions();
    void openChannels();

    InteractionController *m_controller;
    TimelineModel *m_model;
    bool m_writable = true;
    qint64 m_allCount = -1;
    QPushButton *m_new;
    QComboBox *m_channelFilter;
    QComboBox *m_kindFilter;
    QLabel *m_count;
    ContactEntryForm *m_entry;
    QListView *m_view;
    QLabel *m_empty;
    QTextBrowser *m_details;
    QPushButton *m_edit;
    QPushButton *m_delete;
    QPushButton *m_followUp;
    QAction *m_editAction;
    QAction *m_deleteAction;
    QTimer *m_clock;
};

} // namespace relatio
