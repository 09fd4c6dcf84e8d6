#pragma once

#include "server/FaultInjector.h"
#include "server/HttpTypes.h"

#include <QByteArray>
#include <QElapsedTimer>
#include <QJsonObject>
#include <QList>
#include <QString>

#include <functional>
#include <optional>

namespace StampDeck::Emulator {

class DpsStore;
class HttpsEndpoint;

// The emulator's admin API (its own HTTPS port; the bearer token is written only to the
// endpoints file). Tests use it to take a stamp down and bring it back:
//   GET    /health              {"status":"ok", "version", "uptimeSeconds", "instances":[...]}
//   GET    /faults              {"<instance>": {errorRate, latencyMs, dropRate, errorStatus}, ...}
//   GET    /faults/{instance}   that instance's settings
//   PUT    /faults/{instance}   replaces them: {"errorRate":1} takes the stamp down (fields left
//                               out are off; unknown fields and out-of-range values get 400)
//   DELETE /faults/{instance}   turns its faults off
//   GET    /allocation          {"<dps instance>": {mode, errorCode?, errorMessage?, held}, ...}
//   GET    /allocation/{dps}    that DPS instance's allocation mode
//   PUT    /allocation/{dps}    {"mode": "normal"|"hold"|"fail", "errorCode"?, "errorMessage"?}:
//                               "hold" leaves new registrations assigning, "fail" fails them;
//                               leaving "hold" settles the held ones under the new mode
//   DELETE /allocation/{dps}    back to normal (settles the held registrations)
//   POST   /state/save          saves the state file now (409 without --state)
// Every route needs "Authorization: Bearer <token>" (401 otherwise). Answers are JSON; errors
// are {"error": "<message>"}.
class AdminService : public RequestHandler
{
public:
    // Saves the state now; returns an error message, or an empty string on success.
    using StateSaver = std::function<QString()>;

    explicit AdminService(QByteArray token, QString version);

    // endpoint may be null (then the instance has no host name or counters to report).
    void addInstance(const QString &name, FaultInjector *faults, const HttpsEndpoint *endpoint);
    // A DPS instance whose allocation mode /allocation controls (the store outlives the service).
    void addDpsStore(const QString &name, DpsStore *store);
    void setStateSaver(StateSaver saver) { m_stateSaver = std::move(saver); }
    QByteArray token() const { return m_token; }

    HttpResponse handle(const HttpRequest &request) override;

    static QJsonObject toJson(const FaultSettings &settings);
    // Parses a PUT body; nullopt and *error when it is not a valid settings object.
    static std::optional<FaultSettings> settingsFromJson(const QByteArray &body, QString *error);

private:
    struct Instance
    {
        QString name;
        FaultInjector *faults = nullptr;
        const HttpsEndpoint *endpoint = nullptr;
    };
    Instance *instance(const QString &name);
    bool authorized(const HttpRequest &request) const;
    HttpResponse health() const;
    HttpResponse faults(const HttpRequest &request);
    HttpResponse allocation(const HttpRequest &request);
    HttpResponse saveState();

    QByteArray m_token;
    QString m_version;
    QList<Instance> m_instances;
    QList<QPair<QString, DpsStore *>> m_dpsStores;
    StateSaver m_stateSaver;
    QElapsedTimer m_uptime;
};

} // namespace StampDeck::Emulator
