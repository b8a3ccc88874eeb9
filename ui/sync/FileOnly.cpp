// Pages and actions that stand aside on a team database.
#include "sync/FileOnly.h"

#include <QAction>
#include <QCoreApplication>
#include <QFont>
#include <QFrame>
#include <QHBoxLayout>
#include <QLabel>
#include <QVBoxLayout>

namespace relatio {

namespace {

struct Text
{
    Q_DECLARE_TR_FUNCTIONS(FileOnly)
};

} // namespace

QString fileOnlyReason()
{
    return Text::tr("Done on a Relatio file, not yet on a team database: open a Relatio file that syncs with the team "
                    "database (File › Open Relatio File…) to do it there.");
}

void disableFileOnly(QAction *action, const QString &why)
{
    action->setEnabled(false);
    const QString tip = action->text().remove(QLatin1Char('&')).remove(QStringLiteral("…")) + QStringLiteral(": ")
        + (why.isEmpty() ? fileOnlyReason() : Text::tr("this computer's copy of the team database cannot be had: %1").arg(why));
    action->setToolTip(tip);
    action->setStatusTip(tip);
}

QWidget *fileOnlyPage(const QString &title, const QString &what, const QString &why)
{
    auto *page = new QWidget;
    page->setObjectName(QStringLiteral("fileOnlyPage"));
    auto *outer = new QVBoxLayout(page);
    outer->addStretch(2);
    auto *box = new QFrame;
    box->setFixedWidth(qMax(560, box->fontMetrics().averageCharWidth() * 80));
    auto *layout = new QVBoxLayout(box);
    auto *heading = new QLabel(title);
    QFont f = heading->font();
    f.setPointSizeF(f.pointSizeF() * 1.5);
    f.setBold(true);
    heading->setFont(f);
    heading->setAlignment(Qt::AlignCenter);
    layout->addWidget(heading);
    auto *text = new QLabel(why.isEmpty() ? Text::tr("%1 are worked out on a Relatio file, from the records it holds; a "
                                                     "team database does not work them out yet.")
                                                .arg(what)
                                          : Text::tr("%1 are worked out on this computer's copy of the team database, "
                                                     "which cannot be had: %2")
                                                .arg(what, why));
    text->setWordWrap(true);
    text->setAlignment(Qt::AlignCenter);
    layout->addWidget(text);
    auto *how = new QLabel(Text::tr("To see them, open a Relatio file that syncs with the team database: File › Open "
                                    "Relatio File…, then File › Sync with Team Server… brings it up to date."));
    how->setWordWrap(true);
    how->setAlignment(Qt::AlignCenter);
    layout->addSpacing(8);
    layout->addWidget(how);
    auto *center = new QHBoxLayout;
    center->addStretch();
    center->addWidget(box);
    center->addStretch();
    outer->addLayout(center);
    outer->addStretch(3);
    return page;
}

} // namespace relatio
