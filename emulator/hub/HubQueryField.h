#pragma once

#include <QString>
#include <QStringList>

namespace StampDeck::Emulator {

// A property a hub query names ("deviceId", "tags.location.region",
// "properties.reported.firmware.version"), resolved once when the query is parsed so evaluating it
// over a million devices does no string matching. Twin system properties are matched
// case-insensitively (the docs' own example writes "SELECT DeviceId, LastActivityTime" and gets
// "deviceId"/"lastActivityTime" back); names below tags and properties are JSON keys and stay
// case-sensitive.
struct HubQueryField
{
    enum class Kind : quint8 {
        DeviceId,
        ModuleId,
        Etag,
        DeviceEtag,
        Version,
        Status,
        StatusReason,
        StatusUpdateTime,
        ConnectionState,
        LastActivityTime,
        CloudToDeviceMessageCount,
        AuthenticationType,
        ModelId,
        DeviceScope,
        ParentScopes,  // path below it (array index not supported)
        Capabilities,  // path below it, e.g. {"iotEdge"}
        X509Thumbprint,
        Tags,          // path below "tags" (empty: the whole tags object)
        Properties,    // "properties" itself, or a child other than desired/reported
        Desired,       // path below "properties.desired"
        Reported,      // path below "properties.reported"
        Unknown,       // not a twin property: always undefined
    };

    Kind kind = Kind::Unknown;
    QStringList path; // JSON keys below the root named by kind
    QString name;     // canonical dotted name, e.g. "properties.reported.fw"

    // Resolves the segments as written in the query ({"Tags", "location", "region"}).
    static HubQueryField resolve(const QStringList &segments);

    // The key a projection writes when no alias is given: the last segment, canonical spelling.
    QString outputName() const;

    friend bool operator==(const HubQueryField &a, const HubQueryField &b)
    {
        return a.kind == b.kind && a.path == b.path;
    }
};

} // namespace StampDeck::Emulator
