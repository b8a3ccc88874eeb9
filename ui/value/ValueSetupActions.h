// The setup actions of the value features: personas, costs and price rules, each opening its
// dialog. MainWindow puts them in a menu and refreshes what depends on them on changed().
#pragma once

#include "store/Database.h"

#include <QObject>

class QAction;
class QWidget;

namespace relatio {

class ValueSetupActions : public QObject
{
    Q_OBJECT

public:
    // Dialogs open over dialogParent. Personas are edited in db; costs and price rules in
    // localValues, what this computer keeps for itself (on a team database its copy of it).
    ValueSetupActions(DatabasePtr db, DatabasePtr localValues, QWidget *dialogParent);

    QAction *personasAction() const { return m_personas; }
    QAction *costsAction() const { return m_costs; }
    QAction *priceRulesAction() const { return m_priceRules; }
    QList<QAction *> actions() const { return {m_personas, m_costs, m_priceRules}; }

signals:
    // Personas or their rules changed: customer cards and persona counts read again.
    void personasChanged();
    // Costs changed: the return per segment computes again.
    void costsChanged();
    // Price rules changed: prices on cards read again.
    void priceRulesChanged();
    // Any of the above.
    void changed();

private:
    void editPersonas();
    void editCosts();
    void editPriceRules();

    DatabasePtr m_db;
    DatabasePtr m_localValues;
    QWidget *m_parent;
    QAction *m_personas;
    QAction *m_costs;
    QAction *m_priceRules;
};

} // namespace relatio
