// Emulator: the files it leaves for its clients (workspace, endpoints) and its stdout summary.
// Split from Emulator.cpp, which builds and starts the instances.
#include "fleet/Emulator.h"

#include "fleet/AdminService.h"
#include "fleet/EmulatorInstances.h"
#include "fleet/WorkspaceFile.h"

#include "server/CertificateAuthority.h"

#include "ConnectionString.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>

namespace StampDeck::Emulator {

bool Emulator::writeFiles(QString *error)
{
    const QString deviceEndpoint = m_deviceEndpoint->hostName();
    if (!m_options.endpointsFile.isEmpty()) {
        const QFileInfo info(m_options.endpointsFile);
        m_workspacePath = info.absoluteDir().filePath(info.completeBaseName() + QStringLiteral(".workspace.json"));
    } else {
        m_workspacePath = QDir(m_options.stateDir).filePath(QStringLiteral("workspace.json"));
    }
    const QString name = m_options.demo || m_layout.totalDeviceCount() > 0 ? QStringLiteral("StampDeck demo fleet (emulator)")
                                                                           : QStringLiteral("StampDeck emulator fleet");
    const QJsonObject workspace = WorkspaceFile::toJson(m_layout, name, m_ca->caCertificatePath(), deviceEndpoint);
    if (!WorkspaceFile::write(m_workspacePath, workspace, error))
        return false;

    m_endpoints = {};
    m_endpoints.caCertificate = m_ca->caCertificatePath();
    for (const auto &hub : m_hubs) {
        const AccessPolicies::Policy *owner = hub->policies.policy(QStringLiteral("iothubowner"));
        const QString host = hub->endpoint->hostName();
        m_endpoints.hubs.append({hub->name, host, {},
                                 Azure::ConnectionString(host, owner->name, QString::fromLatin1(owner->primaryKey)).toString()});
    }
    for (const auto &dps : m_dps) {
        const AccessPolicies::Policy *owner = dps->policies.policy(QStringLiteral("provisioningserviceowner"));
        const QString host = dps->endpoint->hostName();
        m_endpoints.dps.append({dps->name, host, dps->store->idScope(),
                                Azure::ConnectionString(host, owner->name, QString::fromLatin1(owner->primaryKey)).toString()});
    }
    m_endpoints.deviceEndpoint = deviceEndpoint;
    m_endpoints.workspace = m_workspacePath;
    m_endpoints.adminUrl = QStringLiteral("https://") + m_adminEndpoint->hostName();
    m_endpoints.adminToken = QString::fromLatin1(m_admin->token());
    m_endpoints.pid = QCoreApplication::applicationPid();
    m_endpoints.version = version();
    m_endpoints.stateFile = m_options.stateFile.isEmpty() ? QString() : QFileInfo(m_options.stateFile).absoluteFilePath();
    // Last: whoever waits for this file may use every endpoint at once.
    return m_options.endpointsFile.isEmpty() || m_endpoints.write(m_options.endpointsFile, error);
}

QString Emulator::summary() const
{
    QString text;
    const qint64 devices = [this] {
        qint64 total = 0;
        for (const auto &hub : m_hubs)
            total += hub->registry->deviceCount();
        return total;
    }();
    text += QStringLiteral("stampdeck-emulator %1 listening: %2 hubs, %3 DPS instances, %4 devices%5\n")
                .arg(version()).arg(m_hubs.size()).arg(m_dps.size()).arg(devices)
                .arg(m_stateLoaded ? QStringLiteral(" (from %1)").arg(m_options.stateFile)
                     : m_seededDevices ? QStringLiteral(" (seeded in %1 ms)").arg(m_seedMs) : QString());
    for (std::size_t i = 0; i < m_hubs.size(); ++i) {
        const HubSpec &spec = m_layout.hubs[qsizetype(i)];
        text += QStringLiteral("  hub  %1 https://%2  %3, %4, %5 x%6, %7 devices\n")
                    .arg(spec.name, -18).arg(spec.hostName, -16).arg(spec.region, spec.ring, spec.tier)
                    .arg(spec.units).arg(m_hubs[i]->registry->deviceCount());
    }
    for (const DpsSpec &spec : m_layout.dps)
        text += QStringLiteral("  dps  %1 https://%2  ID scope %3, %4\n").arg(spec.name, -18).arg(spec.hostName, -16)
                    .arg(spec.idScope, spec.region);
    text += QStringLiteral("  device endpoint         https://%1\n").arg(m_deviceEndpoint->hostName());
    text += QStringLiteral("  admin                   https://%1\n").arg(m_adminEndpoint->hostName());
    text += QStringLiteral("  CA certificate          %1\n").arg(m_ca->caCertificatePath());
    text += QStringLiteral("  workspace               %1\n").arg(m_workspacePath);
    if (!m_options.endpointsFile.isEmpty())
        text += QStringLiteral("  endpoints (with keys)   %1\n").arg(m_options.endpointsFile);
    if (!m_options.stateFile.isEmpty())
        text += QStringLiteral("  state file              %1\n").arg(m_options.stateFile);
    return text;
}

} // namespace StampDeck::Emulator
