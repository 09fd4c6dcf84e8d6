// The no-keychain path: a session whose D-Bus address leads nowhere, so no Secret Service can
// answer. The vault must say why (after its one delayed retry), the book must store nothing,
// the memory-only mode must work when chosen, and not one file may appear in HOME, the XDG
// folders or the working folder.
#include "CredentialBook.h"
#include "CredentialVault.h"
#include "FutureWait.h"
#include "MemorySecretStore.h"
#include "SecretScan.h"

#include <QDir>
#include <QElapsedTimer>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace StampDeck;
using Status = SecretResult::Status;
using namespace std::chrono_literals;

class TestVaultNoKeychain : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void vaultSaysWhyAfterOneRetry();
    void bookStoresNothingAndOffersMemory();
    void nothingWrittenToDisk();

private:
    QTemporaryDir m_root;
    QStringList m_roots;
    const QString m_secret = QStringLiteral("bm8ta2V5Y2hhaW4tdGVzdC1zZWNyZXQtMDEyMzQ1Njc4OQ==");
};

void TestVaultNoKeychain::initTestCase()
{
    QVERIFY(m_root.isValid());
    // Everything this process could write to goes under m_root, which starts empty; the bus
    // address names a socket that does not exist. Set before the first keychain job, which is
    // when libsecret connects.
    const QDir root(m_root.path());
    const struct { const char *variable; const char *folder; } places[] = {
        {"HOME", "home"}, {"XDG_CONFIG_HOME", "config"}, {"XDG_DATA_HOME", "data"}, {"XDG_CACHE_HOME", "cache"},
        {"XDG_STATE_HOME", "state"}, {"XDG_RUNTIME_DIR", "runtime"}, {nullptr, "work"}};
    for (const auto &place : places) {
        QVERIFY(root.mkpath(QLatin1String(place.folder)));
        const QString path = root.filePath(QLatin1String(place.folder));
        m_roots << path;
        if (place.variable)
            qputenv(place.variable, QFile::encodeName(path));
    }
    QVERIFY(QFile::setPermissions(root.filePath(QStringLiteral("runtime")), QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner));
    QVERIFY(QDir::setCurrent(root.filePath(QStringLiteral("work"))));
    qputenv("DBUS_SESSION_BUS_ADDRESS", "unix:path=" + QFile::encodeName(root.filePath(QStringLiteral("no-such-bus"))));
    QVERIFY(SecretScan::filesUnder(m_roots).isEmpty());
}

void TestVaultNoKeychain::vaultSaysWhyAfterOneRetry()
{
    CredentialVault vault(CredentialVault::Scope::Fleet);
    vault.setRetryDelay(300ms);
    QSignalSpy availability(&vault, &SecretStore::availabilityChanged);
    QElapsedTimer clock;
    clock.start();
    SecretResult result;
    STAMPDECK_AWAIT(vault.store(QStringLiteral("sas/localhost:1/iothubowner"), m_secret), result);
    // The first failure waits for the one delayed retry (a daemon may be starting) before it
    // reaches the caller.
    QVERIFY2(clock.elapsed() >= 300, qPrintable(QString::number(clock.elapsed())));
    QCOMPARE(result.status, Status::Unavailable);
    QVERIFY(result.storeUnusable());
    QVERIFY(!result.errorString.isEmpty());
    QVERIFY(!result.errorString.contains(m_secret));
    qInfo("what the user reads: %s", qPrintable(result.errorString));
    QVERIFY(!vault.isAvailable());
    QCOMPARE(vault.errorString(), result.errorString);
    QCOMPARE(availability.count(), 1);
    QCOMPARE(availability.first().first().toBool(), false);

    // The retry is spent: the next answers come without waiting again.
    clock.restart();
    STAMPDECK_AWAIT(vault.read(QStringLiteral("sas/localhost:1/iothubowner")), result);
    QCOMPARE(result.status, Status::Unavailable);
    QVERIFY2(clock.elapsed() < 300, qPrintable(QString::number(clock.elapsed())));
    STAMPDECK_AWAIT(vault.remove(QStringLiteral("sas/localhost:1/iothubowner")), result);
    QCOMPARE(result.status, Status::Unavailable);
}

void TestVaultNoKeychain::bookStoresNothingAndOffersMemory()
{
    CredentialVault vault(CredentialVault::Scope::Fleet);
    vault.setRetryDelay(50ms);
    MemorySecretStore memory;
    CredentialBook book(&vault, &memory);
    EndpointCredential credential{EndpointCredential::Kind::Hub, QStringLiteral("hub-1.azure-devices.net"), QStringLiteral("iothubowner"),
                                  EndpointCredential::Right::RegistryRead, EndpointCredential::Storage::Keychain};
    SecretResult result;
    STAMPDECK_AWAIT(book.save(credential, m_secret), result);
    QVERIFY(result.storeUnusable());
    QVERIFY(!result.errorString.isEmpty());
    QVERIFY(!book.problem().isEmpty());
    QVERIFY(book.credentials().isEmpty());
    QCOMPARE(memory.count(), 0); // nothing fell back anywhere on its own

    // The user chose memory for this run.
    credential.storage = EndpointCredential::Storage::Memory;
    STAMPDECK_AWAIT(book.save(credential, m_secret), result);
    QVERIFY(result.ok());
    QCOMPARE(memory.count(), 1);
    QCOMPARE(book.credentials().size(), 1);
    QCOMPARE(book.find(QStringLiteral("hub-1.azure-devices.net"))->storage, EndpointCredential::Storage::Memory);
    STAMPDECK_AWAIT(book.readKey(credential), result);
    QVERIFY(result.ok());
    QVERIFY(result.secret == m_secret);
    STAMPDECK_AWAIT(book.forget(credential), result);
    QVERIFY(result.ok());
    QCOMPARE(memory.count(), 0);
    QVERIFY(book.credentials().isEmpty());
}

void TestVaultNoKeychain::nothingWrittenToDisk()
{
    const QStringList files = SecretScan::filesUnder(m_roots);
    QVERIFY2(files.isEmpty(), qPrintable(QStringLiteral("files appeared: ") + files.join(QStringLiteral(", "))));
}

QTEST_GUILESS_MAIN(TestVaultNoKeychain)
#include "tst_vaultnokeychain.moc"
