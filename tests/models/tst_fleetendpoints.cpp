#include "CredentialBook.h"
#include "FleetEndpoints.h"
#include "MemorySecretStore.h"

#include <QSignalSpy>
#include <QTest>

using namespace StampDeck;
using namespace StampDeck::Azure;

// Workspace hosts turned into client endpoints from the credential book: keys read asynchronously,
// quotas from tier and units, CAs from the stamp and for all, missing keys reported in words.
class TestFleetEndpoints : public QObject
{
    Q_OBJECT

private:
    const QString m_key = QStringLiteral("c2VjcmV0LWtleS1mb3ItdGVzdHMtb25seQ==");

    static Workspace workspace(const QString &caPath)
    {
        Workspace result;
        Stamp first;
        first.id = QStringLiteral("weu-1");
        first.hub.hostName = QStringLiteral("hub-weu-1.azure-devices.net");
        first.hub.tier = QStringLiteral("S3");
        first.hub.units = 2;
        first.dps = {{QStringLiteral("dps-weu.azure-devices-provisioning.net"), QStringLiteral("0ne01"), {}, {}}};
        first.caCertificate = caPath;
        Stamp second = first;
        second.id = QStringLiteral("weu-2");
        second.hub.hostName = QStringLiteral("hub-weu-2.azure-devices.net");
        second.hub.tier = QStringLiteral("S1");
        second.hub.units = 1;
        second.caCertificate.clear();
        result.stamps = {first, second};
        return result;
    }

    bool store(CredentialBook &book, const QString &host, EndpointCredential::Kind kind)
    {
        EndpointCredential credential;
        credential.kind = kind;
        credential.hostName = host;
        credential.policyName = kind == EndpointCredential::Kind::Hub ? QStringLiteral("registryRead")
                                                                      : QStringLiteral("provisioningserviceowner");
        credential.storage = EndpointCredential::Storage::Memory;
        QFuture<SecretResult> saved = book.save(credential, m_key);
        if (!QTest::qWaitFor([&] { return saved.isFinished(); }, 5000))
            return false;
        return saved.result().ok();
    }

    static const AzureEndpoint *find(const QList<AzureEndpoint> &endpoints, const QString &host)
    {
        for (const AzureEndpoint &endpoint : endpoints) {
            if (endpoint.hostName == host)
                return &endpoint;
        }
        return nullptr;
    }

private Q_SLOTS:
    void resolvesEveryHostWithItsKey()
    {
        MemorySecretStore memory;
        CredentialBook book(nullptr, &memory);
        const Workspace fleet = workspace(QFINDTESTDATA("data/fleetendpoints-ca.pem"));
        QVERIFY(store(book, fleet.stamps.at(0).hub.hostName, EndpointCredential::Kind::Hub));
        QVERIFY(store(book, fleet.stamps.at(1).hub.hostName, EndpointCredential::Kind::Hub));
        QVERIFY(store(book, fleet.stamps.at(0).dps.first().hostName, EndpointCredential::Kind::Dps));

        FleetEndpoints endpoints(&book);
        const QList<QSslCertificate> extra = QSslCertificate::fromPath(QFINDTESTDATA("data/fleetendpoints-ca.pem"));
        QCOMPARE(extra.size(), 1);
        endpoints.setExtraCaCertificates(extra);
        endpoints.setTimeScale(10);
        QList<AzureEndpoint> ready;
        connect(&endpoints, &FleetEndpoints::endpointReady, this, [&](const AzureEndpoint &e) { ready.append(e); });
        QSignalSpy missing(&endpoints, &FleetEndpoints::endpointMissing);
        endpoints.setWorkspace(fleet);
        QCOMPARE(endpoints.hostNames().size(), 3); // the shared DPS once
        QTRY_COMPARE(ready.size(), 3);
        QCOMPARE(missing.size(), 0);

        const AzureEndpoint *first = find(ready, fleet.stamps.at(0).hub.hostName);
        QVERIFY(first);
        QCOMPARE(first->policyName, QStringLiteral("registryRead"));
        QCOMPARE(first->key, m_key);
        QCOMPARE(first->quotas.timeScale(), 10.0);
        QCOMPARE(first->quotas.rate(OperationClass::HubQuery)->perMinute, 2000.0); // S3, 2 units
        QCOMPARE(first->extraCaCertificates.size(), 2); // the one for all, and the stamp's own
        const AzureEndpoint *second = find(ready, fleet.stamps.at(1).hub.hostName);
        QVERIFY(second);
        QCOMPARE(second->quotas.rate(OperationClass::HubQuery)->perMinute, 20.0);
        QCOMPARE(second->extraCaCertificates.size(), 1);
        const AzureEndpoint *dps = find(ready, fleet.stamps.at(0).dps.first().hostName);
        QVERIFY(dps);
        QVERIFY(dps->quotas.rate(OperationClass::DpsService).has_value());
        QVERIFY(!dps->quotas.rate(OperationClass::HubQuery).has_value());
    }

