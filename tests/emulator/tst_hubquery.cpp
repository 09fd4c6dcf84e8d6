// Tests of the IoT hub query language: parser (valid queries, errors with position), condition
// evaluation over twins, projections and aggregates. Table-driven: one row per case.

#include "hub/HubQuery.h"
#include "hub/HubQueryAggregation.h"
#include "hub/HubQueryJsonRow.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QtTest>

using namespace StampDeck::Emulator;

namespace {

QJsonObject json(const char *text)
{
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(QByteArray(text), &error);
    if (error.error != QJsonParseError::NoError)
        qFatal("bad test JSON: %s", qPrintable(error.errorString()));
    return document.object();
}

// Six twins shaped like the hub's answers.
QList<QJsonObject> fleet()
{
    return {
        json(R"({"deviceId":"contoso-0001","status":"enabled","connectionState":"Connected","lastActivityTime":"2024-05-01T10:00:00Z",
                 "capabilities":{"iotEdge":false},"version":3,
                 "tags":{"tenant":"contoso","site":"berlin","location":{"region":"EU"}},
                 "properties":{"desired":{"interval":30},"reported":{"firmware":{"version":"1.2.0"},"temperature":21.5}}})"),
        json(R"({"deviceId":"contoso-0002","status":"enabled","connectionState":"Disconnected","lastActivityTime":"2024-04-01T10:00:00Z",
                 "capabilities":{"iotEdge":true},"version":1,
                 "tags":{"tenant":"contoso","site":"paris","my-key":"x"},
                 "properties":{"desired":{},"reported":{"firmware":{"version":"1.3.0"},"temperature":30}}})"),
        json(R"({"deviceId":"fabrikam-0001","status":"disabled","connectionState":"Disconnected","lastActivityTime":"0001-01-01T00:00:00Z",
                 "capabilities":{"iotEdge":false},"version":1,
                 "tags":{"tenant":"fabrikam","site":"berlin"},
                 "properties":{"desired":{},"reported":{"firmware":{"version":"1.2.0"}}}})"),
        json(R"({"deviceId":"fabrikam-0002","status":"enabled","connectionState":"Connected","lastActivityTime":"2024-05-02T10:00:00Z",
                 "capabilities":{"iotEdge":false},"version":7,
                 "tags":{"tenant":"fabrikam","site":"oslo","flag":null},
                 "properties":{"desired":{},"reported":{"temperature":-4}}})"),
        json(R"({"deviceId":"Contoso-0003","status":"enabled","connectionState":"Connected","lastActivityTime":"2024-05-03T10:00:00Z",
                 "capabilities":{"iotEdge":false},"version":2,
                 "properties":{"desired":{},"reported":{"firmware":{"version":"2.0.0"},"online":true}}})"),
        json(R"({"deviceId":"it\u0027s-quoted","status":"enabled","connectionState":"Disconnected","lastActivityTime":"0001-01-01T00:00:00Z",
                 "capabilities":{"iotEdge":false},"version":1,
                 "tags":{"tenant":"contoso","site":"berlin"},
                 "properties":{"desired":{},"reported":{}}})"),
    };
}

QStringList matchingIds(const HubQuery &query)
{
    QStringList ids;
    for (const QJsonObject &twin : fleet()) {
        if (query.matches(HubQueryJsonRow(twin)))
            ids.append(twin.value(QLatin1StringView("deviceId")).toString());
    }
    return ids;
}

QJsonArray aggregate(const HubQuery &query)
{
    HubQueryAggregation aggregation(query);
    for (const QJsonObject &twin : fleet()) {
        const HubQueryJsonRow row(twin);
        if (query.matches(row))
            aggregation.add(row);
    }
    return aggregation.rows();
}

} // namespace

class TestHubQuery : public QObject
{
    Q_OBJECT

private slots:
    void where_data();
    void where();
    void parseErrors_data();
    void parseErrors();
    void selectShapes_data();
    void selectShapes();
    void projection();
    void aggregates_data();
    void aggregates();
    void lengthLimit();
    void resultTypeAndFingerprint();
};

