// A self-assessment of an organisation unit: the statements of each phase scored from 1 (disagree)
// to 5 (agree) or "not known", with the date, the assessor and a note.
#pragma once

#include "maturity/Assessments.h"

#include <QDialog>
#include <QHash>

class QComboBox;
class QDateEdit;
class QLabel;
class QLineEdit;
class QPlainTextEdit;

namespace relatio {

class AssessmentDialog : public QDialog
{
    Q_OBJECT

public:
    // start: the assessment to begin from (its scores are offered again; id 0 makes a new one).
    AssessmentDialog(DatabasePtr db, const maturity::OrgUnit &unit, const maturity::Assessment &start,
                     QWidget *parent = nullptr);

    maturity::Assessment assessment() const;
    QComboBox *scoreField(const QString &code) const { return m_scores.value(code); }
    QDateEdit *dateField() const { return m_date; }
    QLineEdit *assessorField() const { return m_assessor; }
    // The id of the assessment saved by accept(), 0 before.
    qint64 savedId() const { return m_savedId; }

public slots:
    void accept() override;

private:
    void updatePhasePreview();

    DatabasePtr m_db;
    maturity::Assessment m_start;
    QDateEdit *m_date;
    QLineEdit *m_assessor;
    QPlainTextEdit *m_note;
    QLabel *m_preview;
    QHash<QString, QComboBox *> m_scores;
    qint64 m_savedId = 0;
};

} // namespace relatio
