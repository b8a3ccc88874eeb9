// The Maturity page on small hand-made databases: the staircase and criteria follow the latest
// assessment of the unit shown, evidence is measured off the GUI thread, the history chart and
// the unit comparison, the questionnaire and the units dialog, and the PDF report.
#include "TestSupport.h"

#include "MainWindow.h"
#include "customers/CustomerRepository.h"
#include "maturity/AssessmentDialog.h"
#include "maturity/Assessments.h"
#include "maturity/Criteria.h"
#include "maturity/HistoryModel.h"
#include "maturity/MaturityHistoryChart.h"
#include "maturity/MaturityPage.h"
#include "maturity/StaircaseWidget.h"
#include "maturity/UnitsDialog.h"

#include <QComboBox>
#include <QDateEdit>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QSignalSpy>
#include <QTableWidget>
#include <QTextBrowser>
#include <QTreeWidget>

using namespace relatio;
using namespace relatio::maturity;
using relatio::test::TempDatabase;

namespace {

QHash<QString, int> answers(int upTo)
{
    QHash<QString, int> a;
    for (const Criterion &c : Maturity::criteria())
        a.insert(c.code, c.phase <= upTo ? 5 : 2);
    return a;
}

struct Fixture
{
    TempDatabase t;
    qint64 sales = 0;
    qint64 service = 0;

    Fixture()
    {
        AssessmentRepository repo(t.db);
        sales = *repo.addUnit(QStringLiteral("Sales"), UnitKind::Department);
        service = *repo.addUnit(QStringLiteral("Service"), UnitKind::Department);
        REQUIRE(repo.save(Assessment{0, {}, sales, QDate(2026, 1, 10), QStringLiteral("Ingrid"), {}, answers(2)}));
        REQUIRE(repo.save(Assessment{0, {}, sales, QDate(2026, 5, 10), QStringLiteral("Ingrid"), {}, answers(3)}));
        CustomerRepository customers(t.db);
        Customer c;
        c.givenName = QStringLiteral("Anna");
        c.familyName = QStringLiteral("Bakker");
        c.email = QStringLiteral("anna@example.nl");
        c.city = QStringLiteral("Utrecht");
        c.country = QStringLiteral("NL");
        REQUIRE(customers.create(c));
    }
};

void waitForResult(MaturityPage &page)
{
    QSignalSpy shown(&page, &MaturityPage::resultShown);
    if (page.isMeasuring())
        REQUIRE(shown.wait(10000));
}

} // namespace

TEST_CASE("The Maturity page shows the staircase, criteria and findings of the unit's latest assessment", "[maturity][ui]")
{
    Fixture f;
    MaturityPage page(f.t.db);
    page.resize(1100, 800);
    page.show();
    waitForResult(page);

    REQUIRE(page.unitField()->count() == 2);
    CHECK(page.currentUnit() == f.sales);
    CHECK(page.result().isAssessed());
    CHECK(page.result().phaseReached == 3);
    CHECK(page.staircase()->reached() == 3);
    CHECK(page.staircase()->evidence() == page.result().evidencePhase);
    REQUIRE(page.criteriaTree()->topLevelItemCount() == kPhaseCount);
    const QTreeWidgetItem *three = page.criteriaTree()->topLevelItem(2);
    CHECK(three->text(0) == QStringLiteral("Phase 3: Customer Relationship Management"));
    CHECK(three->text(2) == QStringLiteral("5 of 5 met · reached"));
    CHECK(page.criteriaTree()->topLevelItem(3)->text(2).endsWith(QStringLiteral("· next")));
    // Phase 4's criteria, then its evidence rows with value and threshold.
    const QTreeWidgetItem *four = page.criteriaTree()->topLevelItem(3);
    CHECK(four->childCount() == Maturity::criteriaOfPhase(4).size() + 4);
    CHECK(four->child(0)->text(1) == QStringLiteral("not met"));
    CHECK(four->child(four->childCount() - 1)->text(4) == QStringLiteral("≥ 20"));   // NPS
    CHECK(four->child(four->childCount() - 1)->text(1) == QStringLiteral("not measured yet"));
    CHECK(four->child(four->childCount() - 1)->text(3) == QStringLiteral("–"));
    CHECK(page.findings()->toPlainText().contains(QStringLiteral("What blocks phase 4")));
    CHECK(page.findings()->toPlainText().contains(QStringLiteral("Next steps")));
    CHECK(page.historyModel()->rowCount() == 2);
    CHECK(page.comparisonModel()->rowCount() == 2);
    CHECK(page.historyChart()->lineCount() == 1);

    // Another unit, not assessed yet: the evidence alone.
    REQUIRE(page.showUnit(f.service));
    CHECK_FALSE(page.result().isAssessed());
    CHECK(page.staircase()->reached() == 0);
    CHECK(page.historyModel()->rowCount() == 0);
    CHECK_FALSE(page.showUnit(9999));

    // The store changes: read again, the unit shown kept.
    AssessmentRepository(f.t.db).save(Assessment{0, {}, f.service, QDate(2026, 2, 1), {}, {}, answers(5)});
    page.reload();
    waitForResult(page);
    CHECK(page.currentUnit() == f.service);
    CHECK(page.result().phaseReached == 5);
    CHECK(page.historyChart()->lineCount() == 2);
    CHECK(page.findings()->toPlainText().contains(QStringLiteral("Every phase is reached")));

    // The report as PDF.
    const QString pdf = f.t.dir.filePath(QStringLiteral("maturity.pdf"));
    REQUIRE(page.exportPdf(pdf));
    QFile file(pdf);
    REQUIRE(file.open(QIODevice::ReadOnly));
    CHECK(file.read(5) == QByteArray("%PDF-"));
    CHECK(page.reportHtml().contains(QStringLiteral("CRM maturity of Service")));
}

