// The contacts import: choose a file and see how it reads (the customer import's file page), see
// which column holds what and choose what a stored contact's row does, check it with a dry run,
// then import it on a worker thread.
#pragma once

#include "csv/InteractionImporter.h"
#include "store/Database.h"

#include <QWizard>

#include <optional>

namespace relatio {

class ImportFilePage;
class InteractionColumnsPage;
class InteractionCheckPage;
class InteractionRunPage;

class InteractionImportWizard : public QWizard
{
    Q_OBJECT

public:
    enum PageId { FilePage, ColumnsPage, CheckPage, RunPage };

    explicit InteractionImportWizard(DatabasePtr db, const QString &path = {}, QWidget *parent = nullptr);
    ~InteractionImportWizard() override;

    DatabasePtr database() const { return m_db; }

    // What the pages have settled so far.
    QString filePath() const;
    const csv::FilePreview &preview() const;
    csv::InteractionImportOptions importOptions(bool dryRun) const;

    // The outcome of the dry run and of the import, once they have finished without an Error.
    std::optional<csv::InteractionImportSummary> checkSummary() const;
    std::optional<csv::InteractionImportSummary> importSummary() const;

signals:
    // Contacts were written (the import has been committed).
    void imported(qint64 created, qint64 updated);

public slots:
    void reject() override;

private:
    DatabasePtr m_db;
    ImportFilePage *m_filePage;
    InteractionColumnsPage *m_columnsPage;
    InteractionCheckPage *m_checkPage;
    InteractionRunPage *m_runPage;
};

} // namespace relatio
