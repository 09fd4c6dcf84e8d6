#include "BulkEnrollmentOperation.h"
#include "DeviceIdentity.h"
#include "DeviceRegistration.h"
#include "EnrollmentGroup.h"
#include "ExportImportDevice.h"
#include "IndividualEnrollment.h"
#include "RegistrationOperationStatus.h"
#include "Twin.h"

#include <QJsonDocument>
#include <QTest>

#include <functional>

using namespace StampDeck::Azure;

namespace {

using Parse = std::function<bool(const QJsonObject &, QString *, JsonParseMode)>;

template<typename T>
Parse parserOf()
{
    return [](const QJsonObject &json, QString *error, JsonParseMode mode) { return T::fromJson(json, error, mode).has_value(); };
}

Parse parserByName(const QString &type)
{
    static const QHash<QString, Parse> types{
        {QStringLiteral("DeviceIdentity"), parserOf<DeviceIdentity>()},
        {QStringLiteral("ExportImportDevice"), parserOf<ExportImportDevice>()},
        {QStringLiteral("Twin"), parserOf<Twin>()},
        {QStringLiteral("IndividualEnrollment"), parserOf<IndividualEnrollment>()},
        {QStringLiteral("EnrollmentGroup"), parserOf<EnrollmentGroup>()},
        {QStringLiteral("BulkEnrollmentOperation"), parserOf<BulkEnrollmentOperation>()},
        {QStringLiteral("DeviceRegistrationState"), parserOf<DeviceRegistrationState>()},
        {QStringLiteral("RegistrationOperationStatus"), parserOf<RegistrationOperationStatus>()},
        {QStringLiteral("DeviceRegistration"), parserOf<DeviceRegistration>()},
    };
    return types.value(type);
}

QJsonObject object(const char *json)
{
    return QJsonDocument::fromJson(QByteArray(json)).object();
}

} // namespace

