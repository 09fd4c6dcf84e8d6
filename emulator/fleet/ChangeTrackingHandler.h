#pragma once

#include "server/HttpTypes.h"

#include <functional>

namespace StampDeck::Emulator {

// Sits between an endpoint and its service and reports requests that may have changed state
// (a successful PUT, PATCH, POST or DELETE other than a query), so the state file is saved a few
// seconds later. Reads pass straight through: the registry GET path stays as lean as without it.
class ChangeTrackingHandler : public RequestHandler
{
public:
    ChangeTrackingHandler(RequestHandler *inner, std::function<void()> onChange)
        : m_inner(inner), m_onChange(std::move(onChange))
    {
    }

    HttpResponse handle(const HttpRequest &request) override;

    // True for requests that can change state when they succeed.
    static bool mayChangeState(const HttpRequest &request);

private:
    RequestHandler *m_inner;
    std::function<void()> m_onChange;
};

} // namespace StampDeck::Emulator
