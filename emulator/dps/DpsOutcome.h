#pragma once

#include "AzureError.h"

#include <optional>

namespace StampDeck::Emulator {

// What a DpsStore operation gives back: a value, or the Azure error the service answers with.
// The store decides the error (status, DPS code, message) because it knows why a request failed;
// the HTTP layers only copy it onto the wire.
template<typename T>
struct DpsOutcome
{
    std::optional<T> value;
    Azure::AzureError error;
    bool created = false; // a PUT made a new record (rather than replacing one)

    bool ok() const { return !error.isError(); }

    static DpsOutcome success(T result, bool wasCreated = false)
    {
        DpsOutcome outcome;
        outcome.value = std::move(result);
        outcome.created = wasCreated;
        return outcome;
    }
    static DpsOutcome failure(Azure::AzureError failed)
    {
        DpsOutcome outcome;
        outcome.error = std::move(failed);
        return outcome;
    }
};

} // namespace StampDeck::Emulator
