#pragma once

#include "fleet/FleetLayout.h"

#include <QJsonObject>
#include <QString>

namespace StampDeck::Emulator {

// The console workspace describing an emulator run's stamps (docs/WORKSPACE_FORMAT.md). It holds
// no secret: names, regions, rings, tenancy, host names, tiers, ID scopes, planned capacity and
// the path of the CA certificate to trust. Keys live in the endpoints file and the keychain only.
class WorkspaceFile
{
public:
    static constexpr QLatin1StringView Format{"stampdeck-workspace"};
    static constexpr int Version = 1;

    // layout with host names filled in; caCertificate and deviceEndpoint may be empty.
    static QJsonObject toJson(const FleetLayout &layout, const QString &name, const QString &caCertificate,
                              const QString &deviceEndpoint);
    // Writes atomically, readable by others (it is meant to be shared).
    static bool write(const QString &path, const QJsonObject &workspace, QString *error);
};

} // namespace StampDeck::Emulator
