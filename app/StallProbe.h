#pragma once

#include <QElapsedTimer>
#include <QObject>
#include <QTimer>

namespace StampDeck {

// Measures how long the GUI thread is kept from its event loop: a precise 5 ms timer ticks on
// the GUI thread, and any gap longer than the interval is a stall of that length (minus the
// interval). Turned on by the console's --probe-report option for the benchmark; costs one
// timer wake-up every 5 ms, so it is off otherwise.
class StallProbe : public QObject
{
    Q_OBJECT

public:
    explicit StallProbe(QObject *parent = nullptr);

    void start();
    void stop();
    // Forget what was measured so far (the benchmark measures only during its refreshes).
    void reset();

    bool isRunning() const { return m_timer.isActive(); }
    double longestStallMs() const { return m_longestNs / 1e6; }
    // Stalls of 16 ms or more (a frame at 60 Hz missed).
    int stallsOver16Ms() const { return m_over16; }
    qint64 ticks() const { return m_ticks; }

private:
    void tick();

    static constexpr int IntervalMs = 5;
    QTimer m_timer;
    QElapsedTimer m_clock;
    qint64 m_lastNs = -1;
    qint64 m_longestNs = 0;
    qint64 m_ticks = 0;
    int m_over16 = 0;
};

} // namespace StampDeck
