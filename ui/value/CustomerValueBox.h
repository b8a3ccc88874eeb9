// One customer's value at a glance, for the card: segment, R/F/M scores, P(alive), expected
// purchases and spend, CLV over the horizon and its tier, and which analysis says so (its
// parameters in the tool tip). "No purchases" and "not analysed yet" when that is the case.
#pragma once

#include "store/Database.h"

#include <QFrame>

class QLabel;

namespace relatio {

class CustomerValueBox : public QFrame
{
    Q_OBJECT

public:
    explicit CustomerValueBox(DatabasePtr db, QWidget *parent = nullptr);

    // Reads the customer's row and the latest fit (two lookups by key); 0 clears the box.
    void showCustomer(qint64 customerId);
    // A customer the last analysis did not see (on a team database: one that came after it).
    void showNotAnalysed();
    qint64 customerId() const { return m_customerId; }
    // Reads the shown customer again (after an analysis).
    void reload() { showCustomer(m_customerId); }
    // The state shown, for tests: the segment's name, "No purchases" or "Not analysed yet".
    QString headline() const;

private:
    DatabasePtr m_db;
    qint64 m_customerId = 0;
    QLabel *m_headline;
    QLabel *m_figures;
    QLabel *m_footer;
};

} // namespace relatio
