#include "server/AccessPolicies.h"

#include "SharedAccessSignature.h"

#include <QDateTime>
#include <QSet>
#include <QTest>

using namespace StampDeck::Emulator;
using StampDeck::Azure::SharedAccessSignature;

namespace {

const QString Host = QStringLiteral("localhost:40123");
constexpr qint64 Now = 1'700'000'000; // seconds, injected

QByteArray token(const QString &resource, const QString &policy, const QByteArray &key, qint64 expiry,
                 SharedAccessSignature::ResourceEncoding encoding = SharedAccessSignature::ResourceEncoding::AsIs)
{
    QString error;
    const auto sas = SharedAccessSignature::create(resource, policy, QString::fromLatin1(key), expiry,
                                                   encoding, &error);
    if (!sas.isValid())
        qWarning() << "cannot create a token:" << error;
    return sas.toString().toLatin1();
}

} // namespace

class TestAccessPolicies : public QObject
{
    Q_OBJECT

private slots:
    void hubPolicies()
    {
        const AccessPolicies policies = AccessPolicies::forHub();
        QStringList names;
        QSet<QByteArray> keys;
        for (const auto &policy : policies.policies()) {
            names.append(policy.name);
            keys.insert(policy.primaryKey);
            keys.insert(policy.secondaryKey);
            QCOMPARE(QByteArray::fromBase64(policy.primaryKey).size(), 32);
            QCOMPARE(policy.primaryKey.size(), 44);
        }
        QCOMPARE(names, (QStringList{QStringLiteral("iothubowner"), QStringLiteral("service"),
                                     QStringLiteral("device"), QStringLiteral("registryRead"),
                                     QStringLiteral("registryReadWrite")}));
        QCOMPARE(keys.size(), 10); // every key is fresh
        using R = AccessRight;
        QCOMPARE(policies.policy(QStringLiteral("iothubowner"))->rights,
                 R::RegistryRead | R::RegistryWrite | R::ServiceConnect | R::DeviceConnect);
        QCOMPARE(policies.policy(QStringLiteral("service"))->rights, AccessRights(R::ServiceConnect));
        QCOMPARE(policies.policy(QStringLiteral("device"))->rights, AccessRights(R::DeviceConnect));
        QCOMPARE(policies.policy(QStringLiteral("registryRead"))->rights, AccessRights(R::RegistryRead));
        QCOMPARE(policies.policy(QStringLiteral("registryReadWrite"))->rights, R::RegistryRead | R::RegistryWrite);
        QVERIFY(policies.policy(QStringLiteral("nope")) == nullptr);
    }

    void dpsPolicies()
    {
        const AccessPolicies policies = AccessPolicies::forDps();
        using R = AccessRight;
        QCOMPARE(policies.policies().size(), 5);
        QCOMPARE(policies.policy(QStringLiteral("provisioningserviceowner"))->rights,
                 R::ServiceConfig | R::EnrollmentRead | R::EnrollmentWrite | R::RegistrationStatusRead
                     | R::RegistrationStatusWrite);
        QCOMPARE(policies.policy(QStringLiteral("enrollmentread"))->rights, AccessRights(R::EnrollmentRead));
        QCOMPARE(policies.policy(QStringLiteral("enrollmentwrite"))->rights, R::EnrollmentRead | R::EnrollmentWrite);
        QCOMPARE(policies.policy(QStringLiteral("registrationstatusread"))->rights,
                 AccessRights(R::RegistrationStatusRead));
        QCOMPARE(policies.policy(QStringLiteral("registrationstatuswrite"))->rights,
                 R::RegistrationStatusRead | R::RegistrationStatusWrite);
    }

