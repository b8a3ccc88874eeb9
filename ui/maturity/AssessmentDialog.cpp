// The self-assessment questionnaire.
#include "maturity/AssessmentDialog.h"
#include "maturity/Criteria.h"
#include "maturity/Scoring.h"

#include <QComboBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QGridLayout>
#include <QGroupBox>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QScrollArea>
#include <QVBoxLayout>

namespace relatio {

using namespace maturity;

AssessmentDialog::AssessmentDialog(DatabasePtr db, const OrgUnit &unit, const Assessment &start, QWidget *parent)
    : QDialog(parent)
    , m_db(std::move(db))
    , m_start(start)
{
    setWindowTitle(tr("CRM maturity self-assessment: %1").arg(unit.name));
    m_start.unitId = unit.id;

    auto *form = new QFormLayout;
    m_date = new QDateEdit(start.assessedOn.isValid() ? start.assessedOn : QDate::currentDate());
    m_date->setCalendarPopup(true);
    m_date->setSizePolicy(QSizePolicy::Fixed, QSizePolicy::Fixed);
    m_date->setMaximumDate(QDate::currentDate());
    m_assessor = new QLineEdit(start.assessor);
    m_assessor->setPlaceholderText(tr("Who answered the statements"));
    m_note = new QPlainTextEdit(start.note);
    m_note->setPlaceholderText(tr("Context, participants, agreements"));
    m_note->setMaximumHeight(60);
    form->addRow(tr("&Date:"), m_date);
    form->addRow(tr("&Assessor:"), m_assessor);
    form->addRow(tr("&Note:"), m_note);

    auto *intro = new QLabel(tr("Score each statement for %1 from 1 (disagree) to 5 (agree). A score of 4 or 5"
                                " counts as met. The phase reached is the highest phase whose statements, and"
                                " those of all lower phases, are met.")
                                 .arg(unit.name));
    intro->setWordWrap(true);

    auto *questions = new QWidget;
    auto *questionsLayout = new QVBoxLayout(questions);
    for (const Phase &phase : Maturity::phases()) {
        const QList<Criterion> criteria = Maturity::criteriaOfPhase(phase.number);
        if (criteria.isEmpty())
            continue;
        auto *box = new QGroupBox(tr("Phase %1: %2").arg(phase.number).arg(phase.name));
        // Statements take the width; the scores line up on the right.
        auto *grid = new QGridLayout(box);
        grid->setColumnStretch(0, 1);
        for (const Criterion &c : criteria) {
            auto *label = new QLabel(c.statement);
            label->setWordWrap(true);
            label->setMinimumWidth(280);
            auto *combo = new QComboBox;
            combo->setObjectName(c.code);
            combo->setAccessibleName(c.statement);
            for (int score = kMinScore; score <= kMaxScore; ++score)
                combo->addItem(Maturity::scoreName(score), score);
            combo->addItem(Maturity::scoreName(0), 0);
            const int score = start.scores.value(c.code, 0);
            combo->setCurrentIndex(combo->findData(score));
            label->setBuddy(combo);
            connect(combo, &QComboBox::currentIndexChanged, this, &AssessmentDialog::updatePhasePreview);
            m_scores.insert(c.code, combo);
            const int row = grid->rowCount();
            grid->addWidget(label, row, 0);
            grid->addWidget(combo, row, 1, Qt::AlignTop);
        }
        questionsLayout->addWidget(box);
    }
    questionsLayout->addStretch();
    auto *scroll = new QScrollArea;
    scroll->setWidget(questions);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);

    m_preview = new QLabel;
    m_preview->setObjectName(QStringLiteral("phasePreview"));
    QFont bold = m_preview->font();
    bold.setBold(true);
    m_preview->setFont(bold);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel);
    connect(buttons, &QDialogButtonBox::accepted, this, &AssessmentDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(intro);
    layout->addWidget(scroll, 1);
    layout->addWidget(m_preview);
    layout->addWidget(buttons);
    resize(820, 720);
    updatePhasePreview();
}

Assessment AssessmentDialog::assessment() const
{
    Assessment a = m_start;
    a.assessedOn = m_date->date();
    a.assessor = m_assessor->text().trimmed();
    a.note = m_note->toPlainText().trimmed();
    a.scores.clear();
    for (auto it = m_scores.cbegin(); it != m_scores.cend(); ++it)
        a.scores.insert(it.key(), it.value()->currentData().toInt());
    return a;
}

void AssessmentDialog::updatePhasePreview()
{
    const int phase = Scoring::phaseReached(assessment().scores);
    m_preview->setText(tr("With these answers: phase %1, %2.").arg(phase).arg(Maturity::phase(phase).name));
}

void AssessmentDialog::accept()
{
    const auto saved = AssessmentRepository(m_db).save(assessment());
    if (!saved) {
        QMessageBox::warning(this, tr("Assessment not saved"), saved.error().message);
        return;
    }
    m_savedId = *saved;
    QDialog::accept();
}

} // namespace relatio
