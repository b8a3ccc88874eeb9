// Editing personas and their rules.
#include "value/PersonasDialog.h"

#include "csv/CsvUi.h"
#include "customers/CustomerRepository.h"
#include "dashboard/LatestJobRunner.h"
#include "i18n/Countries.h"
#include "interactions/ChannelListModel.h"
#include "value/PricingFormat.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QLocale>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QSplitter>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace relatio {

namespace {

QPushButton *button(const QString &text, const QString &name)
{
    auto *b = new QPushButton(text);
    b->setAutoDefault(false);
    b->setObjectName(name);
    return b;
}

QPlainTextEdit *textBox(const QString &name, const QString &placeholder, int lines)
{
    auto *edit = new QPlainTextEdit;
    edit->setObjectName(name);
    edit->setPlaceholderText(placeholder);
    edit->setTabChangesFocus(true);
    const int line = edit->fontMetrics().lineSpacing();
    edit->setMinimumHeight(line * lines + 12);
    edit->setMaximumHeight(line * (lines + 2) + 12);
    return edit;
}

QString anyText()
{
    return PersonasDialog::tr("Any");
}

} // namespace

PersonasDialog::PersonasDialog(DatabasePtr db, QWidget *parent)
    : QDialog(parent)
    , m_db(db)
    , m_repository(db)
    , m_channels(new ChannelListModel(db, this))
    , m_counter(new LatestJobRunner(db, QStringLiteral("persona counts"), this))
{
    setObjectName(QStringLiteral("personasDialog"));
    setWindowTitle(tr("Personas"));

    m_list = new QListWidget;
    m_list->setObjectName(QStringLiteral("personaList"));
    m_showDeleted = new QCheckBox(tr("Show &deleted"));
    auto *add = button(tr("&New"), QStringLiteral("newPersona"));
    m_delete = button(tr("De&lete"), QStringLiteral("deletePersona"));
    m_up = button(tr("Move &Up"), QStringLiteral("movePersonaUp"));
    m_down = button(tr("Move Do&wn"), QStringLiteral("movePersonaDown"));
    m_countLabel = csvui::noteLabel();
    m_countLabel->setObjectName(QStringLiteral("personaCounts"));

    auto *listButtons = new QGridLayout;
    listButtons->addWidget(add, 0, 0);
    listButtons->addWidget(m_delete, 0, 1);
    listButtons->addWidget(m_up, 1, 0);
    listButtons->addWidget(m_down, 1, 1);
    auto *left = new QVBoxLayout;
    left->setContentsMargins(0, 0, 0, 0);
    left->addWidget(new QLabel(tr("Personas, in order:")));
    left->addWidget(m_list, 1);
    left->addWidget(m_showDeleted);
    left->addLayout(listButtons);
    left->addWidget(m_countLabel);
    auto *leftWidget = new QWidget;
    leftWidget->setLayout(left);

    m_name = new QLineEdit;
    m_name->setObjectName(QStringLiteral("personaName"));
    m_description = textBox(QStringLiteral("personaDescription"), tr("Who they are, in a sentence or two"), 2);
    m_needs = textBox(QStringLiteral("personaNeeds"), tr("What they need from us"), 2);
    m_motives = textBox(QStringLiteral("personaMotives"), tr("Why they buy"), 2);
    m_channelList = new QListWidget;
    m_channelList->setObjectName(QStringLiteral("personaChannels"));
    m_channelList->setDragDropMode(QAbstractItemView::InternalMove);
    m_channelList->setToolTip(tr("Tick the channels this persona prefers; drag to put the most preferred first."));
    m_channelList->setMaximumHeight(m_channelList->fontMetrics().lineSpacing() * 7);
    m_save = button(tr("&Save Changes"), QStringLiteral("savePersona"));
    auto *form = new QFormLayout;
    form->setFieldGrowthPolicy(QFormLayout::ExpandingFieldsGrow);
    form->addRow(tr("&Name:"), m_name);
    form->addRow(tr("D&escription:"), m_description);
    form->addRow(tr("Nee&ds:"), m_needs);
    form->addRow(tr("M&otives:"), m_motives);
    form->addRow(tr("Preferred &channels:"), m_channelList);
    auto *saveRow = new QHBoxLayout;
    saveRow->addStretch();
    saveRow->addWidget(m_save);
    form->addRow(saveRow);

    m_rules = new QTreeWidget;
    m_rules->setObjectName(QStringLiteral("personaRules"));
    m_rules->setRootIsDecorated(false);
    m_rules->setHeaderLabels({tr("Priority"), tr("Segment"), tr("Tag"), tr("Country")});
    m_rules->header()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_rules->header()->setStretchLastSection(true);
    m_addRule = button(tr("&Add Rule…"), QStringLiteral("addPersonaRule"));
    m_editRule = button(tr("Ed&it Rule…"), QStringLiteral("editPersonaRule"));
    m_deleteRule = button(tr("Delete R&ule"), QStringLiteral("deletePersonaRule"));
    auto *ruleButtons = new QHBoxLayout;
    ruleButtons->addWidget(m_addRule);
    ruleButtons->addWidget(m_editRule);
    ruleButtons->addWidget(m_deleteRule);
    ruleButtons->addStretch();
    auto *rulesBox = new QGroupBox(tr("Customers get this persona when"));
    auto *rulesLayout = new QVBoxLayout(rulesBox);
    rulesLayout->addWidget(m_rules, 1);
    rulesLayout->addLayout(ruleButtons);

    auto *right = new QVBoxLayout;
    right->setContentsMargins(0, 0, 0, 0);
    right->addLayout(form);
    right->addWidget(rulesBox, 1);
    auto *rightWidget = new QWidget;
    rightWidget->setLayout(right);

    auto *splitter = new QSplitter;
    splitter->addWidget(leftWidget);
    splitter->addWidget(rightWidget);
    splitter->setStretchFactor(0, 0);
    splitter->setStretchFactor(1, 1);
    // Room for "name · 12,345 customers" in longer languages too.
    splitter->setSizes({320, 640});
    splitter->setChildrenCollapsible(false);

    m_error = csvui::errorLabel();
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close);
    connect(buttons, &QDialogButtonBox::rejected, this, &PersonasDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(csvui::noteLabel(
        tr("Rules are checked by priority (1 first; at equal priority in the order of the list). The first rule "
           "whose conditions all hold gives the customer its persona; an empty condition always holds.")));
    layout->addWidget(splitter, 1);
    layout->addWidget(m_error);
    layout->addWidget(buttons);
    resize(1000, 660);

    connect(m_list, &QListWidget::currentRowChanged, this, &PersonasDialog::personaChanged);
    connect(m_showDeleted, &QCheckBox::toggled, this, [this]() { fillPersonas(currentPersona()); });
    connect(add, &QPushButton::clicked, this, &PersonasDialog::addPersona);
    connect(m_delete, &QPushButton::clicked, this, &PersonasDialog::deleteOrRestore);
    connect(m_up, &QPushButton::clicked, this, [this]() { movePersona(-1); });
    connect(m_down, &QPushButton::clicked, this, [this]() { movePersona(+1); });
    connect(m_save, &QPushButton::clicked, this, &PersonasDialog::saveCurrent);
    connect(m_name, &QLineEdit::textEdited, this, &PersonasDialog::markDirty);
    for (QPlainTextEdit *edit : {m_description, m_needs, m_motives})
        connect(edit, &QPlainTextEdit::textChanged, this, &PersonasDialog::markDirty);
    connect(m_channelList, &QListWidget::itemChanged, this, &PersonasDialog::markDirty);
    connect(m_channelList->model(), &QAbstractItemModel::rowsMoved, this, &PersonasDialog::markDirty);
    connect(m_addRule, &QPushButton::clicked, this, [this]() { editRule(true); });
    connect(m_editRule, &QPushButton::clicked, this, [this]() { editRule(false); });
    connect(m_rules, &QTreeWidget::itemDoubleClicked, this, [this]() { editRule(false); });
    connect(m_rules, &QTreeWidget::currentItemChanged, this, [this]() {
        const bool live = m_rules->currentItem() != nullptr;
        m_editRule->setEnabled(live);
        m_deleteRule->setEnabled(live);
    });
    connect(m_deleteRule, &QPushButton::clicked, this, &PersonasDialog::deleteRule);
    connect(m_counter, &LatestJobRunner::delivered, this, &PersonasDialog::countsReady);

    fillPersonas(0);
    recount();
}

