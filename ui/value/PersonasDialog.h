// Managing personas: the list (ordered, with the number of customers each has), each persona's
// description, needs, motives and preferred channels, and the rules that give customers a persona.
#pragma once

#include "value/Persona.h"

#include <QDialog>
#include <QHash>

class QCheckBox;
class QLabel;
class QLineEdit;
class QListWidget;
class QPlainTextEdit;
class QPushButton;
class QTreeWidget;

namespace relatio {

class ChannelListModel;
class LatestJobRunner;

class PersonasDialog : public QDialog
{
    Q_OBJECT

public:
    explicit PersonasDialog(DatabasePtr db, QWidget *parent = nullptr);
    ~PersonasDialog() override;

    qint64 currentPersona() const;
    void selectPersona(qint64 id);
    // Customer counts per persona id (0 = none) as last counted; empty while counting.
    const QHash<qint64, qint64> &counts() const { return m_counts; }
    bool isCounting() const;

signals:
    void personasChanged();
    // The counts of the latest request have arrived.
    void countsReady();

protected:
    void done(int result) override;

private:
    void fillPersonas(qint64 select);
    void personaChanged();
    void updateCountLabels();
    void fillRules();
    void markDirty();
    bool saveCurrent();
    void addPersona();
    void deleteOrRestore();
    void movePersona(int delta);
    void editRule(bool add);
    void deleteRule();
    void recount();
    void showError(const QString &message);

    DatabasePtr m_db;
    PersonaRepository m_repository;
    ChannelListModel *m_channels;
    LatestJobRunner *m_counter;
    QHash<qint64, qint64> m_counts;
    QListWidget *m_list;
    QCheckBox *m_showDeleted;
    QPushButton *m_delete;
    QPushButton *m_up;
    QPushButton *m_down;
    QLineEdit *m_name;
    QPlainTextEdit *m_description;
    QPlainTextEdit *m_needs;
    QPlainTextEdit *m_motives;
    QListWidget *m_channelList;
    QPushButton *m_save;
    QTreeWidget *m_rules;
    QPushButton *m_addRule;
    QPushButton *m_editRule;
    QPushButton *m_deleteRule;
    QLabel *m_countLabel;
    QLabel *m_error;
    qint64 m_shown = 0;
    bool m_dirty = false;
    bool m_filling = false;
};

} // namespace relatio
