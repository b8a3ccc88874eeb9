// The main window: assembles the capability widgets, menus and status bar. Nothing else.
#pragma once

#include "store/Database.h"

#include <QMainWindow>

class QLabel;
class QStackedWidget;
class QUndoStack;

namespace relatio {

class CsvActions;
class CustomersPage;
class DemoDataPanel;

class MainWindow : public QMainWindow
{
    Q_OBJECT

public:
    explicit MainWindow(DatabasePtr db, QWidget *parent = nullptr);

    CustomersPage *customersPage() const { return m_customers; }
    DemoDataPanel *demoPanel() const { return m_demo; }
    QUndoStack *undoStack() const { return m_undoStack; }
    CsvActions *csvActions() const { return m_csv; }

protected:
    void closeEvent(QCloseEvent *event) override;

private:
    void buildMenus();
    void showCustomersOrWelcome();
    void backUp();
    void about();

    DatabasePtr m_db;
    QUndoStack *m_undoStack;
    QStackedWidget *m_stack;
    CustomersPage *m_customers;
    DemoDataPanel *m_demo;
    CsvActions *m_csv = nullptr;
    QLabel *m_count;
};

} // namespace relatio
