// The personas, costs and price rules actions.
#include "value/ValueSetupActions.h"

#include "value/CostsDialog.h"
#include "value/PersonasDialog.h"
#include "value/PriceRulesDialog.h"

#include <QAction>

namespace relatio {

ValueSetupActions::ValueSetupActions(DatabasePtr db, DatabasePtr localValues, QWidget *dialogParent)
    : QObject(dialogParent)
    , m_db(std::move(db))
    , m_localValues(std::move(localValues))
    , m_parent(dialogParent)
{
    m_personas = new QAction(tr("&Personas…"), this);
    m_personas->setObjectName(QStringLiteral("personasAction"));
    m_personas->setToolTip(tr("Describe the kinds of customers you have and the rules that give each customer one"));
    m_costs = new QAction(tr("&Costs…"), this);
    m_costs->setObjectName(QStringLiteral("costsAction"));
    m_costs->setToolTip(tr("Record acquisition and retention costs per segment and channel"));
    m_priceRules = new QAction(tr("P&rice Rules…"), this);
    m_priceRules->setObjectName(QStringLiteral("priceRulesAction"));
    m_priceRules->setToolTip(tr("Individual prices by segment, CLV tier or persona"));
    connect(m_personas, &QAction::triggered, this, &ValueSetupActions::editPersonas);
    connect(m_costs, &QAction::triggered, this, &ValueSetupActions::editCosts);
    connect(m_priceRules, &QAction::triggered, this, &ValueSetupActions::editPriceRules);
    for (auto signal : {&ValueSetupActions::personasChanged, &ValueSetupActions::costsChanged,
                        &ValueSetupActions::priceRulesChanged})
        connect(this, signal, this, &ValueSetupActions::changed);
}

void ValueSetupActions::editPersonas()
{
    PersonasDialog dialog(m_db, m_parent);
    connect(&dialog, &PersonasDialog::personasChanged, this, &ValueSetupActions::personasChanged);
    dialog.exec();
}

void ValueSetupActions::editCosts()
{
    CostsDialog dialog(m_localValues, m_parent);
    connect(&dialog, &CostsDialog::costsChanged, this, &ValueSetupActions::costsChanged);
    dialog.exec();
}

void ValueSetupActions::editPriceRules()
{
    PriceRulesDialog dialog(m_localValues, m_parent);
    connect(&dialog, &PriceRulesDialog::rulesChanged, this, &ValueSetupActions::priceRulesChanged);
    dialog.exec();
}

} // namespace relatio
