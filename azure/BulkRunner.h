#pragma once

#include "AzureEndpoint.h"
#include "AzureRequest.h"
#include "AzureTransport.h"
#include "BulkOutcome.h"

#include <QHash>
#include <QObject>
#include <QPointer>
#include <QStringList>

#include <functional>
#include <optional>

namespace StampDeck::Azure {

using BulkCall = AzureResult<BulkOutcome>;

// Runs one bulk job as chunks of at most the API's per-call limit, a few in flight at a time
// (the pacer, not the concurrency, sets the rate), and accounts for every item. It never repeats
// a chunk itself (the transport does, where that is safe); it only interprets answers:
//  - per-item errors from the bulk answer (hub {isSuccessful, errors}, DPS the same shape);
//  - an item error that looks like the echo of an earlier attempt (create: already exists;
//    delete: not found) after a retried chunk whose earlier attempt may have been applied is
//    checked with verify(); ours -> Succeeded (confirmedAfterRetry), not ours -> Failed;
//  - a chunk that fails as a whole is Failed, or Unknown when it may have been applied.
class BulkRunner : public QObject
{
    Q_OBJECT
public:
    struct Spec
    {
        QStringList ids;       // item ids in order (unique)
        int chunkSize = 100;
        int maxInFlight = 4;
        // The request for items [first, first + count).
        std::function<AzureRequest(qsizetype first, qsizetype count)> buildRequest;
        // Per-item errors by id from an answer; nullopt when the answer is not a bulk result.
        std::function<std::optional<QHash<QString, AzureError>>(const AzureResponse &)> parseErrors;
        // Whether an item error may be the echo of an earlier applied attempt.
        std::function<bool(const AzureError &)> isEchoOfEarlierAttempt;
        // Checks one echoed item against the service: true when the service holds what this job
        // sent. Null: the echo itself proves it (deletes: "not found" means gone).
        std::function<AzureResult<bool> *(const QString &id)> verify;
    };

    // Starts the job; the call owns the runner.
    static BulkCall *start(AzureTransport *transport, const AzureEndpoint &endpoint, Spec spec);

private:
    BulkRunner(AzureTransport *transport, const AzureEndpoint &endpoint, Spec spec, BulkCall *call);

    void pump();
    void onChunkFinished(TransportCall *chunk, qsizetype first, qsizetype count);
    void verifyNext();
    void settle(qsizetype index, BulkItemOutcome::State state, const AzureError &error, bool confirmed = false);
    void maybeFinish();
    void abort();

    AzureTransport *m_transport;
    AzureEndpoint m_endpoint;
    Spec m_spec;
    BulkCall *m_call;
    QHash<QString, qsizetype> m_index;
    qsizetype m_nextFirst = 0;
    QHash<TransportCall *, QPair<qsizetype, qsizetype>> m_inFlight;
    QList<QPair<qsizetype, AzureError>> m_toVerify;
    QPointer<AzureResult<bool>> m_verifying;
    qsizetype m_verifyingIndex = -1;
    qsizetype m_settled = 0;
    bool m_aborted = false;
};

} // namespace StampDeck::Azure
