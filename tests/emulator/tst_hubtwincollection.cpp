// Tests of HubTwinCollection: the rules for tags and properties (names, depth, string and
// collection sizes) as HubRegistry applies them to a PATCH (400, nothing changed), and the merge.

#include "hub/HubRegistry.h"
#include "hub/HubTwinCollection.h"

#include <QJsonDocument>
#include <QtTest>

using namespace StampDeck::Emulator;
namespace Azure = StampDeck::Azure;

namespace {

QJsonObject json(const char *text)
{
    return QJsonDocument::fromJson(QByteArray(text)).object();
}

Azure::Twin twinPatch(const char *text)
{
    QString error;
    const std::optional<Azure::Twin> twin = Azure::Twin::fromJson(json(text), &error);
    if (!twin)
        qFatal("bad twin patch: %s", qPrintable(error));
    return *twin;
}

Azure::DeviceIdentity identity(const QString &id)
{
    Azure::DeviceIdentity device;
    device.deviceId = id;
    return device;
}

} // namespace

class TestHubTwinCollection : public QObject
{
    Q_OBJECT

private slots:
    void twinPatchRejectsBadInput_data();
    void twinPatchRejectsBadInput();
    void merge_data();
    void merge();
    void serviceKeysAreDropped();
};

void TestHubTwinCollection::twinPatchRejectsBadInput_data()
{
    QTest::addColumn<QString>("patch");
    QTest::addColumn<QString>("message");
    QTest::addRow("reported from the service") << R"({"properties":{"reported":{"fw":"1"}}})"
                                               << "properties.reported can only be written by the device";
    QTest::addRow("dot in name") << R"({"tags":{"a.b":1}})" << "property name 'a.b' in tags contains '.'";
    QTest::addRow("dollar in name") << R"({"properties":{"desired":{"$x":1}}})" << "property name '$x' in properties.desired contains '$'";
    QTest::addRow("space in name") << R"({"tags":{"a b":1}})" << "contains ' '";
    QTest::addRow("too deep") << R"({"tags":{"a":{"b":{"c":{"d":{"e":{"f":{"g":{"h":{"i":{"j":{"k":1}}}}}}}}}}}})"
                              << "is nested more than 10 levels deep";
    QTest::addRow("tags too big") << QStringLiteral("{\"tags\":{\"big\":\"%1\",\"big2\":\"%1\",\"big3\":\"%1\"}}").arg(QString(3000, u'x'))
                                  << "tags would be";
    QTest::addRow("string too long") << QStringLiteral("{\"tags\":{\"s\":\"%1\"}}").arg(QString(5000, u'x'))
                                     << "tags.s is longer than 4096 bytes";
}

void TestHubTwinCollection::twinPatchRejectsBadInput()
{
    QFETCH(QString, patch);
    QFETCH(QString, message);
    HubRegistry registry;
    QVERIFY(!registry.createDevice(identity(QStringLiteral("t"))));
    const QJsonObject before = *registry.twin(QStringLiteral("t"));
    const Azure::AzureError error = registry.patchTwin(QStringLiteral("t"), twinPatch(patch.toUtf8().constData()), QString());
    QVERIFY(error);
    QCOMPARE(error.httpStatus(), 400);
    QVERIFY2(error.message().contains(message), qPrintable(error.message()));
    QCOMPARE(*registry.twin(QStringLiteral("t")), before);
}

void TestHubTwinCollection::merge_data()
{
    QTest::addColumn<QString>("target");
    QTest::addColumn<QString>("patch");
    QTest::addColumn<QString>("expected");
    QTest::addRow("add") << R"({"a":1})" << R"({"b":2})" << R"({"a":1,"b":2})";
    QTest::addRow("replace") << R"({"a":1})" << R"({"a":"x"})" << R"({"a":"x"})";
    QTest::addRow("null removes") << R"({"a":1,"b":2})" << R"({"a":null})" << R"({"b":2})";
    QTest::addRow("nested merge") << R"({"o":{"x":1,"y":2}})" << R"({"o":{"y":3,"z":4}})" << R"({"o":{"x":1,"y":3,"z":4}})";
    QTest::addRow("object over value") << R"({"o":5})" << R"({"o":{"a":1}})" << R"({"o":{"a":1}})";
    QTest::addRow("arrays replace") << R"({"l":[1,2]})" << R"({"l":[3]})" << R"({"l":[3]})";
    QTest::addRow("removing a missing key") << R"({})" << R"({"gone":null})" << R"({})";
}

void TestHubTwinCollection::merge()
{
    QFETCH(QString, target);
    QFETCH(QString, patch);
    QFETCH(QString, expected);
    QCOMPARE(HubTwinCollection::merge(QJsonDocument::fromJson(target.toUtf8()).object(), QJsonDocument::fromJson(patch.toUtf8()).object()),
             QJsonDocument::fromJson(expected.toUtf8()).object());
}

void TestHubTwinCollection::serviceKeysAreDropped()
{
    QCOMPARE(HubTwinCollection::withoutServiceKeys(json(R"({"a":1,"$metadata":{},"$version":4})")), json(R"({"a":1})"));
    QString error;
    QVERIFY(!HubTwinCollection::validate(json(R"({"a":null})"), QLatin1StringView("tags"), false, &error));
    QCOMPARE(error, QStringLiteral("tags.a is null; null only removes a property in a patch"));
    QVERIFY(HubTwinCollection::validate(json(R"({"a":null,"b":[null,{"c":1}]})"), QLatin1StringView("tags"), true, &error));
}

QTEST_GUILESS_MAIN(TestHubTwinCollection)
#include "tst_hubtwincollection.moc"
