// CredentialVault against the real Secret Service of the test session (scripts/run-tests.sh runs
// ctest under dbus-run-session with a throwaway, unlocked gnome-keyring).
#include "CredentialBook.h"
#include "CredentialVault.h"
#include "FutureWait.h"
#include "MemorySecretStore.h"
#include "SecretScan.h"

#include <QDir>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTest>
#include <QUuid>

using namespace StampDeck;
using Status = SecretResult::Status;

class TestCredentialVault : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void storeReadReplaceRemove();
    void missingEntryMeansAskTheUser();
    void demoKeysStayApartFromFleetKeys();
    void bookKeepsItsIndexInTheKeychain();
    void bookForgetsAndReplaces();
    void noSecretInAnyFile();

private:
    static QString freshKey() { return QStringLiteral("sas/test-%1/policy").arg(QUuid::createUuid().toString(QUuid::Id128)); }
    static QString fakeSecret() { return QString::fromLatin1(QUuid::createUuid().toRfc4122().toBase64()); }
    QStringList m_secretsUsed;
};

void TestCredentialVault::initTestCase()
{
    if (qEnvironmentVariableIsEmpty("DBUS_SESSION_BUS_ADDRESS"))
        QSKIP("No D-Bus session: run through scripts/run-tests.sh (dbus-run-session + scripts/keyring-session.sh).");
    // Probe once: without an unlocked Secret Service this suite cannot say anything.
    CredentialVault vault(CredentialVault::Scope::Fleet);
    vault.setRetryDelay(std::chrono::milliseconds(100));
    SecretResult result;
    STAMPDECK_AWAIT(vault.read(freshKey()), result);
    QVERIFY2(result.status == Status::NotFound,
             qPrintable(QStringLiteral("the test session's keychain does not answer: ") + result.errorString));
}

void TestCredentialVault::storeReadReplaceRemove()
{
    CredentialVault vault(CredentialVault::Scope::Fleet);
    QCOMPARE(vault.serviceName(), QStringLiteral("StampDeck"));
    QVERIFY(vault.isPersistent());
    const QString key = freshKey();
    const QString first = fakeSecret();
    const QString second = fakeSecret();
    m_secretsUsed << first << second;

    SecretResult result;
    STAMPDECK_AWAIT(vault.store(key, first), result);
    QVERIFY2(result.ok(), qPrintable(result.errorString));
    STAMPDECK_AWAIT(vault.read(key), result);
    QVERIFY(result.ok());
    QVERIFY(result.secret == first);

    // Replace: the second store overwrites the first.
    STAMPDECK_AWAIT(vault.store(key, second), result);
    QVERIFY(result.ok());
    // A second vault (another run of the console) reads what the first stored.
    CredentialVault again(CredentialVault::Scope::Fleet);
    STAMPDECK_AWAIT(again.read(key), result);
    QVERIFY(result.ok());
    QVERIFY(result.secret == second);

    STAMPDECK_AWAIT(vault.remove(key), result);
    QVERIFY(result.ok());
    STAMPDECK_AWAIT(vault.read(key), result);
    QCOMPARE(result.status, Status::NotFound);
    // Removing again is not an error: the wanted state (no entry) holds.
    STAMPDECK_AWAIT(vault.remove(key), result);
    QVERIFY(result.ok());
    QVERIFY(vault.isAvailable());
}

void TestCredentialVault::missingEntryMeansAskTheUser()
{
    CredentialVault vault(CredentialVault::Scope::Fleet);
    QSignalSpy availability(&vault, &SecretStore::availabilityChanged);
    SecretResult result;
    STAMPDECK_AWAIT(vault.read(freshKey()), result);
    QCOMPARE(result.status, Status::NotFound);
    QVERIFY(!result.storeUnusable());
    QVERIFY(result.secret.isEmpty());
    QVERIFY(vault.isAvailable());
    QCOMPARE(availability.count(), 0);
}

void TestCredentialVault::demoKeysStayApartFromFleetKeys()
{
    CredentialVault fleet(CredentialVault::Scope::Fleet);
    CredentialVault demo(CredentialVault::Scope::Demo);
    QCOMPARE(demo.serviceName(), QStringLiteral("StampDeck Demo"));
    const QString key = freshKey();
    const QString secret = fakeSecret();
    m_secretsUsed << secret;
    SecretResult result;
    STAMPDECK_AWAIT(demo.store(key, secret), result);
    QVERIFY(result.ok());
    STAMPDECK_AWAIT(fleet.read(key), result);
    QCOMPARE(result.status, Status::NotFound);
    STAMPDECK_AWAIT(demo.read(key), result);
    QVERIFY(result.secret == secret);
    STAMPDECK_AWAIT(demo.remove(key), result);
    QVERIFY(result.ok());
}