void TestHubQuery::where_data()
{
    QTest::addColumn<QString>("query");
    QTest::addColumn<QStringList>("expected");
    const QStringList all{QStringLiteral("contoso-0001"), QStringLiteral("contoso-0002"), QStringLiteral("fabrikam-0001"),
                          QStringLiteral("fabrikam-0002"), QStringLiteral("Contoso-0003"), QStringLiteral("it's-quoted")};
    const auto ids = [](std::initializer_list<const char *> list) {
        QStringList out;
        for (const char *id : list)
            out.append(QString::fromLatin1(id));
        return out;
    };

    QTest::addRow("no where") << "SELECT * FROM devices" << all;
    QTest::addRow("keywords any case") << "select * from DEVICES where deviceId = 'contoso-0001'" << ids({"contoso-0001"});
    QTest::addRow("deviceId value is case-sensitive") << "SELECT * FROM devices WHERE deviceId = 'contoso-0003'" << QStringList();
    QTest::addRow("system property name any case") << "SELECT * FROM devices WHERE DeviceId = 'Contoso-0003'" << ids({"Contoso-0003"});
    QTest::addRow("double-quoted string") << R"(SELECT * FROM devices WHERE deviceId = "fabrikam-0002")" << ids({"fabrikam-0002"});
    QTest::addRow("escaped quote") << R"(SELECT * FROM devices WHERE deviceId = 'it\'s-quoted')" << ids({"it's-quoted"});
    QTest::addRow("status") << "SELECT * FROM devices WHERE status = 'disabled'" << ids({"fabrikam-0001"});
    QTest::addRow("!=") << "SELECT * FROM devices WHERE status != 'enabled'" << ids({"fabrikam-0001"});
    QTest::addRow("<>") << "SELECT * FROM devices WHERE connectionState <> 'Connected'"
                        << ids({"contoso-0002", "fabrikam-0001", "it's-quoted"});
    QTest::addRow("AND") << "SELECT * FROM devices WHERE status = 'enabled' AND connectionState = 'Connected'"
                         << ids({"contoso-0001", "fabrikam-0002", "Contoso-0003"});
    QTest::addRow("OR") << "SELECT * FROM devices WHERE tags.site = 'oslo' OR tags.site = 'paris'"
                        << ids({"contoso-0002", "fabrikam-0002"});
    QTest::addRow("AND binds tighter than OR")
        << "SELECT * FROM devices WHERE tags.site = 'oslo' OR tags.site = 'berlin' AND status = 'disabled'"
        << ids({"fabrikam-0001", "fabrikam-0002"});
    QTest::addRow("parentheses")
        << "SELECT * FROM devices WHERE (tags.site = 'oslo' OR tags.site = 'berlin') AND status = 'enabled'"
        << ids({"contoso-0001", "fabrikam-0002", "it's-quoted"});
    QTest::addRow("NOT") << "SELECT * FROM devices WHERE NOT (tags.tenant = 'contoso')" << ids({"fabrikam-0001", "fabrikam-0002"});
    QTest::addRow("NOT of undefined is not true") << "SELECT * FROM devices WHERE NOT tags.tenant = 'nobody'"
                                                  << ids({"contoso-0001", "contoso-0002", "fabrikam-0001", "fabrikam-0002", "it's-quoted"});
    QTest::addRow("nested tag") << "SELECT * FROM devices WHERE tags.location.region = 'EU'" << ids({"contoso-0001"});
    QTest::addRow("quoted tag name") << "SELECT * FROM devices WHERE tags['my-key'] = 'x'" << ids({"contoso-0002"});
    QTest::addRow("reported string") << "SELECT * FROM devices WHERE properties.reported.firmware.version = '1.2.0'"
                                     << ids({"contoso-0001", "fabrikam-0001"});
    QTest::addRow("reported number >=") << "SELECT * FROM devices WHERE properties.reported.temperature >= 21.5"
                                        << ids({"contoso-0001", "contoso-0002"});
    QTest::addRow("negative number") << "SELECT * FROM devices WHERE properties.reported.temperature < -1"
                                     << ids({"fabrikam-0002"});
    QTest::addRow("number vs string never equal") << "SELECT * FROM devices WHERE properties.reported.temperature = '30'" << QStringList();
    QTest::addRow("string ordering") << "SELECT * FROM devices WHERE properties.reported.firmware.version > '1.2.0'"
                                     << ids({"contoso-0002", "Contoso-0003"});
    QTest::addRow("time as string") << "SELECT * FROM devices WHERE lastActivityTime >= '2024-05-01'"
                                    << ids({"contoso-0001", "fabrikam-0002", "Contoso-0003"});
    QTest::addRow("desired") << "SELECT * FROM devices WHERE properties.desired.interval = 30" << ids({"contoso-0001"});
    QTest::addRow("boolean constant") << "SELECT * FROM devices WHERE properties.reported.online = true" << ids({"Contoso-0003"});
    QTest::addRow("iotEdge") << "SELECT * FROM devices WHERE capabilities.iotEdge = true" << ids({"contoso-0002"});
    QTest::addRow("IN") << "SELECT * FROM devices WHERE deviceId IN ['contoso-0001', 'fabrikam-0001', 'nope']"
                        << ids({"contoso-0001", "fabrikam-0001"});
    QTest::addRow("NIN") << "SELECT * FROM devices WHERE tags.site NIN ['berlin', 'paris']" << ids({"fabrikam-0002"});
    QTest::addRow("NOT IN") << "SELECT * FROM devices WHERE tags.site NOT IN ['berlin']" << ids({"contoso-0002", "fabrikam-0002"});
    QTest::addRow("STARTSWITH") << "SELECT * FROM devices WHERE STARTSWITH(deviceId, 'fabrikam-')"
                                << ids({"fabrikam-0001", "fabrikam-0002"});
    QTest::addRow("starts_with spelling") << "SELECT * FROM devices WHERE starts_with(deviceId, 'contoso')"
                                          << ids({"contoso-0001", "contoso-0002"});
    QTest::addRow("ENDSWITH") << "SELECT * FROM devices WHERE ENDSWITH(deviceId, '0002')" << ids({"contoso-0002", "fabrikam-0002"});
    QTest::addRow("CONTAINS") << "SELECT * FROM devices WHERE CONTAINS(tags.site, 'erl')"
                              << ids({"contoso-0001", "fabrikam-0001", "it's-quoted"});
    QTest::addRow("IS_DEFINED") << "SELECT * FROM devices WHERE is_defined(properties.reported.firmware)"
                                << ids({"contoso-0001", "contoso-0002", "fabrikam-0001", "Contoso-0003"});
    QTest::addRow("NOT IS_DEFINED") << "SELECT * FROM devices WHERE NOT IS_DEFINED(tags)" << ids({"Contoso-0003"});
    QTest::addRow("IS_DEFINED of null is true") << "SELECT * FROM devices WHERE IS_DEFINED(tags.flag)" << ids({"fabrikam-0002"});
    QTest::addRow("= null") << "SELECT * FROM devices WHERE tags.flag = null" << ids({"fabrikam-0002"});
    QTest::addRow("LOWER") << "SELECT * FROM devices WHERE LOWER(deviceId) = 'contoso-0003'" << ids({"Contoso-0003"});
    QTest::addRow("arithmetic") << "SELECT * FROM devices WHERE properties.reported.temperature * 2 + 1 = 61" << ids({"contoso-0002"});
    QTest::addRow("hex number") << "SELECT * FROM devices WHERE version = 0x7" << ids({"fabrikam-0002"});
    QTest::addRow("devices. prefix") << "SELECT * FROM devices WHERE devices.tags.site = 'oslo'" << ids({"fabrikam-0002"});
    QTest::addRow("unknown property never matches") << "SELECT * FROM devices WHERE nonsense = 1" << QStringList();
    QTest::addRow("comparing objects is undefined") << "SELECT * FROM devices WHERE tags = tags" << QStringList();
}

