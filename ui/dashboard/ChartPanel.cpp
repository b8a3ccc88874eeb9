// Chart frames with saving, PDF export and printing.
#include "dashboard/ChartPanel.h"

#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QGraphicsView>
#include <QHBoxLayout>
#include <QImage>
#include <QLabel>
#include <QMenu>
#include <QMessageBox>
#include <QPageLayout>
#include <QPageSize>
#include <QPainter>
#include <QPdfWriter>
#include <QPrintDialog>
#include <QPrinter>
#include <QSaveFile>
#include <QSettings>
#include <QStandardPaths>
#include <QStyle>
#include <QToolButton>
#include <QVBoxLayout>

#include <algorithm>

namespace relatio {

namespace {

constexpr int kMargin = 16;
constexpr int kScreenDpi = 96;
const QString kFolderKey = QStringLiteral("dashboard/exportFolder");

QFont titleFont(const QFont &base)
{
    QFont font = base;
    font.setBold(true);
    font.setPointSizeF(base.pointSizeF() * 1.25);
    return font;
}

QString exportFolder()
{
    const QString remembered = QSettings().value(kFolderKey).toString();
    if (!remembered.isEmpty() && QFileInfo(remembered).isDir())
        return remembered;
    return QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
}

void rememberFolder(const QString &file)
{
    QSettings().setValue(kFolderKey, QFileInfo(file).absolutePath());
}

// Scales the content to fit a page, keeping its proportions, and centres it at the top.
void paintOnPage(QPainter &painter, const QRectF &page, QSizeF content, const std::function<void(QPainter &)> &paint)
{
    const double scale = std::min(page.width() / content.width(), page.height() / content.height());
    painter.translate(page.left() + (page.width() - content.width() * scale) / 2, page.top());
    painter.scale(scale, scale);
    paint(painter);
}

} // namespace

ChartPanel::ChartPanel(const QString &title, QWidget *body, QWidget *parent)
    : QWidget(parent)
    , m_body(body)
    , m_title(new QLabel(title))
    , m_header(new QHBoxLayout)
    , m_export(new QToolButton)
{
    QFont bold = font();
    bold.setBold(true);
    m_title->setFont(bold);
    m_title->setTextInteractionFlags(Qt::NoTextInteraction);
    m_export->setText(tr("Export"));
    m_export->setIcon(style()->standardIcon(QStyle::SP_DialogSaveButton));
    m_export->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    m_export->setPopupMode(QToolButton::InstantPopup);
    m_export->setAutoRaise(true);
    m_export->setToolTip(tr("Save this chart as an image or a PDF file, or print it"));
    auto *menu = new QMenu(m_export);
    menu->addAction(tr("Save as &PNG Image…"), this, &ChartPanel::chooseAndSavePng);
    menu->addAction(tr("Export as P&DF…"), this, &ChartPanel::chooseAndSavePdf);
    menu->addAction(tr("P&rint…"), this, &ChartPanel::choosePrinter);
    m_export->setMenu(menu);

    m_header->setContentsMargins(0, 0, 0, 0);
    m_header->addWidget(m_title);
    m_header->addStretch(1);
    m_header->addWidget(m_export);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(2);
    layout->addLayout(m_header);
    layout->addWidget(body, 1);
}

QString ChartPanel::title() const
{
    return m_title->text();
}

void ChartPanel::addControl(QWidget *control)
{
    m_header->insertWidget(m_header->count() - 1, control);
}

void ChartPanel::addExportAction(QAction *action)
{
    m_export->menu()->addSeparator();
    m_export->menu()->addAction(action);
}

void ChartPanel::setExportPainter(std::function<QSize()> size, std::function<void(QPainter &)> paint)
{
    m_exportSize = std::move(size);
    m_exportPaint = std::move(paint);
}

QSize ChartPanel::contentSize() const
{
    const QSize body = m_exportSize ? m_exportSize() : m_body->size();
    const QFontMetrics titleMetrics(titleFont(font()));
    const QString subtitle = m_subtitle ? m_subtitle() : QString();
    const int width = std::max({body.width(), titleMetrics.horizontalAdvance(title()),
                                fontMetrics().horizontalAdvance(subtitle)});
    const int height = titleMetrics.height() + fontMetrics().height() + 10 + body.height();
    return QSize(width + 2 * kMargin, height + 2 * kMargin);
}

void ChartPanel::paintContent(QPainter &painter) const
{
    const QSize size = contentSize();
    painter.fillRect(QRect(QPoint(), size), Qt::white);
    const QFont heading = titleFont(font());
    const QFontMetrics titleMetrics(heading);
    painter.setPen(QColor(0x1A, 0x1A, 0x1A));
    painter.setFont(heading);
    painter.drawText(QRect(kMargin, kMargin, size.width() - 2 * kMargin, titleMetrics.height()),
                     Qt::AlignLeft | Qt::AlignVCenter, title());
    painter.setFont(font());
    painter.setPen(QColor(0x55, 0x55, 0x55));
    painter.drawText(QRect(kMargin, kMargin + titleMetrics.height(), size.width() - 2 * kMargin, fontMetrics().height()),
                     Qt::AlignLeft | Qt::AlignVCenter, m_subtitle ? m_subtitle() : QString());
    painter.save();
    painter.translate(kMargin, kMargin + titleMetrics.height() + fontMetrics().height() + 10);
    if (m_exportPaint)
        m_exportPaint(painter);
    else if (auto *view = qobject_cast<QGraphicsView *>(m_body))
        view->render(&painter, QRectF(QPointF(), view->viewport()->size()), view->viewport()->rect());
    else
        m_body->render(&painter, QPoint(), QRegion(), QWidget::DrawChildren);
    painter.restore();
}

Result<void> ChartPanel::savePng(const QString &path) const
{
    // Twice the screen's pixels: sharp when printed or shown on a high-density screen.
    constexpr qreal ratio = 2.0;
    const QSize size = contentSize();
    QImage image(size * ratio, QImage::Format_ARGB32_Premultiplied);
    image.setDevicePixelRatio(ratio);
    image.fill(Qt::white);
    {
        QPainter painter(&image);
        painter.setRenderHint(QPainter::Antialiasing);
        painter.setRenderHint(QPainter::TextAntialiasing);
        paintContent(painter);
    }
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || !image.save(&file, "PNG") || !file.commit())
        return fail(Error::Code::Io, tr("%1 cannot be written: %2").arg(path, file.errorString()));
    return {};
}

