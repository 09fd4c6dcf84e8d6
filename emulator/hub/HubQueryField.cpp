#include "HubQueryField.h"

#include <array>
#include <utility>

namespace StampDeck::Emulator {

namespace {

using Kind = HubQueryField::Kind;

// Top-level twin properties with their canonical (wire) spelling.
constexpr std::array<std::pair<Kind, QLatin1StringView>, 19> TopLevel{{
    {Kind::DeviceId, QLatin1StringView("deviceId")},
    {Kind::ModuleId, QLatin1StringView("moduleId")},
    {Kind::Etag, QLatin1StringView("etag")},
    {Kind::DeviceEtag, QLatin1StringView("deviceEtag")},
    {Kind::Version, QLatin1StringView("version")},
    {Kind::Status, QLatin1StringView("status")},
    {Kind::StatusReason, QLatin1StringView("statusReason")},
    {Kind::StatusUpdateTime, QLatin1StringView("statusUpdateTime")},
    {Kind::ConnectionState, QLatin1StringView("connectionState")},
    {Kind::LastActivityTime, QLatin1StringView("lastActivityTime")},
    {Kind::CloudToDeviceMessageCount, QLatin1StringView("cloudToDeviceMessageCount")},
    {Kind::AuthenticationType, QLatin1StringView("authenticationType")},
    {Kind::ModelId, QLatin1StringView("modelId")},
    {Kind::DeviceScope, QLatin1StringView("deviceScope")},
    {Kind::ParentScopes, QLatin1StringView("parentScopes")},
    {Kind::Capabilities, QLatin1StringView("capabilities")},
    {Kind::X509Thumbprint, QLatin1StringView("x509Thumbprint")},
    {Kind::Tags, QLatin1StringView("tags")},
    {Kind::Properties, QLatin1StringView("properties")},
}};

bool takesPath(Kind kind)
{
    switch (kind) {
    case Kind::ParentScopes:
    case Kind::Capabilities:
    case Kind::X509Thumbprint:
    case Kind::Tags:
    case Kind::Properties:
    case Kind::Desired:
    case Kind::Reported:
        return true;
    default:
        return false;
    }
}

} // namespace

HubQueryField HubQueryField::resolve(const QStringList &segments)
{
    HubQueryField field;
    field.name = segments.join(u'.');
    if (segments.isEmpty())
        return field;

    const QString &first = segments.first();
    QString canonical;
    for (const auto &[kind, name] : TopLevel) {
        if (first.compare(name, Qt::CaseInsensitive) == 0) {
            field.kind = kind;
            canonical = name;
            break;
        }
    }
    if (field.kind == Kind::Unknown) {
        field.path = segments;
        return field;
    }

    QStringList rest = segments.mid(1);
    QStringList canonicalNames{canonical};
    if (field.kind == Kind::Properties && !rest.isEmpty()) {
        if (rest.first().compare(QLatin1StringView("desired"), Qt::CaseInsensitive) == 0) {
            field.kind = Kind::Desired;
            canonicalNames.append(QStringLiteral("desired"));
            rest.removeFirst();
        } else if (rest.first().compare(QLatin1StringView("reported"), Qt::CaseInsensitive) == 0) {
            field.kind = Kind::Reported;
            canonicalNames.append(QStringLiteral("reported"));
            rest.removeFirst();
        }
    }
    if (field.kind == Kind::Capabilities && !rest.isEmpty()
        && rest.first().compare(QLatin1StringView("iotEdge"), Qt::CaseInsensitive) == 0) {
        rest.first() = QStringLiteral("iotEdge");
    }
    if (!rest.isEmpty() && !takesPath(field.kind)) {
        // "deviceId.x": a primitive has no children, so the property is undefined.
        field.kind = Kind::Unknown;
        field.path = segments;
        return field;
    }
    field.path = rest;
    canonicalNames.append(rest);
    field.name = canonicalNames.join(u'.');
    return field;
}

QString HubQueryField::outputName() const
{
    const qsizetype dot = name.lastIndexOf(u'.');
    return dot < 0 ? name : name.mid(dot + 1);
}

} // namespace StampDeck::Emulator
