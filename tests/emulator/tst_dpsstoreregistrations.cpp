// DpsStore: device authentication, registration, allocation and re-provisioning (the enrollment
// side is in tst_dpsstore.cpp).
#include "DpsStoreFixture.h"

#include "hub/HubRegistry.h"

#include <QDateTime>
#include <QTest>

#include <memory>

using namespace StampDeck::Emulator;
using namespace StampDeck::Azure;

class TestDpsStoreRegistrations : public QObject, protected DpsStoreFixture
{
    Q_OBJECT

private slots:
    void init() { resetStore(); }

    void groupDeviceAuthentication()
    {
        QVERIFY(store().putEnrollmentGroup(symmetricGroup(QStringLiteral("grp")), {}).ok());
        const QString id = QStringLiteral("sensor-1");
        const QString derived = SharedAccessSignature::deriveDeviceKey(GroupKey, id);
        const QString derived2 = SharedAccessSignature::deriveDeviceKey(GroupKey2, id);
        QVERIFY(store().authenticateDevice(id, token(id, derived)).ok());
        QVERIFY(store().authenticateDevice(id, token(id, derived2)).ok());
        QVERIFY(store().authenticateDevice(id, token(id, derived, 0, SharedAccessSignature::ResourceEncoding::UrlEncode)).ok());
        QCOMPARE(store().authenticateDevice(id, token(id, derived)).value->groupSlot, store().groupRef(QStringLiteral("grp"))->groupSlot);
        // The group key itself, another device's key, an expired token, a token for another
        // device, no token: all 401.
        QCOMPARE(store().authenticateDevice(id, token(id, GroupKey)).error.httpStatus(), 401);
        QCOMPARE(store().authenticateDevice(id, token(id, SharedAccessSignature::deriveDeviceKey(GroupKey, QStringLiteral("other")))).error.httpStatus(), 401);
        QCOMPARE(store().authenticateDevice(id, token(id, derived, QDateTime::currentSecsSinceEpoch() - 10)).error.httpStatus(), 401);
        QCOMPARE(store().authenticateDevice(id, token(QStringLiteral("other"), derived)).error.httpStatus(), 401);
        QCOMPARE(store().authenticateDevice(id, QString()).error.httpStatus(), 401);
        const QString service = SharedAccessSignature::create(QStringLiteral("localhost:41000"), QStringLiteral("provisioningserviceowner"), derived,
                                                              QDateTime::currentSecsSinceEpoch() + 60).toString();
        QCOMPARE(store().authenticateDevice(id, service).error.httpStatus(), 401);
        // A disabled group still authenticates (the registration then says "disabled").
        EnrollmentGroup disabled = *store().enrollmentGroup(QStringLiteral("grp")).value;
        disabled.provisioningStatus = ProvisioningStatus::Disabled;
        QVERIFY(store().putEnrollmentGroup(disabled, QStringLiteral("*")).ok());
        QVERIFY(store().authenticateDevice(id, token(id, derived)).ok());
    }

