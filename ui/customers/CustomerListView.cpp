// Customer list widget.
#include "customers/CustomerListView.h"

#include "i18n/Countries.h"
#include "value/ValueStore.h"

#include <QCheckBox>
#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QMenu>
#include <QPainter>
#include <QStyledItemDelegate>
#include <QTableView>
#include <QVBoxLayout>

namespace relatio {

namespace {

// Organisations in bold, deleted records greyed and struck through.
class CustomerRowDelegate : public QStyledItemDelegate
{
public:
    using QStyledItemDelegate::QStyledItemDelegate;

protected:
    void initStyleOption(QStyleOptionViewItem *option, const QModelIndex &index) const override
    {
        QStyledItemDelegate::initStyleOption(option, index);
        if (index.column() == CustomerListModel::Name && index.data(CustomerListModel::IsOrganisationRole).toBool())
            option->font.setBold(true);
        if (index.data(CustomerListModel::IsDeletedRole).toBool()) {
            option->font.setStrikeOut(true);
            option->palette.setColor(QPalette::Text, option->palette.color(QPalette::Disabled, QPalette::Text));
        }
    }
};

} // namespace

CustomerListView::CustomerListView(CustomerListModel *model, CustomerRepository &repository, QWidget *parent)
    : QWidget(parent)
    , m_model(model)
    , m_repository(repository)
{
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(6);

    m_search = new QLineEdit;
    m_search->setClearButtonEnabled(true);
    m_search->setPlaceholderText(tr("Search name, organisation, e-mail, phone or city (Ctrl+F)"));
    m_search->setObjectName(QStringLiteral("customerSearch"));
    layout->addWidget(m_search);

    auto *filters = new QHBoxLayout;
    m_tag = new QComboBox;
    m_owner = new QComboBox;
    m_country = new QComboBox;
    m_segment = new QComboBox;
    m_segment->setObjectName(QStringLiteral("segmentFilter"));
    m_segment->setToolTip(tr("Value segment of the latest analysis (Segments page)"));
    m_segment->addItem(tr("All segments"), -1);
    for (int segment = 1; segment <= value::kRfmSegmentCount; ++segment)
        m_segment->addItem(value::ValueStore::segmentName(segment), segment);
    m_segment->addItem(value::ValueStore::segmentName(0), 0);
    for (QComboBox *combo : {m_tag, m_owner, m_country, m_segment}) {
        combo->setSizeAdjustPolicy(QComboBox::AdjustToContents);
        combo->setMinimumContentsLength(10);
    }
    m_deleted = new QCheckBox(tr("Deleted"));
    m_deleted->setToolTip(tr("Show deleted customers, to restore them"));
    auto *tagLabel = new QLabel(tr("&Tag:"));
    tagLabel->setBuddy(m_tag);
    auto *ownerLabel = new QLabel(tr("O&wner:"));
    ownerLabel->setBuddy(m_owner);
    auto *countryLabel = new QLabel(tr("Co&untry:"));
    countryLabel->setBuddy(m_country);
    filters->addWidget(tagLabel);
    filters->addWidget(m_tag);
    filters->addSpacing(8);
    filters->addWidget(ownerLabel);
    filters->addWidget(m_owner);
    filters->addSpacing(8);
    filters->addWidget(countryLabel);
    filters->addWidget(m_country);
    filters->addSpacing(8);
    m_segmentLabel = new QLabel(tr("Se&gment:"));
    m_segmentLabel->setBuddy(m_segment);
    filters->addWidget(m_segmentLabel);
    filters->addWidget(m_segment);
    filters->addStretch();
    filters->addWidget(m_deleted);
    layout->addLayout(filters);

    m_table = new QTableView;
    m_table->setObjectName(QStringLiteral("customerTable"));
    m_table->setModel(m_model);
    m_table->setItemDelegate(new CustomerRowDelegate(m_table));
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setAlternatingRowColors(true);
    m_table->setWordWrap(false);
    m_table->setSortingEnabled(true);
    m_table->sortByColumn(CustomerListModel::Name, Qt::AscendingOrder);
    m_table->verticalHeader()->setVisible(false);
    // Fixed row heights: the view never asks a million rows for their size.
    m_table->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    m_table->verticalHeader()->setDefaultSectionSize(fontMetrics().height() + 8);
    QHeaderView *header = m_table->horizontalHeader();
    header->setSectionResizeMode(QHeaderView::Interactive);
    header->setStretchLastSection(true);
    header->setHighlightSections(false);
    const int em = fontMetrics().averageCharWidth();
    const QList<std::pair<int, int>> widths = {
        {CustomerListModel::Name, 30}, {CustomerListModel::Organisation, 24}, {CustomerListModel::Email, 32},
        {CustomerListModel::Phone, 15}, {CustomerListModel::City, 15},         {CustomerListModel::Country, 13},
        {CustomerListModel::Owner, 16}, {CustomerListModel::Tags, 22},         {CustomerListModel::Updated, 17},
        {CustomerListModel::Segment, 18}};
    for (const auto &[column, chars] : widths)
        m_table->setColumnWidth(column, chars * em + 16);
    layout->addWidget(m_table, 1);

    m_emptyHint = new QLabel;
    m_emptyHint->setAlignment(Qt::AlignCenter);
    m_emptyHint->setStyleSheet(QStringLiteral("color: palette(mid); padding: 12px;"));
    m_emptyHint->setVisible(false);
    layout->addWidget(m_emptyHint);

    connect(header, &QHeaderView::sortIndicatorChanged, this, [this](int column, Qt::SortOrder order) {
        if (!CustomerListModel::isSortable(column)) {
            // Tags and phone have no meaningful order: keep the current one.
            const CustomerCriteria c = m_model->criteria();
            for (int col = 0; col < CustomerListModel::ColumnCount; ++col) {
                if (m_model->headerData(col, Qt::Horizontal, CustomerListModel::SortKeyRole).toInt() == int(c.sort)) {
                    QSignalBlocker block(m_table->horizontalHeader());
                    m_table->horizontalHeader()->setSortIndicator(col, c.descending ? Qt::DescendingOrder
                                                                                     : Qt::AscendingOrder);
                    break;
                }
            }
            Q_UNUSED(order);
        }
    });
    // Right-click on the header chooses the columns; the name always stays.
    header->setContextMenuPolicy(Qt::CustomContextMenu);
    connect(header, &QHeaderView::customContextMenuRequested, this, [this, header](const QPoint &pos) {
        QMenu menu(this);
        for (int column = 0; column < CustomerListModel::ColumnCount; ++column) {
            QAction *action = menu.addAction(m_model->headerData(column, Qt::Horizontal).toString());
            action->setCheckable(true);
            action->setChecked(!header->isSectionHidden(column));
            action->setEnabled(column != CustomerListModel::Name);
            connect(action, &QAction::toggled, header,
                    [header, column](bool shown) { header->setSectionHidden(column, !shown); });
        }
        menu.exec(header->viewport()->mapToGlobal(pos));
    });
    header->setToolTip(tr("Click to sort; right-click to choose the columns"));

    connect(m_search, &QLineEdit::textChanged, m_model, &CustomerListModel::setSearchText);
    for (QComboBox *combo : {m_tag, m_owner, m_country, m_segment})
        connect(combo, &QComboBox::currentIndexChanged, this, &CustomerListView::applyFilters);
    connect(m_deleted, &QCheckBox::toggled, this, &CustomerListView::applyFilters);
    connect(m_model, &CustomerListModel::resultsReady, this, &CustomerListView::resultsArrived);
    connect(m_model, &CustomerListModel::modelReset, this, [this]() {
        m_lastReportedId = -1;
        if (m_wantedId == 0 && m_model->rowCount() > 0)
            m_table->selectRow(0);
    });
    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            [this](const QModelIndex &current) {
                const qint64 id = current.isValid() ? m_model->idAt(current.row()) : 0;
                if (id != m_lastReportedId) {
                    m_lastReportedId = id;
                    emit currentCustomerChanged(id);
                }
            });