Result<void> ChartPanel::savePdf(const QString &path) const
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return fail(Error::Code::Io, tr("%1 cannot be written: %2").arg(path, file.errorString()));
    const QSize size = contentSize();
    {
        QPdfWriter writer(&file);
        // Widgets and charts size their text in points for the screen; at the screen's resolution
        // the page measures in the same pixels, and text and lines stay vectors in the file.
        writer.setResolution(kScreenDpi);
        writer.setTitle(title());
        writer.setCreator(QStringLiteral("Relatio"));
        writer.setPageLayout(QPageLayout(QPageSize(QPageSize::A4),
                                         size.width() >= size.height() ? QPageLayout::Landscape : QPageLayout::Portrait,
                                         QMarginsF(12, 12, 12, 12), QPageLayout::Millimeter));
        QPainter painter;
        if (!painter.begin(&writer))
            return fail(Error::Code::Io, tr("%1 cannot be written.").arg(path));
        painter.setRenderHint(QPainter::Antialiasing);
        const QRect page = writer.pageLayout().paintRectPixels(writer.resolution());
        paintOnPage(painter, QRectF(QPointF(), page.size()), size, [this](QPainter &p) { paintContent(p); });
        painter.end();
    }
    if (!file.commit())
        return fail(Error::Code::Io, tr("%1 cannot be written: %2").arg(path, file.errorString()));
    return {};
}

void ChartPanel::print(QPrinter *printer) const
{
    QPainter painter;
    if (!painter.begin(printer))
        return;
    painter.setRenderHint(QPainter::Antialiasing);
    const QRectF page = printer->pageLayout().paintRectPixels(printer->resolution());
    paintOnPage(painter, QRectF(QPointF(), page.size()), contentSize(), [this](QPainter &p) { paintContent(p); });
}

QString ChartPanel::suggestedFileName() const
{
    QString name = title() + QLatin1Char(' ') + (m_subtitle ? m_subtitle() : QString());
    QString slug;
    for (const QChar c : name) {
        if (c.isLetterOrNumber())
            slug.append(c.toLower());
        else if (!slug.isEmpty() && !slug.endsWith(QLatin1Char('-')))
            slug.append(QLatin1Char('-'));
    }
    while (slug.endsWith(QLatin1Char('-')))
        slug.chop(1);
    return slug.left(120);
}

void ChartPanel::chooseAndSavePng()
{
    const QString file = QFileDialog::getSaveFileName(this, tr("Save Chart as PNG Image"),
                                                      exportFolder() + QLatin1Char('/') + suggestedFileName()
                                                          + QStringLiteral(".png"),
                                                      tr("PNG images (*.png)"));
    if (file.isEmpty())
        return;
    rememberFolder(file);
    if (auto saved = savePng(file); !saved)
        QMessageBox::warning(this, tr("Save Chart"), saved.error().message);
    else
        emit statusMessage(tr("Saved %1.").arg(QDir::toNativeSeparators(file)), 6000);
}

void ChartPanel::chooseAndSavePdf()
{
    const QString file = QFileDialog::getSaveFileName(this, tr("Export Chart as PDF"),
                                                      exportFolder() + QLatin1Char('/') + suggestedFileName()
                                                          + QStringLiteral(".pdf"),
                                                      tr("PDF documents (*.pdf)"));
    if (file.isEmpty())
        return;
    rememberFolder(file);
    if (auto saved = savePdf(file); !saved)
        QMessageBox::warning(this, tr("Export Chart"), saved.error().message);
    else
        emit statusMessage(tr("Saved %1.").arg(QDir::toNativeSeparators(file)), 6000);
}

void ChartPanel::choosePrinter()
{
    // As for PDF: the screen's resolution keeps the text in proportion; the output stays vector.
    QPrinter printer(QPrinter::ScreenResolution);
    printer.setDocName(title());
    const QSize size = contentSize();
    printer.setPageOrientation(size.width() >= size.height() ? QPageLayout::Landscape : QPageLayout::Portrait);
    QPrintDialog dialog(&printer, this);
    dialog.setWindowTitle(tr("Print Chart"));
    if (dialog.exec() != QDialog::Accepted)
        return;
    print(&printer);
}

} // namespace relatio
