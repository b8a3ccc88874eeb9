// Heat map of satisfaction by customer group and channel.
#include "dashboard/HeatMapView.h"

#include "dashboard/ChartStyle.h"
#include "dashboard/GroupChannelModel.h"

#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QPainter>
#include <QTableView>
#include <QVBoxLayout>

#include <algorithm>

namespace relatio {

namespace {

// Two lines: the figure (bold) and the number of answers under it.
void drawTwoLines(QPainter *painter, const QRect &rect, const QFont &font, const QString &first,
                  const QString &second, const QColor &colour)
{
    QFont bold = font;
    bold.setBold(true);
    QFont small = font;
    small.setPointSizeF(font.pointSizeF() * 0.86);
    const int firstHeight = QFontMetrics(bold).height();
    const int secondHeight = QFontMetrics(small).height();
    const int top = rect.top() + (rect.height() - firstHeight - secondHeight) / 2;
    painter->setPen(colour);
    painter->setFont(bold);
    painter->drawText(QRect(rect.left(), top, rect.width(), firstHeight), Qt::AlignCenter, first);
    painter->setFont(small);
    painter->drawText(QRect(rect.left(), top + firstHeight, rect.width(), secondHeight), Qt::AlignCenter, second);
}

QString answersText(qint64 n)
{
    return HeatMapDelegate::tr("n = %1").arg(DashboardText::count(n));
}

} // namespace

// ---- HeatMapDelegate ---------------------------------------------------------------------------

void HeatMapDelegate::paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    const auto *model = qobject_cast<const GroupChannelModel *>(index.model());
    if (!model) {
        QStyledItemDelegate::paint(painter, option, index);
        return;
    }
    const qint64 count = index.data(GroupChannelModel::CountRole).toLongLong();
    const bool enough = index.data(GroupChannelModel::EnoughRole).toBool();
    const double value = index.data(GroupChannelModel::ValueRole).toDouble();
    const QRect cell = option.rect.adjusted(1, 1, -1, -1);
    painter->save();
    painter->setRenderHint(QPainter::Antialiasing, false);
    if (count == 0) {
        painter->fillRect(cell, QColor(0xF4, 0xF4, 0xF4));
        painter->setPen(QColor(0x99, 0x99, 0x99));
        painter->setFont(option.font);
        painter->drawText(cell, Qt::AlignCenter, tr("–"));
    } else if (!enough) {
        painter->fillRect(cell, QColor(0xE9, 0xE9, 0xE9));
        painter->fillRect(cell, QBrush(QColor(0xB4, 0xB4, 0xB4), Qt::BDiagPattern));
        // A pale box under the words: hatching must not make them hard to read.
        const QFontMetrics metrics(option.font);
        const int boxWidth = std::min(cell.width() - 6, metrics.horizontalAdvance(tr("too few")) + 14);
        const QRect box(cell.center().x() - boxWidth / 2, cell.top() + 3, boxWidth, cell.height() - 6);
        painter->fillRect(box, QColor(0xF4, 0xF4, 0xF4));
        drawTwoLines(painter, box, option.font, tr("too few"), answersText(count), QColor(0x44, 0x44, 0x44));
    } else {
        const QColor background = chartstyle::heatColour(model->measure(), value);
        painter->fillRect(cell, background);
        drawTwoLines(painter, cell, option.font, DashboardText::figure(model->measure(), value), answersText(count),
                     chartstyle::textOn(background));
    }
    if (option.state & QStyle::State_Selected) {
        painter->setPen(QPen(option.palette.color(QPalette::Highlight), 3));
        painter->setBrush(Qt::NoBrush);
        painter->drawRect(option.rect.adjusted(1, 1, -2, -2));
    }
    painter->restore();
}

QSize HeatMapDelegate::sizeHint(const QStyleOptionViewItem &option, const QModelIndex &) const
{
    QFont bold = option.font;
    bold.setBold(true);
    const QFontMetrics metrics(bold);
    return QSize(std::max(metrics.horizontalAdvance(tr("n = %1").arg(DashboardText::count(99999))),
                          metrics.horizontalAdvance(tr("too few")))
                     + 22,
                 metrics.height() * 2 + 10);
}

// ---- HeatLegend --------------------------------------------------------------------------------

namespace {

constexpr int kRampWidth = 220;
constexpr int kRampHeight = 12;
constexpr int kSwatch = 16;

} // namespace

HeatLegend::HeatLegend(QWidget *parent)
    : QWidget(parent)
{
    setSizePolicy(QSizePolicy::Preferred, QSizePolicy::Fixed);
}

void HeatLegend::setMeasure(Measure measure)
{
    m_measure = measure;
    update();
}

