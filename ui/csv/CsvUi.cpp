// Shared pieces of the CSV dialogs.
#include "csv/CsvUi.h"

#include <QDir>
#include <QFileInfo>
#include <QLabel>
#include <QSettings>
#include <QStandardPaths>

namespace relatio::csvui {

namespace {

const QString kFolderKey = QStringLiteral("csv/lastFolder");

QLabel *bannerLabel(const QString &style)
{
    auto *label = new QLabel;
    label->setWordWrap(true);
    label->setTextFormat(Qt::PlainText);
    label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    label->setStyleSheet(style);
    label->setVisible(false);
    return label;
}

} // namespace

QString Text::delimiterName(QChar delimiter)
{
    switch (delimiter.unicode()) {
    case u',': return tr("Comma ( , )");
    case u';': return tr("Semicolon ( ; )");
    case u'\t': return tr("Tab");
    case u'|': return tr("Vertical bar ( | )");
    default: return QStringLiteral("“%1”").arg(delimiter);
    }
}

QString Text::problem(const QString &fileName, const csv::RowProblem &problem)
{
    // Reader problems in a preview come with their place already.
    if (problem.message.startsWith(fileName + QLatin1Char(':')))
        return problem.message;
    if (problem.line <= 0)
        return QStringLiteral("%1: %2").arg(fileName, problem.message);
    if (problem.column <= 0)
        return QStringLiteral("%1:%2: %3").arg(fileName).arg(problem.line).arg(problem.message);
    return QStringLiteral("%1:%2:%3: %4").arg(fileName).arg(problem.line).arg(problem.column).arg(problem.message);
}

QLabel *errorLabel()
{
    return bannerLabel(QStringLiteral(
        "background: #fdecea; color: #8c1d18; border: 1px solid #f2b8b5; border-radius: 4px; padding: 6px;"));
}

QLabel *warningLabel()
{
    return bannerLabel(QStringLiteral(
        "background: #fff4e5; color: #5f3b00; border: 1px solid #ffd8a8; border-radius: 4px; padding: 6px;"));
}

QLabel *noteLabel(const QString &text)
{
    auto *label = new QLabel(text);
    label->setWordWrap(true);
    label->setStyleSheet(QStringLiteral("color: palette(mid);"));
    return label;
}

void setMessage(QLabel *label, const QString &text)
{
    label->setText(text);
    label->setVisible(!text.isEmpty());
}

QString defaultRejectsPath(const QString &source)
{
    const QFileInfo info(source);
    const QDir dir = info.absoluteDir();
    QString candidate = dir.filePath(info.completeBaseName() + QStringLiteral("-rejects.csv"));
    for (int n = 2; QFileInfo::exists(candidate) && n < 100; ++n)
        candidate = dir.filePath(QStringLiteral("%1-rejects-%2.csv").arg(info.completeBaseName()).arg(n));
    return candidate;
}

QString lastFolder()
{
    const QString folder = QSettings().value(kFolderKey).toString();
    if (!folder.isEmpty() && QFileInfo(folder).isDir())
        return folder;
    return QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
}

void rememberFolder(const QString &filePath)
{
    QSettings().setValue(kFolderKey, QFileInfo(filePath).absolutePath());
}

} // namespace relatio::csvui