void TestHubQuery::where()
{
    QFETCH(QString, query);
    QFETCH(QStringList, expected);
    QString error;
    const std::optional<HubQuery> parsed = HubQuery::parse(query, &error);
    QVERIFY2(parsed, qPrintable(error));
    QCOMPARE(matchingIds(*parsed), expected);
}

void TestHubQuery::parseErrors_data()
{
    QTest::addColumn<QString>("query");
    QTest::addColumn<QString>("message");
    QTest::addRow("misspelt FROM") << "SELECT * FORM devices" << "unexpected 'FORM' at position 9, expected FROM";
    QTest::addRow("empty") << "   " << "the query is empty";
    QTest::addRow("no SELECT") << "FROM devices" << "unexpected 'FROM' at position 0, expected SELECT";
    QTest::addRow("unknown collection") << "SELECT * FROM things"
                                        << "unexpected 'things' at position 14, expected devices, devices.modules or devices.jobs";
    QTest::addRow("end after WHERE") << "SELECT * FROM devices WHERE"
                                     << "unexpected end of query at position 27, expected a property, a constant, a function or '('";
    QTest::addRow("dangling AND") << "SELECT * FROM devices WHERE status = 'enabled' AND"
                                  << "unexpected end of query at position 50, expected a property, a constant, a function or '('";
    QTest::addRow("unterminated string") << "SELECT * FROM devices WHERE deviceId = 'abc"
                                         << "unterminated string starting at position 39";
    QTest::addRow("bad character") << "SELECT * FROM devices WHERE deviceId == 'a'"
                                   << "unexpected '=' at position 38, expected a property, a constant, a function or '('";
    QTest::addRow("stray character") << "SELECT * FROM devices WHERE deviceId = 'a' ;"
                                     << "unexpected character ';' at position 43";
    QTest::addRow("missing parenthesis") << "SELECT * FROM devices WHERE (status = 'enabled'"
                                         << "unexpected end of query at position 47, expected ')'";
    QTest::addRow("unknown function") << "SELECT * FROM devices WHERE FOO(deviceId)" << "unknown function 'FOO' at position 28";
    QTest::addRow("wrong argument count") << "SELECT * FROM devices WHERE STARTSWITH(deviceId)"
                                          << "function 'STARTSWITH' at position 28 takes 2 argument(s), not 1";
    QTest::addRow("IN without array") << "SELECT * FROM devices WHERE deviceId IN 'a'" << "unexpected ''a'' at position 40, expected '['";
    QTest::addRow("trailing garbage") << "SELECT * FROM devices devices"
                                      << "unexpected 'devices' at position 22, expected WHERE, GROUP BY or the end of the query";
    QTest::addRow("GROUP without BY") << "SELECT COUNT() FROM devices GROUP status" << "unexpected 'status' at position 34, expected BY";
    QTest::addRow("select * with group by") << "SELECT * FROM devices GROUP BY status"
                                            << "SELECT * cannot be combined with GROUP BY; select the GROUP BY property and aggregates";
    QTest::addRow("field not grouped") << "SELECT deviceId, COUNT() FROM devices GROUP BY status"
                                       << "'deviceId' is selected but is not the GROUP BY property 'status'";
    QTest::addRow("aggregate mixed without group by") << "SELECT status, COUNT() AS n FROM devices"
                                                      << "properties and aggregates can only be selected together with GROUP BY";
    QTest::addRow("duplicate names") << "SELECT COUNT() AS n, COUNT() AS n FROM devices"
                                     << "the name 'n' appears twice in SELECT; give one of them another name with AS";
    QTest::addRow("function in select") << "SELECT LOWER(deviceId) FROM devices"
                                        << "unexpected 'LOWER' at position 7, expected COUNT, SUM, AVG, MIN or MAX (no other function can be selected)";
    QTest::addRow("TOP without number") << "SELECT TOP * FROM devices" << "unexpected '*' at position 11, expected a whole number after TOP";
    QTest::addRow("bad number") << "SELECT * FROM devices WHERE version = 12abc" << "invalid number '12abc' at position 38";
    QTest::addRow("bad escape") << R"(SELECT * FROM devices WHERE deviceId = 'a\q')" << "invalid escape '\\q' at position 41";
    QTest::addRow("alias missing") << "SELECT COUNT() AS FROM devices" << "unexpected 'FROM' at position 18, expected a name after AS";
}

