// Adding or changing a follow-up: when it is due, who does it, and what is to be done.
#pragma once

#include "interactions/CurrentUser.h"
#include "interactions/Interaction.h"
#include "util/Result.h"

#include <QDialog>

class QComboBox;
class QDateEdit;
class QLineEdit;

namespace relatio {

class InteractionController;

class FollowUpDialog : public QDialog
{
    Q_OBJECT

public:
    // context: what it follows up, shown above the fields ("On the contact …"); may be empty.
    FollowUpDialog(const FollowUp &followUp, const QList<TeamMember> &team, const QString &context,
                   QWidget *parent = nullptr);

    FollowUp followUp() const;

    // Saves after, an edit of before, merged with what was changed elsewhere since it was opened;
    // a clash asks per field (SaveConflictDialog). Error::Code::Cancelled when the user went back.
    static Result<QStringList> saveEdit(QWidget *parent, InteractionController *controller, const FollowUp &before,
                                        const FollowUp &after);

private:
    FollowUp m_followUp;
    QDateEdit *m_due;
    QComboBox *m_assignee;
    QLineEdit *m_note;
};

} // namespace relatio
