// Shown while the database is empty: add a first customer, or load demo data in the background.
#pragma once

#include "store/Database.h"

#include <QWidget>

#include <atomic>

class QLabel;
class QProgressBar;
class QPushButton;
class QSpinBox;
class QThread;

namespace relatio {

class DemoDataPanel : public QWidget
{
    Q_OBJECT

public:
    explicit DemoDataPanel(DatabasePtr db, QWidget *parent = nullptr);
    ~DemoDataPanel() override;

    bool isLoading() const { return m_thread != nullptr; }
    void startLoading(int customers);

signals:
    void addCustomerRequested();
    void demoLoaded(qint64 customers);

private:
    void progressed(qint64 done, qint64 total);
    void analysing(int percent, const QString &step);
    void finished(qint64 written, const QString &error);

    DatabasePtr m_db;
    QSpinBox *m_count = nullptr;
    QPushButton *m_load = nullptr;
    QPushButton *m_add = nullptr;
    QPushButton *m_cancel = nullptr;
    QProgressBar *m_progress = nullptr;
    QLabel *m_status = nullptr;
    QThread *m_thread = nullptr;
    std::atomic<bool> m_cancelRequested = false;
};

} // namespace relatio