void TestHubQuery::parseErrors()
{
    QFETCH(QString, query);
    QFETCH(QString, message);
    QString error;
    QVERIFY(!HubQuery::parse(query, &error));
    QCOMPARE(error, message);
}

void TestHubQuery::selectShapes_data()
{
    QTest::addColumn<QString>("query");
    QTest::addColumn<bool>("selectAll");
    QTest::addColumn<bool>("aggregate");
    QTest::addColumn<QStringList>("names");
    QTest::addColumn<qint64>("top");
    QTest::addRow("star") << "SELECT * FROM devices" << true << false << QStringList() << qint64(-1);
    QTest::addRow("top") << "SELECT TOP 5 * FROM devices" << true << false << QStringList() << qint64(5);
    QTest::addRow("count alias") << "SELECT COUNT() AS numberOfDevices FROM devices" << false << true
                                 << QStringList{QStringLiteral("numberOfDevices")} << qint64(-1);
    QTest::addRow("count unnamed") << "SELECT COUNT() FROM devices" << false << true << QStringList{QStringLiteral("$1")} << qint64(-1);
    QTest::addRow("projection names") << "SELECT DeviceId, LastActivityTime, tags.location.region FROM devices" << false << false
                                      << QStringList{QStringLiteral("deviceId"), QStringLiteral("lastActivityTime"), QStringLiteral("region")}
                                      << qint64(-1);
    QTest::addRow("group by") << "SELECT properties.reported.telemetryConfig.status AS status, COUNT() AS numberOfDevices FROM devices GROUP BY properties.reported.telemetryConfig.status"
                              << false << true << QStringList{QStringLiteral("status"), QStringLiteral("numberOfDevices")} << qint64(-1);
    QTest::addRow("modules") << "SELECT * FROM devices.modules WHERE properties.reported.status = 'scanning'" << true << false
                             << QStringList() << qint64(-1);
}

