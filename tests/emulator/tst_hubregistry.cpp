// Tests of HubRegistry: identity CRUD with etags, generated keys, twins (patch/replace, limits),
// simulated connection and reported properties, statistics and the DPS path (assign/release).
// Iteration order and the state-file block are in tst_hubdevicetable; the rules for twin
// collections in tst_hubtwincollection.

#include "hub/HubRegistry.h"
#include "hub/HubSasKeys.h"

#include <AzureErrorCodes.h>

#include <QBuffer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QtTest>

using namespace StampDeck::Emulator;
namespace Azure = StampDeck::Azure;
namespace Codes = StampDeck::Azure::ErrorCodes;

namespace {

QJsonObject json(const char *text)
{
    return QJsonDocument::fromJson(QByteArray(text)).object();
}

Azure::DeviceIdentity identity(const QString &id)
{
    Azure::DeviceIdentity device;
    device.deviceId = id;
    return device;
}

Azure::Twin twinPatch(const char *text)
{
    QString error;
    const std::optional<Azure::Twin> twin = Azure::Twin::fromJson(json(text), &error);
    if (!twin)
        qFatal("bad twin patch: %s", qPrintable(error));
    return *twin;
}

const QByteArray KeyA = QByteArray(32, 'a').toBase64();
const QByteArray KeyB = QByteArray(32, 'b').toBase64();

} // namespace

class TestHubRegistry : public QObject
{
    Q_OBJECT

private slots:
    void init() { m_now = StartMs; }
    void createGeneratesKeysAndDerivedFields();
    void createRejectsBadInputAndChangesNothing_data();
    void createRejectsBadInputAndChangesNothing();
    void createDuplicateAndLimit();
    void replaceChecksEtag();
    void replaceKeepsKeysWhenEmptyAndDisablingDisconnects();
    void deleteAndRecreate();
    void selfSignedAndOddKeyLengthsUseExtras();
    void twinPatchMergesAndBumpsVersions();
    void twinReplace();
    void connectionAndReportedProperties();
    void assignAndReleaseForDps();
    void etagMatching_data();
    void etagMatching();

private:
    static constexpr qint64 StartMs = 1714557600000; // 2024-05-01T10:00:00Z
    qint64 m_now = StartMs;
    HubRegistry::Clock clock() { return [this] { return m_now; }; }
};

void TestHubRegistry::createGeneratesKeysAndDerivedFields()
{
    HubRegistry registry(QStringLiteral("localhost:4000"), clock());
    Azure::DeviceIdentity created;
    QVERIFY(!registry.createDevice(identity(QStringLiteral("dev-1")), &created));

    QCOMPARE(created.deviceId, QStringLiteral("dev-1"));
    QCOMPARE(created.status, Azure::DeviceStatus::Enabled);
    QCOMPARE(created.connectionState, Azure::ConnectionState::Disconnected);
    QCOMPARE(created.authentication->type, Azure::AuthenticationType::Sas);
    const QString primary = *created.authentication->symmetricKey->primaryKey;
    const QString secondary = *created.authentication->symmetricKey->secondaryKey;
    QCOMPARE(QByteArray::fromBase64(primary.toLatin1()).size(), 32);
    QVERIFY(primary != secondary);
    QCOMPARE(created.generationId->size(), 18);
    QVERIFY(!created.etag->isEmpty());
    QCOMPARE(created.statusUpdatedTime->toString(), QStringLiteral("0001-01-01T00:00:00Z"));
    QCOMPARE(created.lastActivityTime->toString(), QStringLiteral("0001-01-01T00:00:00Z"));

    const std::optional<Azure::DeviceIdentity> fetched = registry.device(QStringLiteral("dev-1"));
    QVERIFY(fetched);
    QCOMPARE(*fetched, created);
    QVERIFY(!registry.device(QStringLiteral("DEV-1"))); // device ids are case-sensitive

    const QJsonObject twin = *registry.twin(QStringLiteral("dev-1"));
    QCOMPARE(twin.value(QLatin1StringView("deviceId")).toString(), QStringLiteral("dev-1"));
    QCOMPARE(twin.value(QLatin1StringView("version")).toInteger(), 1);
    QCOMPARE(twin.value(QLatin1StringView("etag")).toString(), QStringLiteral("AAAAAQAAAAE="));
    QCOMPARE(twin.value(QLatin1StringView("deviceEtag")).toString(), *created.etag);
    QVERIFY(!twin.contains(QLatin1StringView("tags")));
    QCOMPARE(twin.value(QLatin1StringView("properties")).toObject().value(QLatin1StringView("desired")).toObject()
                 .value(QLatin1StringView("$version")).toInteger(), 1);

    QCOMPARE(registry.registryStatistics().totalDeviceCount, 1);
    QCOMPARE(registry.registryStatistics().enabledDeviceCount, 1);
    QCOMPARE(registry.serviceStatistics().connectedDeviceCount, 0);
}

