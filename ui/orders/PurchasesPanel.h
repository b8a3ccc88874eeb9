// The customer card's orders: totals (lines, revenue per currency, first and last purchase), the
// lines newest first, and adding, changing and deleting them with undo. A side column takes the
// widgets other capabilities put beside the orders (customer value, suggestions).
#pragma once

#include <QWidget>

class QLabel;
class QPushButton;
class QScrollArea;
class QSplitter;
class QSortFilterProxyModel;
class QTableView;
class QVBoxLayout;

namespace relatio {

class OrderController;
class PurchaseListModel;

class PurchasesPanel : public QWidget
{
    Q_OBJECT

public:
    explicit PurchasesPanel(OrderController *controller, QWidget *parent = nullptr);

    void setCustomer(qint64 customerId, bool writable = true);
    qint64 customerId() const;
    void reload();
    void addPurchase();
    void editCurrent();
    void deleteCurrent();

    // Puts a widget in the column beside the orders (it is shown once it has one).
    void addSideWidget(QWidget *widget);

    PurchaseListModel *model() const { return m_model; }
    QTableView *view() const { return m_view; }
    QLabel *summaryLabel() const { return m_summary; }

signals:
    // Live order lines of the customer, for the tab's title.
    void countChanged(qint64 count);
    void statusMessage(const QString &message, int timeoutMs);

protected:
    void resizeEvent(QResizeEvent *event) override;

private:
    // Puts the side column beside the orders or below them, by the panel's width.
    void arrange();
    void updateSummary();
    void updateActions();
    qint64 currentId() const;

    OrderController *m_controller;
    PurchaseListModel *m_model;
    QSortFilterProxyModel *m_proxy;
    bool m_writable = true;
    QLabel *m_summary;
    QTableView *m_view;
    QLabel *m_empty;
    QPushButton *m_add;
    QPushButton *m_edit;
    QPushButton *m_delete;
    QWidget *m_side;
    QScrollArea *m_sideScroll;
    QSplitter *m_split;
    bool m_arranged = false;
    QVBoxLayout *m_sideLayout;
};

} // namespace relatio
