#include "AzureError.h"

#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

using namespace StampDeck::Azure;

namespace {
QJsonObject errorBodies()
{
    QFile file(QStringLiteral(STAMPDECK_AZURE_TEST_DATA "/hub-examples/error-bodies.json"));
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return QJsonDocument::fromJson(file.readAll()).object();
}

QByteArray bodyOf(const char *name)
{
    return QJsonDocument(errorBodies().value(QLatin1StringView(name)).toObject()).toJson(QJsonDocument::Compact);
}

QByteArray header(const HttpHeaderList &headers, const char *name)
{
    for (const auto &[key, value] : headers) {
        if (key.compare(name, Qt::CaseInsensitive) == 0)
            return value;
    }
    return {};
}
} // namespace

class TestAzureError : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        QVERIFY2(!errorBodies().isEmpty(), "test data hub-examples/error-bodies.json not found");
    }

    void parseShapes_data()
    {
        QTest::addColumn<int>("status");
        QTest::addColumn<QByteArray>("body");
        QTest::addColumn<QByteArray>("hubHeader");
        QTest::addColumn<QByteArray>("dpsHeader");
        QTest::addColumn<int>("kind");
        QTest::addColumn<int>("code");
        QTest::addColumn<QString>("name");
        QTest::addColumn<QString>("message");
        QTest::addColumn<QString>("trackingId");
        QTest::addColumn<int>("service");
        const int hub = int(AzureService::IotHub), dps = int(AzureService::Dps);

        QTest::addRow("hub legacy 409") << 409 << bodyOf("legacy") << QByteArray() << QByteArray() << int(AzureErrorKind::Conflict)
                                        << 409001 << QStringLiteral("DeviceAlreadyExists") << QStringLiteral("Conflict")
                                        << QStringLiteral("e4cb4b6c18f4462fbe2c1a2d02d7dbe4") << hub;
        QTest::addRow("hub legacy 404 + header") << 404 << bodyOf("legacyNotFound") << QByteArray("DeviceNotFound") << QByteArray()
                                                 << int(AzureErrorKind::NotFound) << 404001 << QStringLiteral("DeviceNotFound")
                                                 << QStringLiteral("sensor-thl-002") << QStringLiteral("06e0a1b2c3d4e5f60718293a4b5c6d7e") << hub;
        QTest::addRow("hub newer JSON in Message") << 404 << bodyOf("newer") << QByteArray("DeviceNotFound") << QByteArray()
                                                   << int(AzureErrorKind::NotFound) << 404001 << QStringLiteral("DeviceNotFound")
                                                   << QStringLiteral("Device sensor-9 not registered")
                                                   << QStringLiteral("7a6d1b2c3d4e5f60718293a4b5c6d7e8-G:3-TimeStamp:05/12/2021 09:30:00") << hub;
        QTest::addRow("hub newer minimal (C# test)") << 404 << bodyOf("newerMinimal") << QByteArray("DeviceNotFound") << QByteArray()
                                                     << int(AzureErrorKind::NotFound) << 404001 << QStringLiteral("DeviceNotFound")
                                                     << QStringLiteral("The device does not exist.") << QString() << hub;
        QTest::addRow("dps") << 404 << bodyOf("dps") << QByteArray() << QByteArray("404201") << int(AzureErrorKind::NotFound) << 404201
                             << QStringLiteral("EnrollmentNotFound") << QStringLiteral("Enrollment not found.")
                             << QStringLiteral("3b1f4f0c-8b11-4d8c-9c53-0c1c3fba9e5e") << dps;
        QTest::addRow("dps without header") << 404 << bodyOf("dps") << QByteArray() << QByteArray() << int(AzureErrorKind::NotFound) << 404201
                                            << QStringLiteral("EnrollmentNotFound") << QStringLiteral("Enrollment not found.")
                                            << QStringLiteral("3b1f4f0c-8b11-4d8c-9c53-0c1c3fba9e5e") << dps;
        QTest::addRow("device not online") << 404 << QByteArray(R"({"Message":"ErrorCode:DeviceNotOnline;Timed out waiting for device to connect."})")
                                           << QByteArray() << QByteArray() << int(AzureErrorKind::DeviceNotOnline) << 404103
                                           << QStringLiteral("DeviceNotOnline") << QStringLiteral("Timed out waiting for device to connect.")
                                           << QString() << hub;
        QTest::addRow("too many devices") << 413 << QByteArray(R"({"Message":"ErrorCode:TooManyDevices;Too many devices: 101"})")
                                          << QByteArray() << QByteArray() << int(AzureErrorKind::TooManyDevices) << 413002
                                          << QStringLiteral("TooManyDevices") << QStringLiteral("Too many devices: 101") << QString() << hub;
        QTest::addRow("throttled, header only") << 429 << QByteArray() << QByteArray("ThrottlingException") << QByteArray()
                                                << int(AzureErrorKind::Throttled) << 429001 << QStringLiteral("ThrottlingException")
                                                << QStringLiteral("Too many requests; slow down.") << QString() << hub;
        QTest::addRow("plain text 503") << 503 << QByteArray("Service Unavailable") << QByteArray() << QByteArray()
                                        << int(AzureErrorKind::Unavailable) << 0 << QString() << QStringLiteral("Service Unavailable") << QString()
                                        << int(AzureService::Unknown);
        QTest::addRow("empty 401") << 401 << QByteArray() << QByteArray() << QByteArray() << int(AzureErrorKind::Unauthorized) << 0 << QString()
                                   << QStringLiteral("HTTP 401") << QString() << int(AzureService::Unknown);
        QTest::addRow("status wins over code") << 500 << QByteArray(R"({"Message":"ErrorCode:DeviceNotFound;odd"})") << QByteArray()
                                               << QByteArray() << int(AzureErrorKind::ServerError) << 404001 << QStringLiteral("DeviceNotFound")
                                               << QStringLiteral("odd") << QString() << hub;
        QTest::addRow("unknown name") << 400 << QByteArray(R"({"Message":"ErrorCode:SomethingNew;text"})") << QByteArray() << QByteArray()
                                      << int(AzureErrorKind::BadRequest) << 0 << QStringLiteral("SomethingNew") << QStringLiteral("text")
                                      << QString() << hub;
    }
    void parseShapes()
    {
        QFETCH(int, status);
        QFETCH(QByteArray, body);
        QFETCH(QByteArray, hubHeader);
        QFETCH(QByteArray, dpsHeader);
        QFETCH(int, kind);
        QFETCH(int, code);
        QFETCH(QString, name);
        QFETCH(QString, message);
        QFETCH(QString, trackingId);
        QFETCH(int, service);
        HttpHeaderList headers{{QByteArray("Content-Type"), QByteArray("application/json")}};
        if (!hubHeader.isEmpty())
            headers.append({QByteArray("IotHub-ErrorCode"), hubHeader});
        if (!dpsHeader.isEmpty())
            headers.append({QByteArray("x-ms-error-code"), dpsHeader});
        const AzureError error = AzureError::fromResponse(status, headers, body);
        QVERIFY(error.isError());
        QCOMPARE(int(error.kind()), kind);
        QCOMPARE(error.httpStatus(), status);
        QCOMPARE(error.code(), code);
        QCOMPARE(error.codeName(), name);
        QCOMPARE(error.message(), message);
        QCOMPARE(error.trackingId(), trackingId);
        QCOMPARE(int(error.service()), service);
        QVERIFY(!error.toString().isEmpty());
    }

    void timestamps()
    {
        const AzureError legacy = AzureError::fromResponse(409, {}, bodyOf("legacy"));
        QCOMPARE(legacy.timestamp(), QDateTime(QDate(2016, 7, 16), QTime(0, 12, 41), Qt::UTC));
        const AzureError dps = AzureError::fromResponse(404, {}, bodyOf("dps"));
        QCOMPARE(dps.timestamp(), QDateTime(QDate(2023, 10, 24), QTime(16, 53, 16, 830), Qt::UTC));
        QCOMPARE(dps.info().value(QLatin1StringView("registrationId")).toString(), QStringLiteral("reg-1"));
    }

    void successIsNoError()
    {
        QVERIFY(!AzureError::fromResponse(200, {}, QByteArray("{}")).isError());
        QVERIFY(!AzureError::fromResponse(204, {}, QByteArray()));
        QCOMPARE(AzureError().kind(), AzureErrorKind::None);
    }

    void retryAfter_data()
    {
        QTest::addColumn<QByteArray>("name");
        QTest::addColumn<QByteArray>("value");
        QTest::addColumn<qint64>("expectedMs");
        QTest::addRow("seconds") << QByteArray("Retry-After") << QByteArray("3") << qint64(3000);
        QTest::addRow("lower-case header") << QByteArray("retry-after") << QByteArray("20") << qint64(20000);
        QTest::addRow("milliseconds header") << QByteArray("retry-after-ms") << QByteArray("1500") << qint64(1500);
        QTest::addRow("x-ms milliseconds") << QByteArray("x-ms-retry-after-ms") << QByteArray("250") << qint64(250);
        QTest::addRow("fraction") << QByteArray("Retry-After") << QByteArray("0.5") << qint64(500);
    }
    void retryAfter()
    {
        QFETCH(QByteArray, name);
        QFETCH(QByteArray, value);
        QFETCH(qint64, expectedMs);
        const AzureError error = AzureError::fromResponse(429, {{name, value}}, QByteArray());
        QCOMPARE(error.kind(), AzureErrorKind::Throttled);
        QVERIFY(error.isTransient());
        QCOMPARE(error.retryAfterMs().value_or(-1), expectedMs);
    }

    void retryAfterHttpDate()
    {
        const QDateTime later = QDateTime::currentDateTimeUtc().addSecs(30);
        const QByteArray date = QLocale::c().toString(later, QStringLiteral("ddd, dd MMM yyyy HH:mm:ss 'GMT'")).toLatin1();
        const AzureError error = AzureError::fromResponse(503, {{QByteArray("Retry-After"), date}}, QByteArray());
        QVERIFY(error.retryAfterMs());
        QVERIFY2(*error.retryAfterMs() > 25000 && *error.retryAfterMs() <= 31000, qPrintable(QString::number(*error.retryAfterMs())));
        QVERIFY(!AzureError::fromResponse(429, {}, QByteArray()).retryAfterMs());
    }

    // The emulator's hub answer: the legacy shape Node parses, plus iothub-errorcode for C#.
    void buildHubBody()
    {
        AzureError error = AzureError::hub(ErrorCodes::DeviceNotFound, QStringLiteral("sensor-thl-002"));
        QCOMPARE(error.kind(), AzureErrorKind::NotFound);
        QCOMPARE(error.httpStatus(), 404);
        QCOMPARE(error.codeName(), QStringLiteral("DeviceNotFound"));
        QCOMPARE(error.trackingId().size(), 32);
        error.setTrackingId(QStringLiteral("06e0a1b2c3d4e5f60718293a4b5c6d7e"));
        error.setTimestamp(QDateTime(QDate(2023, 10, 24), QTime(16, 53, 16), Qt::UTC));
        const QByteArray body = error.toHubResponseBody();
        const QJsonObject object = QJsonDocument::fromJson(body).object();
        QCOMPARE(object.value(QLatin1StringView("Message")).toString(), QStringLiteral("ErrorCode:DeviceNotFound;sensor-thl-002"));
        QCOMPARE(object.value(QLatin1StringView("ExceptionMessage")).toString(),
                 QStringLiteral("Tracking ID:06e0a1b2c3d4e5f60718293a4b5c6d7e-G:0-TimeStamp:10/24/2023 16:53:16"));
        // Node: JSON.parse(body).Message.split(';') -> name after "ErrorCode:", text non-empty.
        const QStringList parts = object.value(QLatin1StringView("Message")).toString().split(u';');
        QCOMPARE(parts.at(0).split(u':').at(1), QStringLiteral("DeviceNotFound"));
        QVERIFY(!parts.at(1).isEmpty());

        const HttpHeaderList headers = error.hubResponseHeaders();
        QCOMPARE(header(headers, "iothub-errorcode"), QByteArray("DeviceNotFound"));
        QVERIFY(header(headers, "Content-Type").startsWith("application/json"));
        QVERIFY(header(headers, "Retry-After").isEmpty());

        // Round trip through the parser.
        const AzureError parsed = AzureError::fromResponse(error.httpStatus(), headers, body);
        QCOMPARE(parsed.kind(), error.kind());
        QCOMPARE(parsed.code(), 404001);
        QCOMPARE(parsed.message(), error.message());
        QCOMPARE(parsed.trackingId(), error.trackingId());
        QCOMPARE(parsed.timestamp(), error.timestamp());
    }

    void buildHubBodyDefaultsText()
    {
        // Empty text would make Node drop the code name: the table's default message fills in.
        const AzureError error = AzureError::hub(ErrorCodes::PreconditionFailed);
        QCOMPARE(error.httpStatus(), 412);
        QCOMPARE(error.kind(), AzureErrorKind::PreconditionFailed);
        const QString message = QJsonDocument::fromJson(error.toHubResponseBody()).object().value(QLatin1StringView("Message")).toString();
        QVERIFY2(message.startsWith(QStringLiteral("ErrorCode:PreconditionFailed;")) && !message.endsWith(u';'), qPrintable(message));
    }

    void buildThrottled()
    {
        AzureError error = AzureError::hub(ErrorCodes::ThrottlingException, QStringLiteral("slow down"));
        error.setRetryAfterMs(2500);
        QCOMPARE(header(error.hubResponseHeaders(), "Retry-After"), QByteArray("3"));
        const AzureError parsed = AzureError::fromResponse(429, error.hubResponseHeaders(), error.toHubResponseBody());
        QCOMPARE(parsed.retryAfterMs().value_or(0), 3000);
        QCOMPARE(parsed.kind(), AzureErrorKind::Throttled);
    }

    void buildDpsBody()
    {
        AzureError error = AzureError::dps(ErrorCodes::DpsEnrollmentNotFound, QStringLiteral("Enrollment reg-1 not found."));
        QCOMPARE(error.httpStatus(), 404);
        QCOMPARE(error.service(), AzureService::Dps);
        QCOMPARE(error.codeName(), QStringLiteral("EnrollmentNotFound"));
        QCOMPARE(error.trackingId().size(), 36); // a GUID
        error.setInfo(QJsonObject{{QStringLiteral("registrationId"), QStringLiteral("reg-1")}});
        const QJsonObject object = QJsonDocument::fromJson(error.toDpsResponseBody()).object();
        QCOMPARE(object.value(QLatin1StringView("errorCode")).toInt(), 404201);
        QCOMPARE(object.value(QLatin1StringView("message")).toString(), QStringLiteral("Enrollment reg-1 not found."));
        QCOMPARE(object.value(QLatin1StringView("trackingId")).toString(), error.trackingId());
        QVERIFY(object.value(QLatin1StringView("info")).isObject());
        QVERIFY(object.value(QLatin1StringView("timestampUtc")).toString().endsWith(u'Z'));
        QCOMPARE(header(error.dpsResponseHeaders(), "x-ms-error-code"), QByteArray("404201"));

        const AzureError parsed = AzureError::fromResponse(404, error.dpsResponseHeaders(), error.toDpsResponseBody());
        QCOMPARE(parsed.code(), 404201);
        QCOMPARE(parsed.kind(), AzureErrorKind::NotFound);
        QCOMPARE(parsed.service(), AzureService::Dps);
        QCOMPARE(parsed.message(), error.message());
        QCOMPARE(parsed.info(), error.info());
    }

    void table()
    {
        const QList<AzureErrorCodeInfo> rows = AzureErrorCodeTable::all();
        QVERIFY(rows.size() > 30);
        for (const AzureErrorCodeInfo &row : rows) {
            QCOMPARE(row.code / 1000, row.httpStatus);
            QVERIFY(!row.name.isEmpty());
            QVERIFY(!row.defaultMessage.isEmpty());
            QVERIFY(row.kind != AzureErrorKind::None && row.kind != AzureErrorKind::Unknown);
        }
        QCOMPARE(AzureErrorCodeTable::find(ErrorCodes::DeviceNotFound)->name, QLatin1StringView("DeviceNotFound"));
        QCOMPARE(AzureErrorCodeTable::findByName(u"devicenotfound")->code, 404001);
        QCOMPARE(AzureErrorCodeTable::find(ErrorCodes::PreconditionFailed)->httpStatus, 412);
        QCOMPARE(AzureErrorCodeTable::kindForCode(404999), AzureErrorKind::NotFound);
        QCOMPARE(AzureErrorCodeTable::kindForHttpStatus(418), AzureErrorKind::BadRequest);
        QCOMPARE(AzureErrorCodeTable::kindForHttpStatus(504), AzureErrorKind::Unavailable);
        QVERIFY(!AzureErrorCodeTable::find(123456));
    }

    void transportErrors()
    {
        QCOMPARE(AzureError::network(QStringLiteral("refused")).kind(), AzureErrorKind::Network);
        QVERIFY(AzureError::network(QStringLiteral("refused")).isTransient());
        QCOMPARE(AzureError::cancelled().kind(), AzureErrorKind::Cancelled);
        QVERIFY(!AzureError::cancelled().isTransient());
        QCOMPARE(AzureError::timeout().kind(), AzureErrorKind::Timeout);
        QCOMPARE(AzureError::invalidResponse(QStringLiteral("x")).kind(), AzureErrorKind::InvalidResponse);
        QVERIFY(!AzureError::hub(ErrorCodes::DeviceAlreadyExists).isTransient());
        QVERIFY(AzureError::hub(ErrorCodes::ServiceUnavailable).isTransient());
    }
};

QTEST_GUILESS_MAIN(TestAzureError)
#include "tst_azureerror.moc"
