#include "FleetConsistencyCheck.h"

#include "AzureTransport.h"
#include "DpsDeviceClient.h"
#include "DpsServiceClient.h"
#include "HubRegistryClient.h"
#include "QueryPager.h"
#include "SystemClock.h"

#include "EmulatorClients.h"
#include "EmulatorProcess.h"

#include <QNetworkAccessManager>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include <algorithm>
#include <memory>

using namespace StampDeck;
using namespace StampDeck::Azure;
using namespace StampDeck::Testing;

using Kind = ConsistencyFinding::Kind;

// The fleet consistency check against the real emulator's demo fleet, with every kind the emulator
// can produce planted through the clients: an identity created directly in a hub, a provisioned
// device's identity deleted (a group device, and an individual enrollment whose registration id
// differs from its device id), a second enabled identity in another hub, and an enrollment naming a
// hub the workspace does not know (a workspace without that stamp), and stuck registrations: one
// left "assigning" (DPS 1's allocation held through the emulator's admin API for the whole run)
// and one "failed" (DPS 0's allocation failing while it registered). A stamp that does not answer
// is skipped and named; resuming checks it.
class TestFleetConsistency : public QObject
{
    Q_OBJECT

private:
    static constexpr double TimeScale = 60;
    static constexpr qint64 Devices = 2000;

    std::unique_ptr<EmulatorProcess> m_emulator;
    std::unique_ptr<EmulatorClients> m_clients;
    Workspace m_workspace;
    QNetworkAccessManager m_network;
    SystemClock m_clock;
    std::unique_ptr<AzureTransport> m_transport;
    QStringList m_expected;         // summary lines of the planted findings (full workspace)
    QStringList m_expectedHub2Down; // ... as a check that cannot read hub 2's identities sees them
    QString m_staticHub;            // the hub of the individual enrollment with a static hub
    qint64 m_fullRead = 0;          // items a whole check reads

    int hubIndex(const QString &hostName) const
    {
        const auto &hubs = m_emulator->endpoints().hubs;
        for (int i = 0; i < hubs.size(); ++i) {
            if (hubs.at(i).hostName.compare(hostName, Qt::CaseInsensitive) == 0)
                return i;
        }
        return -1;
    }

    QString hubHost(int index) const { return m_emulator->endpoints().hubs.at(index).hostName.toLower(); }

