#pragma once

#include <QChartView>
#include <QStringList>

class QBarCategoryAxis;
class QStackedBarSeries;
class QValueAxis;

namespace StampDeck {

class FleetStatusModel;

// Devices by stamp, one bar per stamp stacked by tenant or by enrollment group (from the DPS
// census). Until the census has counted anything it shows each stamp's total devices, unstacked,
// and says that the census is running. Values change in place so live updates do not flicker.
class DistributionChartView : public QChartView
{
    Q_OBJECT

public:
    enum class StackBy { Tenant, EnrollmentGroup };
    static constexpr int MaxStacks = 8; // the rest goes into "Other": more colours read as noise

    explicit DistributionChartView(QWidget *parent = nullptr);

    void setStackBy(StackBy stackBy) { m_stackBy = stackBy; }
    StackBy stackBy() const { return m_stackBy; }
    void refresh(const FleetStatusModel &model);

    // One label per stamp for a category axis, which drops repeated labels: the name, or the
    // name with the id where names repeat.
    static QStringList stampLabels(const FleetStatusModel &model);

    bool isStacked() const { return m_stacked; }
    QStackedBarSeries *series() const { return m_series; }
    QBarCategoryAxis *stampAxis() const { return m_stampAxis; }

private:
    QStackedBarSeries *m_series;
    QBarCategoryAxis *m_stampAxis;
    QValueAxis *m_valueAxis;
    StackBy m_stackBy = StackBy::Tenant;
    bool m_stacked = false;
    QStringList m_setLabels;
};

} // namespace StampDeck
