// The persona, cost and price-rule dialogs, the return-per-segment view and the customer's
// proposition box on small hand-made databases.
#include "TestSupport.h"

#include "value/CoPurchase.h"
#include "value/CostsDialog.h"
#include "value/CostsReturnView.h"
#include "value/CustomerPropositionBox.h"
#include "value/PersonasDialog.h"
#include "value/PriceRule.h"
#include "value/PriceRulesDialog.h"
#include "value/ValueSetupActions.h"

#include <QAction>
#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QElapsedTimer>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QSignalSpy>
#include <QSqlError>
#include <QSqlQuery>
#include <QTimer>
#include <QTreeWidget>
#include <QVariant>

using namespace relatio;
using relatio::test::TempDatabase;

namespace {

void sql(const DatabasePtr &db, const QString &statement)
{
    QSqlQuery q(db->connection());
    INFO(statement.toStdString());
    REQUIRE(q.exec(statement));
}

// Three customers: 1 a Champion tagged VIP in NL with tea and a mug, 2 an At Risk customer with
// tea and honey, 3 without purchases; products tea, mug, honey and a teapot.
void fill(const DatabasePtr &db)
{
    sql(db, QStringLiteral("INSERT INTO tag (id, uuid, name, created_at, updated_at) VALUES (1, 't1', 'VIP', '', '')"));
    for (int c = 1; c <= 3; ++c)
        sql(db, QStringLiteral("INSERT INTO customer (id, uuid, kind, given_name, family_name, country, created_at,"
                               " updated_at) VALUES (%1, 'c%1', 'person', 'Test', 'Customer %1', 'NL', '', '')").arg(c));
    sql(db, QStringLiteral("INSERT INTO customer_tag VALUES (1, 1)"));
    sql(db, QStringLiteral("INSERT INTO customer_value (customer_id, segment, recency_score, frequency_score,"
                           " monetary_score, recency_days, purchase_days, revenue_cents, clv, clv_tier) VALUES"
                           " (1, 1, 5, 5, 5, 3, 9, 90000, 1200, 1), (2, 8, 1, 3, 3, 200, 3, 20000, 80, 3)"));
    sql(db, QStringLiteral("INSERT INTO product (id, uuid, sku, name, category, list_price_cents, currency, created_at,"
                           " updated_at) VALUES (1, 'p1', 'T1', 'Green tea', 'Drinks', 1000, 'EUR', '', ''),"
                           " (2, 'p2', 'M1', 'Mug', 'Kitchen', 800, 'EUR', '', ''),"
                           " (3, 'p3', 'H1', 'Honey', 'Food', 600, 'EUR', '', ''),"
                           " (4, 'p4', 'P1', 'Teapot', 'Kitchen', 3000, 'EUR', '', '')"));
    int n = 0;
    auto buy = [&](int customer, int product, const char *day, int cents) {
        sql(db, QStringLiteral("INSERT INTO purchase (uuid, customer_id, ordered_on, amount_cents, currency, product_id,"
                               " created_at, updated_at) VALUES ('b%1', %2, '%3', %4, 'EUR', %5, '', '')")
                    .arg(++n).arg(customer).arg(QString::fromLatin1(day)).arg(cents).arg(product));
    };
    buy(1, 1, "2026-03-02", 1000);
    buy(1, 1, "2026-03-09", 1000);
    buy(1, 2, "2026-03-09", 800);
    buy(2, 1, "2026-03-03", 1000);
    buy(2, 3, "2026-03-04", 600);
    buy(2, 4, "2026-03-04", 3000);
}

// Runs fn on the next modal dialog that opens, then returns.
void onNextModal(std::function<void(QDialog *)> fn)
{
    QTimer::singleShot(0, [fn]() {
        auto *dialog = qobject_cast<QDialog *>(QApplication::activeModalWidget());
        REQUIRE(dialog);
        fn(dialog);
    });
}

} // namespace

