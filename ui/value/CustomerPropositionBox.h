// The proposition for one customer on the card: their persona (with needs, motives and preferred
// channels on expanding), their prices for the products they buy most, and "customers who bought
// this also bought" suggestions with their price. Read off the GUI thread; a newer customer
// overtakes an older one.
#pragma once

#include "store/Database.h"

#include <QWidget>

class QLabel;
class QToolButton;

namespace relatio {

class LatestJobRunner;
struct PropositionData;

class CustomerPropositionBox : public QWidget
{
    Q_OBJECT

public:
    explicit CustomerPropositionBox(DatabasePtr db, QWidget *parent = nullptr);
    ~CustomerPropositionBox() override;

    void showCustomer(qint64 customerId);
    qint64 customerId() const { return m_customerId; }
    // Reads the shown customer again (personas, prices or purchases changed).
    void refresh();
    bool isBusy() const;
    // The texts shown (for tests and the printed card).
    QString personaText() const;
    QString pricesText() const;
    QString suggestionsText() const;

signals:
    // The latest customer's proposition is shown.
    void shown();

private:
    void display(const PropositionData &data);
    void setExpanded(bool expanded);

    DatabasePtr m_db;
    LatestJobRunner *m_runner;
    qint64 m_customerId = 0;
    QLabel *m_persona;
    QLabel *m_description;
    QToolButton *m_more;
    QLabel *m_details;
    QLabel *m_prices;
    QLabel *m_suggestions;
};

} // namespace relatio