void TestHubRegistry::createRejectsBadInputAndChangesNothing_data()
{
    QTest::addColumn<QString>("deviceId");
    QTest::addColumn<QString>("primaryKey");
    QTest::addColumn<QString>("authType");
    QTest::addColumn<QString>("message");
    QTest::addRow("slash in id") << "a/b" << "" << "sas" << "'/'";
    QTest::addRow("too long") << QString(129, u'x') << "" << "sas" << "128";
    QTest::addRow("empty id") << "" << "" << "sas" << "empty";
    QTest::addRow("key not base64") << "ok-id" << "not base64!" << "sas" << "authentication.symmetricKey.primaryKey is not valid base64";
    QTest::addRow("key too short") << "ok-id" << QString::fromLatin1(QByteArray(8, 'k').toBase64()) << "sas"
                                   << "authentication.symmetricKey.primaryKey must be the base64 encoding of 16 to 64 bytes; it holds 8";
    QTest::addRow("selfSigned without thumbprint") << "ok-id" << "" << "selfSigned" << "needs x509Thumbprint.primaryThumbprint";
}

void TestHubRegistry::createRejectsBadInputAndChangesNothing()
{
    QFETCH(QString, deviceId);
    QFETCH(QString, primaryKey);
    QFETCH(QString, authType);
    QFETCH(QString, message);
    HubRegistry registry;
    Azure::DeviceIdentity device = identity(deviceId);
    Azure::AuthenticationMechanism authentication;
    authentication.type = Azure::Wire::fromString<Azure::AuthenticationType>(authType);
    Azure::SymmetricKey keys;
    keys.primaryKey = primaryKey;
    authentication.symmetricKey = keys;
    device.authentication = authentication;

    const Azure::AzureError error = registry.createDevice(device);
    QVERIFY(error);
    QCOMPARE(error.code(), Codes::ArgumentInvalid);
    QCOMPARE(error.httpStatus(), 400);
    QVERIFY2(error.message().contains(message), qPrintable(error.message()));
    QCOMPARE(registry.deviceCount(), 0);
}

void TestHubRegistry::createDuplicateAndLimit()
{
    HubRegistry registry;
    registry.setDeviceLimit(2);
    QVERIFY(!registry.createDevice(identity(QStringLiteral("a"))));
    const Azure::AzureError duplicate = registry.createDevice(identity(QStringLiteral("a")));
    QCOMPARE(duplicate.code(), Codes::DeviceAlreadyExists);
    QCOMPARE(duplicate.httpStatus(), 409);
    QVERIFY(!registry.createDevice(identity(QStringLiteral("b"))));
    const Azure::AzureError full = registry.createDevice(identity(QStringLiteral("c")));
    QCOMPARE(full.code(), Codes::IotHubQuotaExceeded);
    QCOMPARE(full.httpStatus(), 403);
    QCOMPARE(registry.deviceCount(), 2);
}

