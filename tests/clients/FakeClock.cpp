#include "FakeClock.h"

namespace StampDeck::Testing {

FakeClock::FakeClock(qint64 startMs, const QDateTime &startUtc)
    : m_startMs(startMs)
    , m_now(startMs)
    , m_startUtc(startUtc)
{
}

Azure::Clock::TimerId FakeClock::schedule(qint64 delayMs, QObject *context, std::function<void()> fn)
{
    const TimerId id = m_nextId++;
    const qint64 delay = std::max<qint64>(0, delayMs);
    m_history.append(delay);
    m_pending.emplace(std::make_pair(m_now + delay, id), Pending{id, context, std::move(fn)});
    return id;
}

void FakeClock::cancel(TimerId id)
{
    for (auto it = m_pending.begin(); it != m_pending.end(); ++it) {
        if (it->second.id == id) {
            m_pending.erase(it);
            return;
        }
    }
}

bool FakeClock::runNext()
{
    if (m_pending.empty())
        return false;
    auto it = m_pending.begin();
    m_now = std::max(m_now, it->first.first);
    Pending pending = std::move(it->second);
    m_pending.erase(it);
    if (pending.context)
        pending.fn();
    return true;
}

void FakeClock::advance(qint64 ms)
{
    const qint64 target = m_now + ms;
    while (!m_pending.empty() && m_pending.begin()->first.first <= target)
        runNext();
    m_now = target;
}

QList<qint64> FakeClock::pendingDelays() const
{
    QList<qint64> delays;
    for (const auto &[key, pending] : m_pending)
        delays.append(key.first - m_now);
    return delays;
}

} // namespace StampDeck::Testing
