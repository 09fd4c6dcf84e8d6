// DpsStore: enrollments, groups, bulk, paging and persistence (registration is in
// tst_dpsstoreregistrations.cpp).
#include "DpsStoreFixture.h"


#include <QBuffer>
#include <QTest>

#include <memory>

using namespace StampDeck::Emulator;
using namespace StampDeck::Azure;

class TestDpsStore : public QObject, protected DpsStoreFixture
{
    Q_OBJECT

private slots:
    void init() { resetStore(); }

    void enrollmentCreateGeneratesKeysAndFillsDefaults()
    {
        const auto created = store().putEnrollment(symmetricEnrollment(QStringLiteral("Dev-1")), {});
        QVERIFY2(created.ok(), qPrintable(created.error.message()));
        QVERIFY(created.created);
        const IndividualEnrollment &e = *created.value;
        QVERIFY(e.etag && !e.etag->isEmpty());
        QCOMPARE(SharedAccessSignature::decodeKey(*e.attestation.symmetricKey->primaryKey)->size(), 64);
        QCOMPARE(SharedAccessSignature::decodeKey(*e.attestation.symmetricKey->secondaryKey)->size(), 64);
        QVERIFY(*e.attestation.symmetricKey->primaryKey != *e.attestation.symmetricKey->secondaryKey);
        QCOMPARE(e.provisioningStatus, std::optional(ProvisioningStatus::Enabled));
        QCOMPARE(e.reprovisionPolicy->updateHubAssignment, std::optional(true));
        QCOMPARE(e.reprovisionPolicy->migrateDeviceData, std::optional(true));
        QVERIFY(e.createdDateTimeUtc && e.lastUpdatedDateTimeUtc);
        // IDs are case-insensitive.
        QCOMPARE(store().enrollment(QStringLiteral("dev-1")).value->etag, e.etag);
    }

    void enrollmentPutPreconditions()
    {
        const IndividualEnrollment first = *store().putEnrollment(symmetricEnrollment(QStringLiteral("dev-2")), {}).value;
        // Without If-Match an existing enrollment is a conflict.
        const auto conflict = store().putEnrollment(first, {});
        QCOMPARE(conflict.error.httpStatus(), 409);
        QCOMPARE(conflict.error.code(), ErrorCodes::DpsEnrollmentConflict);
        // A stale etag is refused and changes nothing.
        IndividualEnrollment changed = first;
        changed.provisioningStatus = ProvisioningStatus::Disabled;
        QCOMPARE(store().putEnrollment(changed, QStringLiteral("stale")).error.httpStatus(), 412);
        QVERIFY(store().enrollment(QStringLiteral("dev-2")).value->isEnabled());
        // The current etag replaces; keys left out are kept, the etag changes.
        changed.attestation = AttestationMechanism::symmetric();
        const auto replaced = store().putEnrollment(changed, *first.etag);
        QVERIFY2(replaced.ok(), qPrintable(replaced.error.message()));
        QVERIFY(!replaced.created);
        QVERIFY(!replaced.value->isEnabled());
        QVERIFY(replaced.value->etag != first.etag);
        QCOMPARE(replaced.value->attestation.symmetricKey, first.attestation.symmetricKey);
        QCOMPARE(replaced.value->createdDateTimeUtc, first.createdDateTimeUtc);
        // "*" matches any version; a specific etag cannot create.
        QVERIFY(store().putEnrollment(changed, QStringLiteral("*")).ok());
        QCOMPARE(store().putEnrollment(symmetricEnrollment(QStringLiteral("dev-new")), *first.etag).error.httpStatus(), 412);
        QVERIFY(store().putEnrollment(symmetricEnrollment(QStringLiteral("dev-star")), QStringLiteral("*")).ok());
    }

    void enrollmentValidation_data()
    {
        QTest::addColumn<QString>("field");
        QTest::addRow("illegal id") << QStringLiteral("id");
        QTest::addRow("unlinked hub") << QStringLiteral("iotHubs");
        QTest::addRow("custom allocation") << QStringLiteral("custom");
        QTest::addRow("static over two hubs") << QStringLiteral("static");
        QTest::addRow("reported in initial twin") << QStringLiteral("reported");
        QTest::addRow("short key") << QStringLiteral("key");
        QTest::addRow("bad device id") << QStringLiteral("deviceId");
    }
    void enrollmentValidation()
    {
        QFETCH(QString, field);
        IndividualEnrollment e = symmetricEnrollment(QStringLiteral("valid-id"));
        if (field == u"id")
            e.registrationId = QStringLiteral("bad/id");
        else if (field == u"iotHubs")
            e.iotHubs = QStringList{QStringLiteral("localhost:41001"), QStringLiteral("elsewhere:1")};
        else if (field == u"custom")
            e.allocationPolicy = AllocationPolicy::Custom;
        else if (field == u"static") {
            e.allocationPolicy = AllocationPolicy::Static;
            e.iotHubs = QStringList{QStringLiteral("localhost:41001"), QStringLiteral("localhost:41002")};
        } else if (field == u"reported") {
            InitialTwin twin;
            twin.properties = TwinProperties{std::nullopt, QJsonObject{{QStringLiteral("a"), 1}}};
            e.initialTwin = twin;
        } else if (field == u"key") {
            e.attestation = AttestationMechanism::symmetric(QStringLiteral("c2hvcnQ="), QString());
        } else if (field == u"deviceId") {
            e.deviceId = QStringLiteral("no spaces allowed");
        }
        const auto outcome = store().putEnrollment(e, {});
        QCOMPARE(outcome.error.httpStatus(), 400);
        QVERIFY(!outcome.error.message().isEmpty());
        QCOMPARE(store().enrollmentCount(), 0);
    }