void TestHubRegistry::replaceChecksEtag()
{
    HubRegistry registry(QString(), clock());
    Azure::DeviceIdentity created;
    QVERIFY(!registry.createDevice(identity(QStringLiteral("d")), &created));
    const QString etag = *created.etag;

    Azure::DeviceIdentity update = created;
    update.status = Azure::DeviceStatus::Disabled;
    const Azure::AzureError stale = registry.replaceDevice(update, QStringLiteral("\"bm9wZQ==\""));
    QCOMPARE(stale.code(), Codes::PreconditionFailed);
    QCOMPARE(stale.httpStatus(), 412);
    QCOMPARE(registry.device(QStringLiteral("d"))->status, Azure::DeviceStatus::Enabled);

    m_now += 1000;
    Azure::DeviceIdentity replaced;
    QVERIFY(!registry.replaceDevice(update, u'"' + etag + u'"', &replaced));
    QCOMPARE(replaced.status, Azure::DeviceStatus::Disabled);
    QVERIFY(*replaced.etag != etag);
    QCOMPARE(replaced.statusUpdatedTime->toMSecsSinceEpoch(), m_now);
    QCOMPARE(registry.registryStatistics().disabledDeviceCount, 1);

    // The old etag no longer matches; * always does.
    QCOMPARE(registry.replaceDevice(update, etag).code(), Codes::PreconditionFailed);
    update.status = Azure::DeviceStatus::Enabled;
    QVERIFY(!registry.replaceDevice(update, QStringLiteral("\"*\"")));
    QCOMPARE(registry.registryStatistics().disabledDeviceCount, 0);

    QCOMPARE(registry.replaceDevice(identity(QStringLiteral("missing")), QStringLiteral("*")).code(), Codes::DeviceNotFound);
}

void TestHubRegistry::replaceKeepsKeysWhenEmptyAndDisablingDisconnects()
{
    HubRegistry registry;
    Azure::DeviceIdentity created;
    QVERIFY(!registry.createDevice(identity(QStringLiteral("d")), &created));
    QVERIFY(registry.setConnected(QStringLiteral("d"), true));
    QCOMPARE(registry.serviceStatistics().connectedDeviceCount, 1);

    // What Node's registry.update() sends for a device without authentication: empty keys.
    Azure::DeviceIdentity update = identity(QStringLiteral("d"));
    Azure::AuthenticationMechanism authentication;
    authentication.type = Azure::AuthenticationType::Sas;
    authentication.symmetricKey = Azure::SymmetricKey{QString(), QString()};
    update.authentication = authentication;
    update.status = Azure::DeviceStatus::Disabled;
    Azure::DeviceIdentity replaced;
    QVERIFY(!registry.replaceDevice(update, QStringLiteral("*"), &replaced));
    QCOMPARE(replaced.authentication->symmetricKey, created.authentication->symmetricKey);
    QCOMPARE(replaced.connectionState, Azure::ConnectionState::Disconnected);
    QCOMPARE(registry.serviceStatistics().connectedDeviceCount, 0);
    QVERIFY(!registry.setConnected(QStringLiteral("d"), true)); // disabled devices cannot connect

    // Given keys replace the old ones.
    update.authentication->symmetricKey = Azure::SymmetricKey{QString::fromLatin1(KeyA), QString::fromLatin1(KeyB)};
    QVERIFY(!registry.replaceDevice(update, QStringLiteral("*"), &replaced));
    QCOMPARE(*replaced.authentication->symmetricKey->primaryKey, QString::fromLatin1(KeyA));
}

void TestHubRegistry::deleteAndRecreate()
{
    HubRegistry registry;
    Azure::DeviceIdentity first;
    QVERIFY(!registry.createDevice(identity(QStringLiteral("d")), &first));
    QCOMPARE(registry.deleteDevice(QStringLiteral("d"), QStringLiteral("\"stale\"")).code(), Codes::PreconditionFailed);
    QVERIFY(registry.contains(QStringLiteral("d")));
    QVERIFY(!registry.deleteDevice(QStringLiteral("d"), u'"' + *first.etag + u'"'));
    QVERIFY(!registry.contains(QStringLiteral("d")));
    QCOMPARE(registry.deleteDevice(QStringLiteral("d"), QStringLiteral("*")).code(), Codes::DeviceNotFound);
    QCOMPARE(registry.registryStatistics().totalDeviceCount, 0);

    Azure::DeviceIdentity second;
    QVERIFY(!registry.createDevice(identity(QStringLiteral("d")), &second));
    QVERIFY(*second.generationId != *first.generationId);
    QVERIFY(*second.etag != *first.etag); // an etag of the deleted incarnation never matches again
    QCOMPARE(registry.deleteDevice(QStringLiteral("d"), *first.etag).code(), Codes::PreconditionFailed);
}

