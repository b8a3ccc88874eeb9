// The pages of the contacts import wizard after the file page. Internal to
// InteractionImportWizard; tests reach them through the wizard.
#pragma once

#include "csv/InteractionImporter.h"
#include "sync/WorkingCopy.h"

#include <QWizardPage>

#include <optional>

class QButtonGroup;
class QCheckBox;
class QFormLayout;
class QLabel;
class QLineEdit;
class QProgressBar;
class QPushButton;
class QTableWidget;

namespace relatio {

class CsvJob;
class InteractionImportWizard;

// Rows, new, updated, skipped, with errors and team members added, as a form.
class InteractionCounts : public QWidget
{
    Q_OBJECT

public:
    explicit InteractionCounts(QWidget *parent = nullptr);
    void show(const csv::InteractionImportSummary &summary);

private:
    QLabel *m_rows, *m_created, *m_updated, *m_skipped, *m_rejected, *m_team;
};

class InteractionColumnsPage : public QWizardPage
{
    Q_OBJECT

public:
    explicit InteractionColumnsPage(InteractionImportWizard *wizard);

    void initializePage() override;
    bool isComplete() const override;

    bool ignoreUnknownColumns() const;
    csv::DuplicatePolicy duplicatePolicy() const;

private:
    void validate();

    InteractionImportWizard *m_wizard;
    QTableWidget *m_table;
    QLabel *m_message;
    QCheckBox *m_ignoreUnknown;
    QButtonGroup *m_policy;
    bool m_valid = false;
};

class InteractionCheckPage : public QWizardPage
{
    Q_OBJECT

public:
    explicit InteractionCheckPage(InteractionImportWizard *wizard);
    ~InteractionCheckPage() override;

    void initializePage() override;
    void cleanupPage() override;
    bool isComplete() const override;

    const std::optional<csv::InteractionImportSummary> &summary() const { return m_summary; }
    QString rejectsPath() const; // empty when the box is not ticked
    bool isRunning() const;
    void cancel();

private:
    void start();
    void finished(const Result<csv::InteractionImportSummary> &result);
    void updateBlockedNote();

    InteractionImportWizard *m_wizard;
    CsvJob *m_job;
    QLabel *m_status;
    QProgressBar *m_progress;
    QPushButton *m_cancel;
    QPushButton *m_again;
    InteractionCounts *m_results;
    QWidget *m_problemsBox;
    QTableWidget *m_problems;
    QLabel *m_problemsNote;
    QCheckBox *m_rejectsBox;
    QLineEdit *m_rejectsPath;
    QPushButton *m_browse;
    QLabel *m_blockedNote;
    QMetaObject::Connection m_restart;
    std::optional<csv::InteractionImportSummary> m_summary;
};

class InteractionRunPage : public QWizardPage
{
    Q_OBJECT

public:
    explicit InteractionRunPage(InteractionImportWizard *wizard);
    ~InteractionRunPage() override;

    void initializePage() override;
    bool isComplete() const override;

    const std::optional<csv::InteractionImportSummary> &summary() const { return m_summary; }
    bool isRunning() const;
    void cancel();

private:
    // how: on a team database, what became of the syncs of this computer's copy.
    void finished(const Result<csv::InteractionImportSummary> &result, const sync::CopyWork &how);

    InteractionImportWizard *m_wizard;
    CsvJob *m_job;
    QLabel *m_status;
    QProgressBar *m_progress;
    QPushButton *m_cancel;
    InteractionCounts *m_results;
    QLabel *m_rejectsLink;
    std::optional<csv::InteractionImportSummary> m_summary;
};

} // namespace relatio