    void groupRegistrationAssignsOnHub()
    {
        EnrollmentGroup group = symmetricGroup(QStringLiteral("grp"));
        group.allocationPolicy = AllocationPolicy::Static;
        group.iotHubHostName = QStringLiteral("LOCALHOST:41002");
        InitialTwin twin;
        twin.tags = QJsonObject{{QStringLiteral("tenant"), QStringLiteral("contoso")}};
        group.initialTwin = twin;
        QVERIFY(store().putEnrollmentGroup(group, {}).ok());
        QCOMPARE(store().enrollmentGroup(QStringLiteral("grp")).value->iotHubHostName, std::optional(QStringLiteral("localhost:41002")));
        const QString id = QStringLiteral("sensor-2");
        const auto ref = store().authenticateDevice(id, token(id, SharedAccessSignature::deriveDeviceKey(GroupKey, id)));
        QVERIFY(ref.ok());
        const auto outcome = store().registerDevice(id, *ref.value);
        QVERIFY2(outcome.ok(), qPrintable(outcome.error.message()));
        QCOMPARE(outcome.value->status, std::optional(RegistrationStatus::Assigned));
        const DeviceRegistrationState &state = *outcome.value->registrationState;
        QCOMPARE(state.assignedHub, std::optional(QStringLiteral("localhost:41002")));
        QCOMPARE(state.deviceId, std::optional(id));
        QCOMPARE(state.substatus, std::optional(RegistrationSubstatus::InitialAssignment));
        QCOMPARE(state.symmetricKey->value(QLatin1StringView("enrollmentGroupId")).toString(), QStringLiteral("grp"));
        QVERIFY(m_hubB->devices.contains(id));
        QCOMPARE(QString::fromLatin1(m_hubB->devices[id].primaryKey), SharedAccessSignature::deriveDeviceKey(GroupKey, id));
        QCOMPARE(QString::fromLatin1(m_hubB->devices[id].secondaryKey), SharedAccessSignature::deriveDeviceKey(GroupKey2, id));
        QCOMPARE(m_hubB->devices[id].twin.value(QLatin1StringView("tags")).toObject().value(QLatin1StringView("tenant")).toString(),
                 QStringLiteral("contoso"));
        QVERIFY(m_hubA->devices.isEmpty());
        // The operation is found by its ID; another ID is 404.
        const auto polled = store().operationStatus(id, outcome.value->operationId);
        QVERIFY(polled.ok());
        QCOMPARE(polled.value->registrationState->etag, state.etag);
        QCOMPARE(store().operationStatus(id, QStringLiteral("5.0000.nope")).error.code(), ErrorCodes::DpsAsyncOperationNotFound);
        QCOMPARE(store().operationStatus(QStringLiteral("sensor-x"), outcome.value->operationId).error.httpStatus(), 404);
        // The service view and the per-group query.
        QCOMPARE(store().registrationState(QStringLiteral("SENSOR-2")).value->status, std::optional(RegistrationStatus::Assigned));
        QVERIFY(!store().registrationState(id).value->symmetricKey);
        qsizetype cursor = 0;
        const auto page = store().registrationPage(QStringLiteral("grp"), &cursor, 10);
        QCOMPARE(page.value->size(), 1);
        QCOMPARE(cursor, qsizetype(-1));
        QCOMPARE(store().registrationPage(QStringLiteral("nope"), &cursor, 10).error.code(), ErrorCodes::DpsEnrollmentGroupNotFound);
    }

