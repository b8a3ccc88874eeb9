// Import wizard: the pages and what they share.
#include "csv/ImportWizard.h"

#include "csv/ImportWizardPages.h"

#include <QDir>
#include <QFileInfo>

namespace relatio {

ImportWizard::ImportWizard(DatabasePtr db, const QString &path, QWidget *parent)
    : QWizard(parent)
    , m_db(std::move(db))
{
    setWindowTitle(tr("Import Customers"));
    setObjectName(QStringLiteral("importWizard"));
    setOption(QWizard::NoBackButtonOnStartPage, true);
    // The import page has a Cancel of its own while it runs; afterwards there is nothing to cancel.
    setOption(QWizard::NoCancelButtonOnLastPage, true);
    setOption(QWizard::NoBackButtonOnLastPage, true);
    setPage(FilePage, m_filePage = new ImportFilePage(this, tr("Import Customers")));
    setPage(ColumnsPage, m_columnsPage = new ImportColumnsPage(this));
    setPage(CheckPage, m_checkPage = new ImportCheckPage(this));
    setPage(RunPage, m_runPage = new ImportRunPage(this));
    if (!path.isEmpty())
        m_filePage->setPath(path);
    // Room for a preview of several columns; the layouts decide the rest.
    resize(sizeHint().expandedTo(QSize(820, 600)));
}

ImportWizard::~ImportWizard() = default;

QString ImportWizard::filePath() const
{
    const QString path = QDir::fromNativeSeparators(m_filePage->path());
    return path.isEmpty() ? path : QFileInfo(path).absoluteFilePath();
}

csv::Options ImportWizard::readerOptions() const
{
    return m_filePage->readerOptions();
}

const csv::FilePreview &ImportWizard::preview() const
{
    return m_filePage->preview();
}

QList<std::optional<csv::CustomerColumn>> ImportWizard::mapping() const
{
    return m_columnsPage->mapping();
}

csv::DuplicatePolicy ImportWizard::duplicatePolicy() const
{
    return m_columnsPage->duplicatePolicy();
}

QString ImportWizard::rejectsPath() const
{
    return m_checkPage->rejectsPath();
}

csv::ImportOptions ImportWizard::importOptions(bool dryRun) const
{
    csv::ImportOptions options;
    options.csv = readerOptions();
    options.mapping = mapping();
    options.onDuplicate = duplicatePolicy();
    options.dryRun = dryRun;
    options.actor = m_actor;
    // A dry run writes nothing, not even the rejects file.
    if (!dryRun)
        options.rejectsPath = rejectsPath();
    return options;
}

std::optional<csv::ImportSummary> ImportWizard::checkSummary() const
{
    return m_checkPage->summary();
}

std::optional<csv::ImportSummary> ImportWizard::importSummary() const
{
    return m_runPage->summary();
}

void ImportWizard::reject()
{
    // Closing during the import cancels it; the page then says whether anything was written.
    if (m_runPage->isRunning()) {
        m_runPage->cancel();
        return;
    }
    // A dry run is only stopped; its thread is waited for when the page goes.
    m_checkPage->cancel();
    QWizard::reject();
}

} // namespace relatio