    // Down from the search field goes to the list, as in a mail client.
    m_search->installEventFilter(this);
    reloadFilters();
}

void CustomerListView::reloadFilters()
{
    auto refill = [](QComboBox *combo, const QString &any, const QList<std::pair<QString, QVariant>> &items) {
        const QVariant current = combo->currentData();
        QSignalBlocker block(combo);
        combo->clear();
        combo->addItem(any, QVariant());
        for (const auto &[text, data] : items)
            combo->addItem(text, data);
        const int index = combo->findData(current);
        combo->setCurrentIndex(index >= 0 ? index : 0);
    };
    QList<std::pair<QString, QVariant>> tags;
    for (const NamedItem &t : m_repository.tags())
        tags.append({t.name, t.id});
    QList<std::pair<QString, QVariant>> owners;
    for (const NamedItem &o : m_repository.owners())
        owners.append({o.name, o.id});
    QList<std::pair<QString, QVariant>> countries;
    for (const NamedItem &c : m_repository.countries())
        countries.append({Countries::name(c.name), c.name});
    std::sort(countries.begin(), countries.end(),
              [](const auto &a, const auto &b) { return QString::localeAwareCompare(a.first, b.first) < 0; });
    refill(m_tag, tr("All tags"), tags);
    refill(m_owner, tr("All owners"), owners);
    refill(m_country, tr("All countries"), countries);
}

