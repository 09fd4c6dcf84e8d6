#pragma once

#include "HealthThresholds.h"

#include <QWidget>

namespace StampDeck {

// A stamp's devices against its planned capacity as a bar, with amber and red marks at the
// thresholds of the plan and, when the plan comes near it, the hub's 1M device soft limit.
class CapacityGauge : public QWidget
{
    Q_OBJECT

public:
    static constexpr qint64 HubDeviceLimit = 1'000'000;

    explicit CapacityGauge(QWidget *parent = nullptr);

    // used: devices in the hub, -1 while not known; planned: the stamp's planned capacity.
    void setCapacity(qint64 used, qint64 planned);
    void setThresholds(const HealthThresholds &thresholds);

    qint64 used() const { return m_used; }
    qint64 planned() const { return m_planned; }
    // Devices at the right end of the bar.
    qint64 scaleMaximum() const;
    // The 1M mark is drawn only when it is within reach of the plan or the devices.
    bool showsHubLimit() const;
    // The worst of used/planned and used/hub limit (0..1+), -1 while not known.
    double worstFraction() const;

    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;

protected:
    void paintEvent(QPaintEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    void describe();

    qint64 m_used = -1;
    qint64 m_planned = 0;
    HealthThresholds m_thresholds;
};

} // namespace StampDeck
