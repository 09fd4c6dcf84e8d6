#pragma once

#include <QByteArray>
#include <QFlags>
#include <QHash>
#include <QString>
#include <QStringList>

#include <functional>

namespace StampDeck::Emulator {

// Rights a shared access policy grants (hub: RegistryRead/Write, ServiceConnect, DeviceConnect;
// DPS: ServiceConfig, EnrollmentRead/Write, RegistrationStatusRead/Write).
enum class AccessRight {
    RegistryRead = 0x1,
    RegistryWrite = 0x2,
    ServiceConnect = 0x4,
    DeviceConnect = 0x8,
    ServiceConfig = 0x10,
    EnrollmentRead = 0x20,
    EnrollmentWrite = 0x40,
    RegistrationStatusRead = 0x80,
    RegistrationStatusWrite = 0x100,
};
Q_DECLARE_FLAGS(AccessRights, AccessRight)
Q_DECLARE_OPERATORS_FOR_FLAGS(AccessRights)

// Outcome of checking one request's Authorization header.
struct AccessCheck
{
    bool granted = false;
    QString policyName;   // the skn that signed it
    QString reason;       // why not, for the 401 message ("signature does not match", "token expired", ...)
};

// The shared access policies of one hub or DPS instance, with their keys, and the SAS check the
// service applies to every request: signature, expiry, resource URI (the instance's host name) and
// the rights the operation needs. Keys are generated per instance at start (or restored from the
// state file).
class AccessPolicies
{
public:
    struct Policy
    {
        QString name;
        QByteArray primaryKey;   // base64
        QByteArray secondaryKey; // base64
        AccessRights rights;
    };

    // iothubowner, service, device, registryRead, registryReadWrite; keys generated.
    static AccessPolicies forHub();
    // provisioningserviceowner, enrollmentread, enrollmentwrite, registrationstatusread,
    // registrationstatuswrite; keys generated.
    static AccessPolicies forDps();

    // 32 random bytes from the system's secure generator, base64: a shared access key as Azure
    // makes them (also fit for device and enrollment keys).
    static QByteArray generateKey();

    // Adds or replaces (by case-insensitive name) a policy.
    void addPolicy(Policy policy);
    const Policy *policy(const QString &name) const;
    QList<Policy> policies() const; // in the order they were added

    // Checks "SharedAccessSignature sr=...&sig=...&se=...&skn=..." against hostName (with port,
    // case-insensitive; the path-prefix form hostName/... is accepted) and the needed rights.
    // nowSeconds is injectable for tests; 0 means the current time.
    AccessCheck check(const QByteArray &authorizationHeader, const QString &hostName,
                      AccessRights needed, qint64 nowSeconds = 0) const;

    // Readable names of rights, for messages: "RegistryRead|RegistryWrite".
    static QString rightNames(AccessRights rights);

private:
    // What a verified signature established; the rest of the check depends on "now" and the request.
    struct VerifiedToken
    {
        QString policyKey;    // lower-case policy name
        QString resourceHost; // host[:port] the token is scoped to, lower-case
        qint64 expiry = 0;
    };

    QHash<QString, Policy> m_policies; // by lower-case name
    QStringList m_order;               // lower-case names in the order added
    // Clients send the same token for many requests (the Node SDK renews it once a second at most),
    // so a verified header skips parsing and the HMAC next time. Cleared when keys change.
    mutable QHash<QByteArray, VerifiedToken> m_verified;
};

} // namespace StampDeck::Emulator