    QStringList deviceIds(int hub, int count)
    {
        HubRegistryClient client(m_transport.get(), m_clients->hubEndpoint(hub));
        std::unique_ptr<QueryPager> pager(client.queryDevices(QStringLiteral("SELECT deviceId FROM devices"), count));
        auto page = EmulatorClients::finish(pager->fetchNext(), 30'000);
        QStringList ids;
        if (page->isSuccess()) {
            for (const QJsonValue &row : page->value().items)
                ids.append(row.toObject().value(QLatin1StringView("deviceId")).toString());
        }
        return ids;
    }

    bool deleteIdentity(int hub, const QString &deviceId)
    {
        HubRegistryClient client(m_transport.get(), m_clients->hubEndpoint(hub));
        auto call = EmulatorClients::finish(client.deleteDevice(deviceId), 30'000);
        return call->isSuccess();
    }

    bool createIdentity(int hub, const QString &deviceId)
    {
        HubRegistryClient client(m_transport.get(), m_clients->hubEndpoint(hub));
        DeviceIdentity identity;
        identity.deviceId = deviceId;
        auto call = EmulatorClients::finish(client.createDevice(identity), 30'000);
        if (!call->isSuccess())
            qWarning("create %s: %s", qPrintable(deviceId), qPrintable(call->error().toString()));
        return call->isSuccess();
    }

    static QString line(Kind kind, const QString &device, const QString &registration, QStringList hubs)
    {
        std::sort(hubs.begin(), hubs.end());
        return QStringLiteral("%1 %2 %3 [%4]").arg(ConsistencyFinding::kindKey(kind), device, registration, hubs.join(u','));
    }

    // A planted finding; whenHub2Down: what a check without hub 2's identities reports instead
    // (nothing when empty: only those identities could confirm it).
    void expect(const QString &finding, const QString &whenHub2Down)
    {
        m_expected.append(finding);
        if (!whenHub2Down.isEmpty())
            m_expectedHub2Down.append(whenHub2Down);
    }

    // An individual enrollment on DPS dps and its device's registration (which may not finish:
    // a short wait, the outcome is the emulator's registration state).
    bool registerIndividual(int dps, const QString &registrationId)
    {
        DpsServiceClient service(m_transport.get(), m_clients->dpsEndpoint(dps));
        IndividualEnrollment enrollment;
        enrollment.registrationId = registrationId;
        enrollment.attestation = AttestationMechanism::symmetric();
        auto created = EmulatorClients::finish(service.createOrUpdateEnrollment(enrollment), 30'000);
        if (!created->isSuccess())
            return false;
        DpsDeviceClient device(m_transport.get(), m_clients->deviceEndpoint());
        ProvisioningOptions options;
        options.skipStatusLookup = true;
        options.maxWaitMs = 2'000;
        EmulatorClients::finish(device.provision(m_clients->idScope(dps), registrationId,
                                                 created->value().attestation.symmetricKey->primaryKey.value_or(QString()),
                                                 options),
                                30'000);
        return true;
    }

    std::optional<RegistrationStatus> registrationStatus(int dps, const QString &registrationId)
    {
        DpsServiceClient service(m_transport.get(), m_clients->dpsEndpoint(dps));
        auto state = EmulatorClients::finish(service.getRegistrationState(registrationId), 30'000);
        return state->isSuccess() ? state->value().status : std::nullopt;
    }

    static QStringList summary(const QList<ConsistencyFinding> &findings)
    {
        QStringList lines;
        for (const ConsistencyFinding &f : findings)
            lines.append(line(f.kind, f.deviceId, f.registrationId, f.hubs));
        lines.sort();
        return lines;
    }

    std::unique_ptr<FleetConsistencyCheck> makeCheck(const Workspace &workspace)
    {
        auto check = std::make_unique<FleetConsistencyCheck>(m_transport.get());
        check->setWorkspace(workspace);
        m_clients->setEndpointsOn(check.get());
        return check;
    }

    static bool runToEnd(FleetConsistencyCheck *check)
    {
        QSignalSpy finished(check, &FleetConsistencyCheck::finished);
        check->start();
        if (!finished.wait(120'000))
            return false;
        if (check->phase() != FleetConsistencyCheck::Phase::Finished)
            qWarning("check ended in %s: %s", qPrintable(FleetConsistencyCheck::phaseName(check->phase())),
                     qPrintable(check->errorString()));
        return check->phase() == FleetConsistencyCheck::Phase::Finished;
    }

private Q_SLOTS:
    void initTestCase()
    {
        qRegisterMetaType<FleetConsistencyCheck::Progress>();
        m_emulator = std::make_unique<EmulatorProcess>(QStringList{
            QStringLiteral("--demo"), QStringLiteral("--stamps"), QStringLiteral("4"), QStringLiteral("--devices"),
            QString::number(Devices), QStringLiteral("--time-scale"), QString::number(TimeScale),
            QStringLiteral("--seed"), QStringLiteral("7")});
        QVERIFY2(m_emulator->start(), qPrintable(m_emulator->errorString()));
        m_clients = std::make_unique<EmulatorClients>(*m_emulator, TimeScale);
        WorkspaceError error;
        const std::optional<Workspace> workspace = Workspace::load(m_emulator->endpoints().workspace, &error);
        QVERIFY2(workspace, qPrintable(error.toString()));
        m_workspace = *workspace;
        QCOMPARE(m_workspace.stamps.size(), 4);
        m_transport = std::make_unique<AzureTransport>(&m_network, &m_clock);
        // Fail fast: a stamp taken down must stop the check within seconds.
        RetryPolicy retry;
        retry.maxAttempts = 2;
        retry.baseDelayMs = 100;
        retry.minDelayMs = 50;
        retry.maxDelayMs = 200;
        m_transport->setRetryPolicy(retry);
        QVERIFY(m_emulator->endpoints().hubs.size() >= 3);

        // Identity without registration: created straight in hub 0.
        QVERIFY(createIdentity(0, QStringLiteral("stray-identity-1")));
        const QString stray = line(Kind::IdentityWithoutRegistration, QStringLiteral("stray-identity-1"), {}, {hubHost(0)});
        expect(stray, stray);

        // Registration without identity: a demo device deleted from its hub.
        const QStringList inHub1 = deviceIds(1, 5);
        QCOMPARE(inHub1.size(), 5);
        QVERIFY(deleteIdentity(1, inHub1.at(0)));
        const QString missing = line(Kind::RegistrationWithoutIdentity, inHub1.at(0), inHub1.at(0), {hubHost(1)});
        expect(missing, missing);

        // Enabled in two hubs: a demo device of hub 2 created again in hub 0.
        const QStringList inHub2 = deviceIds(2, 5);
        QCOMPARE(inHub2.size(), 5);
        QVERIFY(createIdentity(0, inHub2.at(1)));
        // Without hub 2, the copy in hub 0 is one its registration does not assign there.
        expect(line(Kind::EnabledInTwoHubs, inHub2.at(1), inHub2.at(1), {hubHost(0), hubHost(2)}),
               line(Kind::IdentityWithoutRegistration, inHub2.at(1), inHub2.at(1), {hubHost(0)}));

        // An individual enrollment whose registration id differs from its device id, provisioned,
        // then its identity deleted.
        DpsServiceClient service(m_transport.get(), m_clients->dpsEndpoint(0));
        IndividualEnrollment enrollment;
        enrollment.registrationId = QStringLiteral("support-reg-1");
        enrollment.deviceId = QStringLiteral("support-dev-1");
        enrollment.attestation = AttestationMechanism::symmetric();
        auto created = EmulatorClients::finish(service.createOrUpdateEnrollment(enrollment), 30'000);
        QVERIFY2(created->isSuccess(), qPrintable(created->error().toString()));
        DpsDeviceClient device(m_transport.get(), m_clients->deviceEndpoint());
        auto provisioned = EmulatorClients::finish(
            device.provision(m_clients->idScope(0), enrollment.registrationId,
                             created->value().attestation.symmetricKey->primaryKey.value_or(QString())), 60'000);
        QVERIFY2(provisioned->isSuccess(), qPrintable(provisioned->error().toString()));
        const int assigned = hubIndex(provisioned->value().state.assignedHub.value_or(QString()));
        QVERIFY(assigned >= 0);
        QVERIFY(deleteIdentity(assigned, QStringLiteral("support-dev-1")));
        const QString supportMissing = line(Kind::RegistrationWithoutIdentity, QStringLiteral("support-dev-1"),
                                            QStringLiteral("support-reg-1"), {hubHost(assigned)});
        expect(supportMissing, assigned == 2 ? QString() : supportMissing);

        // A disabled individual enrollment a device tried: "disabled" is not stuck, no finding.
        IndividualEnrollment disabled;
        disabled.registrationId = QStringLiteral("support-off-1");
        disabled.attestation = AttestationMechanism::symmetric();
        disabled.provisioningStatus = ProvisioningStatus::Disabled;
        auto createdDisabled = EmulatorClients::finish(service.createOrUpdateEnrollment(disabled), 30'000);
        QVERIFY2(createdDisabled->isSuccess(), qPrintable(createdDisabled->error().toString()));
        auto refused = EmulatorClients::finish(
            device.provision(m_clients->idScope(0), disabled.registrationId,
                             createdDisabled->value().attestation.symmetricKey->primaryKey.value_or(QString())), 60'000);
        QVERIFY(!refused->isSuccess());

        // An individual enrollment with a static hub (healthy in the full workspace; the hub is
        // unknown in the workspace without its stamp).
        const QString dpsHost = m_emulator->endpoints().dps.at(0).hostName;
        QStringList linked; // hubs of the stamps that list DPS 0
        for (const Stamp &stamp : std::as_const(m_workspace.stamps)) {
            for (const Stamp::LinkedDps &dps : stamp.dps) {
                if (dps.hostName.compare(dpsHost, Qt::CaseInsensitive) == 0)
                    linked.append(stamp.hub.hostName.toLower());
            }
        }
        QVERIFY2(linked.size() >= 2, "DPS 0 must serve two stamps so one can be left out");
        m_staticHub = linked.last();
        IndividualEnrollment pinned;
        pinned.registrationId = QStringLiteral("support-static-1");
        pinned.attestation = AttestationMechanism::symmetric();
        pinned.allocationPolicy = AllocationPolicy::Static;
        pinned.iotHubHostName = m_staticHub;
        auto createdPinned = EmulatorClients::finish(service.createOrUpdateEnrollment(pinned), 30'000);
        QVERIFY2(createdPinned->isSuccess(), qPrintable(createdPinned->error().toString()));

        // Stuck registrations, planted through the emulator's DPS: one failed (DPS 0 failing
        // allocations while it registers), one held in "assigning" (DPS 1 holds until the end).
        QVERIFY(m_emulator->endpoints().dps.size() >= 2);
        QString adminError;
        QVERIFY2(m_clients->setAllocation(m_clients->dpsName(0), QJsonObject{{QStringLiteral("mode"), QStringLiteral("fail")},
                                                                              {QStringLiteral("errorCode"), 400211}},
                                          &adminError),
                 qPrintable(adminError));
        QVERIFY(registerIndividual(0, QStringLiteral("stuck-failed-1")));
        QVERIFY2(m_clients->clearAllocation(m_clients->dpsName(0), &adminError), qPrintable(adminError));
        QCOMPARE(registrationStatus(0, QStringLiteral("stuck-failed-1")), std::optional(RegistrationStatus::Failed));
        QVERIFY2(m_clients->setAllocation(m_clients->dpsName(1), QJsonObject{{QStringLiteral("mode"), QStringLiteral("hold")}}, &adminError),
                 qPrintable(adminError));
        QVERIFY(registerIndividual(1, QStringLiteral("stuck-held-1")));
        QCOMPARE(registrationStatus(1, QStringLiteral("stuck-held-1")), std::optional(RegistrationStatus::Assigning));
        for (const QString &id : {QStringLiteral("stuck-failed-1"), QStringLiteral("stuck-held-1")}) {
            const QString stuck = line(Kind::StuckRegistration, id, id, {});
            expect(stuck, stuck);
        }
        m_expected.sort();
        m_expectedHub2Down.sort();
    }

    void cleanupTestCase()
    {
        if (m_clients)
            m_clients->clearAllocation(m_clients->dpsName(1));
        m_transport.reset();
        m_clients.reset();
        if (m_emulator)
            QCOMPARE(m_emulator->stop(), 0);
    }

    void findsEveryPlantedInconsistencyAndNothingElse()
    {
        auto check = makeCheck(m_workspace);
        QSignalSpy progressed(check.get(), &FleetConsistencyCheck::progressed);
        QVERIFY(runToEnd(check.get()));
        QCOMPARE(summary(check->findings()), m_expected);

        const FleetConsistencyCheck::Progress progress = check->progress();
        // Identities and registrations of every demo device, plus groups and enrollments.
        QVERIFY2(progress.itemsRead >= 2 * Devices, qPrintable(QString::number(progress.itemsRead)));
        QCOMPARE(progress.itemsReadThisRun, progress.itemsRead);
        QVERIFY2(progress.estimatedTotal >= 2 * Devices - 10, qPrintable(QString::number(progress.estimatedTotal)));
        QCOMPARE(progress.sourcesDone, progress.sourcesKnown);
        QVERIFY(progressed.size() > 5);
        QList<FleetConsistencyCheck::Phase> phases;
        for (const QList<QVariant> &arguments : std::as_const(progressed)) {
            const auto phase = arguments.first().value<FleetConsistencyCheck::Progress>().phase;
            if (phases.isEmpty() || phases.last() != phase)
                phases.append(phase);
        }
        using P = FleetConsistencyCheck::Phase;
        QCOMPARE(phases, (QList<P>{P::Estimating, P::Identities, P::Enrollments, P::Registrations, P::Analysing, P::Finished}));
        m_fullRead = progress.itemsRead;
        QVERIFY(check->notChecked().isEmpty());

        // The finding of the individual enrollment names it; the stuck ones say why.
        for (const ConsistencyFinding &finding : check->findings()) {
            if (finding.kind == Kind::StuckRegistration) {
                QVERIFY(!finding.groupEnrollment);
                QCOMPARE(finding.enrollment, finding.registrationId);
                QVERIFY(finding.hubs.isEmpty());
                const bool failed = finding.registrationId == QStringLiteral("stuck-failed-1");
                QCOMPARE(finding.dpsHostName.toLower(), m_emulator->endpoints().dps.at(failed ? 0 : 1).hostName.toLower());
                QVERIFY2(finding.detail.contains(failed ? QStringLiteral("failed") : QStringLiteral("assigning")),
                         qPrintable(finding.detail));
                continue;
            }
            if (finding.deviceId == QStringLiteral("support-dev-1")) {
                QVERIFY(!finding.groupEnrollment);
                QCOMPARE(finding.enrollment, QStringLiteral("support-reg-1"));
                QCOMPARE(finding.dpsHostName.toLower(), m_emulator->endpoints().dps.at(0).hostName.toLower());
            } else if (finding.kind == Kind::RegistrationWithoutIdentity) {
                QVERIFY(finding.groupEnrollment);
                QVERIFY(!finding.enrollment.isEmpty());
            }
        }
    }

    void resumesFromTheCheckpoint()
    {
        QVERIFY(m_fullRead > 0);
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const QString path = dir.filePath(QStringLiteral("consistency.sqlite"));
        qint64 firstRead = 0;
        {
            auto first = makeCheck(m_workspace);
            first->setCheckpointFile(path);
            first->setPageSize(50);
            first->start();
            QTRY_VERIFY_WITH_TIMEOUT(first->progress().itemsRead >= 600 || !first->isRunning(), 60'000);
            QVERIFY(first->isRunning());
            first->cancel();
            QCOMPARE(first->phase(), FleetConsistencyCheck::Phase::Cancelled);
            firstRead = first->progress().itemsReadThisRun;
            QVERIFY(firstRead >= 600);
        }
        auto second = makeCheck(m_workspace);
        second->setCheckpointFile(path);
        second->setPageSize(50);
        QVERIFY(runToEnd(second.get()));
        QCOMPARE(summary(second->findings()), m_expected);
        // It read only what the first had not: together exactly one whole check.
        QVERIFY(second->progress().itemsReadThisRun < m_fullRead);
        QCOMPARE(second->progress().itemsReadThisRun + firstRead, m_fullRead);
        QCOMPARE(second->progress().itemsRead, m_fullRead);

        // Finished: the next check on the file starts over.
        auto third = makeCheck(m_workspace);
        third->setCheckpointFile(path);
        QVERIFY(runToEnd(third.get()));
        QCOMPARE(third->progress().itemsReadThisRun, m_fullRead);
        QCOMPARE(summary(third->findings()), m_expected);
        qInfo("whole check: %lld items; first run read %lld before it was stopped", m_fullRead, firstRead);
    }

    void skipsAStampThatIsDownAndChecksItOnResume()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const QString path = dir.filePath(QStringLiteral("consistency.sqlite"));
        QString error;
        QVERIFY2(m_clients->setFaults(m_clients->hubName(2), QJsonObject{{QStringLiteral("errorRate"), 1}}, &error), qPrintable(error));
        qint64 firstRead = 0;
        {
            auto first = makeCheck(m_workspace);
            first->setCheckpointFile(path);
            first->setPageSize(100);
            const bool finished = runToEnd(first.get());
            QVERIFY2(m_clients->clearFaults(m_clients->hubName(2), &error), qPrintable(error));
            QVERIFY(finished);
            // The other stamps are checked; the one down is named, with why.
            const QList<FleetConsistencyCheck::NotChecked> gaps = first->notChecked();
            QCOMPARE(gaps.size(), 1);
            QCOMPARE(gaps.first().hostName.toLower(), hubHost(2));
            QVERIFY2(gaps.first().where.contains(hubHost(2), Qt::CaseInsensitive), qPrintable(gaps.first().where));
            QVERIFY(gaps.first().where.startsWith(QStringLiteral("stamp ")));
            QVERIFY(!gaps.first().reason.isEmpty());
            // Nothing it could not confirm: no "registration without identity" for hub 2's devices.
            QCOMPARE(summary(first->findings()), m_expectedHub2Down);
            const FleetConsistencyCheck::Progress progress = first->progress();
            QVERIFY(progress.sourcesDone < progress.sourcesKnown);
            firstRead = progress.itemsReadThisRun;
            QVERIFY(firstRead < m_fullRead);
        }
        // Resumed with the stamp back: only hub 2's identities are read, and the report is whole.
        auto second = makeCheck(m_workspace);
        second->setCheckpointFile(path);
        second->setPageSize(100);
        QVERIFY(runToEnd(second.get()));
        QVERIFY(second->notChecked().isEmpty());
        QCOMPARE(summary(second->findings()), m_expected);
        QCOMPARE(second->progress().itemsReadThisRun + firstRead, m_fullRead);
        QCOMPARE(second->progress().sourcesDone, second->progress().sourcesKnown);
    }

    void skipsADpsInstanceThatIsDown()
    {
        const QString dpsHost = m_emulator->endpoints().dps.at(1).hostName.toLower();
        QString error;
        QVERIFY2(m_clients->setFaults(m_clients->dpsName(1), QJsonObject{{QStringLiteral("errorRate"), 1}}, &error), qPrintable(error));
        auto check = makeCheck(m_workspace);
        const bool finished = runToEnd(check.get());
        QVERIFY2(m_clients->clearFaults(m_clients->dpsName(1), &error), qPrintable(error));
        QVERIFY(finished);
        QCOMPARE(check->notChecked().size(), 1);
        QCOMPARE(check->notChecked().first().hostName.toLower(), dpsHost);
        QVERIFY(check->notChecked().first().where.contains(QStringLiteral("DPS instance")));
        // The identities of the hubs it serves have no registration read: none is reported as
        // "without registration" there, and nothing that is not planted appears.
        QStringList served;
        for (const Stamp &stamp : std::as_const(m_workspace.stamps)) {
            for (const Stamp::LinkedDps &dps : stamp.dps) {
                if (dps.hostName.compare(dpsHost, Qt::CaseInsensitive) == 0)
                    served.append(stamp.hub.hostName.toLower());
            }
        }
        QVERIFY(!served.isEmpty());
        for (const ConsistencyFinding &finding : check->findings()) {
            QVERIFY2(m_expected.contains(line(finding.kind, finding.deviceId, finding.registrationId, finding.hubs))
                         || finding.kind == Kind::IdentityWithoutRegistration,
                     qPrintable(finding.deviceId));
            if (finding.kind == Kind::IdentityWithoutRegistration) {
                for (const QString &hub : finding.hubs)
                    QVERIFY2(!served.contains(hub.toLower()), qPrintable(finding.deviceId + u' ' + hub));
            }
            QVERIFY(finding.registrationId != QStringLiteral("stuck-held-1")); // DPS 1 was not read
        }
    }

    void reportsEnrollmentsNamingHubsOutsideTheWorkspace()
    {
        Workspace reduced = m_workspace;
        reduced.stamps.erase(std::remove_if(reduced.stamps.begin(), reduced.stamps.end(), [this](const Stamp &stamp) {
                                 return stamp.hub.hostName.compare(m_staticHub, Qt::CaseInsensitive) == 0;
                             }),
                             reduced.stamps.end());
        QCOMPARE(reduced.stamps.size(), m_workspace.stamps.size() - 1);

        // Expected: the pinned individual enrollment and every group of the remaining DPS
        // instances that names the left-out hub.
        QStringList expected{QStringLiteral("individual support-static-1")};
        QStringList dpsHosts;
        for (const Stamp &stamp : std::as_const(reduced.stamps)) {
            for (const Stamp::LinkedDps &dps : stamp.dps) {
                if (!dpsHosts.contains(dps.hostName, Qt::CaseInsensitive))
                    dpsHosts.append(dps.hostName);
            }
        }
        for (int i = 0; i < m_emulator->endpoints().dps.size(); ++i) {
            if (!dpsHosts.contains(m_emulator->endpoints().dps.at(i).hostName, Qt::CaseInsensitive))
                continue;
            DpsServiceClient service(m_transport.get(), m_clients->dpsEndpoint(i));
            std::unique_ptr<QueryPager> pager(service.queryEnrollmentGroups(QStringLiteral("*"), 1000));
            auto page = EmulatorClients::finish(pager->fetchNext(), 30'000);
            QVERIFY(page->isSuccess());
            QVERIFY(page->value().isLast());
            for (const QJsonValue &row : page->value().items) {
                const QJsonObject group = row.toObject();
                bool names = group.value(QLatin1StringView("iotHubHostName")).toString().compare(m_staticHub, Qt::CaseInsensitive) == 0;
                for (const QJsonValue &hub : group.value(QLatin1StringView("iotHubs")).toArray())
                    names = names || hub.toString().compare(m_staticHub, Qt::CaseInsensitive) == 0;
                if (names)
                    expected.append(QStringLiteral("group ") + group.value(QLatin1StringView("enrollmentGroupId")).toString());
            }
        }
        expected.sort();

        auto check = makeCheck(reduced);
        QVERIFY(runToEnd(check.get()));
        QStringList found;
        for (const ConsistencyFinding &finding : check->findings()) {
            if (finding.kind != Kind::EnrollmentNamesUnknownHub) {
                // Registrations pointing at the left-out hub cannot be checked; they are not "missing".
                QVERIFY2(!finding.hubs.contains(m_staticHub), qPrintable(finding.deviceId));
                continue;
            }
            QCOMPARE(finding.hubs, QStringList{m_staticHub});
            found.append((finding.groupEnrollment ? QStringLiteral("group ") : QStringLiteral("individual ")) + finding.enrollment);
        }
        found.sort();
        QCOMPARE(found, expected);
    }

    void failsClearlyWithoutAKey()
    {
        FleetConsistencyCheck check(m_transport.get());
        check.setWorkspace(m_workspace);
        check.setEndpoint(m_clients->hubEndpoint(0));
        QSignalSpy finished(&check, &FleetConsistencyCheck::finished);
        check.start();
        QCOMPARE(finished.size(), 0); // never inside start()
        QVERIFY(finished.wait(10'000));
        QCOMPARE(check.phase(), FleetConsistencyCheck::Phase::Failed);
        QVERIFY2(check.errorString().contains(hubHost(1), Qt::CaseInsensitive), qPrintable(check.errorString()));
    }
};

QTEST_GUILESS_MAIN(TestFleetConsistency)
#include "tst_fleetconsistency.moc"
