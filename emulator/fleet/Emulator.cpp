#include "fleet/Emulator.h"

#include "fleet/AdminService.h"
#include "fleet/EmulatorInstances.h"
#include "fleet/StateFile.h"

#include "dps/DemoPopulation.h"
#include "dps/DpsDeviceEndpoint.h"
#include "server/CertificateAuthority.h"

#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QHostAddress>
#include <QRandomGenerator>
#include <QThreadPool>

#include <array>

#ifndef STAMPDECK_VERSION
#define STAMPDECK_VERSION "0.1.0" // keep in step with project(VERSION) in the top CMakeLists.txt
#endif

namespace StampDeck::Emulator {

namespace {

QString portOf(const QString &hostName)
{
    return hostName.section(u':', -1);
}

} // namespace

Emulator::Emulator(EmulatorOptions options, QObject *parent)
    : QObject(parent), m_options(std::move(options)), m_saveThread(std::make_unique<QThreadPool>())
{
    m_saveThread->setMaxThreadCount(1); // one write at a time, in order
    m_saveTimer.setSingleShot(true);
    connect(&m_saveTimer, &QTimer::timeout, this, &Emulator::saveInBackground);
}

Emulator::~Emulator()
{
    m_saveThread->waitForDone();
    // Endpoints go before the services and stores they call (see EmulatorInstances.h).
    m_adminEndpoint.reset();
    m_deviceEndpoint.reset();
}

QString Emulator::version()
{
    return QStringLiteral(STAMPDECK_VERSION);
}

Emulator::StartResult Emulator::fail(int exitCode, const QString &message)
{
    // Nothing half-built keeps listening.
    m_adminEndpoint.reset();
    m_deviceEndpoint.reset();
    m_deviceService.reset();
    m_dps.clear();
    m_hubs.clear();
    return {false, exitCode, message};
}

Emulator::StartResult Emulator::start()
{
    QString error;
    QByteArray state;
    if (!m_options.stateFile.isEmpty() && QFileInfo::exists(m_options.stateFile) && !readStateFile(&state, &error))
        return fail(1, error);

    std::optional<QDataStream> in;
    if (!state.isEmpty()) {
        in.emplace(state);
        const std::optional<QJsonObject> meta = StateFile::readHeader(*in, &error);
        if (!meta)
            return fail(1, QStringLiteral("%1: %2").arg(m_options.stateFile, error));
        const auto layout = FleetLayout::fromJson(meta->value(QStringLiteral("layout")).toObject(), &error);
        if (!layout)
            return fail(1, QStringLiteral("%1: %2").arg(m_options.stateFile, error));
        m_layout = *layout;
        m_savedDeviceEndpointPort = meta->value(QStringLiteral("deviceEndpointPort")).toInt();
        m_stateLoaded = true;
    } else {
        m_layout = m_options.demo ? FleetLayout::demo(m_options.stamps, m_options.devices)
                                  : FleetLayout::plain(m_options.hubs);
    }

    const QStringList instances = m_layout.instanceNames() + QStringList{deviceEndpointName()};
    for (const QString &target : std::as_const(m_options.faultTargets)) {
        if (!instances.contains(target)) {
            return fail(2, QStringLiteral("invalid value '%1' for --fault-target: no such instance (instances: %2)")
                               .arg(target, instances.join(QStringLiteral(", "))));
        }
    }

    std::optional<CertificateAuthority> ca = CertificateAuthority::loadOrCreate(m_options.stateDir, &error);
    if (!ca)
        return fail(1, QStringLiteral("cannot set up the local CA in %1: %2").arg(m_options.stateDir, error));
    m_ca = std::make_unique<CertificateAuthority>(std::move(*ca));

    if (!buildInstances(in ? &*in : nullptr, &error))
        return fail(1, m_stateLoaded ? QStringLiteral("%1: %2").arg(m_options.stateFile, error) : error);
    if (!listenAll(&error))
        return fail(1, error);
    if (m_stateLoaded) {
        emit message(QStringLiteral("loaded %1 (%2 hubs, %3 DPS instances); it decides the fleet, over --demo, "
                                    "--stamps, --devices and --hubs")
                         .arg(m_options.stateFile).arg(m_hubs.size()).arg(m_dps.size()));
    } else if (m_options.demo && !seedDemo(&error)) {
        return fail(1, error);
    }
    if (!writeFiles(&error))
        return fail(1, error);
    m_running = true;
    if (m_options.demo && !m_stateLoaded)
        markChanged(); // the seeded fleet goes to the state file without waiting for a change
    return {true, 0, {}};
}

bool Emulator::readStateFile(QByteArray *bytes, QString *error)
{
    QFile file(m_options.stateFile);
    if (!file.open(QIODevice::ReadOnly)) {
        *error = QStringLiteral("cannot read the state file %1: %2").arg(m_options.stateFile, file.errorString());
        return false;
    }
    *bytes = file.readAll();
    if (bytes->isEmpty()) {
        *error = QStringLiteral("the state file %1 is empty").arg(m_options.stateFile);
        return false;
    }
    return true;
}

bool Emulator::buildInstances(QDataStream *in, QString *error)
{
    const quint64 seed = m_options.seed.value_or(QRandomGenerator::global()->generate64());
    quint64 instanceSeed = seed;
    auto faultsFor = [this, &instanceSeed](const QString &name) {
        FaultSettings settings;
        if (m_options.faultTargets.isEmpty() || m_options.faultTargets.contains(name))
            settings = {m_options.faultErrorRate, m_options.faultLatencyMs, m_options.faultDropRate};
        return std::make_unique<FaultInjector>(instanceSeed++, settings);
    };
    const QSslConfiguration ssl = m_ca->serverConfiguration();

    for (const HubSpec &spec : std::as_const(m_layout.hubs)) {
        auto hub = std::make_unique<HubInstance>();
        hub->name = spec.name;
        hub->registry = std::make_unique<HubRegistry>(spec.hostName);
        if (in) {
            std::optional<AccessPolicies> policies = StateFile::readPolicies(*in, error);
            if (!policies)
                return false;
            hub->policies = std::move(*policies);
            if (!hub->registry->load(*in, error))
                return false;
        } else {
            hub->policies = AccessPolicies::forHub();
        }
        hub->quotas = std::make_unique<QuotaGate>(QuotaLimits::forHub(spec.tier, spec.units), m_options.timeScale);
        hub->quotas->setEnabled(m_options.quotas);
        for (const auto &[quotaClass, perMinute] : m_options.quotaOverrides) {
            if (EmulatorOptions::isHubQuotaClass(quotaClass))
                hub->quotas->setPerMinute(quotaClass, perMinute);
        }
        hub->service = std::make_unique<HubService>(hub->registry.get(), &hub->policies, hub->quotas.get());
        hub->tracker = std::make_unique<ChangeTrackingHandler>(hub->service.get(), [this] { markChanged(); });
        hub->faults = faultsFor(spec.name);
        hub->endpoint = std::make_unique<HttpsEndpoint>(hub->tracker.get(), ssl, hub->faults.get(), spec.name,
                                                        ErrorShape::Hub);
        m_hubs.push_back(std::move(hub));
    }

    for (const DpsSpec &spec : std::as_const(m_layout.dps)) {
        QList<LinkedHub> linked;
        for (const QString &hubName : spec.linkedHubNames)
            linked.append({hubRegistry(hubName), m_layout.hub(hubName)->region});
        auto dps = std::make_unique<DpsInstance>();
        dps->name = spec.name;
        dps->store = std::make_unique<DpsStore>(spec.name, spec.idScope, spec.region, linked);
        dps->store->setHostName(spec.hostName);
        if (in) {
            std::optional<AccessPolicies> policies = StateFile::readPolicies(*in, error);
            if (!policies)
                return false;
            dps->policies = std::move(*policies);
            if (!dps->store->load(*in, error))
                return false;
        } else {
            dps->policies = AccessPolicies::forDps();
        }
        dps->quotas = std::make_unique<QuotaGate>(QuotaLimits::forDps(), m_options.timeScale);
        dps->quotas->setEnabled(m_options.quotas);
        for (const auto &[quotaClass, perMinute] : m_options.quotaOverrides) {
            if (!EmulatorOptions::isHubQuotaClass(quotaClass))
                dps->quotas->setPerMinute(quotaClass, perMinute);
        }
        dps->service = std::make_unique<DpsService>(dps->store.get(), &dps->policies, dps->quotas.get());
        dps->tracker = std::make_unique<ChangeTrackingHandler>(dps->service.get(), [this] { markChanged(); });
        dps->faults = faultsFor(spec.name);
        dps->endpoint = std::make_unique<HttpsEndpoint>(dps->tracker.get(), ssl, dps->faults.get(), spec.name,
                                                        ErrorShape::Dps);
        m_dps.push_back(std::move(dps));
    }
    if (in && !StateFile::readTrailer(*in, error))
        return false;

    m_deviceService = std::make_unique<DpsDeviceEndpoint>(m_options.timeScale);
    for (const auto &dps : m_dps)
        m_deviceService->addInstance(dps->store.get(), dps->quotas.get());
    m_deviceTracker = std::make_unique<ChangeTrackingHandler>(m_deviceService.get(), [this] { markChanged(); });
    m_deviceFaults = faultsFor(deviceEndpointName());
    m_deviceEndpoint = std::make_unique<HttpsEndpoint>(m_deviceTracker.get(), ssl, m_deviceFaults.get(),
                                                       deviceEndpointName(), ErrorShape::Dps);

    // 32 random bytes as 64 hex digits (hex of a number would drop leading zeros).
    std::array<quint32, 8> random{};
    QRandomGenerator::system()->fillRange(random.data(), random.size());
    const QByteArray token = QByteArray(reinterpret_cast<const char *>(random.data()), sizeof(random)).toHex();
    m_admin = std::make_unique<AdminService>(token, version());
    for (const auto &hub : m_hubs)
        m_admin->addInstance(hub->name, hub->faults.get(), hub->endpoint.get());
    for (const auto &dps : m_dps) {
        m_admin->addInstance(dps->name, dps->faults.get(), dps->endpoint.get());
        m_admin->addDpsStore(dps->name, dps->store.get());
        dps->store->setChangeListener([this] { markChanged(); }); // a release settles registrations
    }
    m_admin->addInstance(deviceEndpointName(), m_deviceFaults.get(), m_deviceEndpoint.get());
    if (!m_options.stateFile.isEmpty()) {
        m_admin->setStateSaver([this] {
            QString problem;
            return saveState(&problem) ? QString() : problem;
        });
    }
    m_adminEndpoint = std::make_unique<HttpsEndpoint>(m_admin.get(), ssl, nullptr, QStringLiteral("admin"));
    return true;
}

quint16 Emulator::portFor(int index, const QString &savedHostName) const
{
    // --port-base wins; else the ports the state file recorded, so connection strings stay valid
    // across restarts; else ephemeral ports.
    if (m_options.portBase > 0)
        return quint16(m_options.portBase + index);
    return savedHostName.isEmpty() ? 0 : portOf(savedHostName).toUShort();
}

bool Emulator::listenAll(QString *error)
{
    int index = 0;
    auto listen = [&](HttpsEndpoint *endpoint, const QString &savedHostName) {
        const quint16 wanted = portFor(index++, savedHostName);
        if (endpoint->listen(QHostAddress::LocalHost, wanted) != 0)
            return true;
        *error = QStringLiteral("%1 cannot listen on localhost:%2: %3")
                     .arg(endpoint->name(), wanted ? QString::number(wanted) : QStringLiteral("<any port>"),
                          endpoint->errorString());
        return false;
    };
    for (std::size_t i = 0; i < m_hubs.size(); ++i) {
        HubSpec &spec = m_layout.hubs[qsizetype(i)];
        if (!listen(m_hubs[i]->endpoint.get(), spec.hostName))
            return false;
        spec.hostName = m_hubs[i]->endpoint->hostName();
        m_hubs[i]->registry->setHostName(spec.hostName);
    }
    for (std::size_t i = 0; i < m_dps.size(); ++i) {
        DpsSpec &spec = m_layout.dps[qsizetype(i)];
        if (!listen(m_dps[i]->endpoint.get(), spec.hostName))
            return false;
        spec.hostName = m_dps[i]->endpoint->hostName();
        m_dps[i]->store->setHostName(spec.hostName);
    }
    const QString savedDevice = m_savedDeviceEndpointPort
        ? QStringLiteral("localhost:%1").arg(m_savedDeviceEndpointPort) : QString();
    if (!listen(m_deviceEndpoint.get(), savedDevice))
        return false;
    m_deviceService->setHostName(m_deviceEndpoint->hostName());
    return listen(m_adminEndpoint.get(), {});
}

bool Emulator::seedDemo(QString *error)
{
    QHash<QString, DpsStore *> stores;
    for (const auto &dps : m_dps)
        stores.insert(dps->name, dps->store.get());
    QHash<QString, HubRegistry *> registries;
    for (const auto &hub : m_hubs)
        registries.insert(hub->name, hub->registry.get());
    DemoPopulation::Options options;
    options.seed = m_options.seed.value_or(1);
    const DemoPopulation::Result result = DemoPopulation::seed(m_layout, stores, registries, options);
    if (!result.ok()) {
        *error = QStringLiteral("cannot seed the demo fleet: %1").arg(result.error);
        return false;
    }
    m_seededDevices = result.devices;
    m_seedMs = result.elapsedMs;
    emit message(QStringLiteral("seeded %1 demo devices (%2 connected) in %3 ms")
                     .arg(result.devices).arg(result.connected).arg(result.elapsedMs));
    return true;
}

HubRegistry *Emulator::hubRegistry(const QString &name) const
{
    for (const auto &hub : m_hubs) {
        if (hub->name == name)
            return hub->registry.get();
    }
    return nullptr;
}

DpsStore *Emulator::dpsStore(const QString &name) const
{
    for (const auto &dps : m_dps) {
        if (dps->name == name)
            return dps->store.get();
    }
    return nullptr;
}

FaultInjector *Emulator::faultInjector(const QString &instanceName) const
{
    for (const auto &hub : m_hubs) {
        if (hub->name == instanceName)
            return hub->faults.get();
    }
    for (const auto &dps : m_dps) {
        if (dps->name == instanceName)
            return dps->faults.get();
    }
    return instanceName == deviceEndpointName() ? m_deviceFaults.get() : nullptr;
}

} // namespace StampDeck::Emulator