void TestHubQuery::selectShapes()
{
    QFETCH(QString, query);
    QFETCH(bool, selectAll);
    QFETCH(bool, aggregate);
    QFETCH(QStringList, names);
    QFETCH(qint64, top);
    QString error;
    const std::optional<HubQuery> parsed = HubQuery::parse(query, &error);
    QVERIFY2(parsed, qPrintable(error));
    QCOMPARE(parsed->selectsAll(), selectAll);
    QCOMPARE(parsed->isAggregate(), aggregate);
    QStringList actual;
    for (const HubQuery::SelectItem &item : parsed->definition().select)
        actual.append(item.outputName);
    QCOMPARE(actual, names);
    QCOMPARE(parsed->top().value_or(-1), top);
}

void TestHubQuery::projection()
{
    const std::optional<HubQuery> query = HubQuery::parse(
        QStringLiteral("SELECT deviceId, tags.site, properties.reported.firmware.version AS fw FROM devices"));
    QVERIFY(query);
    const QList<QJsonObject> twins = fleet();
    QCOMPARE(query->project(HubQueryJsonRow(twins.at(0))),
             json(R"({"deviceId":"contoso-0001","site":"berlin","fw":"1.2.0"})"));
    // Undefined values are left out, not written as null.
    QCOMPARE(query->project(HubQueryJsonRow(twins.at(3))), json(R"({"deviceId":"fabrikam-0002","site":"oslo"})"));
    const std::optional<HubQuery> star = HubQuery::parse(QStringLiteral("SELECT * FROM devices"));
    QCOMPARE(star->project(HubQueryJsonRow(twins.at(1))), twins.at(1));
}

