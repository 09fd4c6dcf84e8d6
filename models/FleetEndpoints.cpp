#include "FleetEndpoints.h"

#include "CredentialBook.h"

#include <QFuture>

namespace StampDeck {

using namespace Azure;

FleetEndpoints::FleetEndpoints(CredentialBook *credentials, QObject *parent)
    : QObject(parent)
    , m_credentials(credentials)
{
    if (m_credentials)
        connect(m_credentials, &CredentialBook::credentialsChanged, this, &FleetEndpoints::resolve);
}

void FleetEndpoints::setWorkspace(const Workspace &workspace)
{
    m_targets.clear();
    QHash<QString, int> index;
    auto add = [&](const QString &host, EndpointCredential::Kind kind, const QuotaProfile &quotas, const QString &ca) {
        const QString key = host.toLower();
        if (!index.contains(key)) {
            index.insert(key, int(m_targets.size()));
            m_targets.append({host, kind, quotas, {}});
        }
        Target &target = m_targets[index.value(key)];
        if (!ca.isEmpty() && !target.caPaths.contains(ca))
            target.caPaths.append(ca);
    };
    for (const Stamp &stamp : workspace.stamps) {
        add(stamp.hub.hostName, EndpointCredential::Kind::Hub, QuotaProfile::forHub(stamp.hub.tier, stamp.hub.units),
            stamp.caCertificate);
        for (const Stamp::LinkedDps &dps : stamp.dps)
            add(dps.hostName, EndpointCredential::Kind::Dps, QuotaProfile::forDps(), stamp.caCertificate);
    }
    resolve();
}

void FleetEndpoints::setExtraCaCertificates(const QList<QSslCertificate> &certificates)
{
    m_extraCa = certificates;
}

void FleetEndpoints::setTimeScale(double scale)
{
    m_timeScale = scale > 0 ? scale : 1.0;
}

void FleetEndpoints::setEndpoint(const AzureEndpoint &endpoint)
{
    m_given.insert(endpoint.hostName.toLower(), endpoint);
    Q_EMIT endpointReady(endpoint);
}

QStringList FleetEndpoints::hostNames() const
{
    QStringList hosts;
    for (const Target &target : m_targets)
        hosts.append(target.hostName);
    return hosts;
}

void FleetEndpoints::resolve()
{
    ++m_generation;
    for (const Target &target : std::as_const(m_targets))
        resolveTarget(target);
}

void FleetEndpoints::resolveTarget(const Target &target)
{
    const auto given = m_given.constFind(target.hostName.toLower());
    if (given != m_given.cend()) {
        Q_EMIT endpointReady(given.value());
        return;
    }
    if (!m_credentials) {
        Q_EMIT endpointMissing(target.hostName, tr("No key stored for %1: add one under Endpoint keys.").arg(target.hostName));
        return;
    }
    const std::optional<EndpointCredential> credential = m_credentials->find(target.hostName);
    if (!credential) {
        // Until the keychain's list is read, a missing entry may only be not loaded yet:
        // credentialsChanged() brings us back here.
        if (!m_credentials->isLoaded() && m_credentials->problem().isEmpty())
            return;
        QString reason = tr("No key stored for %1: add one under Endpoint keys.").arg(target.hostName);
        if (!m_credentials->problem().isEmpty())
            reason += QLatin1Char(' ') + tr("The keychain could not be read: %1").arg(m_credentials->problem());
        Q_EMIT endpointMissing(target.hostName, reason);
        return;
    }
    const int generation = m_generation;
    m_credentials->readKey(*credential).then(this, [this, generation, target, credential = *credential](const SecretResult &result) {
        if (generation == m_generation)
            onKeyRead(target, credential, result);
    });
}

void FleetEndpoints::onKeyRead(const Target &target, const EndpointCredential &credential, const SecretResult &result)
{
    if (!result.ok()) {
        const QString reason = result.status == SecretResult::Status::NotFound
            ? tr("No key stored for %1: add one under Endpoint keys.").arg(target.hostName)
            : tr("The key for %1 could not be read: %2").arg(target.hostName, result.errorString);
        Q_EMIT endpointMissing(target.hostName, reason);
        return;
    }
    QString problem;
    const std::optional<QList<QSslCertificate>> certificates = certificatesFor(target, &problem);
    if (!certificates) {
        Q_EMIT endpointMissing(target.hostName, problem);
        return;
    }
    AzureEndpoint endpoint;
    endpoint.hostName = target.hostName;
    endpoint.policyName = credential.policyName;
    endpoint.key = result.secret;
    endpoint.quotas = target.quotas;
    endpoint.quotas.setTimeScale(m_timeScale);
    endpoint.extraCaCertificates = *certificates;
    Q_EMIT endpointReady(endpoint);
}

std::optional<QList<QSslCertificate>> FleetEndpoints::certificatesFor(const Target &target, QString *problem) const
{
    QList<QSslCertificate> certificates = m_extraCa;
    for (const QString &path : target.caPaths) {
        // A few KB of PEM, read where the endpoint is resolved (once per key change).
        const QList<QSslCertificate> read = QSslCertificate::fromPath(path, QSsl::Pem);
        if (read.isEmpty()) {
            *problem = tr("The CA certificate %1 for %2 cannot be read.").arg(path, target.hostName);
            return std::nullopt;
        }
        certificates.append(read);
    }
    return certificates;
}

} // namespace StampDeck
