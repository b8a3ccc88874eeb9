// Two-line timeline rows.
#include "interactions/TimelineDelegate.h"

#include "interactions/ChannelStyle.h"
#include "interactions/TimelineModel.h"

#include <QApplication>
#include <QPainter>
#include <QPainterPath>

namespace relatio {

namespace {

constexpr int kMargin = 6;
constexpr int kStripe = 4;

QString column(const QModelIndex &index, int column)
{
    return index.siblingAtColumn(column).data().toString();
}

// A rounded label with text; returns its width.
int drawChip(QPainter *painter, const QRect &line, int x, const QString &text, const QColor &colour, bool alignRight)
{
    const QFontMetrics fm = painter->fontMetrics();
    const int width = fm.horizontalAdvance(text) + 12;
    const int height = fm.height() + 2;
    const QRect chip(alignRight ? x - width : x, line.center().y() - height / 2, width, height);
    QPainterPath path;
    path.addRoundedRect(QRectF(chip).adjusted(0.5, 0.5, -0.5, -0.5), 4, 4);
    painter->fillPath(path, tintOf(colour));
    painter->setPen(colour.lighter(130));
    painter->drawPath(path);
    painter->setPen(inkOf(colour));
    painter->drawText(chip, Qt::AlignCenter, text);
    return width;
}

} // namespace

QSize TimelineDelegate::sizeHint(const QStyleOptionViewItem &option, const QModelIndex &) const
{
    const QFontMetrics fm(option.font);
    return {200, 2 * fm.height() + 2 * kMargin + 6};
}

void TimelineDelegate::paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    QStyleOptionViewItem opt = option;
    initStyleOption(&opt, index);
    opt.text.clear();
    const QWidget *widget = option.widget;
    QStyle *style = widget ? widget->style() : QApplication::style();
    style->drawPrimitive(QStyle::PE_PanelItemViewItem, &opt, painter, widget);

    painter->save();
    const bool selected = opt.state & QStyle::State_Selected;
    const QPalette::ColorGroup group = opt.state & QStyle::State_Enabled ? QPalette::Normal : QPalette::Disabled;
    const QColor text = opt.palette.color(group, selected ? QPalette::HighlightedText : QPalette::Text);
    QColor secondary = text;
    secondary.setAlphaF(selected ? 0.85f : 0.68f);

    const qint64 channelId = index.data(TimelineModel::ChannelIdRole).toLongLong();
    const QColor colour = channelColour(channelId);
    const QRect rect = opt.rect.adjusted(0, 1, 0, -1);
    painter->fillRect(QRect(rect.left(), rect.top() + 2, kStripe, rect.height() - 4), colour);

    const QFontMetrics fm(opt.font);
    const int lineHeight = fm.height() + 3;
    const QRect content = rect.adjusted(kStripe + kMargin + 2, kMargin - 1, -kMargin, -kMargin + 1);
    const QRect line1(content.left(), content.top(), content.width(), lineHeight);
    const QRect line2(content.left(), content.top() + lineHeight + 2, content.width(), lineHeight);

    // Line 1: subject, and when on the right.
    const QString when = column(index, TimelineModel::When);
    const int whenWidth = fm.horizontalAdvance(when);
    painter->setFont(opt.font);
    painter->setPen(secondary);
    painter->drawText(line1, Qt::AlignRight | Qt::AlignVCenter, when);
    QFont bold = opt.font;
    bold.setBold(true);
    painter->setFont(bold);
    painter->setPen(text);
    const QRect subjectRect = line1.adjusted(0, 0, -(whenWidth + 12), 0);
    painter->drawText(subjectRect, Qt::AlignLeft | Qt::AlignVCenter,
                      QFontMetrics(bold).elidedText(column(index, TimelineModel::Subject), Qt::ElideRight,
                                                    subjectRect.width()));

    // Line 2: channel badge, the facts, and the complaint state on the right.
    QFont small = opt.font;
    small.setPointSizeF(opt.font.pointSizeF() * 0.92);
    painter->setFont(small);
    int x = line2.left();
    x += drawChip(painter, line2, x, column(index, TimelineModel::Channel), colour, false) + 8;
    int right = line2.right();
    const auto state = ComplaintState(index.data(TimelineModel::ComplaintStateRole).toInt());
    if (state != ComplaintState::None) {
        const QString stateText = column(index, TimelineModel::Complaint);
        const int available = std::max(0, (line2.right() - x) / 2);
        const QString shown = QFontMetrics(small).elidedText(stateText, Qt::ElideRight, available - 12);
        right -= drawChip(painter, line2, right, shown, complaintStateColour(state), true) + 8;
    }
    QStringList facts = {column(index, TimelineModel::Direction), column(index, TimelineModel::Kind)};
    for (int c : {int(TimelineModel::HandledBy), int(TimelineModel::Scores)}) {
        const QString value = column(index, c);
        if (!value.isEmpty())
            facts.append(value);
    }
    painter->setPen(secondary);
    const QRect factsRect(x, line2.top(), std::max(0, right - x), line2.height());
    painter->drawText(factsRect, Qt::AlignLeft | Qt::AlignVCenter,
                      QFontMetrics(small).elidedText(facts.join(QStringLiteral(" · ")), Qt::ElideRight,
                                                     factsRect.width()));
    painter->restore();
}

} // namespace relatio
