#pragma once

#include "AzureError.h"

#include <QObject>

#include <functional>

namespace StampDeck::Azure {

// One asynchronous Azure call: the single async style of the clients.
//
// Why reply objects with signals rather than QFuture/QPromise: in Qt 6.4 a cancelled QFuture
// drops the result and skips .then() continuations, so "cancel aborts the request and reports
// Cancelled" would need a second channel (onCanceled) for the same outcome; it also has no way to
// report progress of a bulk job or to carry a partial result next to an error. A QObject call
// gives exactly one finished() signal for success, failure and cancellation alike, QSignalSpy
// works on it directly, and a context object on every connect() makes its lifetime safe.
//
// Rules: finished() is emitted exactly once, never from inside the method that created the call
// (so connecting right after the call is always in time); cancel() aborts the network work and
// finishes the call with AzureErrorKind::Cancelled (synchronously, like QNetworkReply::abort()).
// The caller owns the call (no parent unless given): delete it, or deleteLater() it from the
// finished() handler, or setAutoDelete(true). Deleting an unfinished call cancels its work without
// emitting anything.
class AzureCall : public QObject
{
    Q_OBJECT
public:
    ~AzureCall() override;

    bool isFinished() const { return m_finished; }
    bool isSuccess() const { return m_finished && !m_error.isError(); }
    // The typed error once finished with a failure (kind() None otherwise).
    AzureError error() const { return m_error; }

    // Aborts the work and finishes with Cancelled. No-op once finished.
    void cancel();
    // Deletes the call (deleteLater) right after finished() was delivered.
    void setAutoDelete(bool autoDelete) { m_autoDelete = autoDelete; }

    // --- producer side (the clients and the transport) ---
    // What cancel() (or destroying the call) must stop: the network request, a timer, a child call.
    void setCanceller(std::function<void()> canceller) { m_canceller = std::move(canceller); }
    // Finishes with an error now (from an asynchronous callback).
    void fail(const AzureError &error);
    // Finishes with an error on the next event-loop turn: for errors found before any work
    // started (invalid arguments), so finished() never fires inside the creating call.
    void failLater(const AzureError &error);
    // Reports progress of a multi-request call (bulk operations).
    void reportProgress(qint64 done, qint64 total) { Q_EMIT progressed(done, total); }

Q_SIGNALS:
    void finished();
    void progressed(qint64 done, qint64 total);

protected:
    explicit AzureCall(QObject *parent = nullptr);
    void finishSuccess();

private:
    void finish(const AzureError &error);

    AzureError m_error;
    std::function<void()> m_canceller;
    bool m_finished = false;
    bool m_autoDelete = false;
};

// A call that produces a value of type T on success. For multi-request calls (bulk), value() also
// holds the partial result when the call failed or was cancelled.
template<typename T>
class AzureResult : public AzureCall
{
public:
    explicit AzureResult(QObject *parent = nullptr)
        : AzureCall(parent)
    {
    }

    const T &value() const { return m_value; }

    // --- producer side ---
    void succeed(T value)
    {
        if (isFinished())
            return;
        m_value = std::move(value);
        finishSuccess();
    }
    // Keeps a (partial) value and finishes with an error.
    void failWithValue(const AzureError &error, T value)
    {
        if (isFinished())
            return;
        m_value = std::move(value);
        fail(error);
    }
    void setValue(T value) { m_value = std::move(value); }
    T &mutableValue() { return m_value; }

private:
    T m_value{};
};

// The value of calls that return nothing but success (delete).
struct Completion
{
    // True when an earlier attempt of a retried request was applied and this outcome was
    // confirmed afterwards (a retried delete met 404: the first attempt had deleted it).
    bool confirmedAfterRetry = false;
};

using AzureCompletion = AzureResult<Completion>;

} // namespace StampDeck::Azure