    void check_data()
    {
        QTest::addColumn<QString>("resource");
        QTest::addColumn<QString>("policy");
        QTest::addColumn<bool>("secondaryKey");
        QTest::addColumn<bool>("wrongKey");
        QTest::addColumn<qint64>("expiry");
        QTest::addColumn<bool>("encodeResource");
        QTest::addColumn<int>("needed");
        QTest::addColumn<bool>("granted");
        QTest::addColumn<QString>("reason");

        const int read = int(AccessRight::RegistryRead);
        const int write = int(AccessRight::RegistryWrite);
        const int service = int(AccessRight::ServiceConnect);
        const qint64 hour = Now + 3600;
        QTest::addRow("owner, Node style (sr unencoded)")
            << Host << QStringLiteral("iothubowner") << false << false << hour << false << (read | write) << true << QStringLiteral("");
        QTest::addRow("owner, sr url-encoded (C#, Python)")
            << Host << QStringLiteral("iothubowner") << false << false << hour << true << write << true << QStringLiteral("");
        QTest::addRow("secondary key") << Host << QStringLiteral("registryReadWrite") << true << false << hour << false << write
                                       << true << QStringLiteral("");
        QTest::addRow("wrong key") << Host << QStringLiteral("iothubowner") << false << true << hour << false << read << false
                                   << QStringLiteral("signature");
        QTest::addRow("expired") << Host << QStringLiteral("iothubowner") << false << false << Now - 1 << false << read << false
                                 << QStringLiteral("expired");
        QTest::addRow("expires this second") << Host << QStringLiteral("iothubowner") << false << false << Now << false << read
                                             << false << QStringLiteral("expired");
        QTest::addRow("millisecond expiry far ahead") << Host << QStringLiteral("iothubowner") << false << false
                                                      << qint64(1'700'000'000'000) << false << read << true << QStringLiteral("");
        QTest::addRow("wrong resource") << QStringLiteral("localhost:40124") << QStringLiteral("iothubowner") << false << false
                                        << hour << false << read << false << QStringLiteral("resource");
        QTest::addRow("other host") << QStringLiteral("myhub.azure-devices.net") << QStringLiteral("iothubowner") << false << false
                                    << hour << false << read << false << QStringLiteral("resource");
        QTest::addRow("path prefix form") << Host + QStringLiteral("/devices") << QStringLiteral("iothubowner") << false << false
                                          << hour << false << read << true << QStringLiteral("");
        QTest::addRow("path prefix form, encoded") << Host + QStringLiteral("/devices/d1") << QStringLiteral("iothubowner") << false
                                                   << false << hour << true << read << true << QStringLiteral("");
        QTest::addRow("host case-insensitive") << QStringLiteral("LOCALHOST:40123") << QStringLiteral("iothubowner") << false
                                               << false << hour << false << read << true << QStringLiteral("");
        QTest::addRow("registryRead cannot write") << Host << QStringLiteral("registryRead") << false << false << hour << false
                                                   << write << false << QStringLiteral("RegistryWrite");
        QTest::addRow("registryRead reads") << Host << QStringLiteral("registryRead") << false << false << hour << false << read
                                            << true << QStringLiteral("");
        QTest::addRow("service cannot read the registry") << Host << QStringLiteral("service") << false << false << hour << false
                                                          << read << false << QStringLiteral("RegistryRead");
        QTest::addRow("service connects") << Host << QStringLiteral("service") << false << false << hour << false << service
                                          << true << QStringLiteral("");
        QTest::addRow("unknown policy") << Host << QStringLiteral("nobody") << false << false << hour << false << read << false
                                        << QStringLiteral("unknown");
    }
    void check()
    {
        QFETCH(QString, resource);
        QFETCH(QString, policy);
        QFETCH(bool, secondaryKey);
        QFETCH(bool, wrongKey);
        QFETCH(qint64, expiry);
        QFETCH(bool, encodeResource);
        QFETCH(int, needed);
        QFETCH(bool, granted);
        QFETCH(QString, reason);

        const AccessPolicies policies = AccessPolicies::forHub();
        const auto *signer = policies.policy(policy);
        QByteArray key = signer ? (secondaryKey ? signer->secondaryKey : signer->primaryKey)
                                : AccessPolicies::generateKey();
        if (wrongKey)
            key = AccessPolicies::generateKey();
        const QByteArray header = token(resource, policy, key, expiry,
                                        encodeResource ? SharedAccessSignature::ResourceEncoding::UrlEncode
                                                       : SharedAccessSignature::ResourceEncoding::AsIs);
        const AccessCheck result = policies.check(header, Host, AccessRights::fromInt(needed), Now);
        QVERIFY2(result.granted == granted, qPrintable(result.reason));
        if (granted) {
            QVERIFY(result.reason.isEmpty());
            QCOMPARE(result.policyName, signer->name);
        } else {
            QVERIFY2(result.reason.contains(reason, Qt::CaseInsensitive), qPrintable(result.reason));
        }
    }

    void garbage_data()
    {
        QTest::addColumn<QByteArray>("header");
        QTest::addRow("empty") << QByteArray();
        QTest::addRow("blank") << QByteArray("   ");
        QTest::addRow("bearer") << QByteArray("Bearer eyJhbGciOi");
        QTest::addRow("no fields") << QByteArray("SharedAccessSignature");
        QTest::addRow("junk fields") << QByteArray("SharedAccessSignature a=b&c");
        QTest::addRow("no signature") << QByteArray("SharedAccessSignature sr=localhost:40123&se=1800000000&skn=iothubowner");
        QTest::addRow("expiry not a number")
            << QByteArray("SharedAccessSignature sr=localhost:40123&sig=abc&se=soon&skn=iothubowner");
        QTest::addRow("binary") << QByteArray("\x01\x02\xff\xfe", 4);
    }
    void garbage()
    {
        QFETCH(QByteArray, header);
        const AccessPolicies policies = AccessPolicies::forHub();
        const AccessCheck result = policies.check(header, Host, AccessRight::RegistryRead, Now);
        QVERIFY(!result.granted);
        QVERIFY(!result.reason.isEmpty());
    }

