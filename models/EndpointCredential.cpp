#include "EndpointCredential.h"

#include <QJsonArray>

namespace StampDeck {

namespace {

const QLatin1String KeyPrefix("sas/");
const QLatin1String KindField("kind");
const QLatin1String HostField("hostName");
const QLatin1String PolicyField("policy");
const QLatin1String RightsField("rights");

constexpr EndpointCredential::Right AllRights[] = {
    EndpointCredential::Right::RegistryRead,   EndpointCredential::Right::RegistryWrite,
    EndpointCredential::Right::ServiceConnect, EndpointCredential::Right::EnrollmentRead,
    EndpointCredential::Right::EnrollmentWrite, EndpointCredential::Right::RegistrationStatusRead,
};

} // namespace

QString EndpointCredential::storageKeyFor(const QString &hostName, const QString &policyName)
{
    // '/' cannot occur in a host name or a policy name, so the parts never run together.
    return KeyPrefix + hostName.trimmed().toLower() + QLatin1Char('/') + policyName.trimmed().toLower();
}

bool EndpointCredential::isSameEndpointAndPolicy(const EndpointCredential &other) const
{
    return storageKey() == other.storageKey();
}

QString EndpointCredential::kindName(Kind kind)
{
    return kind == Kind::Hub ? QStringLiteral("hub") : QStringLiteral("dps");
}

std::optional<EndpointCredential::Kind> EndpointCredential::kindFromName(const QString &name)
{
    if (name == QLatin1String("hub"))
        return Kind::Hub;
    if (name == QLatin1String("dps"))
        return Kind::Dps;
    return std::nullopt;
}

QString EndpointCredential::kindDisplayName(Kind kind)
{
    return kind == Kind::Hub ? tr("IoT hub") : tr("DPS");
}

QString EndpointCredential::storageDisplayName(Storage storage)
{
    return storage == Storage::Keychain ? tr("System keychain") : tr("Memory (this run only)");
}

QString EndpointCredential::rightName(Right right)
{
    switch (right) {
    case Right::RegistryRead: return QStringLiteral("RegistryRead");
    case Right::RegistryWrite: return QStringLiteral("RegistryWrite");
    case Right::ServiceConnect: return QStringLiteral("ServiceConnect");
    case Right::EnrollmentRead: return QStringLiteral("EnrollmentRead");
    case Right::EnrollmentWrite: return QStringLiteral("EnrollmentWrite");
    case Right::RegistrationStatusRead: return QStringLiteral("RegistrationStatusRead");
    }
    return {};
}

QStringList EndpointCredential::rightNames(Rights rights)
{
    QStringList names;
    for (Right right : AllRights) {
        if (rights.testFlag(right))
            names << rightName(right);
    }
    return names;
}

QList<EndpointCredential::Right> EndpointCredential::rightsOf(Kind kind)
{
    if (kind == Kind::Hub)
        return {Right::RegistryRead, Right::RegistryWrite, Right::ServiceConnect};
    return {Right::EnrollmentRead, Right::EnrollmentWrite, Right::RegistrationStatusRead};
}

QJsonObject EndpointCredential::toJson() const
{
    return QJsonObject{{KindField, kindName(kind)},
                       {HostField, hostName},
                       {PolicyField, policyName},
                       {RightsField, QJsonArray::fromStringList(rightNames(rights))}};
}

std::optional<EndpointCredential> EndpointCredential::fromJson(const QJsonObject &json)
{
    const auto kind = kindFromName(json.value(KindField).toString());
    const QString host = json.value(HostField).toString();
    const QString policy = json.value(PolicyField).toString();
    if (!kind || host.isEmpty() || policy.isEmpty())
        return std::nullopt;
    EndpointCredential credential;
    credential.kind = *kind;
    credential.hostName = host;
    credential.policyName = policy;
    const QJsonArray rights = json.value(RightsField).toArray();
    for (const QJsonValue &value : rights) {
        for (Right right : AllRights) {
            if (value.toString() == rightName(right))
                credential.rights |= right;
        }
    }
    return credential;
}

} // namespace StampDeck