TEST_CASE("Personas dialog adds, edits, counts and gives rules", "[propositions]")
{
    TempDatabase t;
    fill(t.db);
    PersonasDialog dialog(t.db);
    QSignalSpy counted(&dialog, &PersonasDialog::countsReady);
    QSignalSpy changed(&dialog, &PersonasDialog::personasChanged);
    auto *list = dialog.findChild<QListWidget *>(QStringLiteral("personaList"));
    REQUIRE(list);
    CHECK(list->count() == 0);

    dialog.findChild<QPushButton *>(QStringLiteral("newPersona"))->click();
    REQUIRE(list->count() == 1);
    const qint64 id = dialog.currentPersona();
    REQUIRE(id > 0);
    auto *name = dialog.findChild<QLineEdit *>(QStringLiteral("personaName"));
    name->setText(QStringLiteral("Tea lover"));
    emit name->textEdited(name->text());
    auto *channels = dialog.findChild<QListWidget *>(QStringLiteral("personaChannels"));
    REQUIRE(channels->count() > 1);
    channels->item(1)->setCheckState(Qt::Checked);
    dialog.findChild<QPushButton *>(QStringLiteral("savePersona"))->click();
    const auto saved = PersonaRepository(t.db).persona(id);
    REQUIRE(saved);
    CHECK(saved->name == QStringLiteral("Tea lover"));
    CHECK(saved->preferredChannels.size() == 1);

    // A rule through the rule dialog: tag VIP.
    onNextModal([](QDialog *rule) {
        auto *tag = rule->findChild<QComboBox *>(QStringLiteral("ruleTag"));
        REQUIRE(tag);
        tag->setCurrentIndex(tag->findText(QStringLiteral("VIP")));
        rule->findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok)->click();
    });
    dialog.findChild<QPushButton *>(QStringLiteral("addPersonaRule"))->click();
    CHECK(dialog.findChild<QTreeWidget *>(QStringLiteral("personaRules"))->topLevelItemCount() == 1);
    CHECK(changed.count() >= 2);

    // The counts arrive off the GUI thread: one VIP customer has the persona.
    while (dialog.isCounting())
        REQUIRE(counted.wait(5000));
    CHECK(dialog.counts().value(id) == 1);
    CHECK(dialog.counts().value(0) == 2);
    CHECK(list->item(0)->text().contains(QStringLiteral("Tea lover")));
    CHECK(list->item(0)->text().contains(QStringLiteral("1")));

    // An empty name is refused and kept on screen.
    name->setText(QString());
    emit name->textEdited(name->text());
    dialog.findChild<QPushButton *>(QStringLiteral("savePersona"))->click();
    CHECK(PersonaRepository(t.db).persona(id)->name == QStringLiteral("Tea lover"));
}

TEST_CASE("Costs dialog records an entry through its editor", "[propositions]")
{
    TempDatabase t;
    CostsDialog dialog(t.db);
    QSignalSpy changed(&dialog, &CostsDialog::costsChanged);
    onNextModal([](QDialog *editor) {
        editor->findChild<QComboBox *>(QStringLiteral("costKind"))->setCurrentIndex(0);
        auto *segment = editor->findChild<QComboBox *>(QStringLiteral("costSegment"));
        segment->setCurrentIndex(segment->findData(1));
        editor->findChild<QDateEdit *>(QStringLiteral("costFrom"))->setDate(QDate(2026, 3, 1));
        editor->findChild<QDateEdit *>(QStringLiteral("costTo"))->setDate(QDate(2026, 3, 31));
        auto *amount = editor->findChild<QLineEdit *>(QStringLiteral("costAmount"));
        // Not an amount: refused with a message, the editor stays open.
        amount->setText(QStringLiteral("lots"));
        editor->findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok)->click();
        REQUIRE(editor->isVisible());
        amount->setText(QStringLiteral("1250.50"));
        editor->findChild<QComboBox *>(QStringLiteral("costCurrency"))->setCurrentText(QStringLiteral("eur"));
        editor->findChild<QLineEdit *>(QStringLiteral("costNote"))->setText(QStringLiteral("Spring campaign"));
        editor->findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok)->click();
    });
    dialog.findChild<QPushButton *>(QStringLiteral("addCost"))->click();
    CHECK(changed.count() == 1);
    const auto entries = CostEntryRepository(t.db).entries();
    REQUIRE(entries);
    REQUIRE(entries->size() == 1);
    CHECK(entries->at(0).amountCents == 125050);
    CHECK(entries->at(0).currency == QStringLiteral("EUR"));
    CHECK(entries->at(0).segment == 1);
    CHECK(entries->at(0).kind == CostKind::Acquisition);
    auto *list = dialog.findChild<QTreeWidget *>(QStringLiteral("costList"));
    REQUIRE(list->topLevelItemCount() == 1);
    CHECK(list->topLevelItem(0)->text(5) == QStringLiteral("Spring campaign"));

    // Delete, then restore with the deleted ones shown.
    dialog.findChild<QPushButton *>(QStringLiteral("deleteCost"))->click();
    CHECK(list->topLevelItemCount() == 0);
    dialog.findChild<QCheckBox *>()->setChecked(true);
    REQUIRE(list->topLevelItemCount() == 1);
    list->setCurrentItem(list->topLevelItem(0));
    dialog.findChild<QPushButton *>(QStringLiteral("deleteCost"))->click();
    CHECK(CostEntryRepository(t.db).entries()->size() == 1);
}

