#include "server/QuotaGate.h"

namespace StampDeck::Emulator {

QHash<QuotaClass, double> QuotaLimits::forHub(const QString &tier, int units)
{
    const QString name = tier.trimmed().toUpper();
    // The size is the tier's digit: B1/S1/F1 = 1, B2/S2 = 2, B3/S3 = 3; anything else counts as 1.
    const int size = name.endsWith(QLatin1Char('3')) ? 3 : name.endsWith(QLatin1Char('2')) ? 2 : 1;
    const double u = name == QLatin1String("F1") ? 1.0 : double(qMax(1, units));
    constexpr double perSecond = 60.0;

    QHash<QuotaClass, double> limits;
    limits.insert(QuotaClass::HubRegistryOperations, (size == 3 ? 5000.0 : 100.0) * u);
    limits.insert(QuotaClass::HubQueries, (size == 3 ? 1000.0 : 20.0) * u);
    limits.insert(QuotaClass::HubTwinReads,
                  perSecond * (size == 1 ? 100.0 : size == 2 ? qMax(100.0, 10.0 * u) : 500.0 * u));
    limits.insert(QuotaClass::HubTwinUpdates,
                  perSecond * (size == 1 ? 50.0 : size == 2 ? qMax(50.0, 5.0 * u) : 250.0 * u));
    limits.insert(QuotaClass::HubDirectMethods,
                  perSecond * (size == 1 ? 40.0 : size == 2 ? 120.0 : 6144.0) * u);
    return limits;
}

QHash<QuotaClass, double> QuotaLimits::forDps()
{
    return {
        {QuotaClass::DpsServiceOperations, 1000.0},
        {QuotaClass::DpsRegistrations, 1000.0},
        {QuotaClass::DpsStatusLookups, 10'000.0},
    };
}

} // namespace StampDeck::Emulator
