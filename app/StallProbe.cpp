#include "StallProbe.h"

namespace StampDeck {

StallProbe::StallProbe(QObject *parent)
    : QObject(parent)
{
    m_timer.setTimerType(Qt::PreciseTimer);
    m_timer.setInterval(IntervalMs);
    connect(&m_timer, &QTimer::timeout, this, &StallProbe::tick);
}

void StallProbe::start()
{
    m_clock.start();
    m_lastNs = -1;
    m_timer.start();
}

void StallProbe::stop()
{
    m_timer.stop();
}

void StallProbe::reset()
{
    m_lastNs = m_clock.isValid() ? m_clock.nsecsElapsed() : -1;
    m_longestNs = 0;
    m_ticks = 0;
    m_over16 = 0;
}

void StallProbe::tick()
{
    const qint64 now = m_clock.nsecsElapsed();
    if (m_lastNs >= 0) {
        const qint64 stall = now - m_lastNs - qint64(IntervalMs) * 1'000'000;
        if (stall > m_longestNs)
            m_longestNs = stall;
        if (stall >= 16'000'000)
            ++m_over16;
    }
    m_lastNs = now;
    ++m_ticks;
}

} // namespace StampDeck
