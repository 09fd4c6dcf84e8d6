// DemoCredentialImporter: the emulator's connection strings go into the book's keychain store,
// the previous run's entries are forgotten, and without a keychain the keys stay in memory with
// the reason reported.
#include "CredentialBook.h"
#include "DemoCredentialImporter.h"
#include "MemorySecretStore.h"

#include <QSignalSpy>
#include <QTest>

using namespace StampDeck;

namespace {

const QString Key = QStringLiteral("ZGVtby1rZXktZm9yLWltcG9ydGVyLXRlc3Q=");

EmulatorEndpoints endpointsAt(int port)
{
    const auto cs = [](int p, const char *policy) {
        return QStringLiteral("HostName=localhost:%1;SharedAccessKeyName=%2;SharedAccessKey=%3").arg(p).arg(QLatin1String(policy), Key);
    };
    EmulatorEndpoints endpoints;
    endpoints.hubs << EmulatorEndpoints::Hub{QStringLiteral("hub-a"), QStringLiteral("localhost:%1").arg(port), cs(port, "iothubowner")};
    endpoints.hubs << EmulatorEndpoints::Hub{QStringLiteral("hub-b"), QStringLiteral("localhost:%1").arg(port + 1), cs(port + 1, "iothubowner")};
    endpoints.dps << EmulatorEndpoints::Dps{QStringLiteral("dps-a"), QStringLiteral("localhost:%1").arg(port + 2), QStringLiteral("0ne00000001"),
                                            cs(port + 2, "provisioningserviceowner")};
    endpoints.dps << EmulatorEndpoints::Dps{QStringLiteral("broken"), QStringLiteral("x"), QStringLiteral("0ne00000002"),
                                            QStringLiteral("HostName=;SharedAccessKey=") + Key};
    return endpoints;
}

class DeadKeychain : public SecretStore
{
public:
    QString displayName() const override { return QStringLiteral("dead"); }
    bool isPersistent() const override { return true; }
    bool isAvailable() const override { return false; }
    QString errorString() const override { return QStringLiteral("no Secret Service (test)"); }
    QFuture<SecretResult> store(const QString &, const QString &) override { return fail(); }
    QFuture<SecretResult> read(const QString &) override { return fail(); }
    QFuture<SecretResult> remove(const QString &) override { return fail(); }

private:
    QFuture<SecretResult> fail() const
    {
        return QtFuture::makeReadyFuture(SecretResult::failure(SecretResult::Status::Unavailable, errorString()));
    }
};

} // namespace

class TestDemoCredentialImporter : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void importsIntoTheKeychainAndForgetsTheLastRun();
    void keepsKeysInMemoryWithoutKeychainAndSaysWhy();
};

void TestDemoCredentialImporter::importsIntoTheKeychainAndForgetsTheLastRun()
{
    MemorySecretStore keychain, memory;
    CredentialBook book(&keychain, &memory);
    DemoCredentialImporter importer(&book);
    QSignalSpy finished(&importer, &DemoCredentialImporter::finished);
    importer.import(endpointsAt(40000));
    QTRY_COMPARE(finished.count(), 1);
    QCOMPARE(finished.first().at(0).toInt(), 3);
    const QStringList problems = finished.first().at(1).toStringList();
    QCOMPARE(problems.size(), 1); // the broken string, named without its key
    QVERIFY(problems.first().contains(QStringLiteral("broken")));
    QVERIFY(!problems.first().contains(Key));
    QCOMPARE(book.credentials().size(), 3);
    QCOMPARE(book.find(QStringLiteral("localhost:40002"))->kind, EndpointCredential::Kind::Dps);
    QCOMPARE(book.find(QStringLiteral("localhost:40000"))->storage, EndpointCredential::Storage::Keychain);

    // The next run's emulator listens elsewhere: the old entries go, the new ones come.
    importer.import(endpointsAt(41000));
    QTRY_COMPARE(finished.count(), 2);
    QCOMPARE(book.credentials().size(), 3);
    QVERIFY(!book.find(QStringLiteral("localhost:40000")));
    QVERIFY(book.find(QStringLiteral("localhost:41001")));
    QCOMPARE(keychain.count(), 4); // three keys and the index
    QCOMPARE(memory.count(), 0);
}

void TestDemoCredentialImporter::keepsKeysInMemoryWithoutKeychainAndSaysWhy()
{
    DeadKeychain keychain;
    MemorySecretStore memory;
    CredentialBook book(&keychain, &memory);
    DemoCredentialImporter importer(&book);
    QSignalSpy finished(&importer, &DemoCredentialImporter::finished);
    importer.import(endpointsAt(40000));
    QTRY_COMPARE(finished.count(), 1);
    QCOMPARE(finished.first().at(0).toInt(), 3);
    const QStringList problems = finished.first().at(1).toStringList();
    QVERIFY(problems.join(u' ').contains(QStringLiteral("no Secret Service (test)")));
    QCOMPARE(memory.count(), 3);
    for (const EndpointCredential &credential : book.credentials())
        QCOMPARE(credential.storage, EndpointCredential::Storage::Memory);
}

QTEST_GUILESS_MAIN(TestDemoCredentialImporter)
#include "tst_democredentialimporter.moc"
