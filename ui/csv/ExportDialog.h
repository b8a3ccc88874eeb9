// Exporting customers to a CSV file: which customers, the file format, the columns and the target,
// written on a worker thread with progress and Cancel.
#pragma once

#include "store/Database.h"

#include <QDialog>

#include <vector>

class QAbstractButton;
class QComboBox;
class QLineEdit;
class QListWidget;
class QProgressDialog;
class QRadioButton;

namespace relatio {

class CsvJob;

class ExportDialog : public QDialog
{
    Q_OBJECT

public:
    enum class Scope { All, List, Selection };

    // listIds: the customers the list shows now (search and filters), in list order; selectedIds:
    // the ones selected in it.
    ExportDialog(DatabasePtr db, std::vector<qint64> listIds, std::vector<qint64> selectedIds,
                 QWidget *parent = nullptr);
    ~ExportDialog() override;

    QString targetPath() const;
    void setTargetPath(const QString &path);
    void setScope(Scope scope);
    bool isExporting() const;

signals:
    // After a finished export, a short sentence for the status bar.
    void exported(const QString &message);

public slots:
    void accept() override; // starts the export
    void reject() override;

private:
    void browse();
    void finished(const Result<qint64> &result);
    void updateExportButton();

    DatabasePtr m_db;
    std::vector<qint64> m_listIds;
    std::vector<qint64> m_selectedIds;
    CsvJob *m_job;
    QRadioButton *m_all;
    QRadioButton *m_list;
    QRadioButton *m_selection;
    QComboBox *m_delimiter;
    QComboBox *m_encoding;
    QListWidget *m_columns;
    QLineEdit *m_target;
    QAbstractButton *m_export;
    QProgressDialog *m_progress = nullptr;
    QString m_confirmedTarget; // the file the save dialog already asked about replacing
};

} // namespace relatio
