// Screenshots of the window on a team database.
#include "Screenshots.h"

#include "csv/ImportWizard.h"
#include "customers/CustomerListModel.h"
#include "customers/CustomerEditor.h"
#include "customers/CustomersPage.h"
#include "dashboard/DashboardPage.h"
#include "orders/PurchasesPanel.h"
#include "privacy/EraseDialog.h"
#include "sync/OpenTeamDialog.h"
#include "value/CustomerPropositionBox.h"
#include "value/SegmentMembersModel.h"
#include "value/SegmentsPage.h"

#include <QCheckBox>
#include <QComboBox>
#include <QCoreApplication>
#include <QFile>
#include <QLabel>
#include <QMenu>
#include <QMenuBar>
#include <QPainter>
#include <QSignalSpy>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>

namespace relatio::shots {

void shootTeam(MainWindow &window, const DatabasePtr &db, const QString &address, const Save &save)
{
    window.showPage(window.customersPage());
    QTest::qWait(300);
    save(&window, "50-team-list");

    // The open File menu over the window, as people see it.
    QMenu *file = window.menuBar()->actions().first()->menu();
    file->popup(window.mapToGlobal(QPoint(10, 30)));
    QTest::qWait(300);
    QPixmap shot = window.grab();
    {
        QPainter painter(&shot);
        painter.drawPixmap(QPoint(4, window.menuBar()->height()), file->grab());
    }
    file->close();
    QLabel holder;
    holder.setPixmap(shot);
    holder.resize(shot.size());
    save(&holder, "51-team-file-menu");

    // A page that stands aside there (the segments).
    const QList<QWidget *> aside = window.findChildren<QWidget *>(QStringLiteral("fileOnlyPage"));
    if (!aside.isEmpty()) {
        window.showPage(aside.first());
        QTest::qWait(200);
        save(&window, "52-team-aside");
    }

    // The satisfaction figures, read from the team database: per channel, groups × channels and the
    // weekly channel use.
    if (auto *dashboard = window.findChild<DashboardPage *>(QStringLiteral("dashboardPage"))) {
        window.showPage(dashboard);
        auto settle = [dashboard]() { settleDashboard(dashboard); };
        dashboard->setPreset(RangePreset::Last12Months);
        dashboard->showTab(DashboardPage::ChannelsTab);
        settle();
        save(&window, "55-team-satisfaction");
        dashboard->showTab(DashboardPage::GroupsTab);
        dashboard->setGrouping(CustomerGrouping::Owner);
        settle();
        save(&window, "56-team-satisfaction-groups");
        dashboard->setPreset(RangePreset::LastQuarter);
        dashboard->showTab(DashboardPage::UsageTab);
        settle();
        save(&window, "57-team-satisfaction-usage");
    }
    window.showPage(window.customersPage());

    OpenTeamDialog dialog(&window);
    dialog.setAddress(address,
                      QCoreApplication::translate("relatio::OpenTeamDialog", "The team database could not be opened: %1")
                          .arg(QStringLiteral("Cannot connect to postgresql://anna@dbhost:5432/relatio_team: could not "
                                              "translate host name \"dbhost\" to address")));
    dialog.show();
    QTest::qWait(200);
    save(&dialog, "53-open-team");
    dialog.close();

    // Erasing the customer shown, on the team database: what will go.
    EraseDialog erase(db, window.customersPage()->editor()->original().id, QStringLiteral("Privacy Officer"), &window);
    erase.show();
    QTest::qWait(200);
    save(&erase, "54-team-erase");
    erase.close();

    // An import into the team database, made on this computer's copy of it: the check, and what was
    // sent.
    QTemporaryDir files;
    const QString csvPath = files.filePath(QStringLiteral("beurs-2026.csv"));
    {
        QFile csv(csvPath);
        if (!csv.open(QIODevice::WriteOnly))
            return;
        csv.write("Voornaam;Achternaam;E-mailadres;Woonplaats;Land\r\n"
                  "Ingrid;Haugen;ingrid@haugen.example;Tromsø;NO\r\n"
                  "Joris;Smit;joris@;Arnhem;NL\r\n"
                  "Lotte;Visser;lotte@visser.example;Zwolle;NL\r\n");
    }
    ImportWizard wizard(db, csvPath, &window);
    wizard.show();
    wizard.next();
    wizard.next();
    if (!QTest::qWaitFor([&wizard]() { return wizard.checkSummary().has_value(); }, 120000))
        qWarning("the check did not finish");
    QTest::qWait(300);
    save(&wizard, "58-team-import-check");
    if (auto *rejects = wizard.findChild<QCheckBox *>(QStringLiteral("rejectsBox")))
        rejects->setChecked(true);
    wizard.next();
    if (!QTest::qWaitFor([&wizard]() { return wizard.importSummary().has_value(); }, 120000))
        qWarning("the import did not finish");
    QTest::qWait(300);
    save(&wizard, "59-team-import-done");
    wizard.hide();

    // The value analysis, worked out on the same copy: the segments, and a customer's value beside
    // their orders.
    if (auto *segments = window.findChild<SegmentsPage *>()) {
        window.showPage(segments);
        if (!QTest::qWaitFor([segments]() { return !segments->isLoading(); }, 30000))
            qWarning("the segments did not finish reading");
        QTest::qWait(400);
        save(&window, "60-team-segments-none");
        QSignalSpy finished(segments, &SegmentsPage::analysisFinished);
        segments->startAnalysis(value::ValueSettings{});
        if (!finished.wait(300000))
            qWarning("the analysis did not finish");
        segments->selectSegment(1);
        if (!QTest::qWaitFor([segments]() { return !segments->isLoading(); }, 30000))
            qWarning("the members did not finish reading");
        QTest::qWait(400);
        save(&window, "61-team-segments");
        if (segments->membersModel()->rowCount() > 0) {
            segments->membersView()->setFocus();
            segments->membersView()->setCurrentIndex(segments->membersModel()->index(0, 0));
            QTest::keyClick(segments->membersView(), Qt::Key_Return);
            if (auto *box = window.customersPage()->purchasesPanel()->findChild<CustomerPropositionBox *>())
                if (!QTest::qWaitFor([box]() { return !box->isBusy(); }, 10000))
                    qWarning("the proposition did not finish");
            QTest::qWait(400);
            save(&window, "62-team-card-value");
        }
        // The list filtered by the first segment, its column showing it; then all customers again.
        CustomerListModel *list = window.customersPage()->model();
        window.showPage(window.customersPage());
        if (auto *filter = window.findChild<QComboBox *>(QStringLiteral("segmentFilter"))) {
            filter->setCurrentIndex(filter->findData(1));
            if (!QTest::qWaitFor([list]() { return !list->isLoading(); }, 30000))
                qWarning("the list did not finish reading");
            QTest::qWait(400);
            save(&window, "63-team-list-segment");
            filter->setCurrentIndex(filter->findData(-1));
            if (!QTest::qWaitFor([list]() { return !list->isLoading(); }, 30000))
                qWarning("the list did not finish reading");
        }
        // Satisfaction by value segment, read from the copy.
        if (auto *dashboard = window.findChild<DashboardPage *>(QStringLiteral("dashboardPage"))) {
            window.showPage(dashboard);
            dashboard->setPreset(RangePreset::Last12Months);
            dashboard->showTab(DashboardPage::GroupsTab);
            dashboard->setGrouping(CustomerGrouping::ValueSegment);
            settleDashboard(dashboard);
            save(&window, "64-team-satisfaction-segments");
        }
    }
}

void settleDashboard(DashboardPage *dashboard)
{
    if (!QTest::qWaitFor([dashboard]() { return !dashboard->isLoading(); }, 30000))
        qWarning("the dashboard did not finish reading");
    QTest::qWait(400);
}

} // namespace relatio::shots
