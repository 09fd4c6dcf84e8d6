// StateFile: the framing of the persistence file round-trips, keys survive (so connection strings
// stay valid across restarts), and damaged files are refused with a clear message.
#include "fleet/StateFile.h"

#include "SharedAccessSignature.h"

#include <QBuffer>
#include <QDateTime>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace StampDeck::Emulator;
using StampDeck::Azure::SharedAccessSignature;

class TestStateFile : public QObject
{
    Q_OBJECT

private slots:
    void roundTrip();
    void restoredKeysStillSign();
    void refusesDamagedFiles_data();
    void refusesDamagedFiles();
    void writesAtomicallyForTheOwnerOnly();
};

namespace {

QByteArray sampleFile(const AccessPolicies &hub, const AccessPolicies &dps)
{
    QByteArray bytes;
    QDataStream out(&bytes, QIODevice::WriteOnly);
    StateFile::writeHeader(out, QJsonObject{{QStringLiteral("deviceEndpointPort"), 40125}});
    StateFile::writePolicies(out, hub);
    out << QStringLiteral("a registry's own section");
    StateFile::writePolicies(out, dps);
    StateFile::writeTrailer(out);
    return bytes;
}

} // namespace

void TestStateFile::roundTrip()
{
    const AccessPolicies hub = AccessPolicies::forHub();
    const AccessPolicies dps = AccessPolicies::forDps();
    const QByteArray bytes = sampleFile(hub, dps);

    QDataStream in(bytes);
    QString error;
    const auto meta = StateFile::readHeader(in, &error);
    QVERIFY2(meta, qPrintable(error));
    QCOMPARE(meta->value(QStringLiteral("deviceEndpointPort")).toInt(), 40125);
    const auto hubBack = StateFile::readPolicies(in, &error);
    QVERIFY2(hubBack, qPrintable(error));
    QString section;
    in >> section;
    QCOMPARE(section, QStringLiteral("a registry's own section"));
    const auto dpsBack = StateFile::readPolicies(in, &error);
    QVERIFY2(dpsBack, qPrintable(error));
    QVERIFY2(StateFile::readTrailer(in, &error), qPrintable(error));

    QCOMPARE(hubBack->policies().size(), hub.policies().size());
    for (const AccessPolicies::Policy &policy : hub.policies()) {
        const AccessPolicies::Policy *restored = hubBack->policy(policy.name);
        QVERIFY(restored);
        QCOMPARE(restored->primaryKey, policy.primaryKey);
        QCOMPARE(restored->secondaryKey, policy.secondaryKey);
        QCOMPARE(restored->rights, policy.rights);
    }
    QCOMPARE(dpsBack->policy(QStringLiteral("provisioningserviceowner"))->primaryKey,
             dps.policy(QStringLiteral("provisioningserviceowner"))->primaryKey);
}

void TestStateFile::restoredKeysStillSign()
{
    const AccessPolicies hub = AccessPolicies::forHub();
    QDataStream in(sampleFile(hub, AccessPolicies::forDps()));
    QString error;
    QVERIFY(StateFile::readHeader(in, &error));
    const auto restored = StateFile::readPolicies(in, &error);
    QVERIFY(restored);

    const QString host = QStringLiteral("localhost:40121");
    const auto *owner = hub.policy(QStringLiteral("iothubowner"));
    const qint64 expiry = QDateTime::currentSecsSinceEpoch() + 3600;
    const QString token = SharedAccessSignature::create(host, owner->name, QString::fromLatin1(owner->primaryKey), expiry)
                              .toString();
    const AccessCheck check = restored->check(token.toUtf8(), host, AccessRight::RegistryWrite);
    QVERIFY2(check.granted, qPrintable(check.reason));
    const auto *reader = hub.policy(QStringLiteral("registryRead"));
    const QString readToken = SharedAccessSignature::create(host, reader->name, QString::fromLatin1(reader->primaryKey),
                                                            expiry).toString();
    QVERIFY(!restored->check(readToken.toUtf8(), host, AccessRight::RegistryWrite).granted);
}

void TestStateFile::refusesDamagedFiles_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<QString>("message");
    const QByteArray good = sampleFile(AccessPolicies::forHub(), AccessPolicies::forDps());
    QTest::addRow("empty") << QByteArray() << QStringLiteral("not a StampDeck emulator state file");
    QTest::addRow("other file") << QByteArray("{\"hubs\":[]}") << QStringLiteral("not a StampDeck emulator state file");
    QByteArray future = good;
    future[7] = 9; // format version (big-endian quint32 after the magic)
    QTest::addRow("newer format") << future << QStringLiteral("format 9 is not supported");
    QTest::addRow("truncated") << good.left(good.size() - 40) << QStringLiteral("truncated or corrupt");
    QTest::addRow("no end marker") << good.left(good.size() - 4) << QStringLiteral("no end marker");
    QTest::addRow("trailing bytes") << (good + "x") << QStringLiteral("after its end marker");
}

void TestStateFile::refusesDamagedFiles()
{
    QFETCH(QByteArray, bytes);
    QFETCH(QString, message);
    QDataStream in(bytes);
    QString error;
    bool ok = false;
    if (StateFile::readHeader(in, &error) && StateFile::readPolicies(in, &error)) {
        QString section;
        in >> section;
        ok = StateFile::readPolicies(in, &error) && StateFile::readTrailer(in, &error);
    }
    QVERIFY(!ok);
    QVERIFY2(error.contains(message), qPrintable(error));
}

void TestStateFile::writesAtomicallyForTheOwnerOnly()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("nested/state.bin"));
    QString error;
    QVERIFY2(StateFile::writeAtomically(path, QByteArray("first"), &error), qPrintable(error));
    QVERIFY2(StateFile::writeAtomically(path, QByteArray("second"), &error), qPrintable(error));
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    QCOMPARE(file.readAll(), QByteArray("second"));
    QCOMPARE(file.permissions() & (QFile::ReadGroup | QFile::ReadOther | QFile::WriteGroup | QFile::WriteOther),
             QFile::Permissions());
    QVERIFY(!StateFile::writeAtomically(QStringLiteral("/proc/no/such/state.bin"), QByteArray("x"), &error));
    QVERIFY(error.contains(QStringLiteral("/proc/no/such")));
}

QTEST_GUILESS_MAIN(TestStateFile)
#include "tst_statefile.moc"
