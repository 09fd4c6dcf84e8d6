#pragma once

#include "Clock.h"

#include <QList>
#include <QPointer>

#include <map>

namespace StampDeck::Testing {

// A clock the test moves by hand: nothing scheduled runs until advance() passes its due time,
// then due calls run in time order (each sees nowMs() at its own due time).
class FakeClock : public Azure::Clock
{
public:
    explicit FakeClock(qint64 startMs = 1'000'000, const QDateTime &startUtc = QDateTime(QDate(2026, 1, 1), QTime(0, 0), Qt::UTC));

    qint64 nowMs() const override { return m_now; }
    QDateTime currentUtc() const override { return m_startUtc.addMSecs(m_now - m_startMs); }
    TimerId schedule(qint64 delayMs, QObject *context, std::function<void()> fn) override;
    void cancel(TimerId id) override;

    // Moves time forward by ms, running what falls due on the way.
    void advance(qint64 ms);
    // Runs the earliest pending call (moving time to it); false when nothing is pending.
    bool runNext();
    // Delays (from now) of the pending calls, earliest first.
    QList<qint64> pendingDelays() const;
    int pendingCount() const { return int(m_pending.size()); }
    // Every delay ever passed to schedule(), in order (to check backoff schedules).
    const QList<qint64> &scheduledDelays() const { return m_history; }

private:
    struct Pending
    {
        TimerId id;
        QPointer<QObject> context;
        std::function<void()> fn;
    };

    qint64 m_startMs;
    qint64 m_now;
    QDateTime m_startUtc;
    TimerId m_nextId = 1;
    std::multimap<std::pair<qint64, TimerId>, Pending> m_pending;
    QList<qint64> m_history;
};

} // namespace StampDeck::Testing
