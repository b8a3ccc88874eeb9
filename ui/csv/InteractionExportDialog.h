// Exporting contacts to a CSV file that imports again: whose contacts, which days, the file format
// and the target, written on a worker thread with progress and Cancel.
#pragma once

#include "store/Database.h"

#include <QDialog>

#include <vector>

class QAbstractButton;
class QCheckBox;
class QComboBox;
class QDateEdit;
class QLineEdit;
class QProgressDialog;
class QRadioButton;

namespace relatio {

class CsvJob;

class InteractionExportDialog : public QDialog
{
    Q_OBJECT

public:
    // selectedCustomers: the customers selected in the list, whose contacts can be exported alone.
    InteractionExportDialog(DatabasePtr db, std::vector<qint64> selectedCustomers, QWidget *parent = nullptr);
    ~InteractionExportDialog() override;

    QString targetPath() const;
    void setTargetPath(const QString &path);
    // Limits the export to the contacts of these local days (invalid = no limit on that side).
    void setPeriod(const QDate &from, const QDate &to);
    void setSelectedOnly(bool selectedOnly);
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
    std::vector<qint64> m_selected;
    CsvJob *m_job;
    QRadioButton *m_all;
    QRadioButton *m_selection;
    QCheckBox *m_fromBox;
    QDateEdit *m_from;
    QCheckBox *m_toBox;
    QDateEdit *m_to;
    QComboBox *m_delimiter;
    QComboBox *m_encoding;
    QLineEdit *m_target;
    QAbstractButton *m_export;
    QProgressDialog *m_progress = nullptr;
    QString m_confirmedTarget; // the file the save dialog already asked about replacing
};

} // namespace relatio
