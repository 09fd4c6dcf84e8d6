// The console's credential flow end to end, and the leak test of issue 3: connection strings of
// the real emulator are pasted into the CredentialDialog, checked against the endpoints over
// HTTPS (HttpConnectionProbe), stored in the real Secret Service of the test session (the demo
// scope) and read back. Then EVERY file under this process's HOME, XDG folders and working
// folder (config, cache, logs, workspace) is searched for the keys and for every SAS signature
// the flow sent: none may contain one.
#include "CredentialBook.h"
#include "CredentialDialog.h"
#include "CredentialVault.h"
#include "EmulatorProcess.h"
#include "FutureWait.h"
#include "HttpConnectionProbe.h"
#include "MemorySecretStore.h"
#include "SecretScan.h"
#include "SharedAccessSignature.h"
#include "Workspace.h"

#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QNetworkAccessManager>
#include <QPushButton>
#include <QSignalSpy>
#include <QSslCertificate>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QUrlQuery>

using namespace StampDeck;
using State = ConnectionProbeResult::RightState;

namespace {

// Records the Authorization header of every request, so the test knows each SAS signature the
// flow produced and can look for it on disk.
class RecordingNetwork : public QNetworkAccessManager
{
public:
    QList<QByteArray> authorizations;

protected:
    QNetworkReply *createRequest(Operation op, const QNetworkRequest &request, QIODevice *data) override
    {
        if (request.hasRawHeader("Authorization"))
            authorizations << request.rawHeader("Authorization");
        return QNetworkAccessManager::createRequest(op, request, data);
    }
};

QFile *g_log = nullptr;

// The console's log for this run, in the redirected state folder like a real log file.
void logToFile(QtMsgType, const QMessageLogContext &, const QString &message)
{
    if (g_log) {
        g_log->write(message.toUtf8() + '\n');
        g_log->flush();
    }
}

template <typename T>
T *child(QWidget *parent, const char *name)
{
    T *widget = parent->findChild<T *>(QLatin1String(name));
    if (!widget)
        qFatal("no widget %s", name);
    return widget;
}

} // namespace

class TestCredentialFlow : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();
    void dialogChecksStoresAndReadsBack_data();
    void dialogChecksStoresAndReadsBack();
    void wrongKeyIsRefused();
    void workspaceIsSavedWithoutKeys();
    void noKeyOrSignatureInAnyFileTheConsoleWrote();

private:
    void pasteAndCheck(CredentialDialog &dialog, const QString &connectionString, ConnectionProbeResult *result);

    QTemporaryDir m_root;
    QStringList m_roots;
    std::unique_ptr<Testing::EmulatorProcess> m_emulator;
    RecordingNetwork m_network;
    QList<QByteArray> m_keys;
    QList<QString> m_connectionStrings;
    QtMessageHandler m_previousHandler = nullptr;
};

void TestCredentialFlow::initTestCase()
{
    if (qEnvironmentVariableIsEmpty("DBUS_SESSION_BUS_ADDRESS"))
        QSKIP("No D-Bus session: run through scripts/run-tests.sh (dbus-run-session + scripts/keyring-session.sh).");
    QVERIFY(m_root.isValid());
    // The emulator runs in its own temporary folder (outside m_root): only what the console side
    // writes lands in the folders scanned below.
    m_emulator = std::make_unique<Testing::EmulatorProcess>();
    QVERIFY2(m_emulator->start(), qPrintable(m_emulator->errorString()));
    QVERIFY(!m_emulator->endpoints().hubs.isEmpty());

    const QDir root(m_root.path());
    const struct { const char *variable; const char *folder; } places[] = {
        {"HOME", "home"}, {"XDG_CONFIG_HOME", "config"}, {"XDG_DATA_HOME", "data"}, {"XDG_CACHE_HOME", "cache"},
        {"XDG_STATE_HOME", "state"}, {nullptr, "work"}};
    for (const auto &place : places) {
        QVERIFY(root.mkpath(QLatin1String(place.folder)));
        m_roots << root.filePath(QLatin1String(place.folder));
        if (place.variable)
            qputenv(place.variable, QFile::encodeName(m_roots.last()));
    }
    if (!qEnvironmentVariableIsEmpty("XDG_RUNTIME_DIR"))
        m_roots << qEnvironmentVariable("XDG_RUNTIME_DIR");
    QVERIFY(QDir::setCurrent(root.filePath(QStringLiteral("work"))));
    g_log = new QFile(root.filePath(QStringLiteral("state/stampdeck.log")));
    QVERIFY(g_log->open(QIODevice::WriteOnly));
    m_previousHandler = qInstallMessageHandler(logToFile);
}