QString HeatLegend::fewText()
{
    return tr("too few: fewer than %1 answers, not a reliable figure").arg(DashboardText::count(SatisfactionStats::minimumAnswers));
}

QString HeatLegend::noneText()
{
    return tr("no answers");
}

QSize HeatLegend::sizeHint() const
{
    const QFontMetrics metrics = fontMetrics();
    const int labels = metrics.horizontalAdvance(DashboardText::nps(-100));
    const int width = labels + kRampWidth + 32 + kSwatch * 2 + 6 + metrics.horizontalAdvance(fewText()) + 24 + kSwatch * 2
        + 6 + metrics.horizontalAdvance(noneText()) + 8;
    return QSize(width, metrics.height() * 2 + kRampHeight + 12);
}

void HeatLegend::paintEvent(QPaintEvent *)
{
    QPainter painter(this);
    const QFontMetrics metrics = fontMetrics();
    const QColor text = palette().color(QPalette::WindowText);
    const double min = DashboardText::scaleMin(m_measure);
    const double max = DashboardText::scaleMax(m_measure);
    QStringList labels;
    int widest = 0;
    for (int k = 0; k <= 4; ++k) {
        const double value = min + (max - min) * k / 4;
        labels.append(m_measure == Measure::Csat ? QLocale().toString(value, 'f', 0) : DashboardText::nps(value));
        widest = std::max(widest, metrics.horizontalAdvance(labels.last()));
    }
    // Room on the left for half the first label, which is centred on the ramp's start.
    int x = widest / 2 + 4;
    const int rampTop = metrics.height() + 4;
    painter.setPen(text);
    painter.drawText(QRect(4, 0, kRampWidth + 40, metrics.height()), Qt::AlignLeft | Qt::AlignVCenter,
                     DashboardText::measureName(m_measure));
    for (int i = 0; i < kRampWidth; ++i)
        painter.fillRect(QRect(x + i, rampTop, 1, kRampHeight),
                         chartstyle::heatColour(m_measure, min + (max - min) * i / (kRampWidth - 1)));
    painter.setPen(QColor(0x88, 0x88, 0x88));
    painter.drawRect(QRect(x, rampTop, kRampWidth - 1, kRampHeight));
    painter.setPen(text);
    for (int k = 0; k <= 4; ++k) {
        const int at = x + (kRampWidth - 1) * k / 4;
        painter.drawLine(at, rampTop + kRampHeight, at, rampTop + kRampHeight + 3);
        const int w = metrics.horizontalAdvance(labels.at(k));
        painter.drawText(QRect(at - w / 2 - 2, rampTop + kRampHeight + 3, w + 4, metrics.height()), Qt::AlignCenter,
                         labels.at(k));
    }
    x += kRampWidth + widest / 2 + 32;

    const int swatchTop = rampTop - 2;
    const QRect few(x, swatchTop, kSwatch * 2, kSwatch);
    painter.fillRect(few, QColor(0xE9, 0xE9, 0xE9));
    painter.fillRect(few, QBrush(QColor(0xB4, 0xB4, 0xB4), Qt::BDiagPattern));
    const QString fewText = HeatLegend::fewText();
    painter.drawText(QRect(few.right() + 6, swatchTop - 2, metrics.horizontalAdvance(fewText) + 4, kSwatch + 4),
                     Qt::AlignLeft | Qt::AlignVCenter, fewText);
    x = few.right() + 6 + metrics.horizontalAdvance(fewText) + 24;
    const QRect none(x, swatchTop, kSwatch * 2, kSwatch);
    painter.fillRect(none, QColor(0xF4, 0xF4, 0xF4));
    painter.setPen(QColor(0x99, 0x99, 0x99));
    painter.drawText(none, Qt::AlignCenter, tr("–"));
    painter.setPen(text);
    const QString noneText = HeatLegend::noneText();
    painter.drawText(QRect(none.right() + 6, swatchTop - 2, metrics.horizontalAdvance(noneText) + 4, kSwatch + 4),
                     Qt::AlignLeft | Qt::AlignVCenter, noneText);
}

// ---- HeatMapView -------------------------------------------------------------------------------

