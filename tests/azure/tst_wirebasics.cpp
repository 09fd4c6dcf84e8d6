#include "ApiVersions.h"
#include "AzureDateTime.h"
#include "WireEnums.h"
#include "WireJson.h"

#include <QTest>

using namespace StampDeck::Azure;

class TestWireBasics : public QObject
{
    Q_OBJECT

private slots:
    void dateRoundTrip_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addRow("7 digits") << QStringLiteral("2022-08-31T22:02:50.5163352Z");
        QTest::addRow("never") << QStringLiteral("0001-01-01T00:00:00Z");
        QTest::addRow("ms") << QStringLiteral("2025-10-01T17:42:04.759Z");
        QTest::addRow("2 digits") << QStringLiteral("2025-10-01T17:42:04.76Z");
        QTest::addRow("whole second") << QStringLiteral("2023-10-24T16:53:16Z");
        QTest::addRow("100 ns") << QStringLiteral("2023-10-24T16:53:16.0000001Z");
    }
    void dateRoundTrip()
    {
        QFETCH(QString, text);
        const auto value = AzureDateTime::fromString(text);
        QVERIFY(value);
        QCOMPARE(value->toString(), text);
    }

    void dateParsing()
    {
        const auto value = AzureDateTime::fromString(u"2022-08-31T22:02:50.5163352Z");
        QCOMPARE(value->toDateTime(), QDateTime(QDate(2022, 8, 31), QTime(22, 2, 50, 516), Qt::UTC));
        QCOMPARE(value->subMillisecondTicks(), 3352);
        // Offsets convert to UTC; more than 7 digits are truncated; no zone means UTC.
        QCOMPARE(AzureDateTime::fromString(u"2022-08-31T23:02:50+01:00")->toString(), QStringLiteral("2022-08-31T22:02:50Z"));
        QCOMPARE(AzureDateTime::fromString(u"2022-08-31T22:02:50.123456789Z")->toString(), QStringLiteral("2022-08-31T22:02:50.1234567Z"));
        QCOMPARE(AzureDateTime::fromString(u"2022-08-31T22:02:50")->toString(), QStringLiteral("2022-08-31T22:02:50Z"));
        QVERIFY(AzureDateTime::never().isNever());
        QVERIFY(!AzureDateTime::fromString(u"2022-08-31T22:02:50.1Z")->isNever());
        QVERIFY(!AzureDateTime::fromString(u"yesterday"));
        QVERIFY(!AzureDateTime::fromString(u"2022-13-01T00:00:00Z"));
        QVERIFY(!AzureDateTime::fromString(u""));
        QVERIFY(AzureDateTime::never() < AzureDateTime::currentDateTimeUtc());
        QCOMPARE(AzureDateTime(QDateTime(QDate(2024, 1, 2), QTime(3, 4, 5, 60), Qt::UTC)).toString(), QStringLiteral("2024-01-02T03:04:05.06Z"));
    }

    void enums()
    {
        QCOMPARE(Wire::toString(DeviceStatus::Disabled), QStringLiteral("disabled"));
        QCOMPARE(Wire::toString(ConnectionState::Connected), QStringLiteral("Connected"));
        QCOMPARE(Wire::toString(ImportMode::UpdateIfMatchETag), QStringLiteral("updateIfMatchETag"));
        QCOMPARE(Wire::toString(RegistrationSubstatus::ReprovisionedToInitialAssignment), QStringLiteral("reprovisionedToInitialAssignment"));
        QCOMPARE(Wire::toString(AttestationType::SymmetricKey), QStringLiteral("symmetricKey"));
        // Case-insensitive: the Node SDK sends "Update", "DeleteIfMatchETag", "disconnected", "updateIfMatchEtag".
        QCOMPARE(Wire::fromString<ImportMode>(u"Update"), ImportMode::Update);
        QCOMPARE(Wire::fromString<ImportMode>(u"DeleteIfMatchETag"), ImportMode::DeleteIfMatchETag);
        QCOMPARE(Wire::fromString<ConnectionState>(u"disconnected"), ConnectionState::Disconnected);
        QCOMPARE(Wire::fromString<BulkEnrollmentMode>(u"updateIfMatchEtag"), BulkEnrollmentMode::UpdateIfMatchETag);
        QVERIFY(!Wire::fromString<DeviceStatus>(u"on"));
        QCOMPARE(Wire::allowedValues<DeviceStatus>(), QStringLiteral("'enabled' or 'disabled'"));
        QCOMPARE(Wire::allowedValues<AllocationPolicy>(), QStringLiteral("one of 'hashed', 'geoLatency', 'static', 'custom'"));
        // Every value round-trips.
        for (const auto &[value, name] : WireEnumTraits<ImportMode>::names)
            QCOMPARE(Wire::fromString<ImportMode>(toString(value)), value);
        for (const auto &[value, name] : WireEnumTraits<RegistrationStatus>::names)
            QCOMPARE(Wire::fromString<RegistrationStatus>(QString(name).toUpper()), value);
    }

    void apiVersions()
    {
        QCOMPARE(QString(ApiVersions::HubService), QStringLiteral("2021-04-12"));
        QCOMPARE(QString(ApiVersions::DpsService), QStringLiteral("2021-10-01"));
        QCOMPARE(QString(ApiVersions::DpsDevice), QStringLiteral("2019-03-31"));
        QVERIFY(ApiVersions::isAcceptedDpsDeviceVersion(u"2019-03-31"));
        QVERIFY(ApiVersions::isAcceptedDpsDeviceVersion(u"2021-06-01"));
        QVERIFY(ApiVersions::isAcceptedDpsDeviceVersion(u"2021-10-01"));
        QVERIFY(!ApiVersions::isAcceptedDpsDeviceVersion(u"2018-11-01"));
        QVERIFY(ApiVersions::isAcceptedHubServiceVersion(u"2021-04-12"));
        QVERIFY(!ApiVersions::isAcceptedHubServiceVersion(u"2020-09-30"));
        QVERIFY(ApiVersions::isAcceptedDpsServiceVersion(u"2021-10-01"));
        QCOMPARE(ApiVersions::acceptedDpsDeviceVersions().first(), ApiVersions::DpsDevice);
    }

    void readerTypes()
    {
        const QJsonObject json{{QStringLiteral("s"), QStringLiteral("x")}, {QStringLiteral("n"), 42},
                               {QStringLiteral("ns"), QStringLiteral("7")}, {QStringLiteral("b"), true},
                               {QStringLiteral("nul"), QJsonValue::Null}, {QStringLiteral("f"), 1.5}};
        JsonReader reader(json, {});
        std::optional<QString> s, nul;
        std::optional<qint64> n, ns;
        std::optional<bool> b;
        QVERIFY(reader.readString(QLatin1StringView("s"), s));
        QVERIFY(reader.readInt64(QLatin1StringView("n"), n));
        QVERIFY(reader.readInt64(QLatin1StringView("ns"), ns));
        QVERIFY(reader.readBool(QLatin1StringView("b"), b));
        QVERIFY(reader.readString(QLatin1StringView("nul"), nul));
        QCOMPARE(*s, QStringLiteral("x"));
        QCOMPARE(*n, 42);
        QCOMPARE(*ns, 7);
        QVERIFY(*b);
        QVERIFY(!nul); // null counts as absent
        std::optional<int> f;
        QVERIFY(!reader.readInt(QLatin1StringView("f"), f));
        QCOMPARE(reader.error(), QStringLiteral("field 'f' must be an integer"));
        QString error;
        QVERIFY(!reader.finish(&error));
        QCOMPARE(error, QStringLiteral("field 'f' must be an integer"));
    }

    void readerUnknownFields()
    {
        const QJsonObject json{{QStringLiteral("known"), 1}, {QStringLiteral("zeta"), 2}, {QStringLiteral("alpha"), 3}};
        {
            JsonReader reader(json, QStringLiteral("thing"), JsonParseMode::Strict);
            std::optional<int> known;
            reader.readInt(QLatin1StringView("known"), known);
            QString error;
            QVERIFY(!reader.finish(&error));
            QCOMPARE(error, QStringLiteral("thing: unknown fields 'alpha', 'zeta'"));
        }
        {
            JsonReader reader(json, QStringLiteral("thing"), JsonParseMode::Lenient);
            std::optional<int> known;
            reader.readInt(QLatin1StringView("known"), known);
            QVERIFY(reader.finish(nullptr));
        }
    }
};

QTEST_GUILESS_MAIN(TestWireBasics)
#include "tst_wirebasics.moc"
