// The list of cost entries and the entry editor.
#include "value/CostsDialog.h"

#include "csv/CsvUi.h"
#include "interactions/InteractionRepository.h"
#include "value/PricingFormat.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPushButton>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace relatio {

namespace {

enum Column { Period, Kind, Segment, ChannelColumn, Amount, Note, ColumnCount };

QPushButton *button(const QString &text, const QString &name)
{
    auto *b = new QPushButton(text);
    b->setAutoDefault(false);
    b->setObjectName(name);
    return b;
}

QString kindName(CostKind kind)
{
    return kind == CostKind::Acquisition ? CostsDialog::tr("Acquisition") : CostsDialog::tr("Retention");
}

QDateEdit *dateEdit(QDate date, const QString &name)
{
    auto *edit = new QDateEdit(date);
    edit->setObjectName(name);
    edit->setCalendarPopup(true);
    // The short format with the full year: "5/12/26" is ambiguous in a cost period.
    QString format = QLocale().dateFormat(QLocale::ShortFormat);
    if (!format.contains(QLatin1String("yyyy")))
        format.replace(QLatin1String("yy"), QLatin1String("yyyy"));
    edit->setDisplayFormat(format);
    return edit;
}

} // namespace

CostsDialog::CostsDialog(DatabasePtr db, QWidget *parent)
    : QDialog(parent)
    , m_db(db)
    , m_repository(db)
{
    setObjectName(QStringLiteral("costsDialog"));
    setWindowTitle(tr("Acquisition and Retention Costs"));
    m_list = new QTreeWidget;
    m_list->setObjectName(QStringLiteral("costList"));
    m_list->setRootIsDecorated(false);
    m_list->setUniformRowHeights(true);
    m_list->setSortingEnabled(false);
    m_list->setHeaderLabels({tr("Period"), tr("Kind"), tr("Segment"), tr("Channel"), tr("Amount"), tr("Note")});
    m_list->header()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_list->header()->setStretchLastSection(true);
    m_showDeleted = new QCheckBox(tr("Show &deleted"));
    auto *add = button(tr("&Add…"), QStringLiteral("addCost"));
    m_edit = button(tr("&Edit…"), QStringLiteral("editCost"));
    m_delete = button(tr("De&lete"), QStringLiteral("deleteCost"));
    m_total = csvui::noteLabel();
    m_error = csvui::errorLabel();

    auto *row = new QHBoxLayout;
    row->addWidget(add);
    row->addWidget(m_edit);
    row->addWidget(m_delete);
    row->addStretch();
    row->addWidget(m_showDeleted);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close);
    connect(buttons, &QDialogButtonBox::rejected, this, &CostsDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(csvui::noteLabel(tr("Record what was spent to win new customers (acquisition) and to keep "
                                          "existing ones (retention), per segment and channel. A cost is spread "
                                          "evenly over the days of its period in the return per segment.")));
    layout->addWidget(m_list, 1);
    layout->addLayout(row);
    layout->addWidget(m_total);
    layout->addWidget(m_error);
    layout->addWidget(buttons);
    resize(900, 520);

    connect(m_list, &QTreeWidget::currentItemChanged, this, &CostsDialog::selectionChanged);
    connect(m_list, &QTreeWidget::itemDoubleClicked, this, &CostsDialog::edit);
    connect(m_showDeleted, &QCheckBox::toggled, this, [this]() { fill(currentEntry()); });
    connect(add, &QPushButton::clicked, this, &CostsDialog::add);
    connect(m_edit, &QPushButton::clicked, this, &CostsDialog::edit);
    connect(m_delete, &QPushButton::clicked, this, &CostsDialog::deleteOrRestore);
    fill(0);
}

qint64 CostsDialog::currentEntry() const
{
    const QTreeWidgetItem *item = m_list->currentItem();
    return item ? item->data(0, Qt::UserRole).toLongLong() : 0;
}

