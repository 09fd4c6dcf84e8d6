#pragma once

#include "fleet/EmulatorOptions.h"
#include "fleet/EndpointsFile.h"
#include "fleet/FleetLayout.h"

#include <QObject>
#include <QString>
#include <QTimer>

#include <memory>
#include <vector>

QT_BEGIN_NAMESPACE
class QDataStream;
class QThreadPool;
QT_END_NAMESPACE

namespace StampDeck::Emulator {

class AdminService;
class CertificateAuthority;
class ChangeTrackingHandler;
class DpsDeviceEndpoint;
class DpsStore;
class FaultInjector;
class HttpsEndpoint;
class HubRegistry;
struct DpsInstance;
struct HubInstance;

// The composition root of the emulator library: from the options and a fleet layout it builds,
// per hub, a HubRegistry + access policies + QuotaGate + HubService behind an HttpsEndpoint; per
// DPS instance a DpsStore (linked to the hubs) + policies + QuotaGate + DpsService behind an
// HttpsEndpoint; one DPS device endpoint routing by ID scope; the admin endpoint; the local CA.
// It seeds the demo (unless state was loaded), and only once everything listens writes the
// workspace and endpoints files. With --state it loads the state file at start and saves it a
// few seconds after changes and on stop().
//
// Runs on the thread that owns it, inside that thread's event loop; the state file's bytes are
// written on a worker thread (they are built on this one, so nothing is shared).
class Emulator : public QObject
{
    Q_OBJECT

public:
    struct StartResult
    {
        bool ok = false;
        int exitCode = 0; // when !ok: 2 for a usage error (a bad --fault-target), 1 otherwise
        QString message;
    };
    // How long the last state save took (for the admin endpoint, the log and the benchmark).
    struct SaveReport
    {
        qint64 serializeMs = -1; // building the bytes on the event loop's thread
        qint64 writeMs = -1;     // writing them (worker thread, or inline on stop)
        qint64 bytes = 0;
    };

    static constexpr int SaveDelayMs = 5000;  // after the first change since the last save...
    static constexpr int SaveCostFactor = 10; // ...or ten times the last serialisation, if longer

    explicit Emulator(EmulatorOptions options, QObject *parent = nullptr);
    ~Emulator() override;

    static QString version();

    // Builds everything, listens, loads or seeds, writes the files. Call once.
    StartResult start();
    // Saves the state (with --state), stops listening, then emits stopped() from the event loop.
    // Safe to call more than once.
    void stop();

    bool isRunning() const { return m_running; }
    const FleetLayout &layout() const { return m_layout; }
    const EndpointsFile &endpoints() const { return m_endpoints; }
    QString workspacePath() const { return m_workspacePath; }
    bool stateLoaded() const { return m_stateLoaded; }
    qint64 seededDevices() const { return m_seededDevices; }
    qint64 seedMilliseconds() const { return m_seedMs; }
    // What start() printed to stdout: where everything listens, no keys.
    QString summary() const;

    // The debounce before a save after a change (tests shorten it); SaveDelayMs by default.
    void setSaveDelayMs(int milliseconds) { m_saveDelayMs = milliseconds; }
    // Serialises and writes the state file now, on this thread; false and *error on failure.
    bool saveState(QString *error);
    SaveReport lastSave() const { return m_lastSave; }

    HubRegistry *hubRegistry(const QString &name) const;
    DpsStore *dpsStore(const QString &name) const;
    FaultInjector *faultInjector(const QString &instanceName) const;

    // The device endpoint's instance name for --fault-target and the admin API.
    static QString deviceEndpointName() { return QStringLiteral("dps-device"); }

signals:
    void stopped(int exitCode);
    // A line for the log (stderr): saves, warnings. Never contains a key.
    void message(const QString &text);

private:
    StartResult fail(int exitCode, const QString &message);
    bool readStateFile(QByteArray *bytes, QString *error);
    bool buildInstances(QDataStream *state, QString *error); // state: positioned after the header, or null
    bool listenAll(QString *error);
    quint16 portFor(int index, const QString &savedHostName) const;
    bool seedDemo(QString *error);
    bool writeFiles(QString *error);
    QByteArray serializeState() const;
    void markChanged();
    void saveInBackground();
    void finishBackgroundSave(bool ok, const QString &error, qint64 writeMs);

    EmulatorOptions m_options;
    FleetLayout m_layout;
    bool m_running = false;
    bool m_stopping = false;
    bool m_stateLoaded = false;
    int m_savedDeviceEndpointPort = 0;
    qint64 m_seededDevices = 0;
    qint64 m_seedMs = 0;

    std::unique_ptr<CertificateAuthority> m_ca;
    std::vector<std::unique_ptr<HubInstance>> m_hubs;
    std::vector<std::unique_ptr<DpsInstance>> m_dps;
    std::unique_ptr<DpsDeviceEndpoint> m_deviceService;
    std::unique_ptr<ChangeTrackingHandler> m_deviceTracker;
    std::unique_ptr<FaultInjector> m_deviceFaults;
    std::unique_ptr<HttpsEndpoint> m_deviceEndpoint;
    std::unique_ptr<AdminService> m_admin;
    std::unique_ptr<HttpsEndpoint> m_adminEndpoint;

    EndpointsFile m_endpoints;
    QString m_workspacePath;

    QTimer m_saveTimer;
    int m_saveDelayMs = SaveDelayMs;
    std::unique_ptr<QThreadPool> m_saveThread;
    bool m_saveInFlight = false;
    SaveReport m_lastSave;
};

} // namespace StampDeck::Emulator
