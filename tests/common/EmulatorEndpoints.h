#pragma once

#include <QJsonObject>
#include <QList>
#include <QString>
#include <QUrl>

#include <optional>

namespace StampDeck::Testing {

// The endpoints file a running stampdeck-emulator writes (--endpoints FILE), parsed:
//   {"caCertificate": path, "hubs": [{name, hostName, connectionString}],
//    "dps": [{name, hostName, idScope, connectionString}], "deviceEndpoint": "localhost:port",
//    "workspace": path, "admin": {"url", "token"}?, ...}
// Fields beyond these stay readable through json.
struct EmulatorEndpoints
{
    struct Hub
    {
        QString name;
        QString hostName; // "localhost:<port>"
        QString connectionString;
    };
    struct Dps
    {
        QString name;
        QString hostName;
        QString idScope;
        QString connectionString;
    };

    QString caCertificate; // path of the emulator CA (PEM)
    QList<Hub> hubs;
    QList<Dps> dps;
    QString deviceEndpoint; // "localhost:<port>"
    QString workspace;      // path of the demo workspace file
    QString adminUrl;       // empty when the emulator has no admin endpoint
    QString adminToken;
    QJsonObject json;       // the whole file

    // Checks the required fields (strings present and non-empty; at least one hub); nullopt and
    // *error naming the first bad field otherwise.
    static std::optional<EmulatorEndpoints> fromJson(const QJsonObject &object, QString *error = nullptr);

    const Hub *hub(const QString &name) const;      // by name, nullptr if absent
    const Dps *dpsInstance(const QString &name) const;
    // "https://<hostName><path>" with path already percent-encoded, e.g.
    // url(hubs[0].hostName, "/devices/a%2Fb?api-version=2021-04-12").
    static QUrl url(const QString &hostName, const QString &path);
};

} // namespace StampDeck::Testing
