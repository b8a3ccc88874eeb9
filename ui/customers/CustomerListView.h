// The customer list: search-as-you-type, filters for tag, owner, country and value segment, and the table.
#pragma once

#include "customers/CustomerListModel.h"
#include "customers/CustomerRepository.h"

#include <QWidget>

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QTableView;

namespace relatio {

class CustomerListView : public QWidget
{
    Q_OBJECT

public:
    CustomerListView(CustomerListModel *model, CustomerRepository &repository, QWidget *parent = nullptr);
    // The segment filter and column, shown where value segments are worked out (a Relatio file;
    // a team database has none).
    void setSegmentsShown(bool shown);

    QTableView *table() const { return m_table; }
    QLineEdit *searchField() const { return m_search; }
    qint64 currentId() const;
    void selectId(qint64 id);
    void focusSearch();
    void reloadFilters();
    // "12 of 1,000,000 customers", for the status bar.
    QString countText() const;
    // The widest count text there will be, for sizing the place that shows it.
    static QString widestCountText();

signals:
    void currentCustomerChanged(qint64 id);
    void countChanged(const QString &text);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void applyFilters();
    void resultsArrived();

    CustomerListModel *m_model;
    CustomerRepository &m_repository;
    QLineEdit *m_search = nullptr;
    QComboBox *m_tag = nullptr;
    QComboBox *m_owner = nullptr;
    QComboBox *m_country = nullptr;
    QLabel *m_segmentLabel = nullptr;
    QComboBox *m_segment = nullptr;
    QCheckBox *m_deleted = nullptr;
    QTableView *m_table = nullptr;
    QLabel *m_emptyHint = nullptr;
    qint64 m_total = -1;
    qint64 m_wantedId = 0;
    qint64 m_lastReportedId = -1;
};

} // namespace relatio
