#include "server/FaultInjector.h"

#include "AzureError.h"

#include <QtGlobal>

namespace StampDeck::Emulator {

namespace {
const QString InjectedFaultMessage = QStringLiteral("injected fault");

void seedGenerator(QRandomGenerator &generator, quint64 seed)
{
    // Both halves of the 64-bit seed, so nearby seeds give unrelated sequences.
    const quint32 words[2] = {quint32(seed), quint32(seed >> 32)};
    generator = QRandomGenerator(words, words + 2);
}
} // namespace

FaultInjector::FaultInjector(quint64 seed, FaultSettings settings)
{
    seedGenerator(m_random, seed);
    setSettings(settings);
}

void FaultInjector::reseed(quint64 seed)
{
    seedGenerator(m_random, seed);
}

void FaultInjector::setSettings(const FaultSettings &settings)
{
    m_settings = settings;
    m_settings.errorRate = qBound(0.0, settings.errorRate, 1.0);
    m_settings.dropRate = qBound(0.0, settings.dropRate, 1.0);
    m_settings.latencyMs = qBound(0, settings.latencyMs, 600'000);
    m_settings.errorStatus = settings.errorStatus == 500 ? 500 : 503;
    m_active = m_settings.isActive();
}

FaultInjector::Decision FaultInjector::decide()
{
    Decision decision;
    if (!m_active)
        return decision;
    decision.delayMs = m_settings.latencyMs;
    // A rate of 1 must fail every request, so compare with '<' against [0, 1).
    if (m_settings.errorRate > 0.0 && m_random.generateDouble() < m_settings.errorRate)
        decision.action = Action::Error;
    else if (m_settings.dropRate > 0.0 && m_random.generateDouble() < m_settings.dropRate)
        decision.action = Action::Drop;
    return decision;
}

HttpResponse FaultInjector::errorResponse(ErrorShape shape, int status)
{
    using namespace StampDeck::Azure;
    const bool serverError = status == 500;
    HttpResponse response;
    if (shape == ErrorShape::Hub) {
        const AzureError error = AzureError::hub(
            serverError ? ErrorCodes::ServerError : ErrorCodes::ServiceUnavailable,
            InjectedFaultMessage);
        response.body = error.toHubResponseBody();
        response.headers = error.hubResponseHeaders();
    } else {
        const AzureError error = AzureError::dps(
            serverError ? ErrorCodes::DpsServerError : ErrorCodes::DpsServiceUnavailable,
            InjectedFaultMessage);
        response.body = error.toDpsResponseBody();
        response.headers = error.dpsResponseHeaders();
    }
    response.status = serverError ? 500 : 503;
    return response;
}

} // namespace StampDeck::Emulator
