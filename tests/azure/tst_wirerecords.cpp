#include "BulkEnrollmentOperation.h"
#include "BulkEnrollmentOperationResult.h"
#include "BulkRegistryOperationResult.h"
#include "DeviceIdentity.h"
#include "DeviceRegistration.h"
#include "DirectMethodRequest.h"
#include "DirectMethodResult.h"
#include "EnrollmentGroup.h"
#include "ExportImportDevice.h"
#include "IndividualEnrollment.h"
#include "QuerySpecification.h"
#include "RegistrationOperationStatus.h"
#include "RegistryStatistics.h"
#include "ServiceStatistics.h"
#include "Twin.h"

#include <QFile>
#include <QJsonDocument>
#include <QTest>

#include <functional>

using namespace StampDeck::Azure;

namespace {

using RoundTrip = std::function<std::optional<QJsonObject>(const QJsonObject &, QString *, JsonParseMode)>;

template<typename T>
RoundTrip roundTripOf()
{
    return [](const QJsonObject &json, QString *error, JsonParseMode mode) -> std::optional<QJsonObject> {
        const std::optional<T> value = T::fromJson(json, error, mode);
        if (!value)
            return std::nullopt;
        return value->toJson();
    };
}

RoundTrip roundTripByName(const QString &type)
{
    static const QHash<QString, RoundTrip> types{
        {QStringLiteral("DeviceIdentity"), roundTripOf<DeviceIdentity>()},
        {QStringLiteral("ExportImportDevice"), roundTripOf<ExportImportDevice>()},
        {QStringLiteral("BulkRegistryOperationResult"), roundTripOf<BulkRegistryOperationResult>()},
        {QStringLiteral("Twin"), roundTripOf<Twin>()},
        {QStringLiteral("IndividualEnrollment"), roundTripOf<IndividualEnrollment>()},
        {QStringLiteral("EnrollmentGroup"), roundTripOf<EnrollmentGroup>()},
        {QStringLiteral("BulkEnrollmentOperation"), roundTripOf<BulkEnrollmentOperation>()},
        {QStringLiteral("BulkEnrollmentOperationResult"), roundTripOf<BulkEnrollmentOperationResult>()},
        {QStringLiteral("DeviceRegistrationState"), roundTripOf<DeviceRegistrationState>()},
        {QStringLiteral("RegistrationOperationStatus"), roundTripOf<RegistrationOperationStatus>()},
        {QStringLiteral("DeviceRegistration"), roundTripOf<DeviceRegistration>()},
    };
    return types.value(type);
}

QJsonValue readData(const QString &file)
{
    QFile f(QStringLiteral(STAMPDECK_AZURE_TEST_DATA "/") + file);
    if (!f.open(QIODevice::ReadOnly))
        return QJsonValue::Undefined;
    const QJsonDocument document = QJsonDocument::fromJson(f.readAll());
    return document.isArray() ? QJsonValue(document.array()) : QJsonValue(document.object());
}

// "responses/200/body" inside the example file.
QJsonValue valueAt(QJsonValue value, const QString &path)
{
    for (const QString &key : path.split(u'/', Qt::SkipEmptyParts))
        value = value.toObject().value(key);
    return value;
}

// The records drop nulls (absent and null mean the same); so does the comparison.
QJsonValue withoutNulls(const QJsonValue &value)
{
    if (value.isObject()) {
        QJsonObject result;
        const QJsonObject object = value.toObject();
        for (auto it = object.begin(); it != object.end(); ++it) {
            if (!it.value().isNull())
                result.insert(it.key(), withoutNulls(it.value()));
        }
        return result;
    }
    if (value.isArray()) {
        QJsonArray result;
        for (const QJsonValue &item : value.toArray())
            result.append(withoutNulls(item));
        return result;
    }
    return value;
}

QJsonObject object(const char *json)
{
    return QJsonDocument::fromJson(QByteArray(json)).object();
}

} // namespace

