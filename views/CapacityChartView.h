#pragma once

#include "HealthThresholds.h"

#include <QChartView>

class QBarCategoryAxis;
class QBarSeries;
class QBarSet;
class QLineSeries;
class QValueAxis;

namespace StampDeck {

class FleetStatusModel;

// Capacity used per stamp, in percent of each limit: the planned capacity, the hub's 1M device
// soft limit and DPS's 1M registrations. Percentages put every stamp on one scale, so the amber
// and red thresholds and the limit itself are horizontal lines across all of them.
class CapacityChartView : public QChartView
{
    Q_OBJECT

public:
    explicit CapacityChartView(QWidget *parent = nullptr);

    void setThresholds(const HealthThresholds &thresholds);
    void refresh(const FleetStatusModel &model);

    QBarSet *plannedSet() const { return m_planned; }
    QBarSet *hubLimitSet() const { return m_hubLimit; }
    QBarSet *dpsLimitSet() const { return m_dpsLimit; }
    QLineSeries *amberLine() const { return m_amber; }
    QLineSeries *redLine() const { return m_red; }
    QLineSeries *limitLine() const { return m_limit; }

private:
    void showDetail(bool entered, int index, QBarSet *set);
    void placeLines();

    QBarSeries *m_bars;
    QBarSet *m_planned;
    QBarSet *m_hubLimit;
    QBarSet *m_dpsLimit;
    QLineSeries *m_amber;
    QLineSeries *m_red;
    QLineSeries *m_limit;
    QBarCategoryAxis *m_stampAxis;
    QValueAxis *m_lineAxis;
    QValueAxis *m_percentAxis;
    HealthThresholds m_thresholds;
    QStringList m_details; // per stamp, the absolute figures for the hover tooltip
};

} // namespace StampDeck
