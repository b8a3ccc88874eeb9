// A titled frame around one chart or table of the dashboard, with its own controls and an Export
// menu: save as PNG, export to PDF, print. The exported copy carries the title and what the figures
// cover (dates, customers), so it can be read on its own.
#pragma once

#include "util/Result.h"

#include <QWidget>

#include <functional>

class QHBoxLayout;
class QLabel;
class QPainter;
class QPrinter;
class QToolButton;

namespace relatio {

class ChartPanel : public QWidget
{
    Q_OBJECT

public:
    ChartPanel(const QString &title, QWidget *body, QWidget *parent = nullptr);

    QWidget *body() const { return m_body; }
    QString title() const;
    // Adds a control (a measure or channel selector) to the header, before the Export button.
    void addControl(QWidget *control);
    // Adds an action to the Export menu (the usage tables add "Save as CSV…").
    void addExportAction(QAction *action);
    // What the figures cover, for the exported copy ("1 Jan 2025 – 31 Mar 2025 · By country").
    void setSubtitleSource(std::function<QString()> subtitle) { m_subtitle = std::move(subtitle); }
    // How the body is drawn on paper or into an image; the default draws the widget as it is.
    void setExportPainter(std::function<QSize()> size, std::function<void(QPainter &)> paint);

    Result<void> savePng(const QString &path) const;
    Result<void> savePdf(const QString &path) const;
    void print(QPrinter *printer) const;
    // A file name from the title and the subtitle, without a suffix.
    QString suggestedFileName() const;

signals:
    void statusMessage(const QString &message, int timeout);

private:
    QSize contentSize() const;
    void paintContent(QPainter &painter) const;
    void chooseAndSavePng();
    void chooseAndSavePdf();
    void choosePrinter();

    QWidget *m_body;
    QLabel *m_title;
    QHBoxLayout *m_header;
    QToolButton *m_export;
    std::function<QString()> m_subtitle;
    std::function<QSize()> m_exportSize;
    std::function<void(QPainter &)> m_exportPaint;
};

} // namespace relatio
