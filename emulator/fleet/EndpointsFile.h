#pragma once

#include <QJsonObject>
#include <QList>
#include <QString>

namespace StampDeck::Emulator {

// The endpoints file: how scripts, tests and the console's --demo mode reach a running emulator.
// It holds connection strings (secrets), so it is written with mode 0600, atomically (QSaveFile),
// and only once every endpoint listens. Shape (a contract others script against):
//   {"caCertificate": path, "hubs": [{name, hostName, connectionString}],
//    "dps": [{name, hostName, idScope, connectionString}], "deviceEndpoint": "localhost:port",
//    "workspace": path, "admin": {"url", "token"}, "pid", "version", "stateFile"?}
struct EndpointsFile
{
    struct Instance
    {
        QString name;
        QString hostName;
        QString idScope; // DPS only
        QString connectionString;
    };

    QString caCertificate;
    QList<Instance> hubs;
    QList<Instance> dps;
    QString deviceEndpoint;
    QString workspace;
    QString adminUrl;
    QString adminToken;
    qint64 pid = 0;
    QString version;
    QString stateFile; // empty without --state

    QJsonObject toJson() const;
    // Writes atomically with mode 0600; false and *error on failure.
    bool write(const QString &path, QString *error) const;
};

} // namespace StampDeck::Emulator
