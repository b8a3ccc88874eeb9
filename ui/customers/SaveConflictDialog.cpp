// The three-way save dialog.
#include "customers/SaveConflictDialog.h"

#include "i18n/Countries.h"
#include "privacy/ChangeHistory.h"

#include <QButtonGroup>
#include <QDialogButtonBox>
#include <QFrame>
#include <QGridLayout>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QRadioButton>
#include <QScrollArea>
#include <QScrollBar>
#include <QVBoxLayout>

namespace relatio {

namespace {

// One line, short enough for a column; the whole value is in the tooltip.
QString shortText(const QString &text)
{
    QString line = text.section(QLatin1Char('\n'), 0, 0);
    if (line.size() > 48)
        line = line.left(46) + QStringLiteral("…");
    else if (line.size() < text.size())
        line += QStringLiteral(" …");
    return line;
}

} // namespace

QString SaveConflictDialog::fieldText(const Customer &c, const QString &field)
{
    if (field == QLatin1String("kind"))
        return c.kind == CustomerKind::Organisation ? tr("Organisation") : tr("Person");
    if (field == QLatin1String("organisation"))
        return c.organisationId > 0 ? c.organisationLabel : QString();
    if (field == QLatin1String("owner"))
        return c.ownerId > 0 ? c.ownerName : QString();
    if (field == QLatin1String("tags"))
        return c.tags.join(QStringLiteral("; "));
    if (field == QLatin1String("deleted_at"))
        return c.isDeleted() ? tr("Deleted %1").arg(QLocale().toString(c.deletedAt.toLocalTime(), QLocale::ShortFormat))
                             : tr("Not deleted");
    if (field == QLatin1String("country")) {
        const QString name = Countries::name(c.country);
        return c.country.isEmpty() || name.isEmpty() ? c.country : QStringLiteral("%1 (%2)").arg(name, c.country);
    }
    return SaveMerge::text(c, field);
}

SaveConflictDialog::SaveConflictDialog(const QString &name, const QList<Row> &rows, const QStringList &merged,
                                       QWidget *parent)
    : QDialog(parent)
{
    build(name, rows, merged);
}

SaveConflictDialog::SaveConflictDialog(const SaveConflict &conflict, QWidget *parent)
    : QDialog(parent)
    , m_conflict(conflict)
{
    QList<Row> rows;
    for (const QString &field : conflict.merge.clashes)
        rows.append(Row{field, ChangeHistory::fieldLabel(field), fieldText(conflict.yours, field),
                        fieldText(conflict.theirs, field), fieldText(conflict.original, field),
                        conflict.theirChange.value(field)});
    QStringList merged;
    for (const QString &field : conflict.merge.theirs)
        merged.append(ChangeHistory::fieldLabel(field));
    build(conflict.original.displayName(), rows, merged);
}

void SaveConflictDialog::build(const QString &name, const QList<Row> &rows, const QStringList &others)
{
    setWindowTitle(tr("Changed elsewhere — %1").arg(name));
    auto *layout = new QVBoxLayout(this);

    auto *intro = new QLabel;
    intro->setObjectName(QStringLiteral("intro"));
    intro->setWordWrap(true);
    QString text = tr("<b>%1 was changed elsewhere while you were working on it</b> — by a colleague, or by a sync "
                      "with the team server. You both changed the fields below: choose, for each, the value to keep.")
                       .arg(name.toHtmlEscaped());
    if (!others.isEmpty())
        text += QStringLiteral("<br><br>")
            + tr("Kept from the other change as well, since you did not change them: %1.")
                  .arg(others.join(QStringLiteral(", ")).toHtmlEscaped());
    intro->setText(text);
    layout->addWidget(intro);

    auto *grid = new QGridLayout;
    grid->setHorizontalSpacing(18);
    grid->setVerticalSpacing(10);
    const QStringList headers = {tr("Field"), tr("Yours"), tr("Theirs"), tr("As you opened it")};
    for (int column = 0; column < headers.size(); ++column) {
        auto *header = new QLabel(QStringLiteral("<b>%1</b>").arg(headers[column].toHtmlEscaped()));
        grid->addWidget(header, 0, column);
    }
    auto *line = new QFrame;
    line->setFrameShape(QFrame::HLine);
    line->setFrameShadow(QFrame::Sunken);
    grid->addWidget(line, 1, 0, 1, headers.size());

    int row = 2;
    for (const Row &r : rows) {
        auto *label = new QLabel(r.label);
        label->setAlignment(Qt::AlignLeft | Qt::AlignTop);
        grid->addWidget(label, row, 0);
        auto *group = new QButtonGroup(this);
        m_groups.insert(r.field, group);
        const QString *values[] = {&r.yours, &r.theirs, &r.original};
        for (int i = 0; i < 3; ++i) {
            const QString &value = *values[i];
            auto *button = new QRadioButton(value.isEmpty() ? tr("(empty)") : shortText(value));
            button->setObjectName(QStringLiteral("%1/%2").arg(r.field).arg(i));
            button->setToolTip(value);
            group->addButton(button, i);
            auto *cell = new QVBoxLayout;
            cell->setSpacing(2);
            cell->addWidget(button);
            if (i == Theirs && !r.theirChange.isEmpty()) {
                auto *who = new QLabel(r.theirChange);
                who->setObjectName(QStringLiteral("%1/who").arg(r.field));
                who->setIndent(QRadioButton().sizeHint().height());
                who->setForegroundRole(QPalette::PlaceholderText);
                cell->addWidget(who);
            }
            cell->addStretch();
            grid->addLayout(cell, row, i + 1);
        }
        group->button(Yours)->setChecked(true);
        if (row == 2)
            group->button(Yours)->setFocus();   // arrow keys move between the three values
        ++row;
    }
    grid->setColumnStretch(1, 1);
    grid->setColumnStretch(2, 1);
    grid->setColumnStretch(3, 1);

    auto *fields = new QWidget;
    auto *fieldsLayout = new QVBoxLayout(fields);
    fieldsLayout->setContentsMargins(0, 6, 0, 6);
    fieldsLayout->addLayout(grid);
    fieldsLayout->addStretch();
    auto *scroll = new QScrollArea;
    scroll->setWidget(fields);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    layout->addWidget(scroll, 1);

    auto *buttons = new QDialogButtonBox;
    auto *mine = buttons->addButton(tr("All &Mine"), QDialogButtonBox::ResetRole);
    auto *theirsButton = buttons->addButton(tr("All &Theirs"), QDialogButtonBox::ResetRole);
    auto *save = buttons->addButton(tr("&Save These Values"), QDialogButtonBox::AcceptRole);
    auto *back = buttons->addButton(tr("&Back to Editing"), QDialogButtonBox::RejectRole);
    save->setObjectName(QStringLiteral("save"));
    back->setObjectName(QStringLiteral("back"));
    mine->setToolTip(tr("Chooses your value in every field above"));
    theirsButton->setToolTip(tr("Chooses the other change's value in every field above"));
    back->setToolTip(tr("Nothing is saved; your changes stay in the editor"));
    save->setDefault(true);
    connect(mine, &QPushButton::clicked, this, [this]() { chooseAll(Yours); });
    connect(theirsButton, &QPushButton::clicked, this, [this]() { chooseAll(Theirs); });
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);
    // Wide enough for the three columns without scrolling sideways, tall enough for a few rows.
    const QMargins margins = layout->contentsMargins();
    const int width = fields->sizeHint().width() + scroll->verticalScrollBar()->sizeHint().width() + margins.left()
        + margins.right();
    scroll->setHorizontalScrollBarPolicy(Qt::ScrollBarAsNeeded);
    intro->setMinimumWidth(qMin(width, 1100) - margins.left() - margins.right());
    const int height = intro->heightForWidth(intro->minimumWidth()) + fields->sizeHint().height()
        + buttons->sizeHint().height() + margins.top() + margins.bottom() + 3 * layout->spacing();
    intro->setMinimumWidth(0);
    resize(qBound(640, width, 1100), qBound(260, height, 620));
}

SaveConflictDialog::Choice SaveConflictDialog::choice(const QString &field) const
{
    const QButtonGroup *group = m_groups.value(field);
    return group && group->checkedId() >= 0 ? Choice(group->checkedId()) : Yours;
}

void SaveConflictDialog::choose(const QString &field, Choice choice)
{
    if (QButtonGroup *group = m_groups.value(field))
        group->button(choice)->setChecked(true);
}

void SaveConflictDialog::chooseAll(Choice choice)
{
    for (const QString &field : m_groups.keys())
        choose(field, choice);
}

Customer SaveConflictDialog::resolved() const
{
    Customer out = m_conflict.merge.merged;
    for (const QString &field : m_conflict.merge.clashes) {
        switch (choice(field)) {
        case Yours: SaveMerge::take(out, m_conflict.yours, field); break;
        case Theirs: SaveMerge::take(out, m_conflict.theirs, field); break;
        case Original: SaveMerge::take(out, m_conflict.original, field); break;
        }
    }
    return out;
}

} // namespace relatio
