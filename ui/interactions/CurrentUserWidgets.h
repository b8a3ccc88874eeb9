// "Who am I": a status-bar button that names the current team member, and the small dialog that
// chooses it (or adds you to the team).
#pragma once

#include <QDialog>
#include <QToolButton>

class QComboBox;
class QLineEdit;

namespace relatio {

class CurrentUser;

class CurrentUserDialog : public QDialog
{
    Q_OBJECT

public:
    explicit CurrentUserDialog(CurrentUser *user, QWidget *parent = nullptr);
    void accept() override;

private:
    CurrentUser *m_user;
    QComboBox *m_member;
    QLineEdit *m_newName;
};

class CurrentUserButton : public QToolButton
{
    Q_OBJECT

public:
    explicit CurrentUserButton(CurrentUser *user, QWidget *parent = nullptr);

private:
    void updateText();

    CurrentUser *m_user;
};

// Asks who the user is when that is not known yet; true when it is known afterwards.
bool ensureCurrentUser(CurrentUser *user, QWidget *parent);

} // namespace relatio
