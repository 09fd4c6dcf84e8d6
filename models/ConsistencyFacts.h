#pragma once

#include "ConsistencyFinding.h"

#include <QByteArray>
#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>

namespace StampDeck {

// What the fleet consistency check has read so far, kept small enough for millions of devices:
// per device id one fixed-size record of bit masks over the workspace's hubs (at most MaxHubs),
// plus side tables for the rare cases (a registration id that differs from the device id, the
// error of a stuck registration, enrollments naming hubs the workspace does not know).
// findings() turns the facts into the report.
class ConsistencyFacts
{
    Q_DECLARE_TR_FUNCTIONS(ConsistencyFacts)

public:
    static constexpr int MaxHubs = 64;

    // RegistrationStatus as stored: 0 means "no registration read".
    enum Status : quint8 { NoRegistration = 0, Unassigned, Assigning, Assigned, Failed, Disabled };

    struct Device
    {
        quint64 inHubs = 0;       // bit i: hub i holds an identity
        quint64 enabledIn = 0;    // bit i: ... and it is enabled
        quint64 registeredTo = 0; // bit i: an assigned registration points at hub i
        qint32 enrollment = -1;   // index into groups(); -1: an individual enrollment (or none)
        qint16 dps = -1;          // index into dpsHosts() of the registration last read
        quint8 status = NoRegistration;
    };

    struct Group
    {
        int dps = -1;
        QString groupId;
        QStringList hubs; // as the group names them (iotHubs, iotHubHostName)
    };

    struct Enrollment // an individual enrollment naming hubs the workspace does not know
    {
        int dps = -1;
        QString registrationId;
        QStringList hubs;
    };

    ConsistencyFacts(const QStringList &hubHosts = {}, const QStringList &dpsHosts = {});

    const QStringList &hubHosts() const { return m_hubHosts; }
    const QStringList &dpsHosts() const { return m_dpsHosts; }
    // -1 for a host the workspace does not know (case-insensitive).
    int hubIndex(const QString &hostName) const;

    void addIdentity(const QString &deviceId, int hub, bool enabled);
    // One registration state. deviceId may be empty (a failed registration names none): the
    // registration id stands for it. problem: the state's error message, kept for stuck ones.
    // Returns the key the device is held under.
    QString addRegistration(const QString &deviceId, const QString &registrationId, int dps, qint32 enrollment,
                            Status status, const QString &assignedHub, const QString &problem);
    // Returns the group's index (for addRegistration).
    int addGroup(const Group &group);
    // Remembered only when it names a hub the workspace does not know. True when remembered.
    bool addEnrollment(const Enrollment &enrollment);

    qsizetype deviceCount() const { return m_devices.size(); }
    Device device(const QString &deviceId) const { return m_devices.value(deviceId.toUtf8()); }
    QStringList deviceIds() const;
    const QList<Group> &groups() const { return m_groups; }
    const QList<Enrollment> &enrollments() const { return m_enrollments; }
    QString registrationIdOf(const QString &deviceId) const { return m_registrationIds.value(deviceId.toUtf8(), deviceId); }
    QString problemOf(const QString &deviceId) const { return m_problems.value(deviceId.toUtf8()); }

    // For a checkpoint being restored: a device with its side facts as they were saved.
    void restoreDevice(const QString &deviceId, const Device &device, const QString &registrationId, const QString &problem);

    // Hubs whose identities were not all read, and hubs whose registrations may not all have been
    // read (a DPS instance linked to them did not answer): findings() leaves out what only the
    // unread pages could confirm (a registration "without identity" in the first, an identity
    // "without registration" in the second). Bit i: hub i.
    void setUnchecked(quint64 identitiesUnread, quint64 registrationsUnread);

    QList<ConsistencyFinding> findings() const;

    static Status statusFromWire(QStringView status);

private:
    QStringList hostsOf(quint64 mask) const;
    QStringList unknownHubs(const QStringList &named) const;
    void addDeviceFindings(const QString &deviceId, const Device &device, QList<ConsistencyFinding> *out) const;

    QStringList m_hubHosts;                   // lower case
    QStringList m_dpsHosts;
    // Keyed by the device id in UTF-8: ids are ASCII in practice, half the size of a QString.
    QHash<QByteArray, Device> m_devices;          // device id -> facts
    QHash<QByteArray, QString> m_registrationIds; // device id -> registration id, only when they differ
    QHash<QByteArray, QString> m_problems;        // device id -> error of a stuck registration
    QList<Group> m_groups;
    QList<Enrollment> m_enrollments;
    quint64 m_identitiesUnread = 0;
    quint64 m_registrationsUnread = 0;
};

} // namespace StampDeck
