// Exporting the mailing or call list for one purpose: how many customers have permission in force,
// the file format and target, and the log of earlier lists. The list is written on a worker thread.
#pragma once

#include "store/Database.h"

#include <QDialog>

#include <memory>

class QComboBox;
class QLabel;
class QLineEdit;
class QListWidget;
class QPushButton;

namespace relatio {

class CsvJob;
struct MarketingExportSummary;

class MarketingExportDialog : public QDialog
{
    Q_OBJECT

public:
    MarketingExportDialog(DatabasePtr db, const QString &actor, QWidget *parent = nullptr);
    ~MarketingExportDialog() override;

    void setPurpose(qint64 purposeId);
    void setTargetPath(const QString &path);
    bool isExporting() const;

signals:
    // After a finished export, a short sentence for the status bar.
    void exported(const QString &message);

public slots:
    void accept() override; // starts the export
    void reject() override;

private:
    void purposeChanged();
    void browse();
    void finished();
    void fillLog();

    DatabasePtr m_db;
    QString m_actor;
    CsvJob *m_job;
    std::shared_ptr<Result<MarketingExportSummary>> m_result;
    QComboBox *m_purpose;
    QLabel *m_count;
    QComboBox *m_delimiter;
    QComboBox *m_encoding;
    QLineEdit *m_target;
    QListWidget *m_log;
    QLabel *m_error;
    QPushButton *m_export;
};

} // namespace relatio
