#pragma once

#include "CapacityPlanner.h"
#include "Workspace.h"

#include <QDate>
#include <QHash>
#include <QWidget>

class QChart;
class QChartView;
class QComboBox;
class QDateTimeAxis;
class QDoubleSpinBox;
class QLabel;
class QLineSeries;
class QSpinBox;
class QValueAxis;

namespace StampDeck {

// The capacity planner: for one stamp, the daily message headroom, how many more devices it can
// take, and when a new stamp is due at the growth the user expects. Tier, units, devices and
// planned capacity come from the stamp but stay editable for what-ifs.
class CapacityPlannerPage : public QWidget
{
    Q_OBJECT

public:
    explicit CapacityPlannerPage(QWidget *parent = nullptr);

    // The stamps to plan for and each stamp's current device count (by stamp id).
    void setFleet(const Workspace &workspace, const QHash<QString, qint64> &devicesByStamp);
    // The day projections start from; today unless a test pins it.
    void setToday(const QDate &today);

    QString selectedStamp() const;
    void selectStamp(const QString &stampId);
    const CapacityPlanInput &input() const { return m_input; }
    const CapacityPlan &plan() const { return m_plan; }

private:
    void fillFromStamp();
    void recompute();
    void updateChart();

    Workspace m_workspace;
    QHash<QString, qint64> m_devices;
    QDate m_today;
    CapacityPlanInput m_input;
    CapacityPlan m_plan;
    bool m_filling = false;

    QComboBox *m_stamp;
    QComboBox *m_tier;
    QSpinBox *m_units;
    QSpinBox *m_currentDevices;
    QSpinBox *m_plannedCapacity;
    QDoubleSpinBox *m_messagesPerDevice;
    QDoubleSpinBox *m_growth;
    QComboBox *m_growthUnit;
    QSpinBox *m_leadTime;
    QLabel *m_results;
    QChart *m_chart;
    QChartView *m_chartView;
    QLineSeries *m_projection;
    QLineSeries *m_limit;
    QLineSeries *m_due;
    QDateTimeAxis *m_dateAxis;
    QValueAxis *m_deviceAxis;
};

} // namespace StampDeck
