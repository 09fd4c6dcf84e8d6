#pragma once

#include "AzureError.h"

#include <QList>
#include <QString>

namespace StampDeck::Azure {

// What happened to one item of a bulk call. Every item ends in exactly one state, so a caller can
// account for each: done once, or reported failed, never silently lost or doubled.
struct BulkItemOutcome
{
    enum class State {
        Succeeded,     // done (once)
        Failed,        // not done; error says why
        Unknown,       // the request may or may not have been carried out (it failed after an
                       // attempt that may have reached the service, or was cancelled in flight)
        NotAttempted,  // never sent (the call was cancelled first)
    };

    QString id;
    State state = State::NotAttempted;
    AzureError error;
    // The item was confirmed after a retry: an earlier attempt had done it, and the retry's
    // "already exists" / "not found" was checked against the service and found to be ours.
    bool confirmedAfterRetry = false;
};

// The result of a bulk call, item by item, in the order given.
struct BulkOutcome
{
    QList<BulkItemOutcome> items;
    int requests = 0;          // bulk HTTP calls made (chunks)

    int count(BulkItemOutcome::State state) const;
    int succeeded() const { return count(BulkItemOutcome::State::Succeeded); }
    // Items that are not Succeeded.
    QList<BulkItemOutcome> problems() const;
};

} // namespace StampDeck::Azure
