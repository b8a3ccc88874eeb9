// The main window: assembles the capability widgets, menus and status bar. Nothing else.
#pragma once

#include "store/Database.h"

#include <QMainWindow>

class QActionGroup;
class QLabel;
class QMenu;
class QStackedWidget;
class QToolBar;
class QUndoStack;

namespace relatio {

class CsvActions;
class CustomersPage;
class DemoDataPanel;
class SyncController;

class MainWindow : public QMainWindow
{
    Q_OBJECT

public:
    explicit MainWindow(DatabasePtr db, QWidget *parent = nullptr);

    CustomersPage *customersPage() const { return m_customers; }
    DemoDataPanel *demoPanel() const { return m_demo; }
    QUndoStack *undoStack() const { return m_undoStack; }
    CsvActions *csvActions() const { return m_csv; }

    // Adds a page to the navigation bar and the View menu (Ctrl+1, Ctrl+2, … in order of adding);
    // returns the action that shows it.
    QAction *addPage(QWidget *page, const QString &title, const QIcon &icon);
    void showPage(QWidget *page);
    QWidget *currentPage() const;

signals:
    // Many records changed at once (demo data, an import or its undo): pages read again.
    void storeChanged();
    // File › Review Overwritten Edits… was closed (entries may have been answered).
    void conflictsReviewed();

protected:
    void closeEvent(QCloseEvent *event) override;

private:
    void buildMenus();
    void buildPages();
    void showCustomersOrWelcome();
    void backUp();
    void about();
    // File › Open Team Database… and Open Relatio File…: a new window on it takes this one's place.
    void openTeamDatabase();
    void openFile();
    void switchTo(DatabasePtr db, const QString &note);
    // No demo data being written, and the card's edits saved or discarded.
    bool readyToLeave();

    DatabasePtr m_db;
    QUndoStack *m_undoStack;
    QStackedWidget *m_stack;
    QToolBar *m_navigation = nullptr;
    QToolBar *m_customerTools = nullptr;
    QActionGroup *m_pageActions = nullptr;
    QMenu *m_viewMenu = nullptr;
    QMenu *m_privacyMenu = nullptr;
    QMenu *m_valueMenu = nullptr;
    QAction *m_customersPageAction = nullptr;
    CustomersPage *m_customers;
    DemoDataPanel *m_demo;
    CsvActions *m_csv = nullptr;
    SyncController *m_sync = nullptr;
    bool m_segmentsHere = false; // value segments are worked out here (a file, or the team database's copy)
    // File › Review Overwritten Edits…: the sync conflicts no customer card shows.
    QAction *m_reviewConflicts = nullptr;
    QString m_actor;
    QLabel *m_count;
};

} // namespace relatio