void CostsDialog::fill(qint64 select)
{
    m_list->clear();
    const auto entries = m_repository.entries({}, {}, m_showDeleted->isChecked());
    if (!entries) {
        csvui::setMessage(m_error, entries.error().message);
        selectionChanged();
        return;
    }
    const QLocale locale;
    QHash<QString, qint64> totals;
    QTreeWidgetItem *selected = nullptr;
    for (const CostEntry &e : *entries) {
        auto *item = new QTreeWidgetItem(m_list);
        item->setText(Period, tr("%1 – %2").arg(locale.toString(e.periodStart, QLocale::ShortFormat),
                                                locale.toString(e.periodEnd, QLocale::ShortFormat)));
        item->setText(Kind, kindName(e.kind));
        item->setText(Segment, PricingFormat::costSegmentName(e.segment));
        item->setText(ChannelColumn, e.channelId > 0 ? e.channelName : tr("All channels"));
        item->setText(Amount, PricingFormat::money(double(e.amountCents), e.currency));
        item->setTextAlignment(Amount, Qt::AlignRight | Qt::AlignVCenter);
        item->setText(Note, e.note);
        item->setToolTip(Note, e.note);
        item->setData(0, Qt::UserRole, e.id);
        item->setData(0, Qt::UserRole + 1, e.deleted);
        if (e.deleted) {
            for (int c = 0; c < ColumnCount; ++c)
                item->setForeground(c, palette().brush(QPalette::Disabled, QPalette::Text));
            item->setText(Note, tr("(deleted) %1").arg(e.note));
        } else {
            totals[e.currency] += e.amountCents;
        }
        if (e.id == select)
            selected = item;
    }
    QStringList sums;
    for (auto it = totals.cbegin(); it != totals.cend(); ++it)
        sums.append(PricingFormat::money(double(it.value()), it.key()));
    sums.sort();
    m_total->setText(entries->isEmpty() ? tr("No costs recorded yet.")
                                        : tr("%n entries; total %1.", nullptr, int(entries->size()))
                                              .arg(sums.join(QStringLiteral(", "))));
    m_list->setCurrentItem(selected ? selected : m_list->topLevelItem(0));
    selectionChanged();
}

void CostsDialog::selectionChanged()
{
    const QTreeWidgetItem *item = m_list->currentItem();
    const bool deleted = item && item->data(0, Qt::UserRole + 1).toBool();
    m_edit->setEnabled(item && !deleted);
    m_delete->setEnabled(item != nullptr);
    m_delete->setText(deleted ? tr("&Restore") : tr("De&lete"));
}

