#pragma once

#include "HealthThresholds.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QList>
#include <QMetaType>
#include <QString>
#include <QStringList>

#include <optional>

namespace StampDeck {

// A deployment stamp as the workspace describes it: one IoT hub with its linked DPS instances and
// the device population it is planned to hold. No secret lives here; keys are in the keychain.
struct Stamp
{
    enum class Ring { Test, Canary, Production };
    enum class Tenancy { Shared, Dedicated };

    struct Hub
    {
        QString hostName; // "contoso-weu-1.azure-devices.net" or, for the emulator, "localhost:40123"
        QString name;     // optional short name; defaults to the host name's first label
        QString tier = QStringLiteral("S1");
        int units = 1;
    };
    struct LinkedDps
    {
        QString hostName;
        QString idScope;
        QString name;   // optional
        QString region; // optional; geo-latency allocation and the board use it
    };

    QString id;
    QString name;
    QString region;
    Ring ring = Ring::Production;
    Tenancy tenancy = Tenancy::Shared;
    QStringList tenants;
    Hub hub;
    QList<LinkedDps> dps;
    qint64 plannedCapacity = 0;
    QString caCertificate; // optional extra CA (PEM path) trusted for this stamp's endpoints only

    static QString ringName(Ring ring);
    static std::optional<Ring> ringFromName(const QString &name);
};

// Where a workspace is wrong: a JSON path into the file ("stamps[2].hub.units") and what is wrong.
struct WorkspaceError
{
    QString field;
    QString message;

    QString toString() const;
};

// The workspace file: the stamps of a fleet (format in README.md, "Workspace file"). Loading
// validates everything and reports the first wrong field; nothing is half-loaded.
class Workspace
{
    Q_DECLARE_TR_FUNCTIONS(Workspace)

public:
    static constexpr int FormatVersion = 1;

    QString name;
    // host[:port] of the DPS device endpoint devices provision through (the emulator's is local).
    QString provisioningDeviceEndpoint = QStringLiteral("global.azure-devices-provisioning.net");
    QList<Stamp> stamps;
    // Where capacity turns amber and red; "health" in the file, written only when not the default.
    HealthThresholds thresholds;

    static std::optional<Workspace> fromJson(const QJsonObject &json, WorkspaceError *error);
    QJsonObject toJson() const;

    // The first wrong field of this in-memory workspace (the editor's check before it saves).
    // Runs toJson() through fromJson(), so there is one set of rules for files and forms.
    std::optional<WorkspaceError> validate() const;

    // File I/O is small (a workspace is a few KB) and done where the caller is. A relative
    // caCertificate is resolved against the workspace file's folder; save() writes a certificate
    // that lies in that folder (or below) relative to it again, any other path as it is held.
    static std::optional<Workspace> load(const QString &path, WorkspaceError *error);
    bool save(const QString &path, QString *error) const;

    // The hub tiers in the order the portal lists them, and how many units each allows.
    static QStringList hubTiers();
    static int maxHubUnits(const QString &tier);

    const Stamp *stamp(const QString &id) const;
    const Stamp *stampForHub(const QString &hubHostName) const;
};

} // namespace StampDeck

Q_DECLARE_METATYPE(StampDeck::Workspace) // a signal argument (WorkspaceFileActions::workspaceOpened)
