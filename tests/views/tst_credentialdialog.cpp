// CredentialDialog under the offscreen platform with a fake probe and in-memory stores: shape
// check, rights shown, store, replace, forget (through the Asker seam), and the memory-only choice
// when the keychain store is unusable.
#include "ConnectionProbe.h"
#include "CredentialBook.h"
#include "CredentialDialog.h"
#include "FutureWait.h"
#include "MemorySecretStore.h"

#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QSignalSpy>
#include <QTableWidget>
#include <QTimer>
#include <QTest>

using namespace StampDeck;
using Right = EndpointCredential::Right;

namespace {

const QString Key = QStringLiteral("c2VjcmV0LWtleS1mb3ItdGhlLWRpYWxvZy10ZXN0LTAx");
const QString NewKey = QStringLiteral("YW5vdGhlci1rZXktZm9yLXRoZS1kaWFsb2ctdGVzdC0y");

QString hubString(const QString &key, const QString &policy = QStringLiteral("iothubowner"))
{
    return QStringLiteral("HostName=weu-1.azure-devices.net;SharedAccessKeyName=%1;SharedAccessKey=%2").arg(policy, key);
}

// Answers from a table, after a turn of the event loop like a real network call.
class FakeProbe : public ConnectionProbe
{
public:
    QList<Azure::ConnectionString> seen;
    EndpointCredential::Kind lastKind = EndpointCredential::Kind::Hub;
    ConnectionProbeResult::Outcome outcome = ConnectionProbeResult::Outcome::Verified;

    QFuture<ConnectionProbeResult> probe(const Azure::ConnectionString &connectionString, EndpointCredential::Kind kind) override
    {
        seen << connectionString;
        lastKind = kind;
        ConnectionProbeResult result;
        result.outcome = outcome;
        const bool granted = outcome == ConnectionProbeResult::Outcome::Verified;
        for (Right right : EndpointCredential::rightsOf(kind)) {
            const bool write = right == Right::RegistryWrite || right == Right::EnrollmentWrite;
            result.checks << ConnectionProbeResult::RightCheck{
                right, granted && !write ? ConnectionProbeResult::RightState::Granted : ConnectionProbeResult::RightState::Denied,
                QStringLiteral("fake")};
        }
        result.message = granted ? QStringLiteral("verified") : QStringLiteral("refused");
        auto promise = std::make_shared<QPromise<ConnectionProbeResult>>();
        promise->start();
        QTimer::singleShot(10, this, [promise, result] {
            promise->addResult(result);
            promise->finish();
        });
        return promise->future();
    }
};

// A keychain that never answers: every operation is Unavailable.
class DeadKeychain : public SecretStore
{
public:
    QString displayName() const override { return QStringLiteral("dead keychain"); }
    bool isPersistent() const override { return true; }
    bool isAvailable() const override { return false; }
    QString errorString() const override { return QStringLiteral("No keychain is available on this system (test)."); }
    QFuture<SecretResult> store(const QString &, const QString &) override { return fail(); }
    QFuture<SecretResult> read(const QString &) override { return fail(); }
    QFuture<SecretResult> remove(const QString &) override { return fail(); }
    int calls = 0;

private:
    QFuture<SecretResult> fail()
    {
        ++calls;
        return QtFuture::makeReadyFuture(SecretResult::failure(SecretResult::Status::Unavailable, errorString()));
    }
};

template <typename T>
T *child(QWidget *parent, const char *name)
{
    T *widget = parent->findChild<T *>(QLatin1String(name));
    if (!widget)
        qFatal("no widget %s", name);
    return widget;
}

} // namespace

class TestCredentialDialog : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void rejectsMalformedStringsWithoutEchoingTheKey();
    void checksShowsRightsAndStores();
    void replacesAndForgets();
    void offersMemoryOnlyWhenNoKeychain();
    void knownEndpointsDecideTheKindOfLoopbackHosts();
};

void TestCredentialDialog::rejectsMalformedStringsWithoutEchoingTheKey()
{
    MemorySecretStore keychain, memory;
    CredentialBook book(&keychain, &memory);
    FakeProbe probe;
    CredentialDialog dialog(&book, &probe);
    dialog.show();
    auto *edit = child<QLineEdit>(&dialog, "connectionStringEdit");
    QCOMPARE(edit->echoMode(), QLineEdit::Password);
    edit->setText(QStringLiteral("HostName=weu-1.azure-devices.net;SharedAccessKey=") + Key);
    QTest::mouseClick(child<QPushButton>(&dialog, "checkButton"), Qt::LeftButton);
    const QString status = child<QLabel>(&dialog, "statusLabel")->text();
    QVERIFY(!status.isEmpty());
    QVERIFY(!status.contains(Key));
    QVERIFY(probe.seen.isEmpty());
    QVERIFY(!child<QPushButton>(&dialog, "storeButton")->isEnabled());

    edit->setText(QStringLiteral("not a connection string"));
    QTest::mouseClick(child<QPushButton>(&dialog, "checkButton"), Qt::LeftButton);
    QVERIFY(probe.seen.isEmpty());
}

