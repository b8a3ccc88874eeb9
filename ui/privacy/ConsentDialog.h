// Recording one consent entry: a permission given (with how, when and the wording shown), the
// double opt-in confirmation of an e-mail address, or a withdrawal.
#pragma once

#include "privacy/ConsentRepository.h"

#include <QDialog>

class QComboBox;
class QDateTimeEdit;
class QLabel;
class QLineEdit;
class QPlainTextEdit;

namespace relatio {

class ConsentDialog : public QDialog
{
    Q_OBJECT

public:
    ConsentDialog(ConsentRepository &repository, ConsentAction action, qint64 customerId, qint64 purposeId,
                  QWidget *parent = nullptr);

    // The entry stored by accept(); 0 before.
    qint64 recordedId() const { return m_recordedId; }

    void setEvidence(const QString &text);
    void setWhen(const QDateTime &utc);

public slots:
    // Records the entry; stays open with the reason when it is refused.
    void accept() override;

private:
    void purposeChanged();
    void textChanged();

    ConsentRepository &m_repository;
    ConsentAction m_action;
    qint64 m_customerId;
    qint64 m_recordedId = 0;
    QComboBox *m_purpose;
    QDateTimeEdit *m_when;
    QComboBox *m_source = nullptr;
    QComboBox *m_text = nullptr;
    QPlainTextEdit *m_wording = nullptr;
    QLineEdit *m_evidence;
    QLabel *m_note;
    QLabel *m_error;
};

} // namespace relatio
