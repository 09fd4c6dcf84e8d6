#pragma once

#include "DeviceLookupAnswer.h"
#include "DeviceLookupCache.h"
#include "EnrollmentGroupFacts.h"

#include "Twin.h"
#include "DeviceRegistrationState.h"
#include "AzureCall.h"

#include <QElapsedTimer>
#include <QList>
#include <QObject>
#include <QPointer>
#include <QSet>
#include <QTimer>

#include <functional>
#include <optional>

namespace StampDeck {

class DeviceLocator;

// One device lookup in flight (DeviceLocator::lookup): finishes exactly once, never inside
// lookup(), with answer() filled. Deleting it (or cancel()) aborts the requests still out.
//
// Rounds of parallel requests, each bounded by the locator's step timeout:
//  1. cache: the twin (identity status, connection, tags, reported) on the cached hub, the registration and enrollment on the
//     cached DPS, at once; the identity decides (a hint is never an answer until the hub says so);
//  2. when the cache had nothing or the hub said DeviceNotFound: every DPS instance for the
//     registration state of the ID; then the assigned hub for the twin, and the
//     DPS for the enrollment (individual or group);
//  3. only when no DPS instance knows the ID (a device ID that differs from its registration ID,
//     a device without DPS): every hub for the twin of that ID.
// The cache then learns where the device is (or forgets a stale entry).
class DeviceLookup : public QObject
{
    Q_OBJECT

public:
    ~DeviceLookup() override;

    bool isFinished() const { return m_finished; }
    const DeviceLookupAnswer &answer() const { return m_answer; }
    // Stops the requests and finishes now with what is known and the problem "cancelled".
    void cancel();

Q_SIGNALS:
    void finished();

private:
    friend class DeviceLocator;
    DeviceLookup(DeviceLocator *locator, const QString &id, QObject *parent);

    struct Registration
    {
        QString dpsHost;
        Azure::DeviceRegistrationState state;
    };

    void start();
    void askCachedHub();
    void searchDps();
    void onDpsAnswered();
    void searchHubs();
    void onHubsAnswered();
    void learnAndFinish();
    // Calls of a round; each handler fills the answer.
    void askIdentity(const QString &hubHost, const QString &deviceId, bool missingIsProblem);
    void askRegistration(const QString &dpsHost, const QString &registrationId);
    void askEnrollment(const QString &dpsHost, const QString &registrationId);
    // Names the enrollment group (DPS does not): see EnrollmentGroupMatch.
    void nameGroup();
    void finish();

    // Tracks a call: handler runs when it finishes (also on timeout), then it is deleted.
    template<typename Call, typename Handler>
    void ask(Call *call, Handler handler)
    {
        ++m_roundOpen;
        m_pending.insert(call);
        connect(call, &Azure::AzureCall::finished, this, [this, call, handler] {
            if (!m_pending.remove(call))
                return;
            call->deleteLater();
            if (!m_locator) { // the locator went away (the console is closing)
                m_next = nullptr;
                finish();
                return;
            }
            handler(call);
            roundCallDone();
        });
    }
    // A round: next runs once every call asked between beginRound() and endRound() has answered
    // or the step timeout passed.
    void beginRound(std::function<void()> next);
    void endRound();
    void roundCallDone();

    static QJsonObject withoutMetadata(const QJsonObject &collection);
    static bool isDeviceNotFound(const Azure::AzureError &error);
    static bool isDpsNotFound(const Azure::AzureError &error);

    void step(const QString &text) { m_answer.steps.append(text); }
    void noAnswer(const QString &hostName, const Azure::AzureError &error);
    void takeTwin(const QString &hubHost, const QString &deviceId, const Azure::Twin &twin);
    // setHub: the registration's assigned hub becomes the answer's (else it is checked at the end).
    void takeRegistration(const Registration &registration, bool setHub);
    void placeInStamp();

    QPointer<DeviceLocator> m_locator;
    DeviceLookupAnswer m_answer;
    std::optional<DeviceLookupCache::Entry> m_cached;
    QList<Registration> m_registrations;                         // search round: who knows the ID
    QList<QPair<QString, Azure::Twin>> m_identities;             // hubs round: hubs holding it
    std::optional<QList<EnrollmentGroupFacts>> m_groups; // of the DPS holding the registration
    QString m_assignedHub; // the hub the registration names (checked against the identity's at the end)
    QSet<Azure::AzureCall *> m_pending;
    std::function<void()> m_next;
    int m_roundOpen = 0;
    bool m_timedOut = false;
    bool m_stale = false;
    bool m_finished = false;
    QTimer m_roundTimer;
    QElapsedTimer m_clock;
};

} // namespace StampDeck