class TestWireRecords : public QObject
{
    Q_OBJECT

private slots:
    // Every example parses strictly (no unknown field) and writes back to the same JSON.
    void roundTrip_data()
    {
        QTest::addColumn<QString>("file");
        QTest::addColumn<QString>("path");
        QTest::addColumn<QString>("type");
        const QString dps = QStringLiteral("dps-swagger-2021-10-01/");
        QTest::addRow("enrollment PUT request") << dps + QStringLiteral("IndividualEnrollment_CreateOrUpdate_MaximumSet_Gen.json")
                                                << QStringLiteral("parameters/enrollment") << QStringLiteral("IndividualEnrollment");
        QTest::addRow("enrollment PUT response") << dps + QStringLiteral("IndividualEnrollment_CreateOrUpdate_MaximumSet_Gen.json")
                                                 << QStringLiteral("responses/200/enrollment") << QStringLiteral("IndividualEnrollment");
        QTest::addRow("group PUT request") << dps + QStringLiteral("EnrollmentGroup_CreateOrUpdate_MinimumSet_Gen.json")
                                           << QStringLiteral("parameters/body") << QStringLiteral("EnrollmentGroup");
        QTest::addRow("group PUT response") << dps + QStringLiteral("EnrollmentGroup_CreateOrUpdate_MinimumSet_Gen.json")
                                            << QStringLiteral("responses/200/body") << QStringLiteral("EnrollmentGroup");
        QTest::addRow("registration state") << dps + QStringLiteral("DeviceRegistrationState_Get_MaximumSet_Gen.json")
                                            << QStringLiteral("responses/200/body") << QStringLiteral("DeviceRegistrationState");
        QTest::addRow("bulk groups request") << dps + QStringLiteral("EnrollmentGroup_RunBulkOperation_MinimumSet_Gen.json")
                                             << QStringLiteral("parameters/body") << QStringLiteral("BulkEnrollmentOperation");
        QTest::addRow("bulk groups result") << dps + QStringLiteral("EnrollmentGroup_RunBulkOperation_MinimumSet_Gen.json")
                                            << QStringLiteral("responses/200/body") << QStringLiteral("BulkEnrollmentOperationResult");
        QTest::addRow("bulk enrollments request") << dps + QStringLiteral("IndividualEnrollment_RunBulkOperation_MinimumSet_Gen.json")
                                                  << QStringLiteral("parameters/bulkOperation") << QStringLiteral("BulkEnrollmentOperation");
        QTest::addRow("bulk enrollments result") << dps + QStringLiteral("IndividualEnrollment_RunBulkOperation_MinimumSet_Gen.json")
                                                 << QStringLiteral("responses/200/body") << QStringLiteral("BulkEnrollmentOperationResult");
        QTest::addRow("device register request") << dps + QStringLiteral("RuntimeRegistration_RegisterDevice_MaximumSet_Gen.json")
                                                 << QStringLiteral("parameters/body") << QStringLiteral("DeviceRegistration");
        QTest::addRow("device register response") << dps + QStringLiteral("RuntimeRegistration_RegisterDevice_MaximumSet_Gen.json")
                                                  << QStringLiteral("responses/200/body") << QStringLiteral("RegistrationOperationStatus");
        const QString docs = QStringLiteral("docs-examples/dps-sym-key-https-exchange.json");
        QTest::addRow("docs register request") << docs << QStringLiteral("registerRequest") << QStringLiteral("DeviceRegistration");
        QTest::addRow("docs register 202") << docs << QStringLiteral("registerResponse202") << QStringLiteral("RegistrationOperationStatus");
        QTest::addRow("docs operation 200") << docs << QStringLiteral("operationStatusResponse200") << QStringLiteral("RegistrationOperationStatus");
        QTest::addRow("bulk result with errors") << docs << QStringLiteral("bulkEnrollmentResultWithErrors")
                                                 << QStringLiteral("BulkEnrollmentOperationResult");
        QTest::addRow("hub device response") << QStringLiteral("hub-examples/device-identity-response.json") << QString()
                                             << QStringLiteral("DeviceIdentity");
        QTest::addRow("hub bulk result") << QStringLiteral("hub-examples/bulk-result.json") << QString()
                                         << QStringLiteral("BulkRegistryOperationResult");
        QTest::addRow("hub twin query row") << QStringLiteral("hub-examples/twin-query-row.json") << QString() << QStringLiteral("Twin");
    }
    void roundTrip()
    {
        QFETCH(QString, file);
        QFETCH(QString, path);
        QFETCH(QString, type);
        const QJsonValue root = readData(file);
        QVERIFY2(!root.isUndefined(), qPrintable(file));
        const QJsonValue input = valueAt(root, path);
        QVERIFY2(input.isObject(), qPrintable(path));
        const RoundTrip roundTrip = roundTripByName(type);
        QVERIFY(roundTrip);
        QString error;
        const std::optional<QJsonObject> output = roundTrip(input.toObject(), &error, JsonParseMode::Strict);
        QVERIFY2(output, qPrintable(error));
        const QJsonValue expected = withoutNulls(input);
        if (QJsonValue(*output) != expected) {
            qWarning().noquote() << "expected" << QJsonDocument(expected.toObject()).toJson(QJsonDocument::Compact);
            qWarning().noquote() << "got     " << QJsonDocument(*output).toJson(QJsonDocument::Compact);
        }
        QCOMPARE(QJsonValue(*output), expected);
    }

