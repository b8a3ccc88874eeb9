// Follow-up dialog.
#include "interactions/FollowUpDialog.h"

#include "customers/SaveConflictDialog.h"
#include "interactions/InteractionController.h"

#include <QComboBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPushButton>

namespace relatio {

FollowUpDialog::FollowUpDialog(const FollowUp &followUp, const QList<TeamMember> &team, const QString &context,
                               QWidget *parent)
    : QDialog(parent)
    , m_followUp(followUp)
{
    setWindowTitle(followUp.id == 0 ? tr("New Follow-up") : tr("Edit Follow-up"));
    auto *form = new QFormLayout(this);
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    if (!context.isEmpty()) {
        auto *about = new QLabel(context);
        about->setWordWrap(true);
        about->setStyleSheet(QStringLiteral("color: palette(mid);"));
        form->addRow(about);
    }

    m_note = new QLineEdit(followUp.note);
    m_note->setPlaceholderText(tr("e.g. call back about the invoice"));
    form->addRow(tr("&What to do:"), m_note);

    m_due = new QDateEdit(followUp.dueDate.isValid() ? followUp.dueDate : QDate::currentDate().addDays(1));
    m_due->setCalendarPopup(true);
    m_due->setDisplayFormat(QLocale().dateFormat(QLocale::ShortFormat));
    auto *dueRow = new QHBoxLayout;
    dueRow->addWidget(m_due, 1);
    const QList<std::pair<QString, int>> quick = {{tr("Tomorrow"), 1}, {tr("In a week"), 7}};
    for (const auto &[text, days] : quick) {
        auto *b = new QPushButton(text);
        b->setAutoDefault(false);
        const int d = days;
        connect(b, &QPushButton::clicked, this, [this, d]() { m_due->setDate(QDate::currentDate().addDays(d)); });
        dueRow->addWidget(b);
    }
    form->addRow(tr("&Due:"), dueRow);

    m_assignee = new QComboBox;
    m_assignee->addItem(tr("(nobody)"), qint64(0));
    for (const TeamMember &m : team)
        m_assignee->addItem(m.name, m.id);
    if (followUp.assigneeId > 0 && m_assignee->findData(followUp.assigneeId) < 0)
        m_assignee->addItem(followUp.assigneeName, followUp.assigneeId);
    m_assignee->setCurrentIndex(std::max(0, m_assignee->findData(followUp.assigneeId)));
    form->addRow(tr("&Assignee:"), m_assignee);

    auto *box = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel);
    box->button(QDialogButtonBox::Ok)->setText(followUp.id == 0 ? tr("Add") : tr("Save"));
    box->button(QDialogButtonBox::Cancel)->setText(tr("Cancel"));
    connect(box, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(box, &QDialogButtonBox::rejected, this, &QDialog::reject);
    form->addRow(box);
    m_note->setFocus();
    setMinimumWidth(420);
}

FollowUp FollowUpDialog::followUp() const
{
    FollowUp f = m_followUp;
    f.note = m_note->text().simplified();
    f.dueDate = m_due->date();
    f.assigneeId = m_assignee->currentData().toLongLong();
    f.assigneeName = f.assigneeId > 0 ? m_assignee->currentText() : QString();
    return f;
}

Result<QStringList> FollowUpDialog::saveEdit(QWidget *parent, InteractionController *controller,
                                             const FollowUp &before, const FollowUp &after)
{
    return SaveConflictDialog::saveAsking(
        parent, tr("The follow-up “%1”").arg(before.note.section(QLatin1Char('\n'), 0, 0)), before, after,
        InteractionRepository::followUpMergeFields(), &InteractionRepository::followUpFieldLabel,
        &InteractionRepository::followUpFieldText,
        [controller](const FollowUp &opened, const FollowUp &mine, RecordConflict<FollowUp> *conflict) {
            return controller->saveFollowUp(opened, mine, conflict);
        });
}

} // namespace relatio
