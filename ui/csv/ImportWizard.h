// The import wizard: choose a file and see how it reads, map its columns, check it with a dry run,
// then import it on a worker thread.
#pragma once

#include "csv/CustomerImporter.h"
#include "store/Database.h"

#include <QWizard>

#include <optional>

namespace relatio {

class ImportFilePage;
class ImportColumnsPage;
class ImportCheckPage;
class ImportRunPage;

class ImportWizard : public QWizard
{
    Q_OBJECT

public:
    enum PageId { FilePage, ColumnsPage, CheckPage, RunPage };

    explicit ImportWizard(DatabasePtr db, const QString &path = {}, QWidget *parent = nullptr);
    ~ImportWizard() override;

    DatabasePtr database() const { return m_db; }
    // Who imports, for the change history of the records the import updates.
    void setActor(const QString &who) { m_actor = who; }

    // What the pages have settled so far.
    QString filePath() const;
    csv::Options readerOptions() const;
    const csv::FilePreview &preview() const;
    QList<std::optional<csv::CustomerColumn>> mapping() const;
    csv::DuplicatePolicy duplicatePolicy() const;
    QString rejectsPath() const; // empty unless the user chose to import the good rows only
    csv::ImportOptions importOptions(bool dryRun) const;

    // The outcome of the dry run and of the import, once they have finished without an Error.
    std::optional<csv::ImportSummary> checkSummary() const;
    std::optional<csv::ImportSummary> importSummary() const;

signals:
    // The import has been committed and can be undone through its batch.
    void imported(qint64 batchId, qint64 created, qint64 updated);

public slots:
    void reject() override;

private:
    DatabasePtr m_db;
    QString m_actor;
    ImportFilePage *m_filePage;
    ImportColumnsPage *m_columnsPage;
    ImportCheckPage *m_checkPage;
    ImportRunPage *m_runPage;
};

} // namespace relatio