bool CostsDialog::editEntry(CostEntry &entry, bool isNew)
{
    QDialog dialog(this);
    dialog.setObjectName(QStringLiteral("costEntryDialog"));
    dialog.setWindowTitle(isNew ? tr("New Cost") : tr("Edit Cost"));
    auto *kind = new QComboBox;
    kind->setObjectName(QStringLiteral("costKind"));
    kind->addItem(kindName(CostKind::Acquisition), int(CostKind::Acquisition));
    kind->addItem(kindName(CostKind::Retention), int(CostKind::Retention));
    kind->setCurrentIndex(kind->findData(int(entry.kind)));
    auto *segment = new QComboBox;
    segment->setObjectName(QStringLiteral("costSegment"));
    for (int s = 0; s <= 10; ++s)
        segment->addItem(PricingFormat::costSegmentName(s), s);
    segment->setCurrentIndex(std::max(0, segment->findData(entry.segment)));
    auto *channel = new QComboBox;
    channel->setObjectName(QStringLiteral("costChannel"));
    channel->addItem(tr("All channels"), qint64(0));
    if (const auto channels = InteractionRepository(m_db).channels()) {
        for (const Channel &c : *channels)
            if (!c.retired || c.id == entry.channelId)
                channel->addItem(c.displayName(), c.id);
    }
    channel->setCurrentIndex(std::max(0, channel->findData(entry.channelId)));
    auto *from = dateEdit(entry.periodStart, QStringLiteral("costFrom"));
    auto *to = dateEdit(entry.periodEnd, QStringLiteral("costTo"));
    auto *period = new QHBoxLayout;
    period->addWidget(from);
    period->addWidget(new QLabel(tr("to")));
    period->addWidget(to);
    period->addStretch();
    auto *amount = new QLineEdit(entry.amountCents > 0 || !isNew ? QLocale().toString(entry.amountCents / 100.0, 'f', 2)
                                                                 : QString());
    amount->setObjectName(QStringLiteral("costAmount"));
    amount->setPlaceholderText(QLocale().toString(1250.0, 'f', 2));
    auto *currency = new QComboBox;
    currency->setObjectName(QStringLiteral("costCurrency"));
    currency->setEditable(true);
    QStringList currencies = m_repository.currencies().value_or(QStringList());
    if (currencies.isEmpty())
        currencies = {QStringLiteral("EUR"), QStringLiteral("NOK"), QStringLiteral("USD")};
    currency->addItems(currencies);
    currency->setCurrentText(entry.currency.isEmpty() ? currencies.constFirst() : entry.currency);
    auto *money = new QHBoxLayout;
    money->addWidget(amount, 1);
    money->addWidget(currency);
    auto *note = new QLineEdit(entry.note);
    note->setObjectName(QStringLiteral("costNote"));
    note->setPlaceholderText(tr("What it was for, e.g. “Spring newsletter campaign”"));

    auto *form = new QFormLayout(&dialog);
    form->addRow(tr("&Kind:"), kind);
    form->addRow(tr("&Segment:"), segment);
    form->addRow(tr("C&hannel:"), channel);
    // Rows holding several fields get a label with a buddy, so the mnemonic works.
    auto *periodLabel = new QLabel(tr("&Period:"));
    periodLabel->setBuddy(from);
    form->addRow(periodLabel, period);
    auto *amountLabel = new QLabel(tr("&Amount:"));
    amountLabel->setBuddy(amount);
    form->addRow(amountLabel, money);
    form->addRow(tr("&Note:"), note);
    auto *error = csvui::errorLabel();
    form->addRow(error);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel);
    form->addRow(buttons);
    connect(buttons, &QDialogButtonBox::rejected, &dialog, &QDialog::reject);
    connect(buttons, &QDialogButtonBox::accepted, &dialog, [&]() {
        CostEntry edited = entry;
        edited.kind = CostKind(kind->currentData().toInt());
        edited.segment = segment->currentData().toInt();
        edited.channelId = channel->currentData().toLongLong();
        edited.periodStart = from->date();
        edited.periodEnd = to->date();
        const auto cents = PricingFormat::parseCents(amount->text());
        if (!cents) {
            csvui::setMessage(error, tr("“%1” is not an amount; write it like %2.")
                                         .arg(amount->text(), QLocale().toString(1250.0, 'f', 2)));
            amount->setFocus();
            return;
        }
        edited.amountCents = *cents;
        edited.currency = currency->currentText().trimmed().toUpper();
        edited.note = note->text();
        if (const auto valid = m_repository.validate(edited); !valid) {
            csvui::setMessage(error, valid.error().message);
            return;
        }
        entry = edited;
        dialog.accept();
    });
    dialog.resize(std::max(dialog.sizeHint().width(), 480), dialog.sizeHint().height());
    return dialog.exec() == QDialog::Accepted;
}

void CostsDialog::add()
{
    CostEntry entry;
    const QDate today = QDate::currentDate();
    entry.periodStart = QDate(today.year(), today.month(), 1);
    entry.periodEnd = entry.periodStart.addMonths(1).addDays(-1);
    if (!editEntry(entry, true))
        return;
    const auto id = m_repository.add(entry);
    csvui::setMessage(m_error, id ? QString() : id.error().message);
    if (id) {
        fill(*id);
        emit costsChanged();
    }
}

void CostsDialog::edit()
{
    const qint64 id = currentEntry();
    auto entry = m_repository.entry(id);
    if (!entry || entry->deleted)
        return;
    if (!editEntry(*entry, false))
        return;
    const auto saved = m_repository.update(*entry);
    csvui::setMessage(m_error, saved ? QString() : saved.error().message);
    fill(id);
    if (saved)
        emit costsChanged();
}

void CostsDialog::deleteOrRestore()
{
    const qint64 id = currentEntry();
    const auto entry = m_repository.entry(id);
    if (!entry)
        return;
    const Result<void> done = entry->deleted ? m_repository.restore(id) : m_repository.remove(id);
    csvui::setMessage(m_error, done ? QString() : done.error().message);
    fill(id);
    if (done)
        emit costsChanged();
}

} // namespace relatio
