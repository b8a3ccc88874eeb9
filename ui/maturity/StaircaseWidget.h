// The five maturity phases drawn as a staircase: the steps reached filled, the phase reached
// outlined, and a marker on the phase the CRM's data supports.
#pragma once

#include <QStringList>
#include <QWidget>

namespace relatio {

class StaircaseWidget : public QWidget
{
    Q_OBJECT

public:
    explicit StaircaseWidget(QWidget *parent = nullptr);

    // names: the five phase names; reached 0 = not assessed; evidence 1 … 5.
    void setPhases(const QStringList &names, int reached, int evidence);
    int reached() const { return m_reached; }
    int evidence() const { return m_evidence; }

    QSize sizeHint() const override { return QSize(720, 160); }
    QSize minimumSizeHint() const override { return QSize(420, 130); }

protected:
    void paintEvent(QPaintEvent *event) override;

private:
    QStringList m_names;
    int m_reached = 0;
    int m_evidence = 0;
};

} // namespace relatio