void TestCredentialVault::bookKeepsItsIndexInTheKeychain()
{
    const QString host = QStringLiteral("hub-%1.azure-devices.net").arg(QUuid::createUuid().toString(QUuid::Id128).left(8));
    const QString secret = fakeSecret();
    m_secretsUsed << secret;
    EndpointCredential credential{EndpointCredential::Kind::Hub, host, QStringLiteral("registryReadWrite"),
                                  EndpointCredential::Right::RegistryRead | EndpointCredential::Right::RegistryWrite,
                                  EndpointCredential::Storage::Keychain};
    {
        CredentialVault vault(CredentialVault::Scope::Demo);
        MemorySecretStore memory;
        CredentialBook book(&vault, &memory);
        QSignalSpy changed(&book, &CredentialBook::credentialsChanged);
        SecretResult result;
        STAMPDECK_AWAIT(book.save(credential, secret), result);
        QVERIFY2(result.ok(), qPrintable(result.errorString));
        QVERIFY(changed.count() >= 1);
        QCOMPARE(memory.count(), 0); // the keychain took it; memory holds nothing
    }
    // A new run: the list comes back from the keychain, and the key with it.
    CredentialVault vault(CredentialVault::Scope::Demo);
    MemorySecretStore memory;
    CredentialBook book(&vault, &memory);
    QVERIFY(book.credentials().isEmpty());
    SecretResult result;
    STAMPDECK_AWAIT(book.load(), result);
    QVERIFY(result.ok());
    const auto found = book.find(host.toUpper());
    QVERIFY(found.has_value());
    QCOMPARE(found->policyName, QStringLiteral("registryReadWrite"));
    QCOMPARE(found->kind, EndpointCredential::Kind::Hub);
    QCOMPARE(found->storage, EndpointCredential::Storage::Keychain);
    QCOMPARE(found->rights, credential.rights);
    STAMPDECK_AWAIT(book.readKey(*found), result);
    QVERIFY(result.ok());
    QVERIFY(result.secret == secret);
    // The index itself holds no key.
    STAMPDECK_AWAIT(vault.read(QString(CredentialBook::IndexKey)), result);
    QVERIFY(result.ok());
    QVERIFY(result.secret.contains(host));
    QVERIFY(!result.secret.contains(secret));
    STAMPDECK_AWAIT(book.forget(*found), result);
    QVERIFY(result.ok());
}

void TestCredentialVault::bookForgetsAndReplaces()
{
    CredentialVault vault(CredentialVault::Scope::Fleet);
    MemorySecretStore memory;
    CredentialBook book(&vault, &memory);
    const QString host = QStringLiteral("dps-%1.azure-devices-provisioning.net").arg(QUuid::createUuid().toString(QUuid::Id128).left(8));
    const QString first = fakeSecret();
    const QString second = fakeSecret();
    m_secretsUsed << first << second;
    EndpointCredential credential{EndpointCredential::Kind::Dps, host, QStringLiteral("provisioningserviceowner"), {},
                                  EndpointCredential::Storage::Keychain};
    SecretResult result;
    STAMPDECK_AWAIT(book.save(credential, first), result);
    QVERIFY(result.ok());
    credential.rights = EndpointCredential::Right::EnrollmentRead;
    STAMPDECK_AWAIT(book.save(credential, second), result);
    QVERIFY(result.ok());
    const auto entries = book.credentials();
    QCOMPARE(std::count_if(entries.cbegin(), entries.cend(), [&](const EndpointCredential &c) { return c.hostName == host; }), 1);
    STAMPDECK_AWAIT(book.readKey(credential), result);
    QVERIFY(result.secret == second);
    QCOMPARE(book.find(host)->rights, EndpointCredential::Rights(EndpointCredential::Right::EnrollmentRead));

    STAMPDECK_AWAIT(book.forget(credential), result);
    QVERIFY(result.ok());
    QVERIFY(!book.find(host).has_value());
    STAMPDECK_AWAIT(vault.read(credential.storageKey()), result);
    QCOMPARE(result.status, Status::NotFound);
    CredentialBook fresh(&vault, &memory);
    STAMPDECK_AWAIT(fresh.load(), result);
    QVERIFY(!fresh.find(host).has_value());
}

void TestCredentialVault::noSecretInAnyFile()
{
    // Whatever QtKeychain did above, no plaintext copy may exist in this session's folders
    // (the insecure fallback would write one under the config folder). gnome-keyring's own file
    // is encrypted, so it must not contain the secrets either.
    QStringList roots{QDir::homePath()};
    for (const char *variable : {"XDG_CONFIG_HOME", "XDG_DATA_HOME", "XDG_CACHE_HOME", "XDG_STATE_HOME", "XDG_RUNTIME_DIR"}) {
        if (!qEnvironmentVariableIsEmpty(variable))
            roots << qEnvironmentVariable(variable);
    }
    roots << QDir::currentPath();
    QList<QByteArray> needles;
    for (const QString &secret : std::as_const(m_secretsUsed))
        needles << secret.toUtf8() << QByteArray::fromBase64(secret.toLatin1());
    QVERIFY(needles.size() >= 8);
    const QStringList hits = SecretScan::filesContaining(SecretScan::filesUnder(roots), needles);
    QVERIFY2(hits.isEmpty(), qPrintable(QStringLiteral("secret found in: ") + hits.join(QStringLiteral(", "))));
}

QTEST_GUILESS_MAIN(TestCredentialVault)
#include "tst_credentialvault.moc"
