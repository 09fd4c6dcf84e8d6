#pragma once

#include "AzureCall.h"
#include "AzureTransport.h"
#include "WireJson.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QPointer>

#include <functional>
#include <optional>

namespace StampDeck::Azure {

// Helpers the clients use to turn a transport call into a typed call. They add no retry: a
// failed transport call is final.
namespace CallChain {

// Makes `outer` own `inner`: cancelling or deleting outer aborts inner.
inline void adopt(AzureCall *outer, AzureCall *inner)
{
    inner->setParent(outer);
    QPointer<AzureCall> guard(inner);
    outer->setCanceller([guard]() {
        if (guard)
            guard->cancel();
    });
}

// Parses the body as one JSON object into T (lenient: newer service versions may add fields).
template<typename T>
std::optional<T> parseObject(const AzureResponse &response, AzureError *error)
{
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(response.body, &parseError);
    if (!document.isObject()) {
        *error = AzureError::invalidResponse(QStringLiteral("expected a JSON object (HTTP %1)").arg(response.status));
        return std::nullopt;
    }
    QString message;
    std::optional<T> value = T::fromJson(document.object(), &message, JsonParseMode::Lenient);
    if (!value)
        *error = AzureError::invalidResponse(message);
    return value;
}

// A typed call fed by one transport call: on success the parser makes the value (or an error);
// on failure onFailure may still turn the error into a value (a confirmed retry), else the
// transport's error is reported.
template<typename T>
AzureResult<T> *chain(TransportCall *transportCall,
                      std::function<std::optional<T>(const AzureResponse &, AzureError *)> parse,
                      std::function<bool(AzureResult<T> *, const TransportCall *)> onFailure = {})
{
    auto *result = new AzureResult<T>();
    adopt(result, transportCall);
    QObject::connect(transportCall, &AzureCall::finished, result, [result, transportCall, parse, onFailure]() {
        if (!transportCall->isSuccess()) {
            if (transportCall->error().kind() != AzureErrorKind::Cancelled && onFailure
                && onFailure(result, transportCall))
                return;
            result->fail(transportCall->error());
            return;
        }
        AzureError error;
        std::optional<T> value = parse(transportCall->value(), &error);
        if (value)
            result->succeed(std::move(*value));
        else
            result->fail(error);
    });
    return result;
}

// Forwards the outcome of a follow-up call (a verification GET) into `target`.
template<typename T, typename U>
void forward(AzureResult<U> *follow, AzureResult<T> *target, std::function<void(AzureResult<T> *, const AzureResult<U> *)> handle)
{
    adopt(target, follow);
    QObject::connect(follow, &AzureCall::finished, target, [follow, target, handle]() { handle(target, follow); });
}

} // namespace CallChain
} // namespace StampDeck::Azure