    void missingKeyThenStoredOne()
    {
        MemorySecretStore memory;
        CredentialBook book(nullptr, &memory);
        Workspace fleet = workspace({});
        fleet.stamps.removeLast();
        QFuture<SecretResult> loaded = book.load();
        QTRY_VERIFY(loaded.isFinished());
        FleetEndpoints endpoints(&book);
        QSignalSpy ready(&endpoints, &FleetEndpoints::endpointReady);
        QSignalSpy missing(&endpoints, &FleetEndpoints::endpointMissing);
        endpoints.setWorkspace(fleet);
        QCOMPARE(missing.size(), 2);
        QCOMPARE(missing.first().at(0).toString(), fleet.stamps.first().hub.hostName);
        QVERIFY(missing.first().at(1).toString().contains(QStringLiteral("No key stored for ") + fleet.stamps.first().hub.hostName));
        QVERIFY(missing.first().at(1).toString().contains(QStringLiteral("Endpoint keys")));

        // Storing a key resolves again on its own (credentialsChanged).
        QVERIFY(store(book, fleet.stamps.first().hub.hostName, EndpointCredential::Kind::Hub));
        QTRY_COMPARE(ready.size(), 1);
        QCOMPARE(ready.first().first().value<AzureEndpoint>().hostName, fleet.stamps.first().hub.hostName);
    }

    void unreadableCaIsReported()
    {
        MemorySecretStore memory;
        CredentialBook book(nullptr, &memory);
        Workspace fleet = workspace(QStringLiteral("/nonexistent/ca.pem"));
        fleet.stamps.removeLast();
        QVERIFY(store(book, fleet.stamps.first().hub.hostName, EndpointCredential::Kind::Hub));
        FleetEndpoints endpoints(&book);
        QSignalSpy ready(&endpoints, &FleetEndpoints::endpointReady);
        QSignalSpy missing(&endpoints, &FleetEndpoints::endpointMissing);
        endpoints.setWorkspace(fleet);
        QTRY_VERIFY(!missing.isEmpty());
        QVERIFY(missing.first().at(1).toString().contains(QStringLiteral("/nonexistent/ca.pem")));
        QCOMPARE(ready.size(), 0);
    }

    void givenEndpointWins()
    {
        MemorySecretStore memory;
        CredentialBook book(nullptr, &memory);
        FleetEndpoints endpoints(&book);
        QSignalSpy ready(&endpoints, &FleetEndpoints::endpointReady);
        QSignalSpy missing(&endpoints, &FleetEndpoints::endpointMissing);
        AzureEndpoint given;
        given.hostName = QStringLiteral("hub-weu-2.azure-devices.net");
        given.policyName = QStringLiteral("iothubowner");
        given.key = m_key;
        endpoints.setEndpoint(given);
        QCOMPARE(ready.size(), 1);
        Workspace fleet = workspace({});
        fleet.stamps.removeFirst();
        endpoints.setWorkspace(fleet); // the hub uses the given endpoint; its DPS waits for the book
        QCOMPARE(ready.size(), 2);
        QCOMPARE(ready.last().first().value<AzureEndpoint>().policyName, QStringLiteral("iothubowner"));
        QCOMPARE(missing.size(), 0); // the book is not loaded yet: no verdict on the DPS
    }
};

QTEST_GUILESS_MAIN(TestFleetEndpoints)
#include "tst_fleetendpoints.moc"
