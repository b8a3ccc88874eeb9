// Channels dialog.
#include "interactions/ChannelsDialog.h"

#include "interactions/ChannelListModel.h"

#include <QCheckBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTableView>
#include <QVBoxLayout>

namespace relatio {

ChannelsDialog::ChannelsDialog(DatabasePtr db, QWidget *parent)
    : QDialog(parent)
    , m_model(new ChannelListModel(std::move(db), this))
{
    setWindowTitle(tr("Channels"));
    auto *layout = new QVBoxLayout(this);
    auto *intro = new QLabel(tr("The ways customers reach you. Double-click a name to rename it. A public (social) "
                                "channel's complaints may be picked up by anyone on the team. A retired channel "
                                "stays in the history but is not offered for new contacts."));
    intro->setWordWrap(true);
    layout->addWidget(intro);

    auto *row = new QHBoxLayout;
    m_table = new QTableView;
    m_table->setModel(m_model);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::DoubleClicked | QAbstractItemView::EditKeyPressed);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setSectionResizeMode(ChannelListModel::Name, QHeaderView::Stretch);
    m_table->horizontalHeader()->setSectionResizeMode(ChannelListModel::Social, QHeaderView::ResizeToContents);
    m_table->horizontalHeader()->setSectionResizeMode(ChannelListModel::Status, QHeaderView::ResizeToContents);
    row->addWidget(m_table, 1);

    auto *buttons = new QVBoxLayout;
    auto *add = new QPushButton(tr("&Add…"));
    m_rename = new QPushButton(tr("Re&name"));
    m_rename->setToolTip(tr("Rename the selected channel (F2)"));
    m_retire = new QPushButton(tr("&Retire"));
    m_up = new QPushButton(tr("Move &Up"));
    m_down = new QPushButton(tr("Move &Down"));
    for (QPushButton *b : {add, m_rename, m_retire, m_up, m_down}) {
        b->setAutoDefault(false);
        buttons->addWidget(b);
    }
    buttons->addStretch();
    row->addLayout(buttons);
    layout->addLayout(row, 1);

    m_message = new QLabel;
    m_message->setWordWrap(true);
    m_message->setStyleSheet(QStringLiteral("color: #b3261e;"));
    m_message->setVisible(false);
    layout->addWidget(m_message);

    auto *box = new QDialogButtonBox(QDialogButtonBox::Close);
    box->button(QDialogButtonBox::Close)->setText(tr("Close"));
    connect(box, &QDialogButtonBox::rejected, this, &QDialog::accept);
    layout->addWidget(box);

    connect(add, &QPushButton::clicked, this, &ChannelsDialog::addChannel);
    connect(m_rename, &QPushButton::clicked, this, [this]() {
        if (currentRow() >= 0)
            m_table->edit(m_model->index(currentRow(), ChannelListModel::Name));
    });
    connect(m_retire, &QPushButton::clicked, this, &ChannelsDialog::toggleRetired);
    connect(m_up, &QPushButton::clicked, this, [this]() { move(-1); });
    connect(m_down, &QPushButton::clicked, this, [this]() { move(+1); });
    connect(m_model, &ChannelListModel::failed, this, [this](const QString &message) {
        m_message->setText(message);
        m_message->setVisible(true);
    });
    connect(m_model, &ChannelListModel::channelsChanged, this, [this]() {
        m_changed = true;
        m_message->setVisible(false);
        updateButtons();
    });
    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this, &ChannelsDialog::updateButtons);
    m_table->selectRow(0);
    updateButtons();
    resize(560, 420);
}

int ChannelsDialog::currentRow() const
{
    const QModelIndex current = m_table->currentIndex();
    return current.isValid() ? current.row() : -1;
}

void ChannelsDialog::updateButtons()
{
    const int row = currentRow();
    const bool has = row >= 0;
    m_rename->setEnabled(has);
    m_retire->setEnabled(has);
    m_retire->setText(has && m_model->channelAt(row).retired ? tr("B&ring Back") : tr("&Retire"));
    m_up->setEnabled(has && row > 0);
    m_down->setEnabled(has && row < m_model->rowCount() - 1);
}

void ChannelsDialog::addChannel()
{
    QDialog ask(this);
    ask.setWindowTitle(tr("Add Channel"));
    auto *form = new QFormLayout(&ask);
    auto *name = new QLineEdit;
    auto *social = new QCheckBox(tr("Public (social): anyone on the team may pick up its complaints"));
    form->addRow(tr("Name:"), name);
    form->addRow(QString(), social);
    auto *box = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel);
    box->button(QDialogButtonBox::Ok)->setText(tr("Add"));
    box->button(QDialogButtonBox::Cancel)->setText(tr("Cancel"));
    connect(box, &QDialogButtonBox::accepted, &ask, &QDialog::accept);
    connect(box, &QDialogButtonBox::rejected, &ask, &QDialog::reject);
    form->addRow(box);
    if (ask.exec() != QDialog::Accepted)
        return;
    if (m_model->addChannel(name->text(), social->isChecked()))
        m_table->selectRow(m_model->rowCount() - 1);
}

void ChannelsDialog::toggleRetired()
{
    const int row = currentRow();
    if (row >= 0)
        m_model->setRetired(row, !m_model->channelAt(row).retired);
}

void ChannelsDialog::move(int delta)
{
    const int row = currentRow();
    if (row >= 0 && m_model->moveChannel(row, row + delta))
        m_table->selectRow(row + delta);
}

} // namespace relatio
