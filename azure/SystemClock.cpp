#include "SystemClock.h"

#include <QTimer>

#include <algorithm>
#include <limits>

namespace StampDeck::Azure {

SystemClock::SystemClock(QObject *parent)
    : QObject(parent)
{
    m_elapsed.start();
}

SystemClock::~SystemClock()
{
    for (const QPointer<QTimer> &timer : std::as_const(m_timers))
        delete timer.data();
}

qint64 SystemClock::nowMs() const
{
    return m_elapsed.elapsed();
}

QDateTime SystemClock::currentUtc() const
{
    return QDateTime::currentDateTimeUtc();
}

Clock::TimerId SystemClock::schedule(qint64 delayMs, QObject *context, std::function<void()> fn)
{
    const TimerId id = m_nextId++;
    // The timer is a child of the context, so the context's destruction cancels the call; the
    // connection's context is the context too, so fn never runs on a dead object.
    auto *timer = new QTimer(context);
    timer->setSingleShot(true);
    timer->setTimerType(Qt::PreciseTimer);
    connect(timer, &QTimer::timeout, context, [this, id, timer, fn = std::move(fn)]() {
        m_timers.remove(id);
        timer->deleteLater();
        fn();
    });
    m_timers.insert(id, timer);
    timer->start(int(std::clamp<qint64>(delayMs, 0, std::numeric_limits<int>::max())));
    return id;
}

void SystemClock::cancel(TimerId id)
{
    const QPointer<QTimer> timer = m_timers.take(id);
    if (timer) {
        timer->stop();
        timer->deleteLater();
    }
}

} // namespace StampDeck::Azure
