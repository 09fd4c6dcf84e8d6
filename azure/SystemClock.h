#pragma once

#include "Clock.h"

#include <QElapsedTimer>
#include <QHash>
#include <QPointer>

class QTimer;

namespace StampDeck::Azure {

// The real clock: QElapsedTimer for monotonic time, single-shot QTimers (precise) for schedule().
class SystemClock : public QObject, public Clock
{
    Q_OBJECT
public:
    explicit SystemClock(QObject *parent = nullptr);
    ~SystemClock() override;

    qint64 nowMs() const override;
    QDateTime currentUtc() const override;
    TimerId schedule(qint64 delayMs, QObject *context, std::function<void()> fn) override;
    void cancel(TimerId id) override;

private:
    QElapsedTimer m_elapsed;
    TimerId m_nextId = 1;
    QHash<TimerId, QPointer<QTimer>> m_timers;
};

} // namespace StampDeck::Azure
