#pragma once

#include "ChartExport.h"
#include "DistributionChartView.h"
#include "HealthThresholds.h"

#include <QWidget>

class QChartView;
class QComboBox;
class QLabel;
class QTimer;

namespace StampDeck {

class CapacityChartView;
class FleetStatusModel;
class HistoryChartView;

// The fleet in charts: devices by stamp (stacked by tenant or enrollment group), capacity used
// against the limits, and connected devices and registrations over time. Follows the model live;
// bursts of changes are gathered into one redraw a quarter second later. Each chart exports to
// PNG and SVG.
class FleetChartsPage : public QWidget
{
    Q_OBJECT

public:
    enum class Chart { DevicesByStamp, Capacity, History };
    static constexpr int RefreshDelayMs = 250;

    explicit FleetChartsPage(FleetStatusModel *model, QWidget *parent = nullptr);

    void setStackBy(DistributionChartView::StackBy stackBy);
    void setThresholds(const HealthThresholds &thresholds);
    // Empty: the whole fleet.
    void setHistoryScope(const QString &stampId);

    DistributionChartView *devicesByStamp() const { return m_devices; }
    CapacityChartView *capacity() const { return m_capacity; }
    HistoryChartView *history() const { return m_history; }
    QChartView *chartView(Chart chart) const;

    // Writes the chart to path, PNG or SVG by the suffix; false with a message on failure.
    bool exportChart(Chart chart, const QString &path, QString *error) const;

    // Draws pending changes now instead of at the next tick.
    void refreshNow();

private:
    QWidget *section(Chart chart, QWidget *control);
    void rebuildScopes();
    void chooseExportFile(Chart chart, ChartExport::Format format);

    FleetStatusModel *m_model;
    DistributionChartView *m_devices;
    CapacityChartView *m_capacity;
    HistoryChartView *m_history;
    QComboBox *m_stackCombo;
    QComboBox *m_scopeCombo;
    QLabel *m_message;
    QTimer *m_refreshTimer;
};

} // namespace StampDeck
