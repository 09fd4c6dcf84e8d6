#include "RequestPacer.h"

#include <algorithm>

namespace StampDeck::Azure {

RequestPacer::RequestPacer(Clock *clock, QObject *parent)
    : QObject(parent)
    , m_clock(clock)
{
}

RequestPacer::~RequestPacer()
{
    for (const Lane &lane : std::as_const(m_lanes)) {
        if (lane.timer)
            m_clock->cancel(lane.timer);
    }
}

RequestPacer::TicketId RequestPacer::acquire(const QString &laneKey, double ratePerMs, double burst,
                                             double cost, bool priority, QObject *context,
                                             std::function<void()> granted)
{
    const qint64 now = m_clock->nowMs();
    auto it = m_lanes.find(laneKey);
    if (it == m_lanes.end())
        it = m_lanes.insert(laneKey, Lane{TokenBucket(ratePerMs, burst, now), {}, 0});
    Lane &lane = *it;
    if (lane.queue.empty() && lane.bucket.tryTake(cost, now)) {
        granted();
        return 0;
    }
    const TicketId id = m_nextTicket++;
    Waiter waiter{id, cost, context, std::move(granted)};
    if (priority)
        lane.queue.push_front(std::move(waiter));
    else
        lane.queue.push_back(std::move(waiter));
    m_ticketLanes.insert(id, laneKey);
    reschedule(laneKey);
    return id;
}

void RequestPacer::cancel(TicketId ticket)
{
    const QString laneKey = m_ticketLanes.take(ticket);
    auto it = m_lanes.find(laneKey);
    if (it == m_lanes.end())
        return;
    auto &queue = it->queue;
    const bool wasHead = !queue.empty() && queue.front().id == ticket;
    queue.erase(std::remove_if(queue.begin(), queue.end(),
                               [ticket](const Waiter &w) { return w.id == ticket; }),
                queue.end());
    if (wasHead)
        reschedule(laneKey);
}

void RequestPacer::throttled(const QString &laneKey, qint64 pauseMs)
{
    auto it = m_lanes.find(laneKey);
    if (it == m_lanes.end())
        return;
    it->bucket.drain(m_clock->nowMs(), pauseMs);
    reschedule(laneKey);
}

int RequestPacer::waitingCount(const QString &laneKey) const
{
    const auto it = m_lanes.constFind(laneKey);
    return it == m_lanes.constEnd() ? 0 : int(it->queue.size());
}

double RequestPacer::tokens(const QString &laneKey) const
{
    const auto it = m_lanes.constFind(laneKey);
    return it == m_lanes.constEnd() ? -1.0 : it->bucket.tokens(m_clock->nowMs());
}

void RequestPacer::reschedule(const QString &laneKey)
{
    Lane &lane = m_lanes[laneKey];
    if (lane.timer) {
        m_clock->cancel(lane.timer);
        lane.timer = 0;
    }
    // Drop waiters whose owner is gone, so a dead head does not hold the lane.
    while (!lane.queue.empty() && !lane.queue.front().context) {
        m_ticketLanes.remove(lane.queue.front().id);
        lane.queue.pop_front();
    }
    if (lane.queue.empty())
        return;
    const qint64 wait = lane.bucket.msUntilAvailable(lane.queue.front().cost, m_clock->nowMs());
    lane.timer = m_clock->schedule(wait, this, [this, laneKey]() {
        m_lanes[laneKey].timer = 0;
        process(laneKey);
    });
}

void RequestPacer::process(const QString &laneKey)
{
    for (;;) {
        auto it = m_lanes.find(laneKey);
        if (it == m_lanes.end() || it->queue.empty())
            return;
        Waiter &head = it->queue.front();
        if (!head.context) {
            m_ticketLanes.remove(head.id);
            it->queue.pop_front();
            continue;
        }
        if (!it->bucket.tryTake(head.cost, m_clock->nowMs())) {
            reschedule(laneKey);
            return;
        }
        Waiter waiter = std::move(head);
        it->queue.pop_front();
        m_ticketLanes.remove(waiter.id);
        // granted() may queue or cancel in this lane: the loop looks the lane up again.
        waiter.granted();
    }
}

} // namespace StampDeck::Azure
