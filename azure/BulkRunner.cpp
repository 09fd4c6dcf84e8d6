#include "BulkRunner.h"

#include <QSet>

namespace StampDeck::Azure {

BulkCall *BulkRunner::start(AzureTransport *transport, const AzureEndpoint &endpoint, Spec spec)
{
    auto *call = new BulkCall();
    BulkOutcome outcome;
    QSet<QString> seen;
    for (const QString &id : std::as_const(spec.ids)) {
        if (seen.contains(id)) {
            call->failLater(AzureError(AzureErrorKind::BadRequest, 0, 0, QStringLiteral("DuplicateItem"),
                                       QStringLiteral("item %1 appears twice in one bulk call").arg(id)));
            return call;
        }
        seen.insert(id);
        outcome.items.append(BulkItemOutcome{id, BulkItemOutcome::State::NotAttempted, {}, false});
    }
    call->setValue(outcome);
    if (spec.ids.isEmpty()) {
        QMetaObject::invokeMethod(call, [call]() { call->succeed(call->value()); }, Qt::QueuedConnection);
        return call;
    }
    auto *runner = new BulkRunner(transport, endpoint, std::move(spec), call);
    call->setCanceller([runner]() { runner->abort(); });
    QMetaObject::invokeMethod(runner, &BulkRunner::pump, Qt::QueuedConnection);
    return call;
}

BulkRunner::BulkRunner(AzureTransport *transport, const AzureEndpoint &endpoint, Spec spec, BulkCall *call)
    : QObject(call)
    , m_transport(transport)
    , m_endpoint(endpoint)
    , m_spec(std::move(spec))
    , m_call(call)
{
    m_spec.chunkSize = std::max(1, m_spec.chunkSize);
    m_spec.maxInFlight = std::max(1, m_spec.maxInFlight);
    for (qsizetype i = 0; i < m_spec.ids.size(); ++i)
        m_index.insert(m_spec.ids.at(i), i);
}

void BulkRunner::pump()
{
    while (!m_aborted && m_inFlight.size() < m_spec.maxInFlight && m_nextFirst < m_spec.ids.size()) {
        const qsizetype first = m_nextFirst;
        const qsizetype count = std::min<qsizetype>(m_spec.chunkSize, m_spec.ids.size() - first);
        m_nextFirst += count;
        TransportCall *chunk = m_transport->send(m_endpoint, m_spec.buildRequest(first, count));
        chunk->setParent(this);
        m_inFlight.insert(chunk, {first, count});
        ++m_call->mutableValue().requests;
        connect(chunk, &AzureCall::finished, this, [this, chunk, first, count]() { onChunkFinished(chunk, first, count); });
    }
}

void BulkRunner::onChunkFinished(TransportCall *chunk, qsizetype first, qsizetype count)
{
    if (m_aborted)
        return;
    m_inFlight.remove(chunk);
    chunk->deleteLater();
    const AzureResponse &response = chunk->value();
    const std::optional<QHash<QString, AzureError>> errors =
        (response.status == 200 || response.status == 400) ? m_spec.parseErrors(response) : std::nullopt;

    if (errors) {
        for (qsizetype i = first; i < first + count; ++i) {
            const QString &id = m_spec.ids.at(i);
            const auto it = errors->constFind(id);
            if (it == errors->constEnd())
                settle(i, BulkItemOutcome::State::Succeeded, {});
            else if (response.earlierAttemptMayHaveApplied && m_spec.isEchoOfEarlierAttempt && m_spec.isEchoOfEarlierAttempt(*it))
                m_toVerify.append({i, *it});
            else
                settle(i, BulkItemOutcome::State::Failed, *it);
        }
    } else {
        AzureError error = chunk->error();
        if (!error.isError())
            error = AzureError::invalidResponse(QStringLiteral("the bulk answer (HTTP %1) could not be read").arg(response.status));
        const AzureErrorKind kind = error.kind();
        const bool mayHaveApplied = response.earlierAttemptMayHaveApplied || kind == AzureErrorKind::Timeout
            || kind == AzureErrorKind::Network || kind == AzureErrorKind::ServerError || kind == AzureErrorKind::Unavailable
            || (response.status >= 200 && response.status < 300);
        for (qsizetype i = first; i < first + count; ++i)
            settle(i, mayHaveApplied ? BulkItemOutcome::State::Unknown : BulkItemOutcome::State::Failed, error);
    }
    verifyNext();
    pump();
    maybeFinish();
}

void BulkRunner::verifyNext()
{
    if (m_verifying || m_toVerify.isEmpty() || m_aborted)
        return;
    const auto [index, echo] = m_toVerify.takeFirst();
    if (!m_spec.verify) {
        settle(index, BulkItemOutcome::State::Succeeded, {}, true);
        verifyNext();
        return;
    }
    AzureResult<bool> *check = m_spec.verify(m_spec.ids.at(index));
    check->setParent(this);
    m_verifying = check;
    m_verifyingIndex = index;
    connect(check, &AzureCall::finished, this, [this, check, index, echo]() {
        m_verifying = nullptr;
        check->deleteLater();
        if (m_aborted)
            return;
        if (!check->isSuccess())
            settle(index, BulkItemOutcome::State::Unknown, check->error());
        else if (check->value())
            settle(index, BulkItemOutcome::State::Succeeded, {}, true);
        else
            settle(index, BulkItemOutcome::State::Failed, echo);
        verifyNext();
        maybeFinish();
    });
}

void BulkRunner::settle(qsizetype index, BulkItemOutcome::State state, const AzureError &error, bool confirmed)
{
    BulkItemOutcome &item = m_call->mutableValue().items[index];
    item.state = state;
    item.error = error;
    item.confirmedAfterRetry = confirmed;
    ++m_settled;
    m_call->reportProgress(m_settled, m_spec.ids.size());
}

void BulkRunner::maybeFinish()
{
    if (m_aborted || m_settled < m_spec.ids.size())
        return;
    m_call->succeed(m_call->value());
}

void BulkRunner::abort()
{
    m_aborted = true;
    BulkOutcome &outcome = m_call->mutableValue();
    // Items of chunks in flight may have reached the service; the rest were never sent.
    for (auto it = m_inFlight.cbegin(); it != m_inFlight.cend(); ++it) {
        for (qsizetype i = it.value().first; i < it.value().first + it.value().second; ++i) {
            outcome.items[i].state = BulkItemOutcome::State::Unknown;
            outcome.items[i].error = AzureError::cancelled();
        }
        it.key()->cancel();
    }
    m_inFlight.clear();
    for (const auto &pending : std::as_const(m_toVerify)) {
        outcome.items[pending.first].state = BulkItemOutcome::State::Unknown;
        outcome.items[pending.first].error = AzureError::cancelled();
    }
    m_toVerify.clear();
    if (m_verifying) {
        outcome.items[m_verifyingIndex].state = BulkItemOutcome::State::Unknown;
        outcome.items[m_verifyingIndex].error = AzureError::cancelled();
        m_verifying->cancel();
    }
    for (BulkItemOutcome &item : outcome.items) {
        if (item.state == BulkItemOutcome::State::NotAttempted)
            item.error = AzureError::cancelled();
    }
}

} // namespace StampDeck::Azure