void TestCredentialDialog::checksShowsRightsAndStores()
{
    MemorySecretStore keychain, memory;
    CredentialBook book(&keychain, &memory);
    FakeProbe probe;
    CredentialDialog dialog(&book, &probe);
    dialog.show();
    QSignalSpy checked(&dialog, &CredentialDialog::checked);
    QSignalSpy stored(&dialog, &CredentialDialog::stored);
    child<QLineEdit>(&dialog, "connectionStringEdit")->setText(hubString(Key));
    QTest::mouseClick(child<QPushButton>(&dialog, "checkButton"), Qt::LeftButton);
    QVERIFY(checked.wait());
    QCOMPARE(probe.seen.size(), 1);
    QVERIFY(probe.seen.first().sharedAccessKey() == Key);
    QCOMPARE(probe.lastKind, EndpointCredential::Kind::Hub);

    auto *rights = child<QListWidget>(&dialog, "rightsList");
    QCOMPARE(rights->count(), 3);
    QVERIFY(rights->item(0)->text().contains(QStringLiteral("RegistryRead")));
    QCOMPARE(rights->item(0)->data(Qt::UserRole).toInt(), static_cast<int>(ConnectionProbeResult::RightState::Granted));
    auto *store = child<QPushButton>(&dialog, "storeButton");
    QVERIFY(store->isEnabled());
    QTest::mouseClick(store, Qt::LeftButton);
    QTRY_COMPARE(stored.count(), 1);
    QVERIFY(child<QLineEdit>(&dialog, "connectionStringEdit")->text().isEmpty());

    SecretResult result;
    STAMPDECK_AWAIT(keychain.read(EndpointCredential::storageKeyFor(QStringLiteral("weu-1.azure-devices.net"), QStringLiteral("iothubowner"))), result);
    QVERIFY(result.secret == Key);
    auto *table = child<QTableWidget>(&dialog, "credentialTable");
    QCOMPARE(table->rowCount(), 1);
    QCOMPARE(table->item(0, 0)->text(), QStringLiteral("weu-1.azure-devices.net"));
    QCOMPARE(table->item(0, 1)->text(), QStringLiteral("iothubowner"));
    QVERIFY(table->item(0, 3)->text().contains(QStringLiteral("ServiceConnect")));
    for (int column = 0; column < table->columnCount(); ++column)
        QVERIFY(!table->item(0, column)->text().contains(Key));
}

void TestCredentialDialog::replacesAndForgets()
{
    MemorySecretStore keychain, memory;
    CredentialBook book(&keychain, &memory);
    FakeProbe probe;
    CredentialDialog dialog(&book, &probe);
    QStringList questions;
    bool answer = false;
    dialog.setAsker([&](QWidget *, const QString &, const QString &question, CredentialDialog::Answer reply) {
        questions << question;
        reply(answer);
    });
    dialog.show();
    QSignalSpy checked(&dialog, &CredentialDialog::checked);
    QSignalSpy stored(&dialog, &CredentialDialog::stored);
    auto *edit = child<QLineEdit>(&dialog, "connectionStringEdit");
    edit->setText(hubString(Key));
    QTest::mouseClick(child<QPushButton>(&dialog, "checkButton"), Qt::LeftButton);
    QVERIFY(checked.wait());
    QTest::mouseClick(child<QPushButton>(&dialog, "storeButton"), Qt::LeftButton);
    QTRY_COMPARE(stored.count(), 1);

    auto *table = child<QTableWidget>(&dialog, "credentialTable");
    table->selectRow(0);
    QTest::mouseClick(child<QPushButton>(&dialog, "replaceButton"), Qt::LeftButton);
    edit->setText(hubString(NewKey));
    QTest::mouseClick(child<QPushButton>(&dialog, "checkButton"), Qt::LeftButton);
    QVERIFY(checked.wait());
    QTest::mouseClick(child<QPushButton>(&dialog, "storeButton"), Qt::LeftButton);
    QTRY_COMPARE(stored.count(), 2);
    QCOMPARE(table->rowCount(), 1);
    SecretResult result;
    STAMPDECK_AWAIT(book.readKey(*book.find(QStringLiteral("weu-1.azure-devices.net"))), result);
    QVERIFY(result.secret == NewKey);

    // "No" keeps the key; "Yes" forgets it.
    QSignalSpy forgotten(&dialog, &CredentialDialog::forgotten);
    table->selectRow(0);
    QTest::mouseClick(child<QPushButton>(&dialog, "forgetButton"), Qt::LeftButton);
    QCOMPARE(questions.size(), 1);
    QVERIFY(questions.first().contains(QStringLiteral("weu-1.azure-devices.net")));
    QCOMPARE(table->rowCount(), 1);
    answer = true;
    table->selectRow(0);
    QTest::mouseClick(child<QPushButton>(&dialog, "forgetButton"), Qt::LeftButton);
    QTRY_COMPARE(forgotten.count(), 1);
    QCOMPARE(table->rowCount(), 0);
    QCOMPARE(keychain.count(), 1); // only the (empty) index is left
    STAMPDECK_AWAIT(keychain.read(EndpointCredential::storageKeyFor(QStringLiteral("weu-1.azure-devices.net"), QStringLiteral("iothubowner"))), result);
    QCOMPARE(result.status, SecretResult::Status::NotFound);
}

