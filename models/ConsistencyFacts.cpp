#include "ConsistencyFacts.h"

#include <algorithm>
#include <bit>

namespace StampDeck {

ConsistencyFacts::ConsistencyFacts(const QStringList &hubHosts, const QStringList &dpsHosts)
    : m_dpsHosts(dpsHosts)
{
    for (const QString &host : hubHosts)
        m_hubHosts.append(host.toLower());
    // More hubs than bits: the rest are treated as hubs the check does not know.
    while (m_hubHosts.size() > MaxHubs)
        m_hubHosts.removeLast();
}

int ConsistencyFacts::hubIndex(const QString &hostName) const
{
    return int(m_hubHosts.indexOf(hostName.toLower()));
}

void ConsistencyFacts::addIdentity(const QString &deviceId, int hub, bool enabled)
{
    if (hub < 0 || hub >= MaxHubs)
        return;
    Device &device = m_devices[deviceId.toUtf8()];
    device.inHubs |= quint64(1) << hub;
    if (enabled)
        device.enabledIn |= quint64(1) << hub;
    else
        device.enabledIn &= ~(quint64(1) << hub);
}

QString ConsistencyFacts::addRegistration(const QString &deviceId, const QString &registrationId, int dps,
                                          qint32 enrollment, Status status, const QString &assignedHub,
                                          const QString &problem)
{
    const QString key = deviceId.isEmpty() ? registrationId : deviceId;
    const QByteArray utf8 = key.toUtf8();
    Device &device = m_devices[utf8];
    device.dps = qint16(dps);
    device.enrollment = enrollment;
    device.status = status;
    if (status == Assigned) {
        const int hub = hubIndex(assignedHub);
        if (hub >= 0) // a hub outside the workspace cannot be checked; its enrollment is reported
            device.registeredTo |= quint64(1) << hub;
    }
    if (registrationId != key)
        m_registrationIds.insert(utf8, registrationId);
    if ((status == Assigning || status == Failed) && !problem.isEmpty())
        m_problems.insert(utf8, problem);
    return key;
}

int ConsistencyFacts::addGroup(const Group &group)
{
    m_groups.append(group);
    return int(m_groups.size() - 1);
}

bool ConsistencyFacts::addEnrollment(const Enrollment &enrollment)
{
    if (unknownHubs(enrollment.hubs).isEmpty())
        return false;
    m_enrollments.append(enrollment);
    return true;
}

void ConsistencyFacts::restoreDevice(const QString &deviceId, const Device &device, const QString &registrationId,
                                     const QString &problem)
{
    const QByteArray utf8 = deviceId.toUtf8();
    m_devices.insert(utf8, device);
    if (!registrationId.isEmpty() && registrationId != deviceId)
        m_registrationIds.insert(utf8, registrationId);
    if (!problem.isEmpty())
        m_problems.insert(utf8, problem);
}

QStringList ConsistencyFacts::deviceIds() const
{
    QStringList ids;
    ids.reserve(m_devices.size());
    for (auto it = m_devices.constBegin(); it != m_devices.constEnd(); ++it)
        ids.append(QString::fromUtf8(it.key()));
    return ids;
}

ConsistencyFacts::Status ConsistencyFacts::statusFromWire(QStringView status)
{
    if (status.compare(u"assigned", Qt::CaseInsensitive) == 0)
        return Assigned;
    if (status.compare(u"assigning", Qt::CaseInsensitive) == 0)
        return Assigning;
    if (status.compare(u"failed", Qt::CaseInsensitive) == 0)
        return Failed;
    if (status.compare(u"disabled", Qt::CaseInsensitive) == 0)
        return Disabled;
    return Unassigned;
}

QStringList ConsistencyFacts::hostsOf(quint64 mask) const
{
    QStringList hosts;
    for (int i = 0; i < m_hubHosts.size(); ++i) {
        if (mask & (quint64(1) << i))
            hosts.append(m_hubHosts.at(i));
    }
    return hosts;
}

QStringList ConsistencyFacts::unknownHubs(const QStringList &named) const
{
    QStringList unknown;
    for (const QString &host : named) {
        if (!host.isEmpty() && hubIndex(host) < 0 && !unknown.contains(host, Qt::CaseInsensitive))
            unknown.append(host);
    }
    return unknown;
}

void ConsistencyFacts::addDeviceFindings(const QString &deviceId, const Device &device,
                                         QList<ConsistencyFinding> *out) const
{
    ConsistencyFinding base;
    base.deviceId = deviceId;
    if (device.status != NoRegistration) {
        base.registrationId = registrationIdOf(deviceId);
        base.dpsHostName = m_dpsHosts.value(device.dps);
        if (device.enrollment >= 0 && device.enrollment < m_groups.size()) {
            base.enrollment = m_groups.at(device.enrollment).groupId;
            base.groupEnrollment = true;
        } else {
            base.enrollment = base.registrationId;
        }
    }
    const auto add = [&](ConsistencyFinding::Kind kind, quint64 hubs, const QString &detail) {
        ConsistencyFinding finding = base;
        finding.kind = kind;
        finding.hubs = hostsOf(hubs);
        finding.detail = detail;
        out->append(finding);
    };

    const bool enabledTwice = std::popcount(device.enabledIn) >= 2;
    if (enabledTwice) {
        add(ConsistencyFinding::Kind::EnabledInTwoHubs, device.enabledIn,
            device.registeredTo ? tr("enabled in %1 hubs; its registration assigns it to %2")
                                      .arg(std::popcount(device.enabledIn))
                                      .arg(hostsOf(device.registeredTo).join(QStringLiteral(", ")))
                                : tr("enabled in %1 hubs; no registration assigns it to any").arg(std::popcount(device.enabledIn)));
    }
    // The enabled copies are already reported together; a disabled stray copy is reported alone.
    const quint64 strays = device.inHubs & ~device.registeredTo & ~(enabledTwice ? device.enabledIn : 0);
    for (int i = 0; i < m_hubHosts.size(); ++i) {
        const quint64 bit = quint64(1) << i;
        if (strays & bit & ~m_registrationsUnread) {
            add(ConsistencyFinding::Kind::IdentityWithoutRegistration, bit,
                device.status == NoRegistration ? tr("no DPS instance has a registration for this device")
                                                : tr("its registration does not assign it to this hub"));
        }
        if (device.registeredTo & bit & ~device.inHubs & ~m_identitiesUnread)
            add(ConsistencyFinding::Kind::RegistrationWithoutIdentity, bit,
                tr("the registration assigns it to this hub, which has no identity for it"));
    }
    if (device.status == Assigning || device.status == Failed) {
        const QString problem = problemOf(deviceId);
        const QString state = device.status == Assigning ? tr("assigning") : tr("failed");
        ConsistencyFinding finding = base;
        finding.kind = ConsistencyFinding::Kind::StuckRegistration;
        finding.detail = problem.isEmpty() ? tr("registration %1").arg(state) : tr("registration %1: %2").arg(state, problem);
        out->append(finding);
    }
}

void ConsistencyFacts::setUnchecked(quint64 identitiesUnread, quint64 registrationsUnread)
{
    m_identitiesUnread = identitiesUnread;
    m_registrationsUnread = registrationsUnread;
}

QList<ConsistencyFinding> ConsistencyFacts::findings() const
{
    QList<ConsistencyFinding> out;
    for (auto it = m_devices.constBegin(); it != m_devices.constEnd(); ++it)
        addDeviceFindings(QString::fromUtf8(it.key()), it.value(), &out);
    for (const Group &group : m_groups) {
        const QStringList unknown = unknownHubs(group.hubs);
        if (unknown.isEmpty())
            continue;
        ConsistencyFinding finding;
        finding.kind = ConsistencyFinding::Kind::EnrollmentNamesUnknownHub;
        finding.hubs = unknown;
        finding.dpsHostName = m_dpsHosts.value(group.dps);
        finding.enrollment = group.groupId;
        finding.groupEnrollment = true;
        finding.detail = tr("the enrollment group names %n hub(s) not in the workspace", nullptr, int(unknown.size()));
        out.append(finding);
    }
    for (const Enrollment &enrollment : m_enrollments) {
        ConsistencyFinding finding;
        finding.kind = ConsistencyFinding::Kind::EnrollmentNamesUnknownHub;
        finding.hubs = unknownHubs(enrollment.hubs);
        finding.dpsHostName = m_dpsHosts.value(enrollment.dps);
        finding.registrationId = enrollment.registrationId;
        finding.enrollment = enrollment.registrationId;
        finding.detail = tr("the individual enrollment names %n hub(s) not in the workspace", nullptr, int(finding.hubs.size()));
        out.append(finding);
    }
    // A stable order for the table and for comparing two runs.
    std::sort(out.begin(), out.end(), [](const ConsistencyFinding &a, const ConsistencyFinding &b) {
        if (a.kind != b.kind)
            return a.kind < b.kind;
        if (a.deviceId != b.deviceId)
            return a.deviceId < b.deviceId;
        if (a.enrollment != b.enrollment)
            return a.enrollment < b.enrollment;
        return a.hubs < b.hubs;
    });
    return out;
}

} // namespace StampDeck