void TestHubRegistry::selfSignedAndOddKeyLengthsUseExtras()
{
    HubRegistry registry;
    Azure::DeviceIdentity device = identity(QStringLiteral("x509"));
    Azure::AuthenticationMechanism authentication;
    authentication.x509Thumbprint = Azure::X509Thumbprint{QString(40, u'a'), std::nullopt};
    device.authentication = authentication; // no type: selfSigned because a thumbprint is given
    device.statusReason = QStringLiteral("provisioned by hand");
    Azure::DeviceIdentity created;
    QVERIFY(!registry.createDevice(device, &created));
    QCOMPARE(created.authentication->type, Azure::AuthenticationType::SelfSigned);
    QCOMPARE(*created.authentication->x509Thumbprint->primaryThumbprint, QString(40, u'A'));
    QCOMPARE(*created.statusReason, QStringLiteral("provisioned by hand"));

    Azure::DeviceIdentity sixteen = identity(QStringLiteral("short-keys"));
    Azure::AuthenticationMechanism sas;
    const QString key16 = QString::fromLatin1(QByteArray(16, 'z').toBase64());
    sas.symmetricKey = Azure::SymmetricKey{key16, key16};
    sixteen.authentication = sas;
    QVERIFY(!registry.createDevice(sixteen, &created));
    QCOMPARE(*created.authentication->symmetricKey->primaryKey, key16);
    QCOMPARE(*registry.device(QStringLiteral("short-keys"))->authentication->symmetricKey->secondaryKey, key16);
}

void TestHubRegistry::twinPatchMergesAndBumpsVersions()
{
    HubRegistry registry(QString(), clock());
    QVERIFY(!registry.createDevice(identity(QStringLiteral("t"))));
    const QString etag = registry.twinEtag(QStringLiteral("t"));
    QJsonObject result;
    m_now += 5000;
    QVERIFY(!registry.patchTwin(QStringLiteral("t"),
                                twinPatch(R"({"tags":{"site":"berlin","location":{"floor":2,"room":"a"}},
                                              "properties":{"desired":{"interval":30}}})"),
                                u'"' + etag + u'"', &result));
    QCOMPARE(result.value(QLatin1StringView("tags")).toObject(), json(R"({"site":"berlin","location":{"floor":2,"room":"a"}})"));
    QCOMPARE(result.value(QLatin1StringView("version")).toInteger(), 2);
    const QJsonObject desired = result.value(QLatin1StringView("properties")).toObject().value(QLatin1StringView("desired")).toObject();
    QCOMPARE(desired.value(QLatin1StringView("interval")).toInt(), 30);
    QCOMPARE(desired.value(QLatin1StringView("$version")).toInteger(), 2);
    QCOMPARE(desired.value(QLatin1StringView("$metadata")).toObject().value(QLatin1StringView("$lastUpdated")).toString(),
             QStringLiteral("2024-05-01T10:00:05Z"));
    QVERIFY(registry.twinEtag(QStringLiteral("t")) != etag);

    // Merge: nested keys merge, null removes, tags alone leave desired's version alone.
    QVERIFY(!registry.patchTwin(QStringLiteral("t"), twinPatch(R"({"tags":{"location":{"room":null,"floor":3},"site":null}})"),
                                QString(), &result));
    QCOMPARE(result.value(QLatin1StringView("tags")).toObject(), json(R"({"location":{"floor":3}})"));
    QCOMPARE(result.value(QLatin1StringView("properties")).toObject().value(QLatin1StringView("desired")).toObject()
                 .value(QLatin1StringView("$version")).toInteger(), 2);

    // Stale etag: 412 and nothing changes.
    const Azure::AzureError stale = registry.patchTwin(QStringLiteral("t"), twinPatch(R"({"tags":{"x":1}})"), etag);
    QCOMPARE(stale.code(), Codes::PreconditionFailed);
    QVERIFY(!registry.twin(QStringLiteral("t"))->value(QLatin1StringView("tags")).toObject().contains(QLatin1StringView("x")));

    QCOMPARE(registry.patchTwin(QStringLiteral("nobody"), twinPatch(R"({"tags":{"x":1}})"), QString()).code(),
             Codes::DeviceNotFound);
}

