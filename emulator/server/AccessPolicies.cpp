#include "server/AccessPolicies.h"

#include "SharedAccessSignature.h"

#include <QDateTime>
#include <QRandomGenerator>

#include <array>

namespace StampDeck::Emulator {

namespace {

constexpr qsizetype VerifiedCacheLimit = 256;

// "https://Host:1234/devices/x" -> "host:1234": the part of sr a service-level token is scoped to.
QString resourceHostOf(QString resource)
{
    for (const QLatin1String scheme : {QLatin1String("https://"), QLatin1String("http://")}) {
        if (resource.startsWith(scheme, Qt::CaseInsensitive)) {
            resource.remove(0, scheme.size());
            break;
        }
    }
    const qsizetype slash = resource.indexOf(QLatin1Char('/'));
    if (slash >= 0)
        resource.truncate(slash);
    return resource.toLower();
}

AccessPolicies::Policy makePolicy(const QString &name, AccessRights rights)
{
    return {name, AccessPolicies::generateKey(), AccessPolicies::generateKey(), rights};
}

AccessCheck denied(const QString &policyName, const QString &reason)
{
    return {false, policyName, reason};
}

} // namespace

QByteArray AccessPolicies::generateKey()
{
    std::array<quint32, 8> words;
    QRandomGenerator::system()->fillRange(words.data(), words.size());
    return QByteArray(reinterpret_cast<const char *>(words.data()), sizeof words).toBase64();
}

AccessPolicies AccessPolicies::forHub()
{
    using R = AccessRight;
    AccessPolicies policies;
    policies.addPolicy(makePolicy(QStringLiteral("iothubowner"),
                                  R::RegistryRead | R::RegistryWrite | R::ServiceConnect | R::DeviceConnect));
    policies.addPolicy(makePolicy(QStringLiteral("service"), R::ServiceConnect));
    policies.addPolicy(makePolicy(QStringLiteral("device"), R::DeviceConnect));
    policies.addPolicy(makePolicy(QStringLiteral("registryRead"), R::RegistryRead));
    policies.addPolicy(makePolicy(QStringLiteral("registryReadWrite"), R::RegistryRead | R::RegistryWrite));
    return policies;
}

AccessPolicies AccessPolicies::forDps()
{
    using R = AccessRight;
    AccessPolicies policies;
    policies.addPolicy(makePolicy(QStringLiteral("provisioningserviceowner"),
                                  R::ServiceConfig | R::EnrollmentRead | R::EnrollmentWrite
                                      | R::RegistrationStatusRead | R::RegistrationStatusWrite));
    policies.addPolicy(makePolicy(QStringLiteral("enrollmentread"), R::EnrollmentRead));
    policies.addPolicy(makePolicy(QStringLiteral("enrollmentwrite"), R::EnrollmentRead | R::EnrollmentWrite));
    policies.addPolicy(makePolicy(QStringLiteral("registrationstatusread"), R::RegistrationStatusRead));
    policies.addPolicy(makePolicy(QStringLiteral("registrationstatuswrite"),
                                  R::RegistrationStatusRead | R::RegistrationStatusWrite));
    return policies;
}

void AccessPolicies::addPolicy(Policy policy)
{
    const QString key = policy.name.toLower();
    if (!m_policies.contains(key))
        m_order.append(key);
    m_policies.insert(key, std::move(policy));
    m_verified.clear(); // a replaced key must not keep tokens signed with the old one alive
}

const AccessPolicies::Policy *AccessPolicies::policy(const QString &name) const
{
    const auto it = m_policies.constFind(name.toLower());
    return it == m_policies.cend() ? nullptr : &it.value();
}

QList<AccessPolicies::Policy> AccessPolicies::policies() const
{
    QList<Policy> result;
    result.reserve(m_order.size());
    for (const QString &key : m_order)
        result.append(m_policies.value(key));
    return result;
}

QString AccessPolicies::rightNames(AccessRights rights)
{
    static const std::pair<AccessRight, QLatin1String> names[] = {
        {AccessRight::RegistryRead, QLatin1String("RegistryRead")},
        {AccessRight::RegistryWrite, QLatin1String("RegistryWrite")},
        {AccessRight::ServiceConnect, QLatin1String("ServiceConnect")},
        {AccessRight::DeviceConnect, QLatin1String("DeviceConnect")},
        {AccessRight::ServiceConfig, QLatin1String("ServiceConfig")},
        {AccessRight::EnrollmentRead, QLatin1String("EnrollmentRead")},
        {AccessRight::EnrollmentWrite, QLatin1String("EnrollmentWrite")},
        {AccessRight::RegistrationStatusRead, QLatin1String("RegistrationStatusRead")},
        {AccessRight::RegistrationStatusWrite, QLatin1String("RegistrationStatusWrite")},
    };
    QStringList parts;
    for (const auto &[right, name] : names) {
        if (rights.testFlag(right))
            parts.append(name);
    }
    return parts.join(QLatin1Char('|'));
}

AccessCheck AccessPolicies::check(const QByteArray &authorizationHeader, const QString &hostName,
                                  AccessRights needed, qint64 nowSeconds) const
{
    using Azure::SharedAccessSignature;
    if (authorizationHeader.trimmed().isEmpty())
        return denied({}, QStringLiteral("missing Authorization header"));

    VerifiedToken verified;
    const auto cached = m_verified.constFind(authorizationHeader);
    if (cached != m_verified.cend()) {
        verified = cached.value();
    } else {
        QString error;
        const auto token = SharedAccessSignature::parse(
            QString::fromLatin1(authorizationHeader.trimmed()), &error);
        if (!token)
            return denied({}, QStringLiteral("malformed shared access signature: %1").arg(error));
        if (token->keyName().isEmpty())
            return denied({}, QStringLiteral("the token names no shared access policy (skn)"));
        const Policy *signer = policy(token->keyName());
        if (!signer)
            return denied(token->keyName(),
                          QStringLiteral("unknown shared access policy '%1'").arg(token->keyName()));
        // Either key of the policy signs valid tokens (keys are rotated one at a time).
        if (!token->verifySignature(QString::fromLatin1(signer->primaryKey))
            && !token->verifySignature(QString::fromLatin1(signer->secondaryKey)))
            return denied(signer->name, QStringLiteral("signature does not match the keys of policy '%1'")
                                            .arg(signer->name));
        verified = {signer->name.toLower(), resourceHostOf(token->decodedResource()), token->expiry()};
        if (m_verified.size() >= VerifiedCacheLimit)
            m_verified.clear();
        m_verified.insert(authorizationHeader, verified);
    }

    const Policy *signer = policy(verified.policyKey);
    if (!signer)
        return denied({}, QStringLiteral("unknown shared access policy"));
    const qint64 now = nowSeconds != 0 ? nowSeconds : QDateTime::currentSecsSinceEpoch();
    if (now >= verified.expiry)
        return denied(signer->name, QStringLiteral("token expired at %1")
                                        .arg(QDateTime::fromSecsSinceEpoch(verified.expiry, Qt::UTC)
                                                 .toString(Qt::ISODate)));
    if (verified.resourceHost.compare(hostName, Qt::CaseInsensitive) != 0)
        return denied(signer->name, QStringLiteral("token is for resource '%1', not '%2'")
                                        .arg(verified.resourceHost, hostName));
    const AccessRights missing = needed & ~signer->rights;
    if (missing.toInt() != 0)
        return denied(signer->name, QStringLiteral("policy '%1' lacks the right %2")
                                        .arg(signer->name, rightNames(missing)));
    return {true, signer->name, {}};
}

} // namespace StampDeck::Emulator
