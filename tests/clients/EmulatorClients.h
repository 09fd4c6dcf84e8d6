#pragma once

#include "AzureCall.h"
#include "AzureEndpoint.h"
#include "EmulatorProcess.h"

#include <QJsonObject>
#include <QNetworkAccessManager>

#include <memory>
#include <optional>

namespace StampDeck::Testing {

// Turns a running emulator into client endpoints (connection strings from its endpoints file,
// tiers and units from its workspace file, its CA as the endpoints' extra CA) and talks to its
// admin API (faults, health). Test code only: the waits here run the event loop.
class EmulatorClients
{
public:
    // timeScale: what the emulator was started with (--time-scale); quotas false for --no-quotas.
    EmulatorClients(const EmulatorProcess &emulator, double timeScale = 1.0, bool quotas = true);

    Azure::AzureEndpoint hubEndpoint(int index = 0) const;
    Azure::AzureEndpoint dpsEndpoint(int index = 0) const;
    Azure::AzureEndpoint deviceEndpoint() const;
    QString idScope(int index = 0) const;
    QString hubName(int index = 0) const;
    QString dpsName(int index = 0) const;
    // Hands every hub and DPS endpoint to anything with setEndpoint(AzureEndpoint): a locator,
    // a monitor, a consistency check.
    template<typename Target>
    void setEndpointsOn(Target *target) const
    {
        for (int i = 0; i < m_emulator.endpoints().hubs.size(); ++i)
            target->setEndpoint(hubEndpoint(i));
        for (int i = 0; i < m_emulator.endpoints().dps.size(); ++i)
            target->setEndpoint(dpsEndpoint(i));
    }
    // The tier and units the workspace gives a hub host ("S1", 1 when unknown).
    QPair<QString, int> hubTier(const QString &hostName) const;

    // Admin API: PUT /faults/{instance} with the given settings, DELETE to clear them.
    bool setFaults(const QString &instance, const QJsonObject &settings, QString *error = nullptr);
    bool clearFaults(const QString &instance, QString *error = nullptr);
    // Admin API: PUT /allocation/{dps} with a mode ({"mode":"hold"}, {"mode":"fail","errorCode":...}),
    // DELETE to go back to normal (which settles the held registrations).
    bool setAllocation(const QString &dpsInstance, const QJsonObject &mode, QString *error = nullptr);
    bool clearAllocation(const QString &dpsInstance, QString *error = nullptr);
    // GET /health: the instance object of that name (requests, errors, injectedErrors, dropped).
    std::optional<QJsonObject> instanceHealth(const QString &instance);

    // Waits (event loop) until the call finishes; false on timeout.
    static bool waitFor(Azure::AzureCall *call, int timeoutMs = 60'000);

    // Takes ownership of a call, waits for it to finish (warning when it does not) and hands it back.
    template<typename C>
    static std::unique_ptr<C> finish(C *call, int timeoutMs)
    {
        std::unique_ptr<C> owned(call);
        if (!waitFor(call, timeoutMs))
            qWarning("call did not finish in time");
        return owned;
    }

private:
    Azure::AzureEndpoint withCa(Azure::AzureEndpoint endpoint) const;
    std::optional<QByteArray> admin(const QByteArray &method, const QString &path, const QByteArray &body, QString *error);

    const EmulatorProcess &m_emulator;
    double m_timeScale;
    bool m_quotas;
    QJsonObject m_workspace;
    QNetworkAccessManager m_network;
};

} // namespace StampDeck::Testing
