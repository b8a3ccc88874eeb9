// The channels of contacts: add, rename (in place), mark social, retire or bring back, reorder.
// Retired channels stay in the history of contacts but are not offered for new ones.
#pragma once

#include "store/Database.h"

#include <QDialog>

class QLabel;
class QPushButton;
class QTableView;

namespace relatio {

class ChannelListModel;

class ChannelsDialog : public QDialog
{
    Q_OBJECT

public:
    explicit ChannelsDialog(DatabasePtr db, QWidget *parent = nullptr);

    ChannelListModel *model() const { return m_model; }
    bool changed() const { return m_changed; }

private:
    void addChannel();
    void toggleRetired();
    void move(int delta);
    void updateButtons();
    int currentRow() const;

    ChannelListModel *m_model;
    QTableView *m_table;
    QLabel *m_message;
    QPushButton *m_rename;
    QPushButton *m_retire;
    QPushButton *m_up;
    QPushButton *m_down;
    bool m_changed = false;
};

} // namespace relatio
