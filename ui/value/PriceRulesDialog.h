// Managing price rules: the list in the order rules are tried, and an editor for what a rule
// applies to (a product, a category or everything), for whom (segment, CLV tier, persona), the
// price (a discount or a set price) and when it is valid.
#pragma once

#include "value/PriceRule.h"

#include <QDialog>

class QCheckBox;
class QLabel;
class QPushButton;
class QTreeWidget;

namespace relatio {

class PriceRulesDialog : public QDialog
{
    Q_OBJECT

public:
    explicit PriceRulesDialog(DatabasePtr db, QWidget *parent = nullptr);

    // The rule editor: fills rule from what the user typed; false when cancelled.
    bool editRule(PriceRule &rule, bool isNew);
    qint64 currentRule() const;
    // "10% off", "€ 6.50" — what a rule does to the price.
    static QString priceText(const PriceRule &rule);
    // "Green tea", "Category Drinks", "All products".
    static QString scopeText(const PriceRule &rule);
    // "Champions, tier 1, persona Fan" or "Everyone".
    static QString customerText(const PriceRule &rule);

signals:
    void rulesChanged();

private:
    void fill(qint64 select);
    void selectionChanged();
    void add();
    void edit();
    void deleteOrRestore();

    DatabasePtr m_db;
    PriceRuleRepository m_repository;
    QTreeWidget *m_list;
    QCheckBox *m_showDeleted;
    QPushButton *m_edit;
    QPushButton *m_delete;
    QLabel *m_error;
};

} // namespace relatio
