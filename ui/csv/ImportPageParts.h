// Pieces the import wizard's pages share: table and label makers, progress steps, the counts of
// an import's outcome, and starting an import job for a page.
#pragma once

#include "csv/CustomerImporter.h"

#include <QWidget>

#include <functional>

class QLabel;
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
QString number(qint64 n);

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

// Runs the wizard's import (a dry run or the real one) on the job's thread and hands the outcome
// to done on the page's thread.
void startImport(CsvJob *job, ImportWizard *wizard, bool dryRun, QObject *receiver,
                 const std::function<void(const Result<csv::ImportSummary> &)> &done);

} // namespace importui
} // namespace relatio