    void docsExchangeValues()
    {
        const QJsonValue root = readData(QStringLiteral("docs-examples/dps-sym-key-https-exchange.json"));
        const auto status = RegistrationOperationStatus::fromJson(valueAt(root, QStringLiteral("operationStatusResponse200")).toObject());
        QVERIFY(status);
        QCOMPARE(status->status, RegistrationStatus::Assigned);
        QVERIFY(status->registrationState);
        const DeviceRegistrationState &state = *status->registrationState;
        QCOMPARE(state.assignedHub.value_or(QString()), QStringLiteral("MyExampleHub.azure-devices.net"));
        QCOMPARE(state.substatus, RegistrationSubstatus::InitialAssignment);
        QCOMPARE(state.createdDateTimeUtc->toString(), QStringLiteral("2022-08-31T22:02:50.5163352Z"));
        QVERIFY(*state.createdDateTimeUtc < *state.lastUpdatedDateTimeUtc);
    }

    // The deprecated Node Device class: nulls, lower-case connectionState, a string count and a
    // capitalised SymmetricKey copy. Strict parsing must accept it.
    void nodeDeviceClass()
    {
        QString error;
        const auto device = DeviceIdentity::fromJson(readData(QStringLiteral("hub-examples/node-device-class.json")).toObject(), &error);
        QVERIFY2(device, qPrintable(error));
        QCOMPARE(device->deviceId, QStringLiteral("sensor-thl-001"));
        QCOMPARE(device->connectionState, ConnectionState::Disconnected);
        QCOMPARE(device->cloudToDeviceMessageCount, 0);
        QVERIFY(device->isEnabled());
        QVERIFY(!device->etag);
        QVERIFY(device->authentication && device->authentication->symmetricKey);
        QVERIFY(!device->authentication->symmetricKey->primaryKey);
        const QJsonObject written = device->toJson();
        QCOMPARE(written.value(QLatin1StringView("connectionState")).toString(), QStringLiteral("Disconnected"));
        QVERIFY(!written.value(QLatin1StringView("authentication")).toObject().contains(QLatin1StringView("SymmetricKey")));
    }

    // What azure-iothub 1.16.6 sends to POST /devices (SDK_REQUESTS.md §5) and more.
    void nodeBulkItems()
    {
        const QJsonArray items = readData(QStringLiteral("hub-examples/bulk-request-node-update.json")).toArray();
        QCOMPARE(items.size(), 3);
        QString error;
        const auto first = ExportImportDevice::fromJson(items.at(0).toObject(), &error);
        QVERIFY2(first, qPrintable(error));
        QCOMPARE(first->id, QStringLiteral("x"));
        QCOMPARE(first->eTag, QStringLiteral("e")); // lower-case etag accepted as eTag
        QCOMPARE(first->importMode, ImportMode::UpdateIfMatchETag);
        QCOMPARE(first->toJson().value(QLatin1StringView("eTag")).toString(), QStringLiteral("e"));
        QCOMPARE(first->toJson().value(QLatin1StringView("importMode")).toString(), QStringLiteral("updateIfMatchETag"));
        const auto second = ExportImportDevice::fromJson(items.at(1).toObject(), &error);
        QVERIFY2(second, qPrintable(error));
        QCOMPARE(second->importMode, ImportMode::Create);
        QCOMPARE(second->authentication->symmetricKey->primaryKey, QString(QLatin1StringView("")));
        const auto third = ExportImportDevice::fromJson(items.at(2).toObject(), &error);
        QVERIFY2(third, qPrintable(error));
        QCOMPARE(third->importMode, ImportMode::Delete);
        QCOMPARE(third->status, DeviceStatus::Disabled);
    }