void TestHubRegistry::twinReplace()
{
    HubRegistry registry;
    QVERIFY(!registry.createDevice(identity(QStringLiteral("t"))));
    QVERIFY(!registry.patchTwin(QStringLiteral("t"), twinPatch(R"({"tags":{"a":1,"b":2},"properties":{"desired":{"x":1}}})"), QString()));
    QVERIFY(registry.setReportedProperties(QStringLiteral("t"), json(R"({"fw":"1.0"})")));
    QJsonObject full = *registry.twin(QStringLiteral("t"));
    // A full twin (as GET returned it) with new tags: reported is echoed unchanged, which is fine.
    full.insert(QLatin1StringView("tags"), json(R"({"c":3})"));
    QJsonObject result;
    QVERIFY(!registry.replaceTwin(QStringLiteral("t"), *Azure::Twin::fromJson(full), QString(), &result));
    QCOMPARE(result.value(QLatin1StringView("tags")).toObject(), json(R"({"c":3})"));
    QCOMPARE(result.value(QLatin1StringView("properties")).toObject().value(QLatin1StringView("desired")).toObject()
                 .value(QLatin1StringView("x")).toInt(), 1);
    // Without desired, a replacement clears it; changed reported properties are refused.
    QVERIFY(!registry.replaceTwin(QStringLiteral("t"), twinPatch(R"({"tags":{}})"), QStringLiteral("*"), &result));
    QVERIFY(!result.value(QLatin1StringView("properties")).toObject().value(QLatin1StringView("desired")).toObject()
                 .contains(QLatin1StringView("x")));
    QCOMPARE(registry.replaceTwin(QStringLiteral("t"), twinPatch(R"({"properties":{"reported":{"fw":"2.0"}}})"), QString()).httpStatus(),
             400);
}

void TestHubRegistry::connectionAndReportedProperties()
{
    HubRegistry registry(QString(), clock());
    for (int i = 0; i < 5; ++i)
        QVERIFY(!registry.createDevice(identity(QStringLiteral("c%1").arg(i))));
    m_now += 60000;
    QVERIFY(registry.setConnected(QStringLiteral("c1"), true));
    QVERIFY(registry.setConnected(QStringLiteral("c2"), true));
    QVERIFY(registry.setConnected(QStringLiteral("c2"), true)); // idempotent
    QVERIFY(!registry.setConnected(QStringLiteral("nobody"), true));
    QCOMPARE(registry.serviceStatistics().connectedDeviceCount, 2);
    QVERIFY(registry.isConnected(QStringLiteral("c1")));
    const Azure::DeviceIdentity device = *registry.device(QStringLiteral("c1"));
    QCOMPARE(device.connectionState, Azure::ConnectionState::Connected);
    QCOMPARE(device.lastActivityTime->toMSecsSinceEpoch(), m_now);
    QCOMPARE(device.connectionStateUpdatedTime->toMSecsSinceEpoch(), m_now);
    QVERIFY(registry.setConnected(QStringLiteral("c2"), false));
    QCOMPARE(registry.serviceStatistics().connectedDeviceCount, 1);

    QVERIFY(registry.setReportedProperties(QStringLiteral("c1"), json(R"({"firmware":{"version":"1.0"},"temp":3})")));
    QVERIFY(registry.setReportedProperties(QStringLiteral("c1"), json(R"({"firmware":{"version":"1.1"},"temp":null})")));
    const QJsonObject reported = registry.twin(QStringLiteral("c1"))->value(QLatin1StringView("properties")).toObject()
                                     .value(QLatin1StringView("reported")).toObject();
    QCOMPARE(reported.value(QLatin1StringView("firmware")).toObject().value(QLatin1StringView("version")).toString(),
             QStringLiteral("1.1"));
    QVERIFY(!reported.contains(QLatin1StringView("temp")));
    QCOMPARE(reported.value(QLatin1StringView("$version")).toInteger(), 3);
    QVERIFY(!registry.setReportedProperties(QStringLiteral("c1"), json(R"({"bad.name":1})")));
}