PersonasDialog::~PersonasDialog() = default;

bool PersonasDialog::isCounting() const
{
    return m_counter->isBusy();
}

qint64 PersonasDialog::currentPersona() const
{
    const QListWidgetItem *item = m_list->currentItem();
    return item ? item->data(Qt::UserRole).toLongLong() : 0;
}

void PersonasDialog::selectPersona(qint64 id)
{
    for (int i = 0; i < m_list->count(); ++i)
        if (m_list->item(i)->data(Qt::UserRole).toLongLong() == id)
            m_list->setCurrentRow(i);
}

void PersonasDialog::showError(const QString &message)
{
    csvui::setMessage(m_error, message);
}

void PersonasDialog::fillPersonas(qint64 select)
{
    m_filling = true;
    m_list->clear();
    const auto personas = m_repository.personas(m_showDeleted->isChecked());
    m_filling = false;
    if (!personas) {
        showError(personas.error().message);
        personaChanged();
        return;
    }
    for (const Persona &p : *personas) {
        auto *item = new QListWidgetItem(m_list);
        item->setData(Qt::UserRole, p.id);
        item->setData(Qt::UserRole + 1, p.deleted);
        item->setData(Qt::UserRole + 2, p.name);
        item->setToolTip(p.description);
        if (p.deleted)
            item->setForeground(palette().brush(QPalette::Disabled, QPalette::Text));
    }
    updateCountLabels();
    m_shown = 0;
    if (m_list->count() > 0)
        m_list->setCurrentRow(0);
    if (select > 0)
        selectPersona(select);
    personaChanged();
}

