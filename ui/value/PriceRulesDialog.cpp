// The price rule list and editor.
#include "value/PriceRulesDialog.h"

#include "csv/CsvUi.h"
#include "value/Persona.h"
#include "value/Pricing.h"
#include "value/PricingFormat.h"

#include <QButtonGroup>
#include <QCheckBox>
#include <QComboBox>
#include <QCompleter>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QDoubleSpinBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPushButton>
#include <QRadioButton>
#include <QSpinBox>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace relatio {

namespace {

enum Column { Priority, Name, Products, Customers, Price, Valid, ColumnCount };

QPushButton *button(const QString &text, const QString &name)
{
    auto *b = new QPushButton(text);
    b->setAutoDefault(false);
    b->setObjectName(name);
    return b;
}

QDateEdit *dateEdit(QDate date, const QString &name)
{
    auto *edit = new QDateEdit(date.isValid() ? date : QDate::currentDate());
    edit->setObjectName(name);
    edit->setCalendarPopup(true);
    QString format = QLocale().dateFormat(QLocale::ShortFormat);
    if (!format.contains(QLatin1String("yyyy")))
        format.replace(QLatin1String("yy"), QLatin1String("yyyy"));
    edit->setDisplayFormat(format);
    return edit;
}

QString validText(const PriceRule &r)
{
    const QLocale locale;
    if (r.validFrom.isValid() && r.validTo.isValid())
        return PriceRulesDialog::tr("%1 – %2").arg(locale.toString(r.validFrom, QLocale::ShortFormat),
                                                   locale.toString(r.validTo, QLocale::ShortFormat));
    if (r.validFrom.isValid())
        return PriceRulesDialog::tr("from %1").arg(locale.toString(r.validFrom, QLocale::ShortFormat));
    if (r.validTo.isValid())
        return PriceRulesDialog::tr("until %1").arg(locale.toString(r.validTo, QLocale::ShortFormat));
    return PriceRulesDialog::tr("always");
}

} // namespace

QString PriceRulesDialog::priceText(const PriceRule &r)
{
    if (r.discountPercent)
        return tr("%1% off").arg(QLocale().toString(*r.discountPercent, 'g', 4));
    if (r.priceCents)
        return PricingFormat::money(double(*r.priceCents), r.currency);
    return {};
}

QString PriceRulesDialog::scopeText(const PriceRule &r)
{
    switch (r.scope()) {
    case PriceRule::Scope::Product:
        return r.productName;
    case PriceRule::Scope::Category:
        return tr("Category %1").arg(r.category);
    case PriceRule::Scope::AllProducts:
        break;
    }
    return tr("All products");
}

QString PriceRulesDialog::customerText(const PriceRule &r)
{
    QStringList parts;
    if (r.segment)
        parts << PricingFormat::segmentName(*r.segment);
    if (r.clvTier)
        parts << tr("CLV tier %1").arg(*r.clvTier);
    if (r.personaId > 0)
        parts << tr("persona %1").arg(r.personaName);
    return parts.isEmpty() ? tr("Everyone") : parts.join(QStringLiteral(", "));
}

PriceRulesDialog::PriceRulesDialog(DatabasePtr db, QWidget *parent)
    : QDialog(parent)
    , m_db(db)
    , m_repository(db)
{
    setObjectName(QStringLiteral("priceRulesDialog"));
    setWindowTitle(tr("Price Rules"));
    m_list = new QTreeWidget;
    m_list->setObjectName(QStringLiteral("priceRuleList"));
    m_list->setRootIsDecorated(false);
    m_list->setUniformRowHeights(true);
    m_list->setHeaderLabels({tr("Priority"), tr("Name"), tr("Products"), tr("Customers"), tr("Price"), tr("Valid")});
    m_list->header()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_list->header()->setSectionResizeMode(Name, QHeaderView::Stretch);
    m_list->header()->setStretchLastSection(false);
    m_showDeleted = new QCheckBox(tr("Show &deleted"));
    auto *add = button(tr("&Add…"), QStringLiteral("addPriceRule"));
    m_edit = button(tr("&Edit…"), QStringLiteral("editPriceRule"));
    m_delete = button(tr("De&lete"), QStringLiteral("deletePriceRule"));
    m_error = csvui::errorLabel();
    auto *row = new QHBoxLayout;
    row->addWidget(add);
    row->addWidget(m_edit);
    row->addWidget(m_delete);
    row->addStretch();
    row->addWidget(m_showDeleted);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close);
    connect(buttons, &QDialogButtonBox::rejected, this, &PriceRulesDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(csvui::noteLabel(
        tr("A customer's price is given by the first rule that applies, in this order: lowest priority number first; "
           "at equal priority a rule for one product before one for a category before one for all products, then "
           "the rule with more conditions on the customer. When no rule applies, the list price holds.")));
    layout->addWidget(m_list, 1);
    layout->addLayout(row);
    layout->addWidget(m_error);
    layout->addWidget(buttons);
    resize(920, 500);

    connect(m_list, &QTreeWidget::currentItemChanged, this, &PriceRulesDialog::selectionChanged);
    connect(m_list, &QTreeWidget::itemDoubleClicked, this, &PriceRulesDialog::edit);
    connect(m_showDeleted, &QCheckBox::toggled, this, [this]() { fill(currentRule()); });
    connect(add, &QPushButton::clicked, this, &PriceRulesDialog::add);
    connect(m_edit, &QPushButton::clicked, this, &PriceRulesDialog::edit);
    connect(m_delete, &QPushButton::clicked, this, &PriceRulesDialog::deleteOrRestore);
    fill(0);
}

