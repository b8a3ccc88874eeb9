// The group × channel heat map: a table whose cells are coloured by the figure and always print it
// with its number of answers; cells with too few answers are hatched grey and say so. A scale
// legend under it explains the colours.
#pragma once

#include "dashboard/DashboardFilter.h"

#include <QStyledItemDelegate>
#include <QWidget>

class QLabel;
class QTableView;

namespace relatio {

class GroupChannelModel;

class HeatMapDelegate : public QStyledItemDelegate
{
    Q_OBJECT

public:
    using QStyledItemDelegate::QStyledItemDelegate;

    void paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const override;
    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const override;
};

// The colour scale of a measure, the hatched "too few answers" swatch and the blank "no answers".
class HeatLegend : public QWidget
{
    Q_OBJECT

public:
    explicit HeatLegend(QWidget *parent = nullptr);
    void setMeasure(Measure measure);
    QSize sizeHint() const override;

protected:
    void paintEvent(QPaintEvent *event) override;

private:
    static QString fewText();
    static QString noneText();

    Measure m_measure = Measure::Csat;
};

class HeatMapView : public QWidget
{
    Q_OBJECT

public:
    explicit HeatMapView(GroupChannelModel *model, QWidget *parent = nullptr);

    QTableView *table() const { return m_table; }
    // Shown instead of the table when there are no groups to compare.
    void setEmptyText(const QString &text);
    void setMeasure(Measure measure);

    // The whole table (every row, not only those scrolled into view) and the legend, for saving
    // and printing.
    QSize exportSize() const;
    void paintExport(QPainter &painter) const;

protected:
    void resizeEvent(QResizeEvent *event) override;

private:
    void fitColumns();
    void fitRows();

    GroupChannelModel *m_model;
    QTableView *m_table;
    HeatLegend *m_legend;
    QLabel *m_empty;
};

} // namespace relatio