void PersonasDialog::updateCountLabels()
{
    const QLocale locale;
    qint64 counted = 0;
    for (int i = 0; i < m_list->count(); ++i) {
        QListWidgetItem *item = m_list->item(i);
        const QString name = item->data(Qt::UserRole + 2).toString();
        const qint64 id = item->data(Qt::UserRole).toLongLong();
        if (item->data(Qt::UserRole + 1).toBool()) {
            item->setText(tr("%1 (deleted)").arg(name));
            continue;
        }
        counted += m_counts.value(id);
        item->setText(m_counts.isEmpty() ? name : tr("%1 · %2 customers").arg(name, locale.toString(m_counts.value(id))));
    }
    if (m_counts.isEmpty())
        m_countLabel->setText(m_counter->isBusy() ? tr("Counting the customers…") : QString());
    else
        m_countLabel->setText(tr("%1 customers have a persona; %2 have none.")
                                  .arg(locale.toString(counted), locale.toString(m_counts.value(0))));
}

void PersonasDialog::personaChanged()
{
    if (m_filling)
        return;
    const qint64 id = currentPersona();
    if (m_dirty && m_shown > 0 && m_shown != id) {
        // Leaving a persona keeps what was typed; a refusal (an empty name) takes the user back.
        const qint64 leaving = m_shown;
        if (!saveCurrent()) {
            QSignalBlocker block(m_list);
            selectPersona(leaving);
            return;
        }
        fillPersonas(id);
        return;
    }
    m_shown = id;
    const auto p = id > 0 ? m_repository.persona(id) : Result<Persona>(fail(Error::Code::NotFound, {}));
    const bool live = p && !p->deleted;
    m_filling = true;
    m_name->setText(p ? p->name : QString());
    m_description->setPlainText(p ? p->description : QString());
    m_needs->setPlainText(p ? p->needs : QString());
    m_motives->setPlainText(p ? p->motives : QString());
    m_channelList->clear();
    // The persona's channels first, in its order, then the other active ones.
    QList<qint64> order = p ? p->preferredChannels : QList<qint64>();
    for (int row = 0; row < m_channels->rowCount(); ++row) {
        const Channel &ch = m_channels->channelAt(row);
        if (!order.contains(ch.id) && !ch.retired)
            order.append(ch.id);
    }
    for (qint64 channelId : std::as_const(order)) {
        const int row = m_channels->rowOf(channelId);
        if (row < 0)
            continue;
        const Channel &ch = m_channels->channelAt(row);
        auto *item = new QListWidgetItem(ch.retired ? tr("%1 (retired)").arg(ch.displayName()) : ch.displayName(),
                                         m_channelList);
        item->setData(Qt::UserRole, ch.id);
        item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemIsUserCheckable | Qt::ItemIsDragEnabled);
        item->setCheckState(p && p->preferredChannels.contains(ch.id) ? Qt::Checked : Qt::Unchecked);
    }
    m_filling = false;
    m_dirty = false;
    for (QWidget *w : std::initializer_list<QWidget *>{m_name, m_description, m_needs, m_motives, m_channelList, m_rules,
                                                       m_addRule})
        w->setEnabled(live);
    m_save->setEnabled(false);
    m_delete->setEnabled(p.has_value());
    m_delete->setText(p && p->deleted ? tr("&Restore") : tr("De&lete"));
    const int row = m_list->currentRow();
    m_up->setEnabled(live && row > 0);
    int liveCount = 0;
    for (int i = 0; i < m_list->count(); ++i)
        liveCount += !m_list->item(i)->data(Qt::UserRole + 1).toBool();
    m_down->setEnabled(live && row < liveCount - 1);
    fillRules();
}