qint64 PriceRulesDialog::currentRule() const
{
    const QTreeWidgetItem *item = m_list->currentItem();
    return item ? item->data(0, Qt::UserRole).toLongLong() : 0;
}

void PriceRulesDialog::fill(qint64 select)
{
    m_list->clear();
    const auto rules = m_repository.rules(m_showDeleted->isChecked());
    if (!rules) {
        csvui::setMessage(m_error, rules.error().message);
        selectionChanged();
        return;
    }
    QTreeWidgetItem *selected = nullptr;
    for (const PriceRule &r : *rules) {
        auto *item = new QTreeWidgetItem(m_list);
        item->setText(Priority, QString::number(r.priority));
        item->setTextAlignment(Priority, Qt::AlignRight | Qt::AlignVCenter);
        item->setText(Name, r.deleted ? tr("%1 (deleted)").arg(r.name) : r.name);
        item->setText(Products, scopeText(r));
        item->setText(Customers, customerText(r));
        item->setText(Price, priceText(r));
        item->setText(Valid, validText(r));
        item->setData(0, Qt::UserRole, r.id);
        item->setData(0, Qt::UserRole + 1, r.deleted);
        if (r.deleted)
            for (int c = 0; c < ColumnCount; ++c)
                item->setForeground(c, palette().brush(QPalette::Disabled, QPalette::Text));
        if (r.id == select)
            selected = item;
    }
    m_list->setCurrentItem(selected ? selected : m_list->topLevelItem(0));
    selectionChanged();
}

void PriceRulesDialog::selectionChanged()
{
    const QTreeWidgetItem *item = m_list->currentItem();
    const bool deleted = item && item->data(0, Qt::UserRole + 1).toBool();
    m_edit->setEnabled(item && !deleted);
    m_delete->setEnabled(item != nullptr);
    m_delete->setText(deleted ? tr("&Restore") : tr("De&lete"));
}