TEST_CASE("Return view shows the best return first", "[propositions]")
{
    TempDatabase t;
    fill(t.db);
    CostEntryRepository costs(t.db);
    for (int segment : {1, 8}) {
        CostEntry e;
        e.kind = CostKind::Retention;
        e.segment = segment;
        e.periodStart = QDate(2026, 3, 1);
        e.periodEnd = QDate(2026, 3, 31);
        e.amountCents = 1000;
        e.currency = QStringLiteral("EUR");
        REQUIRE(costs.add(e));
    }
    CostsReturnView view(t.db);
    QSignalSpy refreshed(&view, &CostsReturnView::refreshed);
    view.setPeriod(QDate(2026, 3, 1), QDate(2026, 3, 31));
    while (view.isBusy())
        REQUIRE(refreshed.wait(5000));
    const ReturnReport &report = view.model()->report();
    CHECK(report.currency == QStringLiteral("EUR"));
    REQUIRE(view.chartLabels().size() == 2);
    // At Risk: 4,600 against 1,000 → +360%; Champions 2,800 → +180%.
    CHECK(view.chartLabels().at(0).startsWith(QStringLiteral("At Risk")));
    CHECK(view.chartLabels().at(1).startsWith(QStringLiteral("Champions")));
    CHECK(view.model()->rowCount() == 10);
}

TEST_CASE("Proposition box shows persona, prices and suggestions", "[propositions]")
{
    TempDatabase t;
    fill(t.db);
    PersonaRepository personas(t.db);
    Persona p;
    p.name = QStringLiteral("Tea lover");
    p.description = QStringLiteral("Buys tea every week");
    p.needs = QStringLiteral("Fresh stock");
    const auto pid = personas.add(p);
    REQUIRE(pid);
    PersonaRule r;
    r.personaId = *pid;
    r.priority = 1;
    r.tagId = 1;
    REQUIRE(personas.addRule(r));
    PriceRule rule;
    rule.name = QStringLiteral("Tea lovers 25% off");
    rule.priority = 1;
    rule.personaId = *pid;
    rule.discountPercent = 25;
    REQUIRE(PriceRuleRepository(t.db).add(rule));

    CustomerPropositionBox box(t.db);
    QSignalSpy shown(&box, &CustomerPropositionBox::shown);
    // Before the co-purchase counts exist the box says when suggestions come.
    box.showCustomer(1);
    REQUIRE(shown.wait(5000));
    CHECK(box.personaText() == QStringLiteral("Tea lover"));
    CHECK(box.pricesText().contains(QStringLiteral("Green tea")));
    CHECK(box.pricesText().contains(QStringLiteral("Tea lovers 25% off")));
    CHECK(box.pricesText().contains(QStringLiteral("7.50")));
    CHECK(box.suggestionsText().contains(QStringLiteral("value analysis")));

    REQUIRE(CoPurchase::rebuild(t.db));
    box.refresh();
    REQUIRE(shown.wait(5000));
    // Customer 2 bought tea with honey and a teapot.
    CHECK(box.suggestionsText().contains(QStringLiteral("Honey")));
    CHECK(box.suggestionsText().contains(QStringLiteral("Teapot")));
    CHECK_FALSE(box.suggestionsText().contains(QStringLiteral("Mug")));

    box.showCustomer(3);
    REQUIRE(shown.wait(5000));
    CHECK(box.personaText() == QStringLiteral("No persona"));
    CHECK(box.pricesText().contains(QStringLiteral("No purchases")));
}