    void reprovisioning_data()
    {
        QTest::addColumn<bool>("updateHub");
        QTest::addColumn<bool>("migrate");
        QTest::addColumn<int>("substatus");
        QTest::addRow("migrate") << true << true << int(RegistrationSubstatus::DeviceDataMigrated);
        QTest::addRow("reset") << true << false << int(RegistrationSubstatus::DeviceDataReset);
        QTest::addRow("never") << false << true << int(RegistrationSubstatus::ReprovisionedToInitialAssignment);
    }
    void reprovisioning()
    {
        QFETCH(bool, updateHub);
        QFETCH(bool, migrate);
        QFETCH(int, substatus);
        IndividualEnrollment e = symmetricEnrollment(QStringLiteral("mover"));
        e.deviceId = QStringLiteral("mover-device");
        e.allocationPolicy = AllocationPolicy::Static;
        e.iotHubHostName = QStringLiteral("localhost:41001");
        InitialTwin initial;
        initial.tags = QJsonObject{{QStringLiteral("stage"), QStringLiteral("initial")}};
        e.initialTwin = initial;
        e.reprovisionPolicy = ReprovisionPolicy{updateHub, migrate};
        IndividualEnrollment created = *store().putEnrollment(e, {}).value;
        QVERIFY(store().registerDevice(QStringLiteral("mover"), EnrollmentRef{true, -1}).ok());
        QVERIFY(m_hubA->devices.contains(QStringLiteral("mover-device")));
        QCOMPARE(m_hubA->devices[QStringLiteral("mover-device")].primaryKey,
                 created.attestation.symmetricKey->primaryKey->toLatin1());
        // Re-registering on the same hub keeps the identity there.
        auto again = store().registerDevice(QStringLiteral("mover"), EnrollmentRef{true, -1});
        QCOMPARE(again.value->registrationState->substatus, std::optional(RegistrationSubstatus::ReprovisionedToInitialAssignment));
        // The device's twin changed on hub A; then the enrollment moves to hub B.
        m_hubA->devices[QStringLiteral("mover-device")].twin = QJsonObject{{QStringLiteral("tags"), QJsonObject{{QStringLiteral("stage"), QStringLiteral("lived")}}}};
        created.iotHubHostName = QStringLiteral("localhost:41002");
        QVERIFY(store().putEnrollment(created, QStringLiteral("*")).ok());
        const auto moved = store().registerDevice(QStringLiteral("mover"), EnrollmentRef{true, -1});
        QVERIFY(moved.ok());
        const DeviceRegistrationState state = *moved.value->registrationState;
        QCOMPARE(int(*state.substatus), substatus);
        QCOMPARE(state.deviceId, std::optional(QStringLiteral("mover-device")));
        if (!updateHub) {
            QCOMPARE(state.assignedHub, std::optional(QStringLiteral("localhost:41001")));
            QVERIFY(m_hubA->devices.contains(QStringLiteral("mover-device")));
            QVERIFY(m_hubB->devices.isEmpty());
            return;
        }
        QCOMPARE(state.assignedHub, std::optional(QStringLiteral("localhost:41002")));
        QVERIFY2(!m_hubA->devices.contains(QStringLiteral("mover-device")), "the old hub must let the device go");
        const QString stage = m_hubB->devices[QStringLiteral("mover-device")].twin.value(QLatin1StringView("tags")).toObject()
                                  .value(QLatin1StringView("stage")).toString();
        QCOMPARE(stage, migrate ? QStringLiteral("lived") : QStringLiteral("initial"));
    }

    void disabledEnrollmentDoesNotAssign()
    {
        IndividualEnrollment e = symmetricEnrollment(QStringLiteral("off"));
        e.provisioningStatus = ProvisioningStatus::Disabled;
        QVERIFY(store().putEnrollment(e, {}).ok());
        const auto outcome = store().registerDevice(QStringLiteral("off"), EnrollmentRef{true, -1});
        QVERIFY(outcome.ok());
        QCOMPARE(outcome.value->status, std::optional(RegistrationStatus::Disabled));
        QCOMPARE(m_hubA->assignCalls + m_hubB->assignCalls, 0);
        QVERIFY(!outcome.value->registrationState->assignedHub);
    }

    void deletingEnrollmentDeletesItsRegistration()
    {
        QVERIFY(store().putEnrollment(symmetricEnrollment(QStringLiteral("gone")), {}).ok());
        QVERIFY(store().registerDevice(QStringLiteral("gone"), EnrollmentRef{true, -1}).ok());
        QVERIFY(store().enrollment(QStringLiteral("gone")).value->registrationState);
        const QString etag = *store().registrationState(QStringLiteral("gone")).value->etag;
        QCOMPARE(store().deleteRegistrationState(QStringLiteral("gone"), QStringLiteral("AAAAAAAAAAE=")).httpStatus(), 412);
        QVERIFY(store().registrationState(QStringLiteral("gone")).ok());
        QVERIFY(!store().deleteEnrollment(QStringLiteral("gone"), {}));
        QCOMPARE(store().registrationState(QStringLiteral("gone")).error.code(), ErrorCodes::DpsDeviceRegistrationNotFound);
        QCOMPARE(store().registrationCount(), 0);
        Q_UNUSED(etag);
    }