bool PriceRulesDialog::editRule(PriceRule &rule, bool isNew)
{
    QDialog dialog(this);
    dialog.setObjectName(QStringLiteral("priceRuleDialog"));
    dialog.setWindowTitle(isNew ? tr("New Price Rule") : tr("Edit Price Rule"));

    auto *name = new QLineEdit(rule.name);
    name->setObjectName(QStringLiteral("ruleName"));
    name->setPlaceholderText(tr("e.g. “Champions 10% off”"));
    auto *priority = new QSpinBox;
    priority->setObjectName(QStringLiteral("rulePriority"));
    priority->setRange(0, 9999);
    priority->setValue(rule.priority);

    // What it applies to.
    auto *scope = new QComboBox;
    scope->setObjectName(QStringLiteral("ruleScope"));
    scope->addItem(tr("All products"), int(PriceRule::Scope::AllProducts));
    scope->addItem(tr("A category"), int(PriceRule::Scope::Category));
    scope->addItem(tr("One product"), int(PriceRule::Scope::Product));
    scope->setCurrentIndex(scope->findData(int(rule.scope())));
    auto *category = new QComboBox;
    category->setObjectName(QStringLiteral("ruleCategory"));
    category->setEditable(true);
    category->addItems(m_repository.categories().value_or(QStringList()));
    category->setCurrentText(rule.category);
    auto *product = new QComboBox;
    product->setObjectName(QStringLiteral("ruleProduct"));
    product->setEditable(true);
    product->setInsertPolicy(QComboBox::NoInsert);
    product->completer()->setFilterMode(Qt::MatchContains);
    product->completer()->setCompletionMode(QCompleter::PopupCompletion);
    for (const ProductInfo &p : Pricing(m_db).products().value_or(QList<ProductInfo>())) {
        const QString label = p.sku.isEmpty() ? p.name : tr("%1 (%2)").arg(p.name, p.sku);
        product->addItem(label, p.id);
    }
    product->setCurrentIndex(product->findData(rule.productId));
    auto *target = new QHBoxLayout;
    target->addWidget(scope);
    target->addWidget(category, 1);
    target->addWidget(product, 1);
    auto showScope = [scope, category, product]() {
        const auto s = PriceRule::Scope(scope->currentData().toInt());
        category->setVisible(s == PriceRule::Scope::Category);
        product->setVisible(s == PriceRule::Scope::Product);
    };
    connect(scope, &QComboBox::currentIndexChanged, &dialog, showScope);
    showScope();

    // For whom.
    auto *segment = new QComboBox;
    segment->setObjectName(QStringLiteral("ruleSegment"));
    segment->addItem(tr("Any segment"), 0);
    for (int s = 1; s <= 10; ++s)
        segment->addItem(PricingFormat::segmentName(s), s);
    segment->setCurrentIndex(std::max(0, segment->findData(rule.segment.value_or(0))));
    auto *tier = new QComboBox;
    tier->setObjectName(QStringLiteral("ruleTier"));
    for (int t = 0; t <= 4; ++t)
        tier->addItem(PricingFormat::clvTierName(t), t);
    tier->setCurrentIndex(std::max(0, tier->findData(rule.clvTier.value_or(0))));
    auto *persona = new QComboBox;
    persona->setObjectName(QStringLiteral("rulePersona"));
    persona->addItem(tr("Any persona"), qint64(0));
    for (const Persona &p : PersonaRepository(m_db).personas().value_or(QList<Persona>()))
        persona->addItem(p.name, p.id);
    persona->setCurrentIndex(std::max(0, persona->findData(rule.personaId)));

    // The price.
    auto *discountChoice = new QRadioButton(tr("Take a &percentage off the list price:"));
    auto *priceChoice = new QRadioButton(tr("&Set the price to:"));
    auto *choices = new QButtonGroup(&dialog);
    choices->addButton(discountChoice);
    choices->addButton(priceChoice);
    auto *discount = new QDoubleSpinBox;
    discount->setObjectName(QStringLiteral("ruleDiscount"));
    discount->setRange(0, 100);
    discount->setDecimals(1);
    discount->setSuffix(QStringLiteral("%"));
    discount->setValue(rule.discountPercent.value_or(10));
    auto *price = new QLineEdit(rule.priceCents ? QLocale().toString(*rule.priceCents / 100.0, 'f', 2) : QString());
    price->setObjectName(QStringLiteral("rulePrice"));
    auto *currency = new QComboBox;
    currency->setEditable(true);
    currency->setObjectName(QStringLiteral("ruleCurrency"));
    currency->addItems({QStringLiteral("EUR"), QStringLiteral("NOK"), QStringLiteral("USD"), QStringLiteral("GBP")});
    currency->setCurrentText(rule.currency.isEmpty() ? QStringLiteral("EUR") : rule.currency);
    (rule.priceCents ? priceChoice : discountChoice)->setChecked(true);
    auto *priceGrid = new QGridLayout;
    priceGrid->addWidget(discountChoice, 0, 0);
    priceGrid->addWidget(discount, 0, 1);
    priceGrid->addWidget(priceChoice, 1, 0);
    auto *priceRow = new QHBoxLayout;
    priceRow->addWidget(price, 1);
    priceRow->addWidget(currency);
    priceGrid->addLayout(priceRow, 1, 1);
    priceGrid->setColumnStretch(2, 1);
    auto enablePrice = [discountChoice, discount, price, currency]() {
        discount->setEnabled(discountChoice->isChecked());
        price->setEnabled(!discountChoice->isChecked());
        currency->setEnabled(!discountChoice->isChecked());
    };
    connect(discountChoice, &QRadioButton::toggled, &dialog, enablePrice);
    enablePrice();

    // When.
    auto *fromOn = new QCheckBox(tr("From"));
    auto *from = dateEdit(rule.validFrom, QStringLiteral("ruleFrom"));
    auto *toOn = new QCheckBox(tr("until"));
    auto *to = dateEdit(rule.validTo, QStringLiteral("ruleTo"));
    fromOn->setChecked(rule.validFrom.isValid());
    toOn->setChecked(rule.validTo.isValid());
    from->setEnabled(fromOn->isChecked());
    to->setEnabled(toOn->isChecked());
    connect(fromOn, &QCheckBox::toggled, from, &QWidget::setEnabled);
    connect(toOn, &QCheckBox::toggled, to, &QWidget::setEnabled);
    auto *valid = new QHBoxLayout;
    valid->addWidget(fromOn);
    valid->addWidget(from);
    valid->addWidget(toOn);
    valid->addWidget(to);
    valid->addStretch();

    auto *form = new QFormLayout(&dialog);
    form->addRow(tr("&Name:"), name);
    form->addRow(tr("P&riority:"), priority);
    form->addRow(QString(), csvui::noteLabel(tr("Lower numbers are tried first.")));
    // Rows holding several fields get a label with a buddy, so the mnemonic works.
    auto *targetLabel = new QLabel(tr("&Applies to:"));
    targetLabel->setBuddy(scope);
    form->addRow(targetLabel, target);
    form->addRow(tr("Se&gment:"), segment);
    form->addRow(tr("CLV &tier:"), tier);
    form->addRow(tr("Pers&ona:"), persona);
    form->addRow(tr("Price:"), priceGrid);
    auto *validLabel = new QLabel(tr("&Valid:"));
    validLabel->setBuddy(fromOn);
    form->addRow(validLabel, valid);
    auto *error = csvui::errorLabel();
    form->addRow(error);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel);
    form->addRow(buttons);
    connect(buttons, &QDialogButtonBox::rejected, &dialog, &QDialog::reject);
    connect(buttons, &QDialogButtonBox::accepted, &dialog, [&]() {
        PriceRule edited = rule;
        edited.name = name->text();
        edited.priority = priority->value();
        const auto s = PriceRule::Scope(scope->currentData().toInt());
        edited.productId = 0;
        edited.category.clear();
        if (s == PriceRule::Scope::Product) {
            // The typed text must name a product in the list.
            const int index = product->findText(product->currentText());
            if (index < 0) {
                csvui::setMessage(error, tr("Choose the product from the list."));
                product->setFocus();
                return;
            }
            edited.productId = product->itemData(index).toLongLong();
        } else if (s == PriceRule::Scope::Category) {
            edited.category = category->currentText().trimmed();
            if (edited.category.isEmpty()) {
                csvui::setMessage(error, tr("Give the category the rule applies to."));
                category->setFocus();
                return;
            }
        }
        const int seg = segment->currentData().toInt();
        edited.segment = seg > 0 ? std::optional<int>(seg) : std::nullopt;
        const int t = tier->currentData().toInt();
        edited.clvTier = t > 0 ? std::optional<int>(t) : std::nullopt;
        edited.personaId = persona->currentData().toLongLong();
        edited.discountPercent.reset();
        edited.priceCents.reset();
        edited.currency.clear();
        if (discountChoice->isChecked()) {
            edited.discountPercent = discount->value();
        } else {
            const auto cents = PricingFormat::parseCents(price->text());
            if (!cents) {
                csvui::setMessage(error, tr("“%1” is not a price; write it like %2.")
                                             .arg(price->text(), QLocale().toString(12.5, 'f', 2)));
                price->setFocus();
                return;
            }
            edited.priceCents = *cents;
            edited.currency = currency->currentText().trimmed().toUpper();
        }
        edited.validFrom = fromOn->isChecked() ? from->date() : QDate();
        edited.validTo = toOn->isChecked() ? to->date() : QDate();
        if (const auto ok = m_repository.validate(edited); !ok) {
            csvui::setMessage(error, ok.error().message);
            return;
        }
        rule = edited;
        dialog.accept();
    });
    dialog.resize(std::max(dialog.sizeHint().width(), 560), dialog.sizeHint().height());
    return dialog.exec() == QDialog::Accepted;
}

void PriceRulesDialog::add()
{
    PriceRule rule;
    rule.priority = 10;
    rule.discountPercent = 10;
    if (!editRule(rule, true))
        return;
    const auto id = m_repository.add(rule);
    csvui::setMessage(m_error, id ? QString() : id.error().message);
    if (id) {
        fill(*id);
        emit rulesChanged();
    }
}

void PriceRulesDialog::edit()
{
    const qint64 id = currentRule();
    auto rule = m_repository.rule(id);
    if (!rule || rule->deleted)
        return;
    if (!editRule(*rule, false))
        return;
    const auto saved = m_repository.update(*rule);
    csvui::setMessage(m_error, saved ? QString() : saved.error().message);
    fill(id);
    if (saved)
        emit rulesChanged();
}

void PriceRulesDialog::deleteOrRestore()
{
    const qint64 id = currentRule();
    const auto rule = m_repository.rule(id);
    if (!rule)
        return;
    const Result<void> done = rule->deleted ? m_repository.restore(id) : m_repository.remove(id);
    csvui::setMessage(m_error, done ? QString() : done.error().message);
    fill(id);
    if (done)
        emit rulesChanged();
}

} // namespace relatio