TEST_CASE("Price rules dialog lists rules in the order they are tried", "[propositions]")
{
    TempDatabase t;
    fill(t.db);
    PriceRuleRepository repo(t.db);
    PriceRule all;
    all.name = QStringLiteral("Everyone 5%");
    all.priority = 5;
    all.discountPercent = 5;
    REQUIRE(repo.add(all));
    PriceRule tea;
    tea.name = QStringLiteral("Tea price");
    tea.priority = 5;
    tea.productId = 1;
    tea.priceCents = 900;
    tea.currency = QStringLiteral("EUR");
    REQUIRE(repo.add(tea));
    PriceRulesDialog dialog(t.db);
    auto *list = dialog.findChild<QTreeWidget *>(QStringLiteral("priceRuleList"));
    REQUIRE(list->topLevelItemCount() == 2);
    CHECK(list->topLevelItem(0)->text(1) == QStringLiteral("Tea price"));
    CHECK(list->topLevelItem(0)->text(2) == QStringLiteral("Green tea"));
    CHECK(list->topLevelItem(1)->text(2) == QStringLiteral("All products"));
    CHECK(list->topLevelItem(1)->text(4) == QStringLiteral("5% off"));

    QSignalSpy changed(&dialog, &PriceRulesDialog::rulesChanged);
    onNextModal([](QDialog *editor) {
        editor->findChild<QLineEdit *>(QStringLiteral("ruleName"))->setText(QStringLiteral("Kitchen for champions"));
        auto *scope = editor->findChild<QComboBox *>(QStringLiteral("ruleScope"));
        scope->setCurrentIndex(1);
        editor->findChild<QComboBox *>(QStringLiteral("ruleCategory"))->setCurrentText(QStringLiteral("Kitchen"));
        auto *segment = editor->findChild<QComboBox *>(QStringLiteral("ruleSegment"));
        segment->setCurrentIndex(segment->findData(1));
        editor->findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok)->click();
    });
    dialog.findChild<QPushButton *>(QStringLiteral("addPriceRule"))->click();
    CHECK(changed.count() == 1);
    REQUIRE(list->topLevelItemCount() == 3);
    const auto rules = repo.rules();
    REQUIRE(rules);
    const auto kitchen = std::find_if(rules->cbegin(), rules->cend(), [](const PriceRule &r) { return r.category == QStringLiteral("Kitchen"); });
    REQUIRE(kitchen != rules->cend());
    CHECK(kitchen->segment == 1);
    CHECK(kitchen->discountPercent == 10);
}

TEST_CASE("Value setup actions name their dialogs", "[propositions]")
{
    TempDatabase t;
    QWidget parent;
    ValueSetupActions actions(t.db, t.db, &parent);
    CHECK(actions.personasAction()->text() == QStringLiteral("&Personas…"));
    CHECK(actions.costsAction()->text() == QStringLiteral("&Costs…"));
    CHECK(actions.priceRulesAction()->text() == QStringLiteral("P&rice Rules…"));
    QSignalSpy changed(&actions, &ValueSetupActions::changed);
    onNextModal([](QDialog *dialog) {
        CHECK(dialog->objectName() == QStringLiteral("costsDialog"));
        dialog->reject();
    });
    actions.costsAction()->trigger();
    CHECK(changed.count() == 0);
}