void TestHubQuery::aggregates_data()
{
    QTest::addColumn<QString>("query");
    QTest::addColumn<QString>("expected");
    QTest::addRow("count") << "SELECT COUNT() AS n FROM devices" << R"([{"n":6}])";
    QTest::addRow("count where") << "SELECT COUNT() AS connected FROM devices WHERE connectionState = 'Connected'" << R"([{"connected":3}])";
    QTest::addRow("count of nothing is 0") << "SELECT COUNT() AS n FROM devices WHERE deviceId = 'none'" << R"([{"n":0}])";
    QTest::addRow("unnamed count") << "SELECT COUNT() FROM devices WHERE status = 'disabled'" << R"([{"$1":1}])";
    QTest::addRow("group by tenant")
        << "SELECT tags.tenant AS tenant, COUNT() AS n FROM devices GROUP BY tags.tenant"
        << R"([{"tenant":"contoso","n":3},{"tenant":"fabrikam","n":2},{"n":1}])";
    QTest::addRow("group by status with where")
        << "SELECT status, COUNT() AS n FROM devices WHERE STARTSWITH(deviceId, 'fabrikam') GROUP BY status"
        << R"([{"status":"disabled","n":1},{"status":"enabled","n":1}])";
    QTest::addRow("group by firmware")
        << "SELECT properties.reported.firmware.version AS fw, COUNT() AS n FROM devices GROUP BY properties.reported.firmware.version"
        << R"([{"fw":"1.2.0","n":2},{"fw":"1.3.0","n":1},{"n":2},{"fw":"2.0.0","n":1}])";
    QTest::addRow("sum avg min max")
        << "SELECT SUM(properties.reported.temperature) AS s, AVG(properties.reported.temperature) AS a, MIN(properties.reported.temperature) AS lo, MAX(properties.reported.temperature) AS hi FROM devices"
        << R"([{"s":47.5,"a":15.833333333333334,"lo":-4,"hi":30}])";
}

void TestHubQuery::aggregates()
{
    QFETCH(QString, query);
    QFETCH(QString, expected);
    QString error;
    const std::optional<HubQuery> parsed = HubQuery::parse(query, &error);
    QVERIFY2(parsed, qPrintable(error));
    QCOMPARE(aggregate(*parsed), QJsonDocument::fromJson(expected.toUtf8()).array());
}

void TestHubQuery::lengthLimit()
{
    const QString base = QStringLiteral("SELECT * FROM devices WHERE deviceId = '");
    const QString fits = base + QString(HubQuery::MaxLength - base.size() - 1, u'a') + u'\'';
    QCOMPARE(fits.size(), HubQuery::MaxLength);
    QVERIFY(HubQuery::parse(fits));
    QString error;
    QVERIFY(!HubQuery::parse(QString(fits + u' '), &error));
    QCOMPARE(error, QStringLiteral("the query is 8193 characters long; at most 8192 are allowed"));

    // Deep nesting is refused with a message, not a stack overflow.
    const QString deep = QStringLiteral("SELECT * FROM devices WHERE ") + QString(2000, u'(') + QStringLiteral("status = 'enabled'")
        + QString(2000, u')');
    QVERIFY(!HubQuery::parse(deep, &error));
    QVERIFY2(error.contains(QStringLiteral("nested more than 64 levels")), qPrintable(error));
}

void TestHubQuery::resultTypeAndFingerprint()
{
    const auto parse = [](const char *text) { return *HubQuery::parse(QString::fromLatin1(text)); };
    QCOMPARE(parse("SELECT * FROM devices").resultType(), StampDeck::Azure::QueryResultType::Twin);
    QCOMPARE(parse("SELECT deviceId FROM devices").resultType(), StampDeck::Azure::QueryResultType::Raw);
    QCOMPARE(parse("SELECT COUNT() AS n FROM devices").resultType(), StampDeck::Azure::QueryResultType::Raw);
    QCOMPARE(parse("SELECT * FROM devices.jobs").resultType(), StampDeck::Azure::QueryResultType::DeviceJob);
    QCOMPARE(parse("SELECT * FROM devices").fingerprint(), parse("SELECT * FROM devices").fingerprint());
    QVERIFY(parse("SELECT * FROM devices").fingerprint() != parse("SELECT * FROM devices WHERE status = 'enabled'").fingerprint());
}

QTEST_GUILESS_MAIN(TestHubQuery)
#include "tst_hubquery.moc"
