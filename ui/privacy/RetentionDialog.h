// The retention review: customers without any activity for a chosen number of years, to open one
// by one and decide whether to keep, delete or erase them. The search runs on a worker thread.
#pragma once

#include "privacy/Retention.h"

#include <QDialog>

#include <memory>

class QLabel;
class QPushButton;
class QSpinBox;
class QTableView;

namespace relatio {

class CsvJob;
class RetentionModel;

class RetentionDialog : public QDialog
{
    Q_OBJECT

public:
    explicit RetentionDialog(DatabasePtr db, QWidget *parent = nullptr);
    ~RetentionDialog() override;

    void setYears(int years);
    // Starts a search with the years chosen; the list fills when it is done.
    void find();
    bool isSearching() const;
    RetentionModel *model() const { return m_model; }
    // A customer erased or deleted meanwhile leaves the list.
    void customerGone(qint64 customerId);

signals:
    void openCustomerRequested(qint64 customerId);

private:
    void finished();
    void openCurrent();

    DatabasePtr m_db;
    CsvJob *m_job;
    std::shared_ptr<Result<QList<RetentionCandidate>>> m_result;
    RetentionModel *m_model;
    QSpinBox *m_years;
    QPushButton *m_find;
    QPushButton *m_open;
    QTableView *m_view;
    QLabel *m_count;
    QLabel *m_error;
};

} // namespace relatio
