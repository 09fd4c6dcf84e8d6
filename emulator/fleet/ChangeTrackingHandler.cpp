#include "fleet/ChangeTrackingHandler.h"

namespace StampDeck::Emulator {

bool ChangeTrackingHandler::mayChangeState(const HttpRequest &request)
{
    if (request.method == "GET" || request.method == "HEAD")
        return false;
    // POST .../query reads (hub and DPS queries); a POST to a registration (device status
    // lookup) reads too, but is rare enough that a spurious save costs nothing.
    return !(request.method == "POST" && !request.segments.isEmpty()
             && request.segments.constLast().compare(u"query", Qt::CaseInsensitive) == 0);
}

HttpResponse ChangeTrackingHandler::handle(const HttpRequest &request)
{
    HttpResponse response = m_inner->handle(request);
    if (response.status < 300 && mayChangeState(request))
        m_onChange();
    return response;
}

} // namespace StampDeck::Emulator