    void bulkErrorCodes()
    {
        const auto result = BulkRegistryOperationResult::fromJson(readData(QStringLiteral("hub-examples/bulk-result.json")).toObject());
        QVERIFY(result);
        QVERIFY(!result->isSuccessful);
        QCOMPARE(result->errors.size(), 2);
        QCOMPARE(result->errors[0].errorCode, 404001);
        QCOMPARE(result->errors[0].errorCodeName, QStringLiteral("DeviceNotFound"));
        QCOMPARE(result->errors[1].errorCode, 409001); // from the name
        QCOMPARE(result->errors[1].errorCodeName, QStringLiteral("DeviceAlreadyExists"));
        QCOMPARE(result->warnings.size(), 1);
        const DeviceRegistryOperationError made = DeviceRegistryOperationError::make(QStringLiteral("d"), 409001, QStringLiteral("exists"));
        QCOMPARE(made.toJson(), object(R"({"deviceId":"d","errorCode":409001,"errorStatus":"exists"})"));
    }

    void bulkEnrollmentLimits()
    {
        BulkEnrollmentOperation operation;
        operation.mode = BulkEnrollmentMode::Update;
        QList<IndividualEnrollment> items;
        for (int i = 0; i < 11; ++i) {
            IndividualEnrollment enrollment;
            enrollment.registrationId = QStringLiteral("r%1").arg(i);
            enrollment.attestation = AttestationMechanism::symmetric();
            items.append(enrollment);
        }
        operation.enrollments = items;
        QString error;
        QVERIFY(!operation.validate(&error));
        QCOMPARE(error, QStringLiteral("a bulk operation takes at most 10 enrollments; this one has 11"));
        operation.enrollments->removeLast();
        QVERIFY(operation.validate());
        QCOMPARE(operation.itemCount(), 10);
        // And it survives JSON.
        const auto parsed = BulkEnrollmentOperation::fromJson(operation.toJson(), &error);
        QVERIFY2(parsed, qPrintable(error));
        QCOMPARE(*parsed, operation);
        QCOMPARE(parsed->toJson().value(QLatin1StringView("mode")).toString(), QStringLiteral("update"));
        QCOMPARE(parsed->enrollments->first().attestation.toJson(),
                 object(R"({"type":"symmetricKey","symmetricKey":{"primaryKey":"","secondaryKey":""}})"));
        BulkEnrollmentOperation empty;
        empty.enrollmentGroups = QList<EnrollmentGroup>();
        QVERIFY(!empty.validate(&error));
        QVERIFY(error.contains(QStringLiteral("enrollmentGroups")));
    }

    void directMethods()
    {
        QString error;
        const auto request = DirectMethodRequest::fromJson(
            object(R"({"methodName":"DeviceMove","payload":null,"responseTimeoutInSeconds":30,"connectTimeoutInSeconds":0})"), &error);
        QVERIFY2(request, qPrintable(error));
        QVERIFY(request->payload && request->payload->isNull()); // an explicit null payload is kept
        QCOMPARE(request->toJson().value(QLatin1StringView("payload")), QJsonValue(QJsonValue::Null));
        QCOMPARE(request->responseTimeoutInSeconds, 30);
        QVERIFY(!DirectMethodRequest::fromJson(object(R"({"payload":1})"), &error));
        QVERIFY(error.contains(QStringLiteral("'methodName' is required")));
        QVERIFY(!DirectMethodRequest::fromJson(object(R"({"methodName":"m","connectTimeoutInSeconds":-1})"), &error));
        QVERIFY(error.contains(QStringLiteral("must not be negative")));
        const auto result = DirectMethodResult::fromJson(object(R"({"status":200,"payload":{"moved":true}})"));
        QVERIFY(result);
        QCOMPARE(result->status, 200);
        QCOMPARE(result->payload->toObject().value(QLatin1StringView("moved")).toBool(), true);
        QCOMPARE(result->toJson(), object(R"({"status":200,"payload":{"moved":true}})"));
    }

