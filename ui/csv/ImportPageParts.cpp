// Shared pieces of the import wizard's pages.
#include "csv/ImportPageParts.h"

#include "csv/CsvJob.h"
#include "csv/ImportWizard.h"

#include <QCoreApplication>
#include <QFormLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QProgressBar>
#include <QTableWidget>

#include <algorithm>
#include <memory>

namespace relatio::importui {

namespace {

QLabel *countLabel()
{
    auto *label = new QLabel;
    label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    return label;
}

// The counts' texts belong to the check page, which shows them first.
QString text(const char *source)
{
    return QCoreApplication::translate("relatio::ImportCheckPage", source);
}

// "6", or "6 (2 of them organisations the people in the file belong to)".
QString createdText(const csv::ImportSummary &s)
{
    const QLocale locale;
    if (s.organisationsMade <= 0)
        return locale.toString(s.created);
    return s.organisationsMade == 1
        ? QCoreApplication::translate("relatio::ImportCheckPage",
                                      "%1 (1 of them an organisation that people in the file belong to)")
              .arg(locale.toString(s.created))
        : QCoreApplication::translate("relatio::ImportCheckPage",
                                      "%1 (%2 of them organisations that people in the file belong to)")
              .arg(locale.toString(s.created), locale.toString(s.organisationsMade));
}

} // namespace

QTableWidget *makeTable(const QString &objectName)
{
    auto *table = new QTableWidget;
    table->setObjectName(objectName);
    table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    table->setSelectionBehavior(QAbstractItemView::SelectRows);
    table->setAlternatingRowColors(true);
    table->setWordWrap(false);
    table->verticalHeader()->setVisible(false);
    table->horizontalHeader()->setHighlightSections(false);
    table->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    table->verticalHeader()->setDefaultSectionSize(table->fontMetrics().height() + 8);
    return table;
}

QTableWidgetItem *readOnlyItem(const QString &text)
{
    auto *item = new QTableWidgetItem(text);
    item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsSelectable);
    return item;
}

int progressValue(qint64 done, qint64 total)
{
    return total > 0 ? int(std::min<qint64>(done, total) * kProgressSteps / total) : 0;
}

void showProgress(QProgressBar *bar, QLabel *status, qint64 done, qint64 total)
{
    // What the line said before the sync, and what the sync made it say.
    static const char *const kBefore = "relatioTextBeforeSync";
    static const char *const kSyncing = "relatioSyncText";
    const bool showsSync = status->text() == status->property(kSyncing).toString();
    if (total < 0) {
        bar->setRange(0, 0);
        if (!showsSync)
            status->setProperty(kBefore, status->text());
        const QString syncing = QCoreApplication::translate(
                                    "relatio::ImportRunPage", "Syncing this computer's copy of the team database: %1 records…")
                                    .arg(number(done));
        status->setProperty(kSyncing, syncing);
        status->setText(syncing);
        return;
    }
    if (bar->maximum() == 0)
        bar->setRange(0, kProgressSteps);
    if (showsSync)
        status->setText(status->property(kBefore).toString());
    bar->setValue(progressValue(done, total));
}

QString number(qint64 n)
{
    return QLocale().toString(n);
}

QString joinedText(const QString &first, const QString &second)
{
    return second.isEmpty() ? first : first + QStringLiteral("\n\n") + second;
}

ImportCounts::ImportCounts(bool withRows, QWidget *parent)
    : QWidget(parent)
{
    auto *counts = new QFormLayout(this);
    counts->setContentsMargins(0, 0, 0, 0);
    if (withRows)
        counts->addRow(text(QT_TRANSLATE_NOOP("relatio::ImportCheckPage", "Rows in the file:")), m_rows = countLabel());
    counts->addRow(text(QT_TRANSLATE_NOOP("relatio::ImportCheckPage", "New customers:")), m_created = countLabel());
    counts->addRow(text(QT_TRANSLATE_NOOP("relatio::ImportCheckPage", "Existing customers updated:")),
                   m_updated = countLabel());
    counts->addRow(text(QT_TRANSLATE_NOOP("relatio::ImportCheckPage", "Skipped:")), m_skipped = countLabel());
    counts->addRow(text(QT_TRANSLATE_NOOP("relatio::ImportCheckPage", "Rows with errors:")), m_rejected = countLabel());
}

void ImportCounts::show(const csv::ImportSummary &s)
{
    if (m_rows)
        m_rows->setText(number(s.rows));
    m_created->setText(createdText(s));
    m_updated->setText(number(s.updated));
    m_skipped->setText(number(s.skipped));
    m_rejected->setText(number(s.rejected));
    setVisible(true);
}

void startImport(CsvJob *job, ImportWizard *wizard, bool dryRun, QObject *receiver,
                 const std::function<void(const Result<csv::ImportSummary> &, const sync::CopyWork &)> &done)
{
    runImportJob<csv::CustomerImporter, csv::ImportSummary>(job, wizard->database(), wizard->filePath(),
                                                            wizard->importOptions(dryRun), receiver, done);
}

} // namespace relatio::importui
