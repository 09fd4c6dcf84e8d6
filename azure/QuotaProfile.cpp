#include "QuotaProfile.h"

#include <algorithm>

namespace StampDeck::Azure {

QLatin1StringView operationClassName(OperationClass operationClass)
{
    switch (operationClass) {
    case OperationClass::HubRegistry: return QLatin1StringView("hub registry");
    case OperationClass::HubQuery: return QLatin1StringView("hub query");
    case OperationClass::HubTwinRead: return QLatin1StringView("hub twin read");
    case OperationClass::HubTwinUpdate: return QLatin1StringView("hub twin update");
    case OperationClass::HubDirectMethod: return QLatin1StringView("hub direct method");
    case OperationClass::HubStatistics: return QLatin1StringView("hub statistics");
    case OperationClass::DpsService: return QLatin1StringView("DPS service");
    case OperationClass::DpsRegistration: return QLatin1StringView("DPS registration");
    case OperationClass::DpsStatusLookup: return QLatin1StringView("DPS status lookup");
    case OperationClass::DpsDevicePoll: return QLatin1StringView("DPS device poll");
    }
    return QLatin1StringView("unknown");
}

namespace {
QuotaRate perMinute(double rate)
{
    return {rate, rate};
}
QuotaRate perSecond(double rate)
{
    return {rate * 60.0, rate * 60.0};
}
} // namespace

QuotaProfile QuotaProfile::forHub(const QString &tier, int units)
{
    const QString t = tier.trimmed().toUpper();
    const double u = std::max(units, 1);
    const bool size3 = t == QLatin1StringView("S3") || t == QLatin1StringView("B3");
    const bool size2 = t == QLatin1StringView("S2") || t == QLatin1StringView("B2");

    QuotaProfile profile;
    // §5.2: identity registry ops 100/min/unit (F1, B1, S1, B2, S2), 5,000/min/unit (B3, S3).
    profile.setRate(OperationClass::HubRegistry, perMinute((size3 ? 5000.0 : 100.0) * u));
    // Queries 20/min/unit, 1,000/min/unit on size 3.
    profile.setRate(OperationClass::HubQuery, perMinute((size3 ? 1000.0 : 20.0) * u));
    // Twin reads 100/s (S1), higher of 100/s or 10/s/unit (S2), 500/s/unit (S3).
    profile.setRate(OperationClass::HubTwinRead,
                    perSecond(size3 ? 500.0 * u : size2 ? std::max(100.0, 10.0 * u) : 100.0));
    // Twin updates 50/s (S1), higher of 50/s or 5/s/unit (S2), 250/s/unit (S3).
    profile.setRate(OperationClass::HubTwinUpdate,
                    perSecond(size3 ? 250.0 * u : size2 ? std::max(50.0, 5.0 * u) : 50.0));
    // Direct methods are metered in bytes (160 KB/s/unit on S1 at a 4 KB meter); counted per
    // call that is 40/s/unit (S1), 120/s/unit (S2), 6,000/s/unit (S3).
    profile.setRate(OperationClass::HubDirectMethod,
                    perSecond((size3 ? 6000.0 : size2 ? 120.0 : 40.0) * u));
    // Statistics have no documented throttle; a console polls them, so keep it modest.
    profile.setRate(OperationClass::HubStatistics, perMinute(600.0));
    return profile;
}

QuotaProfile QuotaProfile::forDps()
{
    QuotaProfile profile;
    // §5.3 (2024): operations 1,000/min/service; device registrations 1,000/min/service;
    // device polling 5 per 10 s per device. A per-instance limit on status lookups and polls is
    // not documented (the docs call them much lighter than registrations); 10,000/min keeps a
    // bound on a runaway caller without slowing a fleet move, and is what the emulator enforces.
    profile.setRate(OperationClass::DpsService, perMinute(1000.0));
    profile.setRate(OperationClass::DpsRegistration, perMinute(1000.0));
    profile.setRate(OperationClass::DpsStatusLookup, perMinute(10'000.0));
    profile.setRate(OperationClass::DpsDevicePoll, {30.0, 5.0});
    return profile;
}

QuotaProfile QuotaProfile::unlimited()
{
    return {};
}

std::optional<QuotaRate> QuotaProfile::rate(OperationClass operationClass) const
{
    const auto it = m_rates.constFind(operationClass);
    if (it == m_rates.constEnd())
        return std::nullopt;
    return *it;
}

void QuotaProfile::setRate(OperationClass operationClass, QuotaRate rate)
{
    m_rates.insert(operationClass, rate);
}

void QuotaProfile::setUtilisation(double fraction)
{
    m_utilisation = std::clamp(fraction, 0.01, 1.0);
}

} // namespace StampDeck::Azure