    void hashedGroupSpreadsOverBothHubs()
    {
        QVERIFY(store().putEnrollmentGroup(symmetricGroup(QStringLiteral("spread")), {}).ok());
        const EnrollmentRef ref = *store().groupRef(QStringLiteral("spread"));
        for (int i = 0; i < 400; ++i)
            QVERIFY(!store().registerWithoutResult(QStringLiteral("spread-%1").arg(i), ref));
        QVERIFY(m_hubA->devices.size() > 150 && m_hubB->devices.size() > 150);
        QCOMPARE(m_hubA->devices.size() + m_hubB->devices.size(), 400);
    }

    void geoLatencyGroupLandsInTheDpsRegion()
    {
        EnrollmentGroup group = symmetricGroup(QStringLiteral("geo"));
        group.allocationPolicy = AllocationPolicy::GeoLatency;
        QVERIFY(store().putEnrollmentGroup(group, {}).ok());
        const EnrollmentRef ref = *store().groupRef(QStringLiteral("geo"));
        for (int i = 0; i < 50; ++i)
            QVERIFY(!store().registerWithoutResult(QStringLiteral("geo-%1").arg(i), ref));
        QCOMPARE(m_hubA->devices.size(), 50); // hub A is in westeurope, as the DPS instance
    }

    void registrationWithoutHubsFails()
    {
        DpsStore lonely(QStringLiteral("dps-lonely"), Scope, QStringLiteral("westeurope"), {});
        QVERIFY(lonely.putEnrollmentGroup(symmetricGroup(QStringLiteral("nowhere")), {}).ok());
        const auto outcome = lonely.registerDevice(QStringLiteral("stray"), *lonely.groupRef(QStringLiteral("nowhere")));
        QVERIFY(outcome.ok());
        QCOMPARE(outcome.value->status, std::optional(RegistrationStatus::Failed));
        QVERIFY(outcome.value->registrationState->errorCode.value_or(0) != 0);
        QVERIFY(outcome.value->registrationState->errorMessage->contains(QLatin1StringView("no IoT hub")));
        QVERIFY(!outcome.value->registrationState->assignedHub);
    }

    void registrationCreatesIdentityOnRealHub()
    {
        HubRegistry hub(QStringLiteral("localhost:43001"));
        DpsStore dps(QStringLiteral("dps-real"), Scope, QStringLiteral("westeurope"), {{&hub, QStringLiteral("westeurope")}});
        EnrollmentGroup group = symmetricGroup(QStringLiteral("real"));
        InitialTwin twin;
        twin.tags = QJsonObject{{QStringLiteral("tenant"), QStringLiteral("fabrikam")}};
        twin.properties = TwinProperties{QJsonObject{{QStringLiteral("interval"), 10}}, std::nullopt};
        group.initialTwin = twin;
        QVERIFY(dps.putEnrollmentGroup(group, {}).ok());
        const QString id = QStringLiteral("real-device-1");
        const QString key = SharedAccessSignature::deriveDeviceKey(GroupKey, id);
        const auto ref = dps.authenticateDevice(id, token(id, key));
        QVERIFY(ref.ok());
        QVERIFY(dps.registerDevice(id, *ref.value).ok());
        const std::optional<DeviceIdentity> device = hub.device(id);
        QVERIFY(device);
        QCOMPARE(device->status, std::optional(DeviceStatus::Enabled));
        QCOMPARE(device->authentication->symmetricKey->primaryKey, std::optional(key));
        const QJsonObject hubTwin = *hub.twin(id);
        QCOMPARE(hubTwin.value(QLatin1StringView("tags")).toObject().value(QLatin1StringView("tenant")).toString(), QStringLiteral("fabrikam"));
        QCOMPARE(hubTwin.value(QLatin1StringView("properties")).toObject().value(QLatin1StringView("desired")).toObject()
                     .value(QLatin1StringView("interval")).toInt(), 10);
    }
};

QTEST_GUILESS_MAIN(TestDpsStoreRegistrations)
#include "tst_dpsstoreregistrations.moc"