void TestCredentialFlow::cleanupTestCase()
{
    qInstallMessageHandler(m_previousHandler);
    delete g_log;
    g_log = nullptr;
    m_emulator.reset();
}

void TestCredentialFlow::pasteAndCheck(CredentialDialog &dialog, const QString &connectionString, ConnectionProbeResult *result)
{
    QSignalSpy checked(&dialog, &CredentialDialog::checked);
    child<QLineEdit>(&dialog, "connectionStringEdit")->setText(connectionString);
    QTest::mouseClick(child<QPushButton>(&dialog, "checkButton"), Qt::LeftButton);
    QVERIFY(checked.wait(20000));
    *result = checked.first().first().value<ConnectionProbeResult>();
}

void TestCredentialFlow::dialogChecksStoresAndReadsBack_data()
{
    QTest::addColumn<QString>("connectionString");
    QTest::addColumn<int>("kind");
    const auto &endpoints = m_emulator->endpoints();
    QTest::addRow("hub") << endpoints.hubs.first().connectionString << static_cast<int>(EndpointCredential::Kind::Hub);
    if (!endpoints.dps.isEmpty())
        QTest::addRow("dps") << endpoints.dps.first().connectionString << static_cast<int>(EndpointCredential::Kind::Dps);
}

void TestCredentialFlow::dialogChecksStoresAndReadsBack()
{
    QFETCH(QString, connectionString);
    QFETCH(int, kind);
    const auto parsed = Azure::ConnectionString::parse(connectionString);
    QVERIFY(parsed);
    m_keys << parsed->sharedAccessKey().toUtf8();
    m_connectionStrings << connectionString;

    CredentialVault vault(CredentialVault::Scope::Demo);
    MemorySecretStore memory;
    CredentialBook book(&vault, &memory);
    HttpConnectionProbe probe(&m_network);
    const QList<QSslCertificate> ca = QSslCertificate::fromPath(m_emulator->endpoints().caCertificate);
    QVERIFY(!ca.isEmpty());
    probe.setExtraCaCertificates(parsed->hostName(), ca);
    CredentialDialog dialog(&book, &probe);
    dialog.setKnownEndpoints({{parsed->hostName(), static_cast<EndpointCredential::Kind>(kind)}});
    dialog.show();

    ConnectionProbeResult result;
    pasteAndCheck(dialog, connectionString, &result);
    QVERIFY2(result.isVerified(), qPrintable(result.message));
    // The emulator's endpoints file carries the owner policies: every right checked is there.
    for (const auto &check : std::as_const(result.checks))
        QVERIFY2(check.state == State::Granted, qPrintable(EndpointCredential::rightName(check.right) + QStringLiteral(": ") + check.detail));
    QCOMPARE(child<QListWidget>(&dialog, "rightsList")->count(), 3);

    QSignalSpy stored(&dialog, &CredentialDialog::stored);
    QTest::mouseClick(child<QPushButton>(&dialog, "storeButton"), Qt::LeftButton);
    QVERIFY2(stored.wait(20000), qPrintable(child<QLabel>(&dialog, "statusLabel")->text()));
    QCOMPARE(stored.first().first().value<EndpointCredential>().storage, EndpointCredential::Storage::Keychain);
    QCOMPARE(memory.count(), 0);

    // Another run of the console finds the entry and the key in the keychain.
    CredentialVault again(CredentialVault::Scope::Demo);
    CredentialBook fresh(&again, &memory);
    SecretResult read;
    STAMPDECK_AWAIT(fresh.load(), read);
    QVERIFY(read.ok());
    const auto entry = fresh.find(parsed->hostName(), parsed->sharedAccessKeyName());
    QVERIFY(entry);
    QCOMPARE(static_cast<int>(entry->kind), kind);
    QCOMPARE(EndpointCredential::rightNames(entry->rights).size(), 3);
    STAMPDECK_AWAIT(fresh.readKey(*entry), read);
    QVERIFY(read.ok());
    QVERIFY(read.secret == parsed->sharedAccessKey());
}

