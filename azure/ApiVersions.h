#pragma once

#include <QLatin1StringView>
#include <QList>
#include <QStringView>

namespace StampDeck::Azure {

// The api-version query values StampDeck sends and the emulator accepts.
// Sources: AZURE_WIRE_SOURCES.md §2.1 (hub), §3.1 (DPS service), §4.1 (DPS device).
namespace ApiVersions {

// IoT hub service (registry, twins, methods, statistics): what StampDeck sends.
inline constexpr QLatin1StringView HubService{"2021-04-12"};
// DPS service (enrollments, enrollment groups, registration states): what StampDeck sends.
inline constexpr QLatin1StringView DpsService{"2021-10-01"};
// DPS device runtime registration: what StampDeck sends (the Node and C# device SDKs send it too).
inline constexpr QLatin1StringView DpsDevice{"2019-03-31"};

// Versions a server (the emulator) accepts per API; the first entry is the one StampDeck sends.
QList<QLatin1StringView> acceptedHubServiceVersions();
QList<QLatin1StringView> acceptedDpsServiceVersions();
QList<QLatin1StringView> acceptedDpsDeviceVersions(); // 2019-03-31, 2021-06-01, 2021-10-01

bool isAcceptedHubServiceVersion(QStringView version);
bool isAcceptedDpsServiceVersion(QStringView version);
bool isAcceptedDpsDeviceVersion(QStringView version);

} // namespace ApiVersions
} // namespace StampDeck::Azure
