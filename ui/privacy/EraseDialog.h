// Erasing a customer for good, after a serious confirmation: what will go is listed, what Relatio
// cannot reach is said, and the customer's name must be typed before the button works. The erasure
// runs on a worker thread.
#pragma once

#include "privacy/Erasure.h"

#include <QDialog>

#include <memory>
#include <optional>

class QLabel;
class QLineEdit;
class QProgressBar;
class QPushButton;

namespace relatio {

class CsvJob;

class EraseDialog : public QDialog
{
    Q_OBJECT

public:
    EraseDialog(DatabasePtr db, qint64 customerId, const QString &actor, QWidget *parent = nullptr);
    ~EraseDialog() override;

    // False when the customer could not be read (the reason is shown in the dialog).
    bool isReady() const { return m_preview.has_value(); }
    bool isErasing() const;
    // What the user has to type: the customer's name (or Relatio id when it has none).
    QString confirmationText() const;
    void setTypedConfirmation(const QString &text);
    QPushButton *eraseButton() const { return m_erase; }
    // After a finished erasure.
    const std::optional<ErasureReport> &report() const { return m_report; }
    // A few sentences on what was done, for a message box.
    static QString describe(const ErasureReport &report);

signals:
    void erased(qint64 customerId, const QString &summary);

public slots:
    void accept() override; // starts the erasure
    void reject() override;

private:
    void finished();
    void updateButton();

    DatabasePtr m_db;
    qint64 m_customerId;
    QString m_actor;
    std::optional<ErasurePreview> m_preview;
    std::optional<ErasureReport> m_report;
    std::shared_ptr<Result<ErasureReport>> m_result;
    CsvJob *m_job;
    QLineEdit *m_typed = nullptr;
    QPushButton *m_erase = nullptr;
    QProgressBar *m_busy = nullptr;
    QLabel *m_error;
};

} // namespace relatio
