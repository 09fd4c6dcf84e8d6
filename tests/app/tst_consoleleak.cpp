// The leak test on the real console: `stampdeck --demo` runs with HOME, the XDG folders and its
// working folder in a fresh temporary folder; it starts its emulator and moves the emulator's
// keys into the demo keychain of the test session. The test reads those keys back from the
// keychain, ends the console, and searches every file under those folders for them.
#include "CredentialBook.h"
#include "CredentialVault.h"
#include "FutureWait.h"
#include "MemorySecretStore.h"
#include "SecretScan.h"

#include <QDir>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

#include <csignal>

using namespace StampDeck;

namespace {

// The emulator the console started (its only child process), so it can be stopped too.
QList<qint64> childrenOf(qint64 pid)
{
    QFile file(QStringLiteral("/proc/%1/task/%1/children").arg(pid));
    QList<qint64> children;
    if (file.open(QIODevice::ReadOnly)) {
        const QList<QByteArray> ids = file.readAll().simplified().split(' ');
        for (const QByteArray &id : ids) {
            if (!id.isEmpty())
                children << id.toLongLong();
        }
    }
    return children;
}

// Ends the console and the emulator it started however the test leaves (a failed check must not
// leave an emulator behind: the console's SIGTERM ends it without its destructors).
struct ConsoleGuard
{
    QProcess &process;
    ~ConsoleGuard()
    {
        if (process.state() == QProcess::NotRunning)
            return;
        const QList<qint64> children = childrenOf(process.processId());
        process.terminate();
        if (!process.waitForFinished(20000))
            process.kill();
        for (qint64 child : children)
            ::kill(static_cast<pid_t>(child), SIGTERM);
    }
};

} // namespace

class TestConsoleLeak : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void demoKeysReachTheKeychainAndNoFile();

private:
    QList<EndpointCredential> demoEntries();
};

QList<EndpointCredential> TestConsoleLeak::demoEntries()
{
    CredentialVault vault(CredentialVault::Scope::Demo);
    MemorySecretStore memory;
    CredentialBook book(&vault, &memory);
    auto load = book.load();
    if (!QTest::qWaitFor([&] { return load.isFinished(); }, 10000) || load.resultCount() != 1 || !load.result().ok())
        return {};
    return book.credentials();
}

void TestConsoleLeak::demoKeysReachTheKeychainAndNoFile()
{
    if (qEnvironmentVariableIsEmpty("DBUS_SESSION_BUS_ADDRESS"))
        QSKIP("No D-Bus session: run through scripts/run-tests.sh (dbus-run-session + scripts/keyring-session.sh).");
    const QString console = qEnvironmentVariable("STAMPDECK_CONSOLE");
    const QString emulator = qEnvironmentVariable("STAMPDECK_EMULATOR");
    QVERIFY2(QFileInfo(console).isExecutable(), "set STAMPDECK_CONSOLE to the stampdeck binary");
    QVERIFY2(QFileInfo(emulator).isExecutable(), "set STAMPDECK_EMULATOR to the stampdeck-emulator binary");

    // Start from an empty demo keychain, so what appears there is this console's doing.
    {
        CredentialVault vault(CredentialVault::Scope::Demo);
        MemorySecretStore memory;
        CredentialBook book(&vault, &memory);
        SecretResult result;
        STAMPDECK_AWAIT(book.load(), result);
        QVERIFY2(result.ok(), qPrintable(result.errorString));
        for (const EndpointCredential &stale : book.credentials())
            STAMPDECK_AWAIT(book.forget(stale), result);
    }

    QTemporaryDir root;
    QVERIFY(root.isValid());
    const QDir dir(root.path());
    QStringList roots;
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    const struct { const char *variable; const char *folder; } places[] = {
        {"HOME", "home"}, {"XDG_CONFIG_HOME", "config"}, {"XDG_DATA_HOME", "data"}, {"XDG_CACHE_HOME", "cache"},
        {"XDG_STATE_HOME", "state"}, {nullptr, "work"}};
    for (const auto &place : places) {
        QVERIFY(dir.mkpath(QLatin1String(place.folder)));
        roots << dir.filePath(QLatin1String(place.folder));
        if (place.variable)
            environment.insert(QLatin1String(place.variable), roots.last());
    }
    environment.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
    // The emulator's own run folder (with its endpoints file, which carries its connection
    // strings by design) stays in TMPDIR, outside the folders searched: it is the emulator's
    // file, not the console's.

    QProcess process;
    process.setProcessEnvironment(environment);
    process.setWorkingDirectory(roots.last());
    process.setProcessChannelMode(QProcess::MergedChannels);
    process.start(console, {QStringLiteral("--demo"), QStringLiteral("--demo-devices"), QStringLiteral("200"),
                            QStringLiteral("--emulator"), emulator});
    QVERIFY2(process.waitForStarted(10000), qPrintable(process.errorString()));
    ConsoleGuard guard{process};

    // The demo has at least 4 stamps and 2 DPS instances: wait until their keys are listed.
    QList<EndpointCredential> entries;
    QTRY_VERIFY2_WITH_TIMEOUT((entries = demoEntries()).size() >= 6 || process.state() == QProcess::NotRunning,
                              "the console did not move the demo's keys into the keychain", 90000);
    QVERIFY2(process.state() == QProcess::Running, process.readAll().constData());

    QList<QByteArray> keys;
    {
        CredentialVault vault(CredentialVault::Scope::Demo);
        MemorySecretStore memory;
        CredentialBook book(&vault, &memory);
        SecretResult result;
        STAMPDECK_AWAIT(book.load(), result);
        for (const EndpointCredential &entry : book.credentials()) {
            QCOMPARE(entry.storage, EndpointCredential::Storage::Keychain);
            STAMPDECK_AWAIT(book.readKey(entry), result);
            QVERIFY(result.ok());
            keys << result.secret.toUtf8() << QByteArray::fromBase64(result.secret.toUtf8());
        }
    }
    QVERIFY(keys.size() >= 12);

    {
        ConsoleGuard stopNow{process};
    }
    QCOMPARE(process.state(), QProcess::NotRunning);
    // What the console printed is part of what it wrote.
    QFile output(dir.filePath(QStringLiteral("work/console-output.txt")));
    QVERIFY(output.open(QIODevice::WriteOnly));
    output.write(process.readAll());
    output.close();

    const QStringList files = SecretScan::filesUnder(roots);
    const QStringList hits = SecretScan::filesContaining(files, keys);
    QVERIFY2(hits.isEmpty(), qPrintable(QStringLiteral("a demo key was found in: ") + hits.join(QStringLiteral(", "))));
    qInfo("searched %d file(s) the console wrote", static_cast<int>(files.size()));
}

QTEST_GUILESS_MAIN(TestConsoleLeak)
#include "tst_consoleleak.moc"
