// Follow-up rows as they should stand out: overdue ones in red and bold (their status says so in
// words too), those due today in amber, done ones greyed; the due date edits with a calendar.
#pragma once

#include <QStyledItemDelegate>

namespace relatio {

class FollowUpDelegate : public QStyledItemDelegate
{
    Q_OBJECT

public:
    using QStyledItemDelegate::QStyledItemDelegate;

    QWidget *createEditor(QWidget *parent, const QStyleOptionViewItem &option, const QModelIndex &index) const override;
    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const override;

protected:
    void initStyleOption(QStyleOptionViewItem *option, const QModelIndex &index) const override;
};

} // namespace relatio