void TestCredentialDialog::offersMemoryOnlyWhenNoKeychain()
{
    DeadKeychain keychain;
    MemorySecretStore memory;
    CredentialBook book(&keychain, &memory);
    FakeProbe probe;
    CredentialDialog dialog(&book, &probe);
    dialog.show();
    auto *problem = child<QLabel>(&dialog, "keychainProblemLabel");
    auto *memoryOnly = child<QPushButton>(&dialog, "memoryOnlyButton");
    QTRY_VERIFY(problem->isVisible()); // said at once, from the failed list read
    QVERIFY(problem->text().contains(QStringLiteral("No keychain is available")));
    QVERIFY(!memoryOnly->isVisible());

    QSignalSpy checked(&dialog, &CredentialDialog::checked);
    QSignalSpy failed(&dialog, &CredentialDialog::storeFailed);
    QSignalSpy stored(&dialog, &CredentialDialog::stored);
    child<QLineEdit>(&dialog, "connectionStringEdit")->setText(hubString(Key));
    QTest::mouseClick(child<QPushButton>(&dialog, "checkButton"), Qt::LeftButton);
    QVERIFY(checked.wait());
    QTest::mouseClick(child<QPushButton>(&dialog, "storeButton"), Qt::LeftButton);
    QTRY_COMPARE(failed.count(), 1);
    QCOMPARE(memory.count(), 0); // nothing went anywhere without the user's say
    QVERIFY(memoryOnly->isVisible());
    QTest::mouseClick(memoryOnly, Qt::LeftButton);
    QTRY_COMPARE(stored.count(), 1);
    QCOMPARE(memory.count(), 1);
    auto *table = child<QTableWidget>(&dialog, "credentialTable");
    QCOMPARE(table->rowCount(), 1);
    QCOMPARE(table->item(0, 4)->text(), EndpointCredential::storageDisplayName(EndpointCredential::Storage::Memory));
    QVERIFY(child<QLabel>(&dialog, "statusLabel")->text().contains(QStringLiteral("memory")));
}

void TestCredentialDialog::knownEndpointsDecideTheKindOfLoopbackHosts()
{
    MemorySecretStore keychain, memory;
    CredentialBook book(&keychain, &memory);
    FakeProbe probe;
    CredentialDialog dialog(&book, &probe);
    dialog.setKnownEndpoints({{QStringLiteral("localhost:40123"), EndpointCredential::Kind::Dps}});
    dialog.show();
    QSignalSpy checked(&dialog, &CredentialDialog::checked);
    child<QLineEdit>(&dialog, "connectionStringEdit")
        ->setText(QStringLiteral("HostName=localhost:40123;SharedAccessKeyName=provisioningserviceowner;SharedAccessKey=") + Key);
    QTest::mouseClick(child<QPushButton>(&dialog, "checkButton"), Qt::LeftButton);
    QVERIFY(checked.wait());
    QCOMPARE(probe.lastKind, EndpointCredential::Kind::Dps);
    QCOMPARE(child<QComboBox>(&dialog, "kindCombo")->currentData().toInt(), static_cast<int>(EndpointCredential::Kind::Dps));
}

QTEST_MAIN(TestCredentialDialog)
#include "tst_credentialdialog.moc"