    void enrollmentDeleteAndPaging()
    {
        for (int i = 0; i < 25; ++i)
            QVERIFY(store().putEnrollment(symmetricEnrollment(QStringLiteral("page-%1").arg(i, 2, 10, QLatin1Char('0'))), {}).ok());
        qsizetype cursor = 0;
        QList<IndividualEnrollment> first = store().enrollmentPage(&cursor, 10);
        QCOMPARE(first.size(), 10);
        QVERIFY(cursor > 0);
        // Deleting a record already returned and one not yet returned keeps the cursor valid.
        const IndividualEnrollment doomed = *store().enrollment(QStringLiteral("page-15")).value;
        QCOMPARE(store().deleteEnrollment(QStringLiteral("page-15"), QStringLiteral("stale")).httpStatus(), 412);
        QVERIFY(!store().deleteEnrollment(QStringLiteral("page-15"), *doomed.etag));
        QVERIFY(!store().deleteEnrollment(QStringLiteral("page-03"), {}));
        QCOMPARE(store().enrollment(QStringLiteral("page-15")).error.code(), ErrorCodes::DpsEnrollmentNotFound);
        QList<IndividualEnrollment> rest;
        while (cursor >= 0)
            rest += store().enrollmentPage(&cursor, 10);
        QCOMPARE(rest.size(), 14);
        QCOMPARE(rest.first().registrationId, QStringLiteral("page-10"));
        QCOMPARE(rest.last().registrationId, QStringLiteral("page-24"));
        // A full last page ends the paging (no empty extra page).
        cursor = 0;
        QCOMPARE(store().enrollmentPage(&cursor, 23).size(), 23);
        QCOMPARE(cursor, qsizetype(-1));
    }

    void bulkOperation()
    {
        QList<DpsStore::BulkItem> items;
        for (int i = 0; i < 3; ++i)
            items.append({QStringLiteral("bulk-%1").arg(i), {}, symmetricEnrollment(QStringLiteral("bulk-%1").arg(i)), {}});
        auto created = store().runBulkOperation(BulkEnrollmentMode::Create, false, items);
        QVERIFY(created.ok());
        QVERIFY(created.value->isSuccessful);
        // Creating again: one error per item, nothing stops.
        created = store().runBulkOperation(BulkEnrollmentMode::Create, false, items.mid(0, 2));
        QVERIFY(!created.value->isSuccessful);
        QCOMPARE(created.value->errors.size(), 2);
        QCOMPARE(created.value->errors.first().registrationId, std::optional(QStringLiteral("bulk-0")));
        QCOMPARE(created.value->errors.first().errorCode, ErrorCodes::DpsEnrollmentConflict);
        // Update ignores etags; updateIfMatchETag checks them.
        items[0].enrollment->provisioningStatus = ProvisioningStatus::Disabled;
        QVERIFY(store().runBulkOperation(BulkEnrollmentMode::Update, false, items.mid(0, 1)).value->isSuccessful);
        QVERIFY(!store().enrollment(QStringLiteral("bulk-0")).value->isEnabled());
        DpsStore::BulkItem stale = items[1];
        stale.etag = QStringLiteral("stale");
        QVERIFY(!store().runBulkOperation(BulkEnrollmentMode::UpdateIfMatchETag, false, {stale}).value->isSuccessful);
        stale.etag = *store().enrollment(QStringLiteral("bulk-1")).value->etag;
        QVERIFY(store().runBulkOperation(BulkEnrollmentMode::UpdateIfMatchETag, false, {stale}).value->isSuccessful);
        // Delete needs only IDs.
        const QList<DpsStore::BulkItem> deletes{{QStringLiteral("bulk-0"), {}, {}, {}}, {QStringLiteral("bulk-2"), {}, {}, {}}};
        QVERIFY(store().runBulkOperation(BulkEnrollmentMode::Delete, false, deletes).value->isSuccessful);
        QCOMPARE(store().enrollmentCount(), 1);
        // Over 10 items, or an ID twice: 400 and nothing changes.
        QList<DpsStore::BulkItem> eleven;
        for (int i = 0; i < 11; ++i)
            eleven.append({QStringLiteral("x-%1").arg(i), {}, symmetricEnrollment(QStringLiteral("x-%1").arg(i)), {}});
        const auto tooMany = store().runBulkOperation(BulkEnrollmentMode::Create, false, eleven);
        QCOMPARE(tooMany.error.httpStatus(), 400);
        QCOMPARE(tooMany.error.code(), ErrorCodes::DpsTooManyEnrollments);
        const auto twice = store().runBulkOperation(BulkEnrollmentMode::Create, false, {eleven[0], eleven[0]});
        QCOMPARE(twice.error.code(), ErrorCodes::DpsRegistrationIdDefinedMultipleTimes);
        QCOMPARE(store().enrollmentCount(), 1);
    }

