// Quick entry of a contact on the customer card, also used to edit one: channel, direction,
// kind, subject, notes, CSAT, NPS, when (now) and who handled it (you). Enter saves from any
// field (Shift+Enter starts a new line in the notes), Escape cancels.
#pragma once

#include "interactions/Interaction.h"

#include <QDateTime>
#include <QFrame>

class QComboBox;
class QDateTimeEdit;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;
class QToolButton;

namespace relatio {

class InteractionController;

class ContactEntryForm : public QFrame
{
    Q_OBJECT

public:
    explicit ContactEntryForm(InteractionController *controller, QWidget *parent = nullptr);

    // Shows an empty form for a new contact with the customer, the channel field focused.
    void startNew(qint64 customerId);
    // Shows the form filled with a stored contact, to change it.
    void startEdit(const Interaction &interaction);
    bool isEditing() const { return m_editing.id != 0; }
    // Checks and writes what is in the form; false (with the reason shown) when it cannot.
    bool save();
    // Closes the form without saving.
    void cancel();
    // Reads the channels and the team again.
    void reloadChoices();

    // The fields, for tests and for the screenshots tool.
    QComboBox *channelField() const { return m_channel; }
    QComboBox *kindField() const { return m_kind; }
    QLineEdit *subjectField() const { return m_subject; }
    QString errorText() const;

signals:
    void saved(qint64 id);
    // The form was open and is hidden now; hadFocus when the keyboard was in it.
    void closed(bool hadFocus);
    void channelsRequested();
    void statusMessage(const QString &message, int timeoutMs);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void build();
    void fillChannels(qint64 keepRetiredId);
    void fillTeam();
    void showError(const QString &message);
    Interaction contentFromFields() const;

    InteractionController *m_controller;
    qint64 m_customerId = 0;
    Interaction m_editing;      // the stored contact being edited; id 0 for a new one
    QDateTime m_shownWhen;      // the time the edit started with

    QLabel *m_title = nullptr;
    QComboBox *m_channel = nullptr;
    QToolButton *m_channels = nullptr;
    QComboBox *m_direction = nullptr;
    QComboBox *m_kind = nullptr;
    QDateTimeEdit *m_when = nullptr;
    QLineEdit *m_subject = nullptr;
    QPlainTextEdit *m_notes = nullptr;
    QComboBox *m_csat = nullptr;
    QComboBox *m_nps = nullptr;
    QComboBox *m_handledBy = nullptr;
    QLabel *m_error = nullptr;
    QPushButton *m_save = nullptr;
    QPushButton *m_cancel = nullptr;
};

} // namespace relatio