    void statisticsAndQuery()
    {
        const auto registry = RegistryStatistics::fromJson(object(R"({"totalDeviceCount":1000000,"enabledDeviceCount":999990,"disabledDeviceCount":10})"));
        QVERIFY(registry);
        QCOMPARE(registry->totalDeviceCount, 1000000);
        QCOMPARE(registry->disabledDeviceCount, 10);
        QCOMPARE(registry->toJson(), object(R"({"totalDeviceCount":1000000,"enabledDeviceCount":999990,"disabledDeviceCount":10})"));
        const auto service = ServiceStatistics::fromJson(object(R"({"connectedDeviceCount":42})"));
        QCOMPARE(service->connectedDeviceCount, 42);
        const auto query = QuerySpecification::fromJson(object(R"({"query":"SELECT COUNT() AS n FROM devices"})"));
        QCOMPARE(query->query, QStringLiteral("SELECT COUNT() AS n FROM devices"));
        QVERIFY(!QuerySpecification::fromJson(object(R"({})")));
    }

    void defaults()
    {
        ReprovisionPolicy policy;
        QVERIFY(policy.effectiveUpdateHubAssignment());
        QVERIFY(policy.effectiveMigrateDeviceData());
        policy.migrateDeviceData = false;
        QVERIFY(!policy.effectiveMigrateDeviceData());
        QCOMPARE(policy.toJson(), object(R"({"migrateDeviceData":false})"));
        IndividualEnrollment enrollment;
        QVERIFY(enrollment.isEnabled());
        enrollment.provisioningStatus = ProvisioningStatus::Disabled;
        QVERIFY(!enrollment.isEnabled());
        DeviceIdentity device;
        QVERIFY(device.isEnabled());
    }

    void nodeDpsEnrollment()
    {
        // What a caller of azure-iot-provisioning-service typically hands to createOrUpdateIndividualEnrollment.
        QString error;
        const QByteArray json = QByteArray(R"({"registrationId":"reg-1","deviceId":"dev-1",)")
            + QByteArray(R"("attestation":{"type":"symmetricKey","symmetricKey":{"primaryKey":"","secondaryKey":""}},)")
            + QByteArray(R"("provisioningStatus":"enabled","allocationPolicy":"static","iotHubs":["hub-eu-2.azure-devices.net"],)")
            + QByteArray(R"("iotHubHostName":"hub-eu-2.azure-devices.net",)")
            + QByteArray(R"("initialTwin":{"tags":{"stamp":"eu-2"},"properties":{"desired":{"x":1}}},)")
            + QByteArray(R"("reprovisionPolicy":{"updateHubAssignment":true,"migrateDeviceData":false},)")
            + QByteArray(R"("capabilities":{"iotEdge":false},"etag":"AAAAAAAAAAE="})");
        const auto enrollment = IndividualEnrollment::fromJson(object(json.constData()), &error);
        QVERIFY2(enrollment, qPrintable(error));
        QCOMPARE(enrollment->attestation.type, AttestationType::SymmetricKey);
        QCOMPARE(enrollment->allocationPolicy, AllocationPolicy::Static);
        QCOMPARE(enrollment->initialTwin->properties->desired->value(QLatin1StringView("x")).toInt(), 1);
        QCOMPARE(enrollment->etag, QStringLiteral("AAAAAAAAAAE="));
    }
};

QTEST_GUILESS_MAIN(TestWireRecords)
#include "tst_wirerecords.moc"