HeatMapView::HeatMapView(GroupChannelModel *model, QWidget *parent)
    : QWidget(parent)
    , m_model(model)
    , m_table(new QTableView)
    , m_legend(new HeatLegend)
    , m_empty(new QLabel)
{
    m_table->setObjectName(QStringLiteral("heatMap"));
    m_table->setModel(model);
    m_table->setItemDelegate(new HeatMapDelegate(m_table));
    m_table->setShowGrid(false);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setSelectionBehavior(QAbstractItemView::SelectItems);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setWordWrap(true);
    m_table->horizontalHeader()->setDefaultAlignment(Qt::AlignCenter);
    m_table->verticalHeader()->setDefaultAlignment(Qt::AlignLeft | Qt::AlignVCenter);
    m_table->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    m_table->verticalHeader()->setDefaultSectionSize(HeatMapDelegate().sizeHint(QStyleOptionViewItem(), {}).height());
    m_empty->setAlignment(Qt::AlignCenter);
    m_empty->setWordWrap(true);
    m_empty->setVisible(false);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_table, 1);
    layout->addWidget(m_empty, 1);
    layout->addWidget(m_legend);

    connect(model, &QAbstractItemModel::modelReset, this, &HeatMapView::fitColumns);
}

void HeatMapView::setEmptyText(const QString &text)
{
    m_empty->setText(text);
    m_empty->setVisible(!text.isEmpty());
    m_table->setVisible(text.isEmpty());
}

void HeatMapView::setMeasure(Measure measure)
{
    m_model->setMeasure(measure);
    m_legend->setMeasure(measure);
}

void HeatMapView::resizeEvent(QResizeEvent *event)
{
    QWidget::resizeEvent(event);
    fitRows();
}

// Few groups get taller rows, up to half as tall again, so that three countries do not sit in a
// corner of an empty table; many groups keep the compact height and scroll.
void HeatMapView::fitRows()
{
    const int base = HeatMapDelegate().sizeHint(QStyleOptionViewItem(), {}).height();
    const int rows = std::max(1, m_model->rowCount());
    const int room = m_table->viewport()->height();
    m_table->verticalHeader()->setDefaultSectionSize(std::clamp(room / rows, base, base * 3 / 2));
}

void HeatMapView::fitColumns()
{
    fitRows();
    QHeaderView *header = m_table->horizontalHeader();
    header->setSectionResizeMode(QHeaderView::Stretch);
    header->setMinimumSectionSize(HeatMapDelegate().sizeHint(QStyleOptionViewItem(), {}).width());
    m_table->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    m_table->verticalHeader()->setMaximumWidth(std::max(160, width() / 5));
}

QSize HeatMapView::exportSize() const
{
    const QHeaderView *top = m_table->horizontalHeader();
    const QHeaderView *side = m_table->verticalHeader();
    int width = side->width();
    for (int c = 0; c < m_model->columnCount(); ++c)
        width += top->sectionSize(c);
    const int height = top->height() + m_model->rowCount() * side->defaultSectionSize() + 8 + m_legend->sizeHint().height();
    return QSize(std::max(width, m_legend->sizeHint().width()), height);
}

void HeatMapView::paintExport(QPainter &painter) const
{
    const QHeaderView *top = m_table->horizontalHeader();
    const QHeaderView *side = m_table->verticalHeader();
    const int headerHeight = top->height();
    const int sideWidth = side->width();
    const int rowHeight = side->defaultSectionSize();
    QStyleOptionViewItem option;
    option.font = m_table->font();
    option.fontMetrics = QFontMetrics(option.font);
    option.palette = m_table->palette();
    option.state = QStyle::State_Enabled;
    painter.save();
    painter.setFont(m_table->font());
    HeatMapDelegate delegate;
    int x = sideWidth;
    for (int c = 0; c < m_model->columnCount(); ++c) {
        const int w = top->sectionSize(c);
        const QRect rect(x, 0, w, headerHeight);
        painter.fillRect(rect.adjusted(1, 1, -1, -1), QColor(0xEE, 0xEE, 0xEE));
        painter.setPen(QColor(0x1A, 0x1A, 0x1A));
        painter.drawText(rect.adjusted(4, 2, -4, -2), Qt::AlignCenter | Qt::TextWordWrap,
                         m_model->headerData(c, Qt::Horizontal, Qt::DisplayRole).toString());
        for (int r = 0; r < m_model->rowCount(); ++r) {
            option.rect = QRect(x, headerHeight + r * rowHeight, w, rowHeight);
            delegate.paint(&painter, option, m_model->index(r, c));
        }
        x += w;
    }
    for (int r = 0; r < m_model->rowCount(); ++r) {
        const QRect rect(0, headerHeight + r * rowHeight, sideWidth, rowHeight);
        painter.setPen(QColor(0x1A, 0x1A, 0x1A));
        painter.drawText(rect.adjusted(6, 0, -6, 0), Qt::AlignLeft | Qt::AlignVCenter | Qt::TextWordWrap,
                         m_model->headerData(r, Qt::Vertical, Qt::DisplayRole).toString());
    }
    painter.translate(0, headerHeight + m_model->rowCount() * rowHeight + 8);
    m_legend->render(&painter, QPoint(), QRegion(), QWidget::DrawChildren);
    painter.restore();
}

} // namespace relatio
