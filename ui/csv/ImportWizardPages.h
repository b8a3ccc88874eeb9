// The pages of the import wizard. Internal to ImportWizard; tests reach them through the wizard.
#pragma once

#include "csv/CustomerImporter.h"
#include "sync/WorkingCopy.h"

#include <QWizardPage>

#include <memory>
#include <optional>

class QButtonGroup;
class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QProgressBar;
class QPushButton;
class QTableWidget;

namespace relatio {

class CsvJob;
class ImportWizard;
namespace importui {
class ImportCounts;
}

// The file and how it reads; shared by the customer and the contacts import.
class ImportFilePage : public QWizardPage
{
    Q_OBJECT

public:
    // browseTitle: the title of the file chooser ("Import Customers").
    ImportFilePage(QWizard *wizard, const QString &browseTitle);

    QString path() const;
    void setPath(const QString &path);
    csv::Options readerOptions() const;
    const csv::FilePreview &preview() const { return m_preview; }
    bool isComplete() const override;

private:
    void browse();
    void reload();
    void showProblems(const QStringList &lines);

    QLineEdit *m_path;
    QComboBox *m_encoding;
    QComboBox *m_delimiter;
    QTableWidget *m_table;
    QLabel *m_summary;
    QLabel *m_problems;
    QString m_browseTitle;
    QString m_loadedPath;
    csv::FilePreview m_preview;
    bool m_ok = false;
};

class ImportColumnsPage : public QWizardPage
{
    Q_OBJECT

public:
    explicit ImportColumnsPage(ImportWizard *wizard);

    void initializePage() override;
    bool isComplete() const override;

    QList<std::optional<csv::CustomerColumn>> mapping() const;
    csv::DuplicatePolicy duplicatePolicy() const;

private:
    void rebuild(const csv::FilePreview &preview);
    void validate();

    ImportWizard *m_wizard;
    QTableWidget *m_table;
    QList<QComboBox *> m_choices;
    QLabel *m_message;
    QButtonGroup *m_policy;
    QString m_pathShown;
    QStringList m_headersShown;
    bool m_valid = false;
};

class ImportCheckPage : public QWizardPage
{
    Q_OBJECT

public:
    explicit ImportCheckPage(ImportWizard *wizard);
    ~ImportCheckPage() override;

    void initializePage() override;
    void cleanupPage() override;
    bool isComplete() const override;

    const std::optional<csv::ImportSummary> &summary() const { return m_summary; }
    QString rejectsPath() const; // empty when the box is not ticked
    bool isRunning() const;
    void cancel();

private:
    void start();
    void finished(const Result<csv::ImportSummary> &result);
    void updateBlockedNote();

    ImportWizard *m_wizard;
    CsvJob *m_job;
    QLabel *m_status;
    QProgressBar *m_progress;
    QPushButton *m_cancel;
    QPushButton *m_again;
    importui::ImportCounts *m_results;
    QWidget *m_problemsBox;
    QTableWidget *m_problems;
    QLabel *m_problemsNote;
    QCheckBox *m_rejectsBox;
    QLineEdit *m_rejectsPath;
    QPushButton *m_browse;
    QLabel *m_blockedNote;
    QMetaObject::Connection m_restart;
    std::optional<csv::ImportSummary> m_summary;
};

class ImportRunPage : public QWizardPage
{
    Q_OBJECT

public:
    explicit ImportRunPage(ImportWizard *wizard);
    ~ImportRunPage() override;

    void initializePage() override;
    bool isComplete() const override;

    const std::optional<csv::ImportSummary> &summary() const { return m_summary; }
    bool isRunning() const;
    void cancel();

private:
    // how: on a team database, what became of the syncs of this computer's copy.
    void finished(const Result<csv::ImportSummary> &result, const sync::CopyWork &how);

    ImportWizard *m_wizard;
    CsvJob *m_job;
    QLabel *m_status;
    QProgressBar *m_progress;
    QPushButton *m_cancel;
    importui::ImportCounts *m_results;
    QLabel *m_rejectsLink;
    std::optional<csv::ImportSummary> m_summary;
};

} // namespace relatio