    void saveAndLoad()
    {
        EnrollmentGroup group = symmetricGroup(QStringLiteral("kept"));
        group.iotHubs = QStringList{QStringLiteral("localhost:41002")};
        QVERIFY(store().putEnrollmentGroup(group, {}).ok());
        IndividualEnrollment e = symmetricEnrollment(QStringLiteral("solo"));
        e.deviceId = QStringLiteral("solo-device");
        const IndividualEnrollment solo = *store().putEnrollment(e, {}).value;
        QVERIFY(store().putEnrollment(symmetricEnrollment(QStringLiteral("tomb")), {}).ok());
        QVERIFY(!store().deleteEnrollment(QStringLiteral("tomb"), {}));
        const EnrollmentRef ref = *store().groupRef(QStringLiteral("kept"));
        for (int i = 0; i < 20; ++i)
            QVERIFY(!store().registerWithoutResult(QStringLiteral("kept-%1").arg(i), ref));
        QVERIFY(store().registerDevice(QStringLiteral("solo"), EnrollmentRef{true, -1}).ok());
        QVERIFY(!store().deleteRegistrationState(QStringLiteral("kept-3"), {}));
        const DeviceRegistrationState before = *store().registrationState(QStringLiteral("solo")).value;

        QByteArray bytes;
        {
            QBuffer buffer(&bytes);
            buffer.open(QIODevice::WriteOnly);
            QDataStream out(&buffer);
            store().save(out);
        }
        // The next run: same hubs, new ports.
        FakeProvisioningTarget hubA(QStringLiteral("localhost:42001"));
        FakeProvisioningTarget hubB(QStringLiteral("localhost:42002"));
        DpsStore restored(QStringLiteral("dps-test"), Scope, QStringLiteral("westeurope"),
                          {{&hubA, QStringLiteral("westeurope")}, {&hubB, QStringLiteral("eastus")}});
        QDataStream in(bytes);
        QString error;
        QVERIFY2(restored.load(in, &error), qPrintable(error));
        QCOMPARE(restored.enrollmentCount(), 1);
        QCOMPARE(restored.enrollmentGroupCount(), 1);
        QCOMPARE(restored.registrationCount(), 20);
        QCOMPARE(restored.enrollment(QStringLiteral("solo")).value->attestation, solo.attestation);
        QCOMPARE(restored.enrollment(QStringLiteral("solo")).value->etag, solo.etag);
        QCOMPARE(restored.enrollmentGroup(QStringLiteral("kept")).value->iotHubs, std::optional(QStringList{QStringLiteral("localhost:42002")}));
        const DeviceRegistrationState after = *restored.registrationState(QStringLiteral("solo")).value;
        QCOMPARE(after.etag, before.etag);
        QCOMPARE(after.deviceId, std::optional(QStringLiteral("solo-device")));
        QCOMPARE(after.assignedHub, std::optional(restored.linkedHubHostName(store().linkedHubIndex(*before.assignedHub))));
        QCOMPARE(after.createdDateTimeUtc, before.createdDateTimeUtc);
        QVERIFY(!restored.registrationState(QStringLiteral("kept-3")).ok());
        // Derived keys still authenticate; new writes get fresh etags.
        const QString id = QStringLiteral("kept-5");
        QVERIFY(restored.authenticateDevice(id, token(id, SharedAccessSignature::deriveDeviceKey(GroupKey, id))).ok());
        const auto again = restored.registerDevice(id, *restored.groupRef(QStringLiteral("kept")));
        QCOMPARE(again.value->registrationState->substatus, std::optional(RegistrationSubstatus::ReprovisionedToInitialAssignment));
        QVERIFY(again.value->registrationState->etag != before.etag);
        // A damaged block is refused and leaves the store empty.
        QByteArray damaged = bytes.left(bytes.size() / 2);
        QDataStream truncated(damaged);
        QVERIFY(!restored.load(truncated, &error));
        QVERIFY(!error.isEmpty());
        QCOMPARE(restored.registrationCount(), 0);
    }

};

QTEST_GUILESS_MAIN(TestDpsStore)
#include "tst_dpsstore.moc"
