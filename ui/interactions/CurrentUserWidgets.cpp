// Current user button and dialog.
#include "interactions/CurrentUserWidgets.h"

#include "interactions/CurrentUser.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>

namespace relatio {

CurrentUserDialog::CurrentUserDialog(CurrentUser *user, QWidget *parent)
    : QDialog(parent)
    , m_user(user)
{
    setWindowTitle(tr("Who Are You?"));
    auto *form = new QFormLayout(this);
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    auto *intro = new QLabel(tr("Choose yourself from the team. Relatio uses it for your follow-ups, when you take "
                                "a complaint, and as who handled the contacts you enter. It is remembered on this "
                                "computer for this database."));
    intro->setWordWrap(true);
    form->addRow(intro);
    m_member = new QComboBox;
    m_member->addItem(tr("(choose)"), qint64(0));
    for (const TeamMember &m : user->teamMembers())
        m_member->addItem(m.email.isEmpty() ? m.name : QStringLiteral("%1 <%2>").arg(m.name, m.email), m.id);
    m_member->setCurrentIndex(std::max(0, m_member->findData(user->ownerId())));
    form->addRow(tr("&I am:"), m_member);
    m_newName = new QLineEdit;
    m_newName->setPlaceholderText(tr("Your name, if you are not in the list"));
    form->addRow(tr("&Or add me:"), m_newName);
    auto *box = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel);
    box->button(QDialogButtonBox::Ok)->setText(tr("OK"));
    box->button(QDialogButtonBox::Cancel)->setText(tr("Cancel"));
    connect(box, &QDialogButtonBox::accepted, this, &CurrentUserDialog::accept);
    connect(box, &QDialogButtonBox::rejected, this, &QDialog::reject);
    form->addRow(box);
    setMinimumWidth(440);
}

void CurrentUserDialog::accept()
{
    qint64 id = m_member->currentData().toLongLong();
    if (!m_newName->text().simplified().isEmpty())
        id = m_user->addTeamMember(m_newName->text());
    if (id == 0) {
        m_member->setFocus();
        return;
    }
    m_user->setOwnerId(id);
    QDialog::accept();
}

CurrentUserButton::CurrentUserButton(CurrentUser *user, QWidget *parent)
    : QToolButton(parent)
    , m_user(user)
{
    setAutoRaise(true);
    setObjectName(QStringLiteral("currentUserButton"));
    connect(this, &QToolButton::clicked, this, [this]() {
        CurrentUserDialog dialog(m_user, window());
        dialog.exec();
    });
    connect(user, &CurrentUser::changed, this, &CurrentUserButton::updateText);
    updateText();
}

void CurrentUserButton::updateText()
{
    if (m_user->isKnown()) {
        setText(tr("You: %1").arg(m_user->name()));
        setToolTip(tr("The team member you are on this computer; click to change"));
    } else {
        setText(tr("Who are you?"));
        setToolTip(tr("Choose who you are in the team, for your follow-ups and for taking complaints"));
    }
}

bool ensureCurrentUser(CurrentUser *user, QWidget *parent)
{
    if (user->isKnown())
        return true;
    CurrentUserDialog dialog(user, parent);
    dialog.exec();
    return user->isKnown();
}

} // namespace relatio