void PersonasDialog::fillRules()
{
    m_rules->clear();
    const qint64 id = currentPersona();
    if (id > 0) {
        const auto rules = m_repository.rules(id);
        if (!rules) {
            showError(rules.error().message);
        } else {
            for (const PersonaRule &r : *rules) {
                auto *item = new QTreeWidgetItem(m_rules);
                item->setText(0, QString::number(r.priority));
                item->setText(1, r.segment ? PricingFormat::segmentName(*r.segment) : anyText());
                item->setText(2, r.tagId > 0 ? r.tagName : anyText());
                item->setText(3, r.country.isEmpty() ? anyText() : Countries::name(r.country));
                item->setData(0, Qt::UserRole, r.id);
            }
        }
    }
    m_editRule->setEnabled(false);
    m_deleteRule->setEnabled(false);
    if (m_rules->topLevelItemCount() == 0 && id > 0)
        m_rules->setToolTip(tr("No rules yet: no customer gets this persona."));
    else
        m_rules->setToolTip(QString());
}

void PersonasDialog::markDirty()
{
    if (m_filling || m_shown <= 0)
        return;
    m_dirty = true;
    m_save->setEnabled(true);
}

bool PersonasDialog::saveCurrent()
{
    if (!m_dirty || m_shown <= 0)
        return true;
    auto p = m_repository.persona(m_shown);
    if (!p) {
        showError(p.error().message);
        m_dirty = false;
        return true;
    }
    p->name = m_name->text();
    p->description = m_description->toPlainText();
    p->needs = m_needs->toPlainText();
    p->motives = m_motives->toPlainText();
    p->preferredChannels.clear();
    for (int i = 0; i < m_channelList->count(); ++i)
        if (m_channelList->item(i)->checkState() == Qt::Checked)
            p->preferredChannels.append(m_channelList->item(i)->data(Qt::UserRole).toLongLong());
    const auto saved = m_repository.update(*p);
    if (!saved) {
        showError(saved.error().message);
        return false;
    }
    showError({});
    m_dirty = false;
    m_save->setEnabled(false);
    if (QListWidgetItem *item = m_list->currentItem(); item && item->data(Qt::UserRole).toLongLong() == p->id) {
        item->setData(Qt::UserRole + 2, p->name.simplified());
        updateCountLabels();
    }
    emit personasChanged();
    return true;
}

void PersonasDialog::done(int result)
{
    if (!saveCurrent() && result != QDialog::Rejected)
        return;
    QDialog::done(result);
}

void PersonasDialog::addPersona()
{
    if (!saveCurrent())
        return;
    Persona p;
    // A name that is free: "New persona", "New persona 2", …
    const auto existing = m_repository.personas();
    QString name = tr("New persona");
    for (int n = 2; existing && std::any_of(existing->cbegin(), existing->cend(), [&name](const Persona &e) {
                        return e.name.compare(name, Qt::CaseInsensitive) == 0;
                    });
         ++n)
        name = tr("New persona %1").arg(n);
    p.name = name;
    const auto id = m_repository.add(p);
    if (!id) {
        showError(id.error().message);
        return;
    }
    showError({});
    fillPersonas(*id);
    m_name->setFocus();
    m_name->selectAll();
    emit personasChanged();
}

void PersonasDialog::deleteOrRestore()
{
    const qint64 id = currentPersona();
    const auto p = m_repository.persona(id);
    if (!p)
        return;
    m_dirty = false;
    const Result<void> done = p->deleted ? m_repository.restore(id) : m_repository.remove(id);
    showError(done ? QString() : done.error().message);
    fillPersonas(p->deleted || !m_showDeleted->isChecked() ? (p->deleted ? id : 0) : id);
    if (done) {
        emit personasChanged();
        recount();
    }
}

void PersonasDialog::movePersona(int delta)
{
    if (!saveCurrent())
        return;
    const qint64 id = currentPersona();
    const auto moved = m_repository.move(id, m_list->currentRow() + delta);
    showError(moved ? QString() : moved.error().message);
    fillPersonas(id);
    if (moved) {
        emit personasChanged();
        recount();
    }
}

