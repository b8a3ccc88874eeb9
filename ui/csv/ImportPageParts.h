// Pieces the import wizard's pages share: table and label makers, progress steps, the counts of
// an import's outcome, and starting an import job for a page.
#pragma once

#include "csv/CsvJob.h"
#include "csv/CustomerImporter.h"
#include "sync/WorkingCopy.h"

#include <QObject>
#include <QWidget>

#include <functional>
#include <memory>

class QLabel;
class QProgressBar;
class QTableWidget;
class QTableWidgetItem;

namespace relatio {

class CsvJob;
class ImportWizard;

namespace importui {

constexpr int kProgressSteps = 1000;

QTableWidget *makeTable(const QString &objectName);
QTableWidgetItem *readOnlyItem(const QString &text);
int progressValue(qint64 done, qint64 total);
// A job's progress on its page. total < 0: the job syncs this computer's copy of the team database
// (done: records so far); the bar is busy and the status line says so, until the job reports
// progress of its own again and the line says what it said before.
void showProgress(QProgressBar *bar, QLabel *status, qint64 done, qint64 total);
QString number(qint64 n);
// The first paragraph, and the second below it when there is one.
QString joinedText(const QString &first, const QString &second);

// Rows, new, updated, skipped and with errors, as a form; the rows line is optional.
class ImportCounts : public QWidget
{
public:
    explicit ImportCounts(bool withRows, QWidget *parent = nullptr);
    void show(const csv::ImportSummary &summary);

private:
    QLabel *m_rows = nullptr;
    QLabel *m_created, *m_updated, *m_skipped, *m_rejected;
};

// Runs an import on the job's thread and hands the outcome to done on the receiver's thread. On a
// team database it is made on this computer's copy of it, between two syncs (sync::WorkingCopy),
// whose progress comes as showProgress expects it; how tells what became of them.
template<typename Importer, typename Summary, typename Options>
void runImportJob(CsvJob *job, const DatabasePtr &db, const QString &path, const Options &options, QObject *receiver,
                  const std::function<void(const Result<Summary> &, const sync::CopyWork &how)> &done)
{
    struct Outcome
    {
        Result<Summary> result = std::unexpected(Error{});
        sync::CopyWork how;
    };
    auto outcome = std::make_shared<Outcome>();
    QObject::connect(job, &CsvJob::finished, receiver, [done, outcome]() { done(outcome->result, outcome->how); },
                     Qt::SingleShotConnection);
    job->start([db, path, options, outcome, job](const CsvJob::Progress &progress) {
        sync::WorkingCopy::RunOptions syncing;
        syncing.progress = [&progress](qint64 records) { progress(records, -1); };
        syncing.cancelled = [job]() { return job->isCancelRequested(); };
        outcome->result = sync::WorkingCopy::run<Summary>(
            db, [&](const DatabasePtr &target) { return Importer(target).import(path, options, progress); },
            [](const Summary &summary) { return summary.committed; }, &outcome->how, syncing);
    });
}

// Runs the wizard's import (a dry run or the real one), as runImportJob does.
void startImport(CsvJob *job, ImportWizard *wizard, bool dryRun, QObject *receiver,
                 const std::function<void(const Result<csv::ImportSummary> &, const sync::CopyWork &)> &done);

} // namespace importui
} // namespace relatio
