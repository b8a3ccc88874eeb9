// Painting the maturity staircase.
#include "maturity/StaircaseWidget.h"

#include <QPainter>
#include <QPainterPath>

namespace relatio {

StaircaseWidget::StaircaseWidget(QWidget *parent)
    : QWidget(parent)
{
    setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Preferred);
    setAccessibleName(tr("Maturity staircase"));
}

void StaircaseWidget::setPhases(const QStringList &names, int reached, int evidence)
{
    m_names = names;
    m_reached = reached;
    m_evidence = evidence;
    setToolTip(reached > 0 ? tr("Phase reached: %1. The CRM's data supports phase %2.").arg(reached).arg(evidence)
                           : tr("Not assessed yet. The CRM's data supports phase %1.").arg(evidence));
    update();
}

void StaircaseWidget::paintEvent(QPaintEvent *)
{
    QPainter p(this);
    p.setRenderHint(QPainter::Antialiasing);
    const int count = int(m_names.size());
    if (count == 0)
        return;
    const QRectF area = QRectF(rect()).adjusted(8, 8, -8, -24);   // room for the legend below
    const double gap = 6;
    const double stepWidth = (area.width() - gap * (count - 1)) / count;
    const double minHeight = area.height() * 0.42;
    const double rise = (area.height() - minHeight) / std::max(1, count - 1);
    const QColor accent = palette().color(QPalette::Highlight);
    const QColor reachedFill = QColor::fromHsl(accent.hslHue(), std::min(255, accent.hslSaturation()), 215);
    const QColor openFill = palette().color(QPalette::AlternateBase).isValid() ? palette().color(QPalette::AlternateBase)
                                                                                 : palette().color(QPalette::Base);
    const QColor text = palette().color(QPalette::Text);
    const QColor evidenceColour(0, 114, 178);   // Okabe–Ito blue, as the charts

    QFont nameFont = font();
    QFont numberFont = font();
    numberFont.setBold(true);
    numberFont.setPointSizeF(font().pointSizeF() * 1.5);

    for (int i = 0; i < count; ++i) {
        const int phase = i + 1;
        const double height = minHeight + rise * i;
        const QRectF step(area.left() + i * (stepWidth + gap), area.bottom() - height, stepWidth, height);
        const bool isReached = m_reached > 0 && phase <= m_reached;
        p.setPen(QPen(isReached ? accent.darker(120) : palette().color(QPalette::Mid), 1));
        p.setBrush(isReached ? reachedFill : openFill);
        p.drawRoundedRect(step, 4, 4);
        if (phase == m_reached) {
            p.setPen(QPen(accent, 3));
            p.setBrush(Qt::NoBrush);
            p.drawRoundedRect(step.adjusted(1.5, 1.5, -1.5, -1.5), 4, 4);
        }

        // Number at the top of the step, the name wrapped below it.
        const QRectF inner = step.adjusted(6, 4, -6, -4);
        p.setPen(text);
        p.setFont(numberFont);
        const QFontMetricsF numberMetrics(numberFont);
        p.drawText(QRectF(inner.left(), inner.top(), inner.width(), numberMetrics.height()),
                   Qt::AlignLeft | Qt::AlignTop, QString::number(phase));
        // Shrink the name until it fits the step (long Dutch and Norwegian words).
        QRectF nameRect(inner.left(), inner.top() + numberMetrics.height(), inner.width(),
                        inner.height() - numberMetrics.height());
        QFont f = nameFont;
        f.setBold(phase == m_reached);
        for (int tries = 0; tries < 5; ++tries) {
            const QRectF needed = QFontMetricsF(f).boundingRect(nameRect, Qt::TextWordWrap, m_names.at(i));
            if (needed.width() <= nameRect.width() + 0.5 && needed.height() <= nameRect.height())
                break;
            f.setPointSizeF(f.pointSizeF() * 0.9);
        }
        p.setFont(f);
        p.drawText(nameRect, Qt::AlignLeft | Qt::AlignTop | Qt::TextWordWrap, m_names.at(i));

        if (phase == m_evidence) {
            // A blue bar along the top edge of the step: "the data supports this phase".
            p.setPen(Qt::NoPen);
            p.setBrush(evidenceColour);
            p.drawRect(QRectF(step.left() + 4, step.top() - 5, step.width() - 8, 4));
        }
    }

    // Legend.
    p.setFont(font());
    const QFontMetrics metrics(font());
    double x = area.left();
    const double y = rect().bottom() - 16;
    auto legend = [&](const QBrush &brush, const QPen &pen, const QString &label) {
        p.setPen(pen);
        p.setBrush(brush);
        p.drawRect(QRectF(x, y + 2, 14, 10));
        p.setPen(text);
        p.drawText(QPointF(x + 20, y + 11), label);
        x += 20 + metrics.horizontalAdvance(label) + 24;
    };
    if (m_reached > 0)
        legend(reachedFill, QPen(accent, 2), tr("Reached (self-assessment)"));
    else
        legend(openFill, QPen(palette().color(QPalette::Mid)), tr("Not assessed yet"));
    legend(evidenceColour, Qt::NoPen, tr("Supported by the CRM's data"));
}

} // namespace relatio
