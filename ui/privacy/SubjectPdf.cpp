// Printing the personal-data document to PDF.
#include "privacy/SubjectPdf.h"

#include <QFile>
#include <QFileInfo>
#include <QFont>
#include <QPageLayout>
#include <QPageSize>
#include <QPdfWriter>
#include <QTextDocument>

namespace relatio {

Result<void> SubjectPdf::write(const QString &html, const QString &path)
{
    // Written beside the target and renamed, as every other file Relatio writes.
    const QString partial = path + QStringLiteral(".part");
    {
        QPdfWriter writer(partial);
        writer.setPageSize(QPageSize(QPageSize::A4));
        writer.setPageMargins(QMarginsF(15, 15, 15, 15), QPageLayout::Millimeter);
        writer.setTitle(QFileInfo(path).completeBaseName());
        writer.setCreator(QStringLiteral("Relatio"));
        QTextDocument document;
        // Small print, so that the tables with many columns keep their words whole on A4.
        QFont font = document.defaultFont();
        font.setPointSizeF(8.5);
        document.setDefaultFont(font);
        document.setHtml(html);
        document.print(&writer);
    }
    if (!QFileInfo::exists(partial))
        return fail(Error::Code::Io, tr("%1 cannot be written.").arg(path));
    QFile::remove(path);
    if (!QFile::rename(partial, path)) {
        QFile::remove(partial);
        return fail(Error::Code::Io, tr("%1 cannot be written.").arg(path));
    }
    return {};
}

} // namespace relatio
