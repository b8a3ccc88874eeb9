// Paints one contact of a timeline as two lines that fit a narrow card: the subject and when on
// the first; the channel's badge, direction, kind, who handled it and the scores on the second,
// with the complaint state labelled on the right.
#pragma once

#include <QStyledItemDelegate>

namespace relatio {

class TimelineDelegate : public QStyledItemDelegate
{
    Q_OBJECT

public:
    using QStyledItemDelegate::QStyledItemDelegate;

    void paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const override;
    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const override;
};

} // namespace relatio