void TestHubRegistry::assignAndReleaseForDps()
{
    HubRegistry registry(QStringLiteral("hub-a.localhost"));
    ProvisioningTarget &target = registry;
    QCOMPARE(target.hostName(), QStringLiteral("hub-a.localhost"));
    const QJsonObject twin = json(R"({"tags":{"tenant":"contoso"},"properties":{"desired":{"interval":10},"reported":{}}})");
    target.assignDevice(QStringLiteral("reg-1"), KeyA, KeyB, twin, false);
    const Azure::DeviceIdentity device = *registry.device(QStringLiteral("reg-1"));
    QCOMPARE(*device.authentication->symmetricKey->primaryKey, QString::fromLatin1(KeyA));
    QCOMPARE(*device.authentication->symmetricKey->secondaryKey, QString::fromLatin1(KeyB));
    QCOMPARE(device.status, Azure::DeviceStatus::Enabled);
    QCOMPARE(registry.twin(QStringLiteral("reg-1"))->value(QLatin1StringView("tags")).toObject(), json(R"({"tenant":"contoso"})"));

    // Re-registration: a disabled identity gets enabled and new keys; the twin stays unless replaced.
    Azure::DeviceIdentity disable = device;
    disable.status = Azure::DeviceStatus::Disabled;
    QVERIFY(!registry.replaceDevice(disable, QStringLiteral("*")));
    QVERIFY(registry.setReportedProperties(QStringLiteral("reg-1"), json(R"({"fw":"2"})")));
    target.assignDevice(QStringLiteral("reg-1"), KeyB, KeyA, json(R"({"tags":{"tenant":"other"}})"), false);
    QCOMPARE(registry.device(QStringLiteral("reg-1"))->status, Azure::DeviceStatus::Enabled);
    QCOMPARE(*registry.device(QStringLiteral("reg-1"))->authentication->symmetricKey->primaryKey, QString::fromLatin1(KeyB));
    QCOMPARE(registry.twin(QStringLiteral("reg-1"))->value(QLatin1StringView("tags")).toObject(), json(R"({"tenant":"contoso"})"));

    // Migration out: the twin comes back in the ProvisioningTarget shape and the identity is gone.
    const std::optional<QJsonObject> released = target.releaseDevice(QStringLiteral("reg-1"));
    QVERIFY(released);
    QCOMPARE(*released, json(R"({"tags":{"tenant":"contoso"},"properties":{"desired":{"interval":10},"reported":{"fw":"2"}}})"));
    QVERIFY(!registry.contains(QStringLiteral("reg-1")));
    QVERIFY(!target.releaseDevice(QStringLiteral("reg-1")));
    QCOMPARE(registry.registryStatistics().disabledDeviceCount, 0);

    // Reset: replaceTwin takes the given twin whole.
    target.assignDevice(QStringLiteral("reg-2"), KeyA, KeyA, *released, false);
    target.assignDevice(QStringLiteral("reg-2"), KeyA, KeyA, json(R"({"tags":{"initial":true}})"), true);
    const QJsonObject reset = *registry.twin(QStringLiteral("reg-2"));
    QCOMPARE(reset.value(QLatin1StringView("tags")).toObject(), json(R"({"initial":true})"));
    QCOMPARE(reset.value(QLatin1StringView("properties")).toObject().value(QLatin1StringView("reported")).toObject()
                 .value(QLatin1StringView("fw")), QJsonValue(QJsonValue::Undefined));

    // Keys of other lengths still work (slow path).
    const QByteArray key16 = QByteArray(16, 'q').toBase64();
    target.assignDevice(QStringLiteral("reg-3"), key16, key16, QJsonObject(), false);
    QCOMPARE(*registry.device(QStringLiteral("reg-3"))->authentication->symmetricKey->primaryKey, QString::fromLatin1(key16));
}

void TestHubRegistry::etagMatching_data()
{
    QTest::addColumn<QString>("ifMatch");
    QTest::addColumn<bool>("matches");
    QTest::addRow("bare") << "MTIz" << true;
    QTest::addRow("quoted") << "\"MTIz\"" << true;
    QTest::addRow("weak") << "W/\"MTIz\"" << true;
    QTest::addRow("star") << "*" << true;
    QTest::addRow("quoted star") << "\"*\"" << true;
    QTest::addRow("other") << "\"MTI0\"" << false;
    QTest::addRow("empty") << "" << false;
}

void TestHubRegistry::etagMatching()
{
    QFETCH(QString, ifMatch);
    QFETCH(bool, matches);
    QCOMPARE(HubRegistry::etagMatches(ifMatch, QStringLiteral("MTIz")), matches);
}

QTEST_GUILESS_MAIN(TestHubRegistry)
#include "tst_hubregistry.moc"
