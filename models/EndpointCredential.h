#pragma once

#include <QCoreApplication>
#include <QFlags>
#include <QJsonObject>
#include <QString>
#include <QStringList>

#include <optional>

namespace StampDeck {

// What the console knows about one stored endpoint key, without the key: which endpoint (IoT
// hub or DPS host name, with the port for the emulator), which shared access policy, the rights
// the policy showed when it was checked, and where the key lives. Safe to show and to log.
struct EndpointCredential
{
    Q_DECLARE_TR_FUNCTIONS(EndpointCredential)

public:
    enum class Kind { Hub, Dps };
    enum class Storage { Keychain, Memory };
    // The rights the connection check can see (Azure's names; a policy may hold more).
    enum class Right {
        RegistryRead = 0x1,
        RegistryWrite = 0x2,
        ServiceConnect = 0x4,
        EnrollmentRead = 0x8,
        EnrollmentWrite = 0x10,
        RegistrationStatusRead = 0x20,
    };
    Q_DECLARE_FLAGS(Rights, Right)

    Kind kind = Kind::Hub;
    QString hostName;
    QString policyName;
    Rights rights;
    Storage storage = Storage::Keychain;

    // The one key builder: every store files an endpoint's key under this name, built from the
    // host name and the policy (both compared case-insensitively, as Azure does).
    static QString storageKeyFor(const QString &hostName, const QString &policyName);
    QString storageKey() const { return storageKeyFor(hostName, policyName); }

    bool isSameEndpointAndPolicy(const EndpointCredential &other) const;

    static QString kindName(Kind kind);                // "hub", "dps" (index format)
    static std::optional<Kind> kindFromName(const QString &name);
    static QString kindDisplayName(Kind kind);         // translated: "IoT hub", "DPS"
    static QString storageDisplayName(Storage storage); // translated
    static QString rightName(Right right);             // Azure's name, e.g. "RegistryWrite"
    static QStringList rightNames(Rights rights);
    static QList<Right> rightsOf(Kind kind);           // what the check looks at for that kind

    // The keychain index entry (no key, no storage: the index only lists keychain entries).
    QJsonObject toJson() const;
    static std::optional<EndpointCredential> fromJson(const QJsonObject &json);
};

} // namespace StampDeck

Q_DECLARE_OPERATORS_FOR_FLAGS(StampDeck::EndpointCredential::Rights)