// Parse errors of the wire records: each names the field (with its path) and what is wrong.
class TestWireParseErrors : public QObject
{
    Q_OBJECT

private slots:
    void strictErrors_data()
    {
        QTest::addColumn<QString>("type");
        QTest::addColumn<QByteArray>("json");
        QTest::addColumn<QString>("expected");
        QTest::addRow("bad enum") << QStringLiteral("DeviceIdentity") << QByteArray(R"({"deviceId":"d","status":"on"})")
                                  << QStringLiteral("field 'status' must be 'enabled' or 'disabled'");
        QTest::addRow("unknown field") << QStringLiteral("DeviceIdentity") << QByteArray(R"({"deviceId":"d","colour":"red"})")
                                       << QStringLiteral("unknown field 'colour'");
        QTest::addRow("nested enum") << QStringLiteral("DeviceIdentity") << QByteArray(R"({"deviceId":"d","authentication":{"type":"magic"}})")
                                     << QStringLiteral("authentication: field 'type' must be one of 'sas', 'selfSigned', 'certificateAuthority', 'none'");
        QTest::addRow("nested unknown") << QStringLiteral("DeviceIdentity") << QByteArray(R"({"deviceId":"d","capabilities":{"iotEdge":true,"gpu":1}})")
                                        << QStringLiteral("capabilities: unknown field 'gpu'");
        QTest::addRow("wrong type") << QStringLiteral("DeviceIdentity") << QByteArray(R"({"deviceId":5})")
                                    << QStringLiteral("field 'deviceId' must be a string, not a number");
        QTest::addRow("status reason too long") << QStringLiteral("DeviceIdentity")
                                                << (QByteArray(R"({"deviceId":"d","statusReason":")") + QByteArray(129, 'x') + QByteArray(R"("})"))
                                                << QStringLiteral("field 'statusReason' may have at most 128 characters");
        QTest::addRow("bad date") << QStringLiteral("DeviceIdentity") << QByteArray(R"({"deviceId":"d","lastActivityTime":"yesterday"})")
                                  << QStringLiteral("field 'lastActivityTime' must be an ISO 8601 date");
        QTest::addRow("bulk item without id") << QStringLiteral("ExportImportDevice") << QByteArray(R"({"importMode":"create"})")
                                              << QStringLiteral("field 'id' is required");
        QTest::addRow("bad import mode") << QStringLiteral("ExportImportDevice") << QByteArray(R"({"id":"d","importMode":"upsert"})")
                                         << QStringLiteral("field 'importMode' must be one of 'create', 'update'");
        QTest::addRow("enrollment without id") << QStringLiteral("IndividualEnrollment") << QByteArray(R"({"attestation":{"type":"symmetricKey"}})")
                                               << QStringLiteral("field 'registrationId' is required");
        QTest::addRow("enrollment without attestation") << QStringLiteral("IndividualEnrollment") << QByteArray(R"({"registrationId":"r"})")
                                                        << QStringLiteral("field 'attestation' is required");
        QTest::addRow("attestation without type") << QStringLiteral("IndividualEnrollment") << QByteArray(R"({"registrationId":"r","attestation":{}})")
                                                  << QStringLiteral("attestation: field 'type' is required");
        QTest::addRow("tpm without tpm") << QStringLiteral("EnrollmentGroup") << QByteArray(R"({"enrollmentGroupId":"g","attestation":{"type":"tpm"}})")
                                         << QStringLiteral("attestation: field 'tpm' is required when type is 'tpm'");
        QTest::addRow("bad allocation") << QStringLiteral("EnrollmentGroup")
                                        << QByteArray(R"({"enrollmentGroupId":"g","attestation":{"type":"none"},"allocationPolicy":"random"})")
                                        << QStringLiteral("field 'allocationPolicy' must be one of 'hashed', 'geoLatency', 'static', 'custom'");
        QTest::addRow("reprovision not bool") << QStringLiteral("IndividualEnrollment")
                                              << QByteArray(R"({"registrationId":"r","attestation":{"type":"none"},"reprovisionPolicy":{"migrateDeviceData":"maybe"}})")
                                              << QStringLiteral("reprovisionPolicy: field 'migrateDeviceData' must be true or false");
        QTest::addRow("iotHubs not strings") << QStringLiteral("IndividualEnrollment")
                                             << QByteArray(R"({"registrationId":"r","attestation":{"type":"none"},"iotHubs":[1]})")
                                             << QStringLiteral("field 'iotHubs' item 0 must be a string");
        QTest::addRow("bulk item error") << QStringLiteral("BulkEnrollmentOperation")
                                         << QByteArray(R"({"mode":"create","enrollments":[{"registrationId":"a","attestation":{"type":"none"}},{"attestation":{"type":"none"}}]})")
                                         << QStringLiteral("enrollments item 1: field 'registrationId' is required");
        QTest::addRow("bulk both lists") << QStringLiteral("BulkEnrollmentOperation")
                                         << QByteArray(R"({"mode":"create","enrollments":[],"enrollmentGroups":[]})") << QStringLiteral("not both");
        QTest::addRow("bulk no list") << QStringLiteral("BulkEnrollmentOperation") << QByteArray(R"({"mode":"create"})")
                                      << QStringLiteral("field 'enrollments' (or 'enrollmentGroups') is required");
        QTest::addRow("bulk no mode") << QStringLiteral("BulkEnrollmentOperation") << QByteArray(R"({"enrollments":[]})")
                                      << QStringLiteral("field 'mode' is required");
        QTest::addRow("bulk bad mode") << QStringLiteral("BulkEnrollmentOperation") << QByteArray(R"({"mode":"upsert","enrollments":[]})")
                                       << QStringLiteral("field 'mode' must be one of 'create', 'update', 'updateIfMatchETag', 'delete'");
        QTest::addRow("operation without id") << QStringLiteral("RegistrationOperationStatus") << QByteArray(R"({"status":"assigning"})")
                                              << QStringLiteral("field 'operationId' is required");
        QTest::addRow("bad substatus") << QStringLiteral("DeviceRegistrationState") << QByteArray(R"({"substatus":"moved"})")
                                       << QStringLiteral("field 'substatus' must be one of 'initialAssignment'");
        QTest::addRow("register without id") << QStringLiteral("DeviceRegistration") << QByteArray(R"({"payload":{}})")
                                             << QStringLiteral("field 'registrationId' is required");
        QTest::addRow("register unknown") << QStringLiteral("DeviceRegistration") << QByteArray(R"({"registrationId":"r","csr":"x"})")
                                          << QStringLiteral("unknown field 'csr'");
        QTest::addRow("twin bad version") << QStringLiteral("Twin") << QByteArray(R"({"deviceId":"d","version":"v2"})")
                                          << QStringLiteral("field 'version' must be an integer, not a string");
    }
    void strictErrors()
    {
        QFETCH(QString, type);
        QFETCH(QByteArray, json);
        QFETCH(QString, expected);
        const Parse parse = parserByName(type);
        QVERIFY(parse);
        QString error;
        QVERIFY(!parse(QJsonDocument::fromJson(json).object(), &error, JsonParseMode::Strict));
        QVERIFY2(error.startsWith(expected) || error.contains(expected), qPrintable(error));
    }

    void lenientIgnoresUnknownFields()
    {
        const QJsonObject json = object(R"({"deviceId":"d","status":"enabled","futureField":{"x":1},"authentication":{"type":"sas","newThing":true}})");
        QVERIFY(!DeviceIdentity::fromJson(json));
        QString error;
        const auto device = DeviceIdentity::fromJson(json, &error, JsonParseMode::Lenient);
        QVERIFY2(device, qPrintable(error));
        QCOMPARE(device->authentication->type, AuthenticationType::Sas);
        // Lenient still checks the fields it knows.
        QVERIFY(!DeviceIdentity::fromJson(object(R"({"deviceId":"d","status":"on"})"), nullptr, JsonParseMode::Lenient));
    }
};

QTEST_GUILESS_MAIN(TestWireParseErrors)
#include "tst_wireparseerrors.moc"