    void deviceTokenWithoutPolicyIsRefused()
    {
        const AccessPolicies policies = AccessPolicies::forHub();
        const QByteArray header = token(Host + QStringLiteral("/devices/d1"), QString(),
                                        policies.policy(QStringLiteral("device"))->primaryKey, Now + 60);
        const AccessCheck result = policies.check(header, Host, AccessRight::DeviceConnect, Now);
        QVERIFY(!result.granted);
        QVERIFY2(result.reason.contains(QStringLiteral("skn")), qPrintable(result.reason));
    }

    void currentTimeByDefault()
    {
        const AccessPolicies policies = AccessPolicies::forHub();
        const QByteArray key = policies.policy(QStringLiteral("iothubowner"))->primaryKey;
        const qint64 now = QDateTime::currentSecsSinceEpoch();
        QVERIFY(policies.check(token(Host, QStringLiteral("iothubowner"), key, now + 60), Host,
                               AccessRight::RegistryRead).granted);
        QVERIFY(!policies.check(token(Host, QStringLiteral("iothubowner"), key, now - 60), Host,
                                AccessRight::RegistryRead).granted);
    }

    void replacedKeyInvalidatesVerifiedTokens()
    {
        AccessPolicies policies = AccessPolicies::forHub();
        const QByteArray header = token(Host, QStringLiteral("iothubowner"),
                                        policies.policy(QStringLiteral("iothubowner"))->primaryKey, Now + 60);
        QVERIFY(policies.check(header, Host, AccessRight::RegistryRead, Now).granted);
        QVERIFY(policies.check(header, Host, AccessRight::RegistryRead, Now).granted); // verified before
        // Expiry and rights are checked every time, even for a token verified before.
        QVERIFY(!policies.check(header, Host, AccessRight::RegistryRead, Now + 61).granted);
        QVERIFY(!policies.check(header, QStringLiteral("localhost:1"), AccessRight::RegistryRead, Now).granted);

        policies.addPolicy({QStringLiteral("iothubowner"), AccessPolicies::generateKey(),
                            AccessPolicies::generateKey(), AccessRight::RegistryRead});
        const AccessCheck result = policies.check(header, Host, AccessRight::RegistryRead, Now);
        QVERIFY(!result.granted);
        QVERIFY2(result.reason.contains(QStringLiteral("signature")), qPrintable(result.reason));
        QCOMPARE(policies.policies().size(), 5); // replaced, not added
    }

    void dpsRights()
    {
        const AccessPolicies policies = AccessPolicies::forDps();
        const QString dpsHost = QStringLiteral("localhost:40200");
        const auto headerFor = [&](const char *name) {
            return token(dpsHost, QLatin1String(name), policies.policy(QLatin1String(name))->primaryKey, Now + 60);
        };
        QVERIFY(!policies.check(headerFor("enrollmentread"), dpsHost, AccessRight::EnrollmentWrite, Now).granted);
        QVERIFY(policies.check(headerFor("enrollmentread"), dpsHost, AccessRight::EnrollmentRead, Now).granted);
        QVERIFY(policies.check(headerFor("enrollmentwrite"), dpsHost, AccessRight::EnrollmentRead, Now).granted);
        QVERIFY(policies.check(headerFor("registrationstatuswrite"), dpsHost, AccessRight::RegistrationStatusRead,
                               Now).granted);
        QVERIFY(!policies.check(headerFor("registrationstatusread"), dpsHost,
                                AccessRight::RegistrationStatusWrite, Now).granted);
        QVERIFY(policies.check(headerFor("provisioningserviceowner"), dpsHost,
                               AccessRight::EnrollmentWrite | AccessRight::RegistrationStatusWrite, Now).granted);
    }

    void rightNames()
    {
        QCOMPARE(AccessPolicies::rightNames(AccessRight::RegistryRead | AccessRight::RegistryWrite),
                 QStringLiteral("RegistryRead|RegistryWrite"));
        QCOMPARE(AccessPolicies::rightNames({}), QString());
    }
};

QTEST_GUILESS_MAIN(TestAccessPolicies)
#include "tst_accesspolicies.moc"
