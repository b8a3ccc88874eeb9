// Follow-up row styling.
#include "interactions/FollowUpDelegate.h"

#include "interactions/FollowUpListModel.h"

#include <QDateEdit>
#include <QLocale>

namespace relatio {

void FollowUpDelegate::initStyleOption(QStyleOptionViewItem *option, const QModelIndex &index) const
{
    QStyledItemDelegate::initStyleOption(option, index);
    const auto state = FollowUpListModel::State(index.data(FollowUpListModel::StateRole).toInt());
    const int column = index.column();
    const bool dateOrStatus = column == FollowUpListModel::Due || column == FollowUpListModel::Status;
    switch (state) {
    case FollowUpListModel::State::Overdue:
        if (dateOrStatus) {
            option->palette.setColor(QPalette::Text, QColor(0xb3, 0x26, 0x1e));
            option->font.setBold(true);
        }
        break;
    case FollowUpListModel::State::DueToday:
        if (column == FollowUpListModel::Status) {
            option->palette.setColor(QPalette::Text, QColor(0x8a, 0x5a, 0x00));
            option->font.setBold(true);
        }
        break;
    case FollowUpListModel::State::Done:
        option->palette.setColor(QPalette::Text, option->palette.color(QPalette::Disabled, QPalette::Text));
        if (column == FollowUpListModel::Note)
            option->font.setStrikeOut(true);
        break;
    case FollowUpListModel::State::Upcoming:
        break;
    }
}

QSize FollowUpDelegate::sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    // A little air between rows, and room for the date editor.
    return QStyledItemDelegate::sizeHint(option, index) + QSize(0, 8);
}

QWidget *FollowUpDelegate::createEditor(QWidget *parent, const QStyleOptionViewItem &option,
                                        const QModelIndex &index) const
{
    if (index.column() == FollowUpListModel::Due) {
        auto *edit = new QDateEdit(parent);
        edit->setCalendarPopup(true);
        edit->setDisplayFormat(QLocale().dateFormat(QLocale::ShortFormat));
        edit->setFrame(false);
        return edit;
    }
    return QStyledItemDelegate::createEditor(parent, option, index);
}

} // namespace relatio