void CustomerListView::applyFilters()
{
    CustomerCriteria c = m_model->criteria();
    c.tagId = m_tag->currentData().toLongLong();
    c.ownerId = m_owner->currentData().toLongLong();
    c.country = m_country->currentData().toString();
    c.segment = m_segment->currentData().toInt();
    c.deleted = m_deleted->isChecked();
    m_model->setCriteria(c);
}

void CustomerListView::resultsArrived()
{
    const CustomerCriteria c = m_model->criteria();
    const bool filtered = !c.text.trimmed().isEmpty() || c.tagId || c.ownerId || !c.country.isEmpty() || c.segment >= 0;
    if (!filtered && !c.deleted)
        m_total = m_model->rowCount();
    const bool empty = m_model->rowCount() == 0;
    m_emptyHint->setVisible(empty);
    if (empty)
        m_emptyHint->setText(c.deleted ? tr("There are no deleted customers.")
                             : filtered ? tr("No customer matches. Try fewer words or clear the filters.")
                                        : tr("No customers yet."));
    if (m_wantedId > 0) {
        const int row = m_model->rowOf(m_wantedId);
        if (row >= 0) {
            m_table->selectRow(row);
            m_table->scrollTo(m_model->index(row, 0), QAbstractItemView::PositionAtCenter);
        }
        m_wantedId = 0;
    } else if (!m_table->currentIndex().isValid() && !empty) {
        m_table->selectRow(0);
    }
    emit countChanged(countText());
}

QString CustomerListView::countText() const
{
    const QLocale locale;
    const qint64 shown = m_model->rowCount();
    const CustomerCriteria c = m_model->criteria();
    if (m_model->isLoading())
        return shown > 0 ? tr("Searching… showing the first %1").arg(locale.toString(shown)) : tr("Searching…");
    if (c.deleted)
        return shown == 1 ? tr("1 deleted customer") : tr("%1 deleted customers").arg(locale.toString(shown));
    const bool filtered = !c.text.trimmed().isEmpty() || c.tagId || c.ownerId || !c.country.isEmpty() || c.segment >= 0;
    if (filtered && m_total >= 0)
        return tr("%1 of %2 customers match").arg(locale.toString(shown), locale.toString(m_total));
    return shown == 1 ? tr("1 customer") : tr("%1 customers").arg(locale.toString(shown));
}

QString CustomerListView::widestCountText()
{
    const QLocale locale;
    return tr("%1 of %2 customers match").arg(locale.toString(888888), locale.toString(8888888));
}

qint64 CustomerListView::currentId() const
{
    const QModelIndex current = m_table->currentIndex();
    return current.isValid() ? m_model->idAt(current.row()) : 0;
}

void CustomerListView::selectId(qint64 id)
{
    const int row = m_model->rowOf(id);
    if (row >= 0 && !m_model->isLoading()) {
        m_table->selectRow(row);
        m_table->scrollTo(m_model->index(row, 0), QAbstractItemView::PositionAtCenter);
    } else {
        m_wantedId = id; // selected when the pending result arrives
    }
}

void CustomerListView::focusSearch()
{
    m_search->setFocus();
    m_search->selectAll();
}

bool CustomerListView::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_search && event->type() == QEvent::KeyPress) {
        auto *key = static_cast<QKeyEvent *>(event);
        if (key->key() == Qt::Key_Down) {
            m_table->setFocus();
            if (!m_table->currentIndex().isValid() && m_model->rowCount() > 0)
                m_table->selectRow(0);
            return true;
        }
        if (key->key() == Qt::Key_Escape && !m_search->text().isEmpty()) {
            m_search->clear();
            return true;
        }
    }
    return QWidget::eventFilter(watched, event);
}

void CustomerListView::setSegmentsShown(bool shown)
{
    if (!shown)
        m_segment->setCurrentIndex(0); // all segments
    m_segment->setVisible(shown);
    m_segmentLabel->setVisible(shown);
    m_table->horizontalHeader()->setSectionHidden(CustomerListModel::Segment, !shown);
}

} // namespace relatio