void PersonasDialog::editRule(bool add)
{
    const qint64 personaId = currentPersona();
    if (personaId <= 0)
        return;
    PersonaRule rule;
    rule.personaId = personaId;
    rule.priority = 10;
    if (!add) {
        const QTreeWidgetItem *item = m_rules->currentItem();
        if (!item)
            return;
        const auto all = m_repository.rules(personaId);
        if (!all)
            return;
        const qint64 ruleId = item->data(0, Qt::UserRole).toLongLong();
        const auto found = std::find_if(all->cbegin(), all->cend(), [ruleId](const PersonaRule &r) { return r.id == ruleId; });
        if (found == all->cend())
            return;
        rule = *found;
    } else if (const auto all = m_repository.rules(personaId); all && !all->isEmpty()) {
        rule.priority = all->constLast().priority;
    }

    QDialog dialog(this);
    dialog.setObjectName(QStringLiteral("personaRuleDialog"));
    dialog.setWindowTitle(add ? tr("New Rule") : tr("Edit Rule"));
    auto *priority = new QSpinBox;
    priority->setRange(1, 9999);
    priority->setValue(std::max(1, rule.priority));
    auto *segment = new QComboBox;
    segment->setObjectName(QStringLiteral("ruleSegment"));
    segment->addItem(anyText(), -1);
    for (int s = 1; s <= 10; ++s)
        segment->addItem(PricingFormat::segmentName(s), s);
    segment->addItem(PricingFormat::segmentName(0), 0);
    segment->setCurrentIndex(std::max(0, segment->findData(rule.segment.value_or(-1))));
    auto *tag = new QComboBox;
    tag->setObjectName(QStringLiteral("ruleTag"));
    tag->addItem(anyText(), qint64(0));
    for (const NamedItem &t : CustomerRepository(m_db).tags())
        tag->addItem(t.name, t.id);
    tag->setCurrentIndex(std::max(0, tag->findData(rule.tagId)));
    auto *country = new QComboBox;
    country->setObjectName(QStringLiteral("ruleCountry"));
    country->addItem(anyText(), QString());
    QStringList codes = Countries::commonCodes();
    for (const NamedItem &c : CustomerRepository(m_db).countries())
        if (!c.name.isEmpty() && !codes.contains(c.name))
            codes.append(c.name);
    if (!rule.country.isEmpty() && !codes.contains(rule.country))
        codes.append(rule.country);
    for (const QString &code : std::as_const(codes))
        country->addItem(QStringLiteral("%1 (%2)").arg(Countries::name(code), code), code);
    country->setCurrentIndex(std::max(0, country->findData(rule.country)));
    auto *form = new QFormLayout(&dialog);
    form->addRow(tr("&Priority:"), priority);
    form->addRow(QString(), csvui::noteLabel(tr("1 is checked first.")));
    form->addRow(tr("Value &segment:"), segment);
    form->addRow(tr("&Tag:"), tag);
    form->addRow(tr("&Country:"), country);
    auto *error = csvui::errorLabel();
    form->addRow(error);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel);
    form->addRow(buttons);
    connect(buttons, &QDialogButtonBox::rejected, &dialog, &QDialog::reject);
    connect(buttons, &QDialogButtonBox::accepted, &dialog, [&]() {
        rule.priority = priority->value();
        const int s = segment->currentData().toInt();
        rule.segment = s < 0 ? std::nullopt : std::optional<int>(s);
        rule.tagId = tag->currentData().toLongLong();
        rule.country = country->currentData().toString();
        Result<void> saved;
        if (add) {
            if (const auto id = m_repository.addRule(rule); !id)
                saved = std::unexpected(id.error());
        } else {
            saved = m_repository.updateRule(rule);
        }
        if (!saved) {
            csvui::setMessage(error, saved.error().message);
            return;
        }
        dialog.accept();
    });
    dialog.resize(std::max(dialog.sizeHint().width(), 420), dialog.sizeHint().height());
    if (dialog.exec() != QDialog::Accepted)
        return;
    fillRules();
    emit personasChanged();
    recount();
}

void PersonasDialog::deleteRule()
{
    const QTreeWidgetItem *item = m_rules->currentItem();
    if (!item)
        return;
    const auto removed = m_repository.removeRule(item->data(0, Qt::UserRole).toLongLong());
    showError(removed ? QString() : removed.error().message);
    fillRules();
    if (removed) {
        emit personasChanged();
        recount();
    }
}

void PersonasDialog::recount()
{
    m_counts.clear();
    DatabasePtr db = m_db;
    // The runner is this dialog's child: a delivery never outlives it.
    m_counter->run([this, db](const std::atomic_bool &cancelled) -> LatestJobRunner::Delivery {
        auto counts = PersonaRepository(db).customerCounts(&cancelled);
        return [this, counts = std::move(counts)]() {
            if (!counts) {
                if (counts.error().code != Error::Code::Cancelled)
                    m_countLabel->setText(counts.error().message);
                return;
            }
            m_counts = *counts;
            updateCountLabels();
        };
    });
    updateCountLabels();
}

} // namespace relatio
