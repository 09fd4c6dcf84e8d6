// DpsDeviceClient against the real emulator (quotas on): status lookup before provisioning,
// register and poll until assigned (individual key and group-derived key), the identity on the
// assigned hub, and typed failures (wrong key, disabled enrollment), cancellation.
#include "AzureTransport.h"
#include "DpsDeviceClient.h"
#include "DpsServiceClient.h"
#include "EmulatorClients.h"
#include "HubRegistryClient.h"
#include "SystemClock.h"

#include <QTest>

#include <memory>

using namespace StampDeck::Azure;
using namespace StampDeck::Testing;

class TestDpsDeviceClient : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<EmulatorProcess> m_emulator;
    std::unique_ptr<EmulatorClients> m_env;
    QNetworkAccessManager m_network;
    SystemClock m_clock;
    std::unique_ptr<AzureTransport> m_transport;
    std::unique_ptr<DpsServiceClient> m_service;
    std::unique_ptr<DpsDeviceClient> m_device;

    template<typename C>
    static std::unique_ptr<C> run(C *call, int timeoutMs = 60'000)
    {
        return EmulatorClients::finish(call, timeoutMs);
    }

    // Creates an individual enrollment; returns its (client-made) primary key.
    QString enroll(const QString &id, bool enabled = true)
    {
        IndividualEnrollment e;
        e.registrationId = id;
        e.attestation = AttestationMechanism::symmetric();
        if (!enabled)
            e.provisioningStatus = ProvisioningStatus::Disabled;
        auto created = run(m_service->createOrUpdateEnrollment(e));
        if (!created->isSuccess())
            return {};
        return created->value().attestation.symmetricKey->primaryKey.value_or(QString());
    }

private Q_SLOTS:
    void initTestCase()
    {
        m_emulator = std::make_unique<EmulatorProcess>(QStringList{QStringLiteral("--hubs"), QStringLiteral("2")});
        QVERIFY2(m_emulator->start(), qPrintable(m_emulator->errorString()));
        m_env = std::make_unique<EmulatorClients>(*m_emulator, 1.0, true);
        m_transport = std::make_unique<AzureTransport>(&m_network, &m_clock);
        m_service = std::make_unique<DpsServiceClient>(m_transport.get(), m_env->dpsEndpoint());
        m_device = std::make_unique<DpsDeviceClient>(m_transport.get(), m_env->deviceEndpoint());
    }

    void lookupBeforeRegistrationIsNotFound()
    {
        const QString key = enroll(QStringLiteral("dev-lookup"));
        QVERIFY(!key.isEmpty());
        auto lookup = run(m_device->lookupRegistration(m_env->idScope(), QStringLiteral("dev-lookup"), key));
        QVERIFY(!lookup->isSuccess());
        QCOMPARE(lookup->error().kind(), AzureErrorKind::NotFound);
    }

    void provisionWithAnIndividualKey()
    {
        const QString key = enroll(QStringLiteral("dev-individual"));
        QVERIFY(!key.isEmpty());
        auto outcome = run(m_device->provision(m_env->idScope(), QStringLiteral("dev-individual"), key));
        QVERIFY2(outcome->isSuccess(), qPrintable(outcome->error().toString()));
        QVERIFY(!outcome->value().fromStatusLookup);
        QVERIFY(!outcome->value().operationId.isEmpty());
        QCOMPARE(outcome->value().state.status, std::optional<RegistrationStatus>(RegistrationStatus::Assigned));
        const QString hubHost = outcome->value().state.assignedHub.value_or(QString());
        QVERIFY(!hubHost.isEmpty());

        // The identity exists on the hub DPS chose.
        int hubIndex = -1;
        for (int i = 0; i < m_emulator->endpoints().hubs.size(); ++i) {
            if (m_emulator->endpoints().hubs.at(i).hostName.compare(hubHost, Qt::CaseInsensitive) == 0)
                hubIndex = i;
        }
        QVERIFY2(hubIndex >= 0, qPrintable(hubHost));
        HubRegistryClient hub(m_transport.get(), m_env->hubEndpoint(hubIndex));
        auto identity = run(hub.getDevice(outcome->value().state.deviceId.value_or(QStringLiteral("dev-individual"))));
        QVERIFY2(identity->isSuccess(), qPrintable(identity->error().toString()));

        // Provisioning again finds it with the status lookup: no second registration.
        auto again = run(m_device->provision(m_env->idScope(), QStringLiteral("dev-individual"), key));
        QVERIFY2(again->isSuccess(), qPrintable(again->error().toString()));
        QVERIFY(again->value().fromStatusLookup);
        QCOMPARE(again->value().state.assignedHub, outcome->value().state.assignedHub);
    }

    void provisionWithAGroupDerivedKey()
    {
        EnrollmentGroup group;
        group.enrollmentGroupId = QStringLiteral("tenant-x");
        group.attestation = AttestationMechanism::symmetric();
        auto created = run(m_service->createOrUpdateEnrollmentGroup(group));
        QVERIFY2(created->isSuccess(), qPrintable(created->error().toString()));
        const QString groupKey = *created->value().attestation.symmetricKey->primaryKey;
        const QString deviceKey = DpsDeviceClient::groupDeviceKey(groupKey, QStringLiteral("tenant-x-0042"));
        QVERIFY(!deviceKey.isEmpty());
        QVERIFY(deviceKey != groupKey);
        auto outcome = run(m_device->provision(m_env->idScope(), QStringLiteral("tenant-x-0042"), deviceKey));
        QVERIFY2(outcome->isSuccess(), qPrintable(outcome->error().toString()));
        QCOMPARE(outcome->value().state.status, std::optional<RegistrationStatus>(RegistrationStatus::Assigned));
    }

    void wrongKeyIsUnauthorized()
    {
        QVERIFY(!enroll(QStringLiteral("dev-wrongkey")).isEmpty());
        auto outcome = run(m_device->provision(m_env->idScope(), QStringLiteral("dev-wrongkey"),
                                               QStringLiteral("d3Jvbmcta2V5LXdyb25nLWtleS13cm9uZy1rZXktMTI=")));
        QVERIFY(!outcome->isSuccess());
        QCOMPARE(outcome->error().kind(), AzureErrorKind::Unauthorized);
        QCOMPARE(outcome->error().httpStatus(), 401);
    }

    void disabledEnrollmentFails()
    {
        const QString key = enroll(QStringLiteral("dev-disabled"), false);
        QVERIFY(!key.isEmpty());
        auto outcome = run(m_device->provision(m_env->idScope(), QStringLiteral("dev-disabled"), key));
        QVERIFY(!outcome->isSuccess());
        QVERIFY2(outcome->error().kind() == AzureErrorKind::Forbidden || outcome->error().kind() == AzureErrorKind::Unauthorized
                     || outcome->error().kind() == AzureErrorKind::BadRequest,
                 qPrintable(outcome->error().toString()));
    }

    void cancelStopsProvisioning()
    {
        const QString key = enroll(QStringLiteral("dev-cancel"));
        std::unique_ptr<AzureResult<ProvisioningOutcome>> call(m_device->provision(m_env->idScope(), QStringLiteral("dev-cancel"), key));
        call->cancel();
        QVERIFY(call->isFinished());
        QCOMPARE(call->error().kind(), AzureErrorKind::Cancelled);
    }
};

QTEST_GUILESS_MAIN(TestDpsDeviceClient)
#include "tst_dpsdeviceclient.moc"
