// CredentialBook over in-memory stores: the index round trip, concurrent saves, forgetting, and
// the keychain taking over a key that was kept in memory.
#include "CredentialBook.h"
#include "MemorySecretStore.h"

#include <QSignalSpy>
#include <QTest>

using namespace StampDeck;

namespace {

EndpointCredential hub(const QString &host, const QString &policy = QStringLiteral("iothubowner"))
{
    return {EndpointCredential::Kind::Hub, host, policy, EndpointCredential::Right::RegistryRead, EndpointCredential::Storage::Keychain};
}

template <typename T>
T await(QFuture<T> future)
{
    if (!QTest::qWaitFor([&] { return future.isFinished(); }, 5000) || future.resultCount() != 1)
        qFatal("no answer");
    return future.result();
}

} // namespace

class TestCredentialBook : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void keyBuilderIgnoresCaseAndSeparatesParts();
    void indexRoundTrip();
    void concurrentSavesKeepEveryEntry();
    void keychainTakesOverFromMemory();
    void findPrefersThePolicyAsked();
};

void TestCredentialBook::keyBuilderIgnoresCaseAndSeparatesParts()
{
    QCOMPARE(EndpointCredential::storageKeyFor(QStringLiteral("Hub-1.Azure-Devices.net"), QStringLiteral("IotHubOwner")),
             QStringLiteral("sas/hub-1.azure-devices.net/iothubowner"));
    QCOMPARE(EndpointCredential::storageKeyFor(QStringLiteral("localhost:40123"), QStringLiteral("service")),
             QStringLiteral("sas/localhost:40123/service"));
    QVERIFY(EndpointCredential::storageKeyFor(QStringLiteral("a"), QStringLiteral("b")) != QString(CredentialBook::IndexKey));
}

void TestCredentialBook::indexRoundTrip()
{
    MemorySecretStore keychain, memory;
    {
        CredentialBook book(&keychain, &memory);
        EndpointCredential dps{EndpointCredential::Kind::Dps, QStringLiteral("dps-1.azure-devices-provisioning.net"),
                               QStringLiteral("enrollmentwrite"),
                               EndpointCredential::Right::EnrollmentRead | EndpointCredential::Right::EnrollmentWrite,
                               EndpointCredential::Storage::Keychain};
        QVERIFY(await(book.save(hub(QStringLiteral("hub-1.azure-devices.net")), QStringLiteral("a2V5MQ=="))).ok());
        QVERIFY(await(book.save(dps, QStringLiteral("a2V5Mg=="))).ok());
    }
    CredentialBook book(&keychain, &memory);
    QSignalSpy changed(&book, &CredentialBook::credentialsChanged);
    QVERIFY(await(book.load()).ok());
    QCOMPARE(changed.count(), 1);
    const QList<EndpointCredential> all = book.credentials();
    QCOMPARE(all.size(), 2);
    QCOMPARE(all.at(0).kind, EndpointCredential::Kind::Dps); // newest first
    QCOMPARE(all.at(0).rights, EndpointCredential::Right::EnrollmentRead | EndpointCredential::Right::EnrollmentWrite);
    QCOMPARE(all.at(1).hostName, QStringLiteral("hub-1.azure-devices.net"));
    QCOMPARE(await(book.readKey(all.at(0))).secret, QStringLiteral("a2V5Mg=="));
    const QString index = await(keychain.read(QString(CredentialBook::IndexKey))).secret;
    QVERIFY(!index.contains(QStringLiteral("a2V5")));
}

void TestCredentialBook::concurrentSavesKeepEveryEntry()
{
    MemorySecretStore keychain, memory;
    CredentialBook book(&keychain, &memory);
    QList<QFuture<SecretResult>> saves;
    for (int i = 0; i < 5; ++i)
        saves << book.save(hub(QStringLiteral("hub-%1.azure-devices.net").arg(i)), QStringLiteral("a2V5"));
    for (auto &save : saves)
        QVERIFY(await(save).ok());
    CredentialBook fresh(&keychain, &memory);
    QVERIFY(await(fresh.load()).ok());
    QCOMPARE(fresh.credentials().size(), 5);
    QVERIFY(await(fresh.forget(*fresh.find(QStringLiteral("hub-3.azure-devices.net")))).ok());
    CredentialBook third(&keychain, &memory);
    QVERIFY(await(third.load()).ok());
    QCOMPARE(third.credentials().size(), 4);
    QVERIFY(!third.find(QStringLiteral("hub-3.azure-devices.net")));
    QCOMPARE(await(keychain.read(EndpointCredential::storageKeyFor(QStringLiteral("hub-3.azure-devices.net"), QStringLiteral("iothubowner")))).status,
             SecretResult::Status::NotFound);
}

void TestCredentialBook::keychainTakesOverFromMemory()
{
    MemorySecretStore keychain, memory;
    CredentialBook book(&keychain, &memory);
    EndpointCredential credential = hub(QStringLiteral("hub-1.azure-devices.net"));
    credential.storage = EndpointCredential::Storage::Memory;
    QVERIFY(await(book.save(credential, QStringLiteral("bWVtb3J5"))).ok());
    QCOMPARE(memory.count(), 1);
    QCOMPARE(keychain.count(), 0); // memory entries are never listed in the keychain
    credential.storage = EndpointCredential::Storage::Keychain;
    QVERIFY(await(book.save(credential, QStringLiteral("a2V5Y2hhaW4="))).ok());
    QCOMPARE(memory.count(), 0);
    QCOMPARE(book.credentials().size(), 1);
    QCOMPARE(book.credentials().first().storage, EndpointCredential::Storage::Keychain);
}

void TestCredentialBook::findPrefersThePolicyAsked()
{
    MemorySecretStore keychain, memory;
    CredentialBook book(&keychain, &memory);
    QVERIFY(await(book.save(hub(QStringLiteral("hub-1.azure-devices.net"), QStringLiteral("registryRead")), QStringLiteral("cg=="))).ok());
    QVERIFY(await(book.save(hub(QStringLiteral("hub-1.azure-devices.net"), QStringLiteral("iothubowner")), QStringLiteral("bw=="))).ok());
    QCOMPARE(book.credentials().size(), 2);
    QCOMPARE(book.find(QStringLiteral("HUB-1.azure-devices.net"))->policyName, QStringLiteral("iothubowner"));
    QCOMPARE(book.find(QStringLiteral("hub-1.azure-devices.net"), QStringLiteral("registryread"))->policyName, QStringLiteral("registryRead"));
    QVERIFY(!book.find(QStringLiteral("hub-2.azure-devices.net")));
}

QTEST_GUILESS_MAIN(TestCredentialBook)
#include "tst_credentialbook.moc"
