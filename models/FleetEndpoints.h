#pragma once

#include "EndpointCredential.h"
#include "SecretResult.h"
#include "Workspace.h"

#include "AzureEndpoint.h"

#include <QHash>
#include <QList>
#include <QObject>
#include <QPointer>
#include <QSslCertificate>

namespace StampDeck {

class CredentialBook;

// Turns the workspace's hubs and DPS instances into endpoints the Azure clients can use: host,
// policy and key (from the CredentialBook, read asynchronously), quotas from the hub's tier and
// units or DPS's, the stamp's extra CA (and one for every endpoint, the emulator's in demo mode)
// and the time scale. Resolves again whenever the stored keys change. Endpoints handed in with
// setEndpoint() win over stored keys (tests and the demo need no keychain).
class FleetEndpoints : public QObject
{
    Q_OBJECT

public:
    explicit FleetEndpoints(CredentialBook *credentials, QObject *parent = nullptr);

    void setWorkspace(const Workspace &workspace);
    // Trusted for every endpoint, besides each stamp's own CA.
    void setExtraCaCertificates(const QList<QSslCertificate> &certificates);
    // The emulator's --time-scale, applied to every endpoint's quotas.
    void setTimeScale(double scale);

    // Uses this endpoint for its host, whatever the keychain holds; emits endpointReady.
    void setEndpoint(const Azure::AzureEndpoint &endpoint);

    // Every hub and DPS host of the workspace (as written there).
    QStringList hostNames() const;
    // Reads the keys again and emits endpointReady or endpointMissing for every host.
    void resolve();

Q_SIGNALS:
    void endpointReady(const StampDeck::Azure::AzureEndpoint &endpoint);
    // hostName has no usable key (or its CA cannot be read): reason is for the user.
    void endpointMissing(const QString &hostName, const QString &reason);

private:
    struct Target
    {
        QString hostName;
        EndpointCredential::Kind kind = EndpointCredential::Kind::Hub;
        Azure::QuotaProfile quotas;
        QStringList caPaths;
    };

    void resolveTarget(const Target &target);
    void onKeyRead(const Target &target, const EndpointCredential &credential, const SecretResult &result);
    std::optional<QList<QSslCertificate>> certificatesFor(const Target &target, QString *problem) const;

    QPointer<CredentialBook> m_credentials;
    QList<Target> m_targets;
    QHash<QString, Azure::AzureEndpoint> m_given; // lower-case host -> endpoint from setEndpoint()
    QList<QSslCertificate> m_extraCa;
    double m_timeScale = 1.0;
    int m_generation = 0; // key reads answered after a newer resolve() are dropped
};

} // namespace StampDeck