TEST_CASE("The Maturity page without units shows the evidence and the way to add units", "[maturity][ui]")
{
    TempDatabase t;
    MaturityPage page(t.db);
    page.show();
    waitForResult(page);
    CHECK(page.currentUnit() == 0);
    CHECK_FALSE(page.result().isAssessed());
    CHECK(page.result().evidencePhase == 1);
    CHECK(page.criteriaTree()->topLevelItemCount() == kPhaseCount);
    CHECK(page.historyChart()->lineCount() == 0);
}

TEST_CASE("The assessment dialog saves the scores with date and assessor", "[maturity][ui]")
{
    Fixture f;
    const OrgUnit unit{f.service, {}, QStringLiteral("Service"), UnitKind::Department};
    Assessment start;
    start.scores = answers(2);
    AssessmentDialog dialog(f.t.db, unit, start);
    REQUIRE(dialog.scoreField(QStringLiteral("p3_central")) != nullptr);
    CHECK(dialog.scoreField(QStringLiteral("p2_records"))->currentData().toInt() == 5);
    dialog.assessorField()->setText(QStringLiteral("Kari"));
    dialog.dateField()->setDate(QDate(2026, 3, 3));
    for (const Criterion &c : Maturity::criteriaOfPhase(3)) {
        QComboBox *combo = dialog.scoreField(c.code);
        combo->setCurrentIndex(combo->findData(4));
    }
    CHECK(dialog.findChild<QLabel *>(QStringLiteral("phasePreview"))->text().contains(QStringLiteral("phase 3")));
    dialog.accept();
    CHECK(dialog.result() == QDialog::Accepted);
    REQUIRE(dialog.savedId() != 0);
    const auto latest = AssessmentRepository(f.t.db).latest(f.service);
    REQUIRE(latest);
    REQUIRE(*latest);
    CHECK((*latest)->assessor == QStringLiteral("Kari"));
    CHECK((*latest)->assessedOn == QDate(2026, 3, 3));
    CHECK((*latest)->scores.value(QStringLiteral("p3_consent")) == 4);
    CHECK((*latest)->scores.size() == Maturity::criteria().size());
}

TEST_CASE("The units dialog adds units and assigns team members to them", "[maturity][ui]")
{
    Fixture f;
    const qint64 sam = *CustomerRepository(f.t.db).ensureOwner(QStringLiteral("Sam"));
    UnitsDialog dialog(f.t.db);
    CHECK(dialog.unitList()->count() == 2);
    REQUIRE(dialog.memberTable()->rowCount() == 1);
    REQUIRE(dialog.addUnit(QStringLiteral("Marketing"), UnitKind::Team));
    CHECK(dialog.unitList()->count() == 3);
    CHECK(dialog.unitList()->item(0)->text() == QStringLiteral("Marketing (Team)"));
    REQUIRE(dialog.assignMember(sam, f.sales));
    CHECK(dialog.changed());
    CHECK(AssessmentRepository(f.t.db).teamMembers()->first().unitId == f.sales);
    const auto *combo = qobject_cast<QComboBox *>(dialog.memberTable()->cellWidget(0, 1));
    REQUIRE(combo);
    CHECK(combo->count() == 4);   // no unit and the three units
}

TEST_CASE("The main window has a Maturity page", "[maturity][ui]")
{
    TempDatabase t;
    MainWindow window(t.db);
    CHECK(window.findChild<MaturityPage *>(QStringLiteral("maturityPage")) != nullptr);
}
