#include "ApiVersions.h"

namespace StampDeck::Azure::ApiVersions {

namespace {
bool contains(const QList<QLatin1StringView> &list, QStringView version)
{
    for (const QLatin1StringView candidate : list) {
        if (version == candidate)
            return true;
    }
    return false;
}
} // namespace

QList<QLatin1StringView> acceptedHubServiceVersions()
{
    return {HubService};
}

QList<QLatin1StringView> acceptedDpsServiceVersions()
{
    return {DpsService};
}

QList<QLatin1StringView> acceptedDpsDeviceVersions()
{
    return {DpsDevice, QLatin1StringView("2021-06-01"), QLatin1StringView("2021-10-01")};
}

bool isAcceptedHubServiceVersion(QStringView version)
{
    return contains(acceptedHubServiceVersions(), version);
}

bool isAcceptedDpsServiceVersion(QStringView version)
{
    return contains(acceptedDpsServiceVersions(), version);
}

bool isAcceptedDpsDeviceVersion(QStringView version)
{
    return contains(acceptedDpsDeviceVersions(), version);
}

} // namespace StampDeck::Azure::ApiVersions