void TestCredentialFlow::wrongKeyIsRefused()
{
    const auto parsed = Azure::ConnectionString::parse(m_emulator->endpoints().hubs.first().connectionString);
    QVERIFY(parsed);
    // A well-formed key that is not the hub's.
    const QString wrongKey = QString::fromLatin1(QByteArray(32, '\x5a').toBase64());
    const Azure::ConnectionString wrong(parsed->hostName(), parsed->sharedAccessKeyName(), wrongKey);
    m_keys << wrongKey.toUtf8();

    CredentialVault vault(CredentialVault::Scope::Demo);
    MemorySecretStore memory;
    CredentialBook book(&vault, &memory);
    HttpConnectionProbe probe(&m_network);
    probe.setExtraCaCertificates(parsed->hostName(), QSslCertificate::fromPath(m_emulator->endpoints().caCertificate));
    CredentialDialog dialog(&book, &probe);
    dialog.setKnownEndpoints({{parsed->hostName(), EndpointCredential::Kind::Hub}});
    dialog.show();
    ConnectionProbeResult result;
    pasteAndCheck(dialog, wrong.toString(), &result);
    QCOMPARE(result.outcome, ConnectionProbeResult::Outcome::Refused);
    for (const auto &check : std::as_const(result.checks))
        QCOMPARE(check.state, State::Denied);
    QVERIFY(!child<QPushButton>(&dialog, "storeButton")->isEnabled());
    QVERIFY(!child<QLabel>(&dialog, "statusLabel")->text().contains(wrongKey));
}

void TestCredentialFlow::workspaceIsSavedWithoutKeys()
{
    // The console saves workspaces (safe to commit): one written here joins the scan.
    WorkspaceError error;
    const auto workspace = Workspace::load(m_emulator->endpoints().workspace, &error);
    if (!workspace)
        QSKIP(qPrintable(QStringLiteral("the emulator's workspace does not load yet: ") + error.toString()));
    QString problem;
    QVERIFY2(workspace->save(QDir(m_roots.first()).filePath(QStringLiteral("fleet.stampdeck.json")), &problem), qPrintable(problem));
}

void TestCredentialFlow::noKeyOrSignatureInAnyFileTheConsoleWrote()
{
    QVERIFY(m_keys.size() >= 2);
    QVERIFY2(!m_network.authorizations.isEmpty(), "the flow sent no request: nothing to look for");
    QList<QByteArray> needles;
    for (const QByteArray &key : std::as_const(m_keys)) {
        needles << key << QByteArray::fromBase64(key) << QUrl::toPercentEncoding(QString::fromUtf8(key));
    }
    for (const QString &connectionString : std::as_const(m_connectionStrings))
        needles << connectionString.toUtf8();
    for (const QByteArray &authorization : std::as_const(m_network.authorizations)) {
        const auto token = Azure::SharedAccessSignature::parse(QString::fromUtf8(authorization));
        QVERIFY(token);
        const QByteArray signature = token->signature().toUtf8();
        needles << authorization << signature << QUrl::toPercentEncoding(token->signature());
    }
    // No SAS token of any key, not just the known ones.
    needles << QByteArray("SharedAccessSignature sr=");

    g_log->flush();
    const QStringList files = SecretScan::filesUnder(m_roots);
    // The scan must have something to look at: the log and the saved workspace at least.
    QVERIFY2(files.contains(QDir(m_roots.at(4)).filePath(QStringLiteral("stampdeck.log"))), qPrintable(files.join(u',')));
    const QStringList hits = SecretScan::filesContaining(files, needles);
    QVERIFY2(hits.isEmpty(), qPrintable(QStringLiteral("a key or SAS signature was found in: ") + hits.join(QStringLiteral(", "))));

    // The scanner does find what it looks for (so an empty result means something).
    QFile canary(QDir(m_roots.first()).filePath(QStringLiteral("canary.txt")));
    QVERIFY(canary.open(QIODevice::WriteOnly));
    canary.write("x" + needles.first() + "y");
    canary.close();
    QCOMPARE(SecretScan::filesContaining(SecretScan::filesUnder(m_roots), needles), QStringList{canary.fileName()});
    canary.remove();
}

QTEST_MAIN(TestCredentialFlow)
#include "tst_credentialflow.moc"
