#include "server/CertificateAuthority.h"
#include "server/CertificateFactory.h"
#include "server/HttpsEndpoint.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QSignalSpy>
#include <QSslCertificateExtension>
#include <QTemporaryDir>
#include <QTest>

#include <algorithm>
#include <memory>

using namespace StampDeck::Emulator;

namespace {

class OkHandler : public RequestHandler
{
public:
    HttpResponse handle(const HttpRequest &) override { return HttpResponse::empty(204); }
};

QByteArray readFile(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

bool writeFile(const QString &path, const QByteArray &data)
{
    QFile file(path);
    return file.open(QIODevice::WriteOnly | QIODevice::Truncate) && file.write(data) == data.size();
}

} // namespace

class TestCertificateAuthority : public QObject
{
    Q_OBJECT

private:
    static std::optional<CertificateAuthority> open(const QString &directory)
    {
        QString error;
        auto ca = CertificateAuthority::loadOrCreate(directory, &error);
        if (!ca)
            qWarning() << error;
        return ca;
    }

private slots:
    void createsTheFilesOnFirstStart()
    {
        QTemporaryDir temp;
        const QString directory = QDir(temp.path()).filePath(QStringLiteral("state/nested"));
        const auto ca = open(directory);
        QVERIFY(ca);
        QVERIFY(ca->createdCa());
        QVERIFY(ca->createdServerCertificate());
        QCOMPARE(QFileInfo(directory).permissions() & (QFile::ReadGroup | QFile::ReadOther), QFile::Permissions());
        for (const char *name : {"ca.pem", "ca.key", "server.pem", "server.key"})
            QVERIFY2(QFileInfo::exists(QDir(directory).filePath(QLatin1String(name))), name);
        for (const char *key : {"ca.key", "server.key"}) {
            const auto permissions = QFileInfo(QDir(directory).filePath(QLatin1String(key))).permissions();
            QCOMPARE(permissions & ~(QFile::ReadUser | QFile::WriteUser | QFile::ReadOwner | QFile::WriteOwner),
                     QFile::Permissions());
        }
        QCOMPARE(ca->caCertificatePath(), QDir(directory).filePath(QStringLiteral("ca.pem")));
        QCOMPARE(QSslCertificate::fromPath(ca->caCertificatePath()).value(0), ca->caCertificate());

        const QSslCertificate server = ca->serverCertificate();
        QCOMPARE(server.subjectInfo(QSslCertificate::CommonName), QStringList{QStringLiteral("localhost")});
        QCOMPARE(server.issuerDisplayName(), ca->caCertificate().subjectDisplayName());
        const auto names = server.subjectAlternativeNames();
        QVERIFY(names.values(QSsl::DnsEntry).contains(QStringLiteral("localhost")));
        QVERIFY(names.values(QSsl::IpAddressEntry).contains(QStringLiteral("127.0.0.1")));
        QVERIFY(names.values(QSsl::IpAddressEntry).contains(QStringLiteral("0:0:0:0:0:0:0:1"))
                || names.values(QSsl::IpAddressEntry).contains(QStringLiteral("::1")));
        QVERIFY(server.expiryDate() > QDateTime::currentDateTimeUtc().addDays(300));
        QVERIFY(ca->caCertificate().expiryDate() > QDateTime::currentDateTimeUtc().addYears(9));
        QVERIFY(CertificateFactory::isCa(readFile(ca->caCertificatePath())));
        QVERIFY(!CertificateFactory::isCa(readFile(ca->serverCertificatePath())));
        QVERIFY(CertificateFactory::isSignedBy(readFile(ca->serverCertificatePath()), readFile(ca->caCertificatePath())));
    }

    void reusesValidFiles()
    {
        QTemporaryDir temp;
        const auto first = open(temp.path());
        QVERIFY(first);
        const auto second = open(temp.path());
        QVERIFY(second);
        QVERIFY(!second->createdCa());
        QVERIFY(!second->createdServerCertificate());
        QCOMPARE(second->caCertificate(), first->caCertificate());
        QCOMPARE(second->serverCertificate(), first->serverCertificate());
    }

    void regeneratesWhatIsBroken_data()
    {
        QTest::addColumn<QString>("damage");
        QTest::addColumn<bool>("newCa");
        QTest::addRow("server.pem unreadable") << QStringLiteral("server-garbage") << false;
        QTest::addRow("server.key missing") << QStringLiteral("server-key-missing") << false;
        QTest::addRow("server.key of another certificate") << QStringLiteral("server-key-other") << false;
        QTest::addRow("server certificate expired") << QStringLiteral("server-expired") << false;
        QTest::addRow("server signed by another CA") << QStringLiteral("server-foreign") << false;
        QTest::addRow("ca.pem unreadable") << QStringLiteral("ca-garbage") << true;
        QTest::addRow("ca.key missing") << QStringLiteral("ca-key-missing") << true;
        QTest::addRow("CA expired") << QStringLiteral("ca-expired") << true;
    }
    void regeneratesWhatIsBroken()
    {
        QFETCH(QString, damage);
        QFETCH(bool, newCa);
        QTemporaryDir temp;
        const auto original = open(temp.path());
        QVERIFY(original);
        const QDir dir(temp.path());
        const CertificateFactory::Pem caPem{readFile(dir.filePath(QStringLiteral("ca.pem"))),
                                            readFile(dir.filePath(QStringLiteral("ca.key")))};
        QString error;
        if (damage == QLatin1String("server-garbage")) {
            QVERIFY(writeFile(dir.filePath(QStringLiteral("server.pem")), "-----BEGIN CERTIFICATE-----\nnope\n"));
        } else if (damage == QLatin1String("server-key-missing")) {
            QVERIFY(QFile::remove(dir.filePath(QStringLiteral("server.key"))));
        } else if (damage == QLatin1String("server-key-other")) {
            const auto other = CertificateFactory::createServer(caPem, 30, &error);
            QVERIFY2(other, qPrintable(error));
            QVERIFY(writeFile(dir.filePath(QStringLiteral("server.key")), other->privateKey));
        } else if (damage == QLatin1String("server-expired")) {
            const auto expired = CertificateFactory::createServer(caPem, -2, &error);
            QVERIFY2(expired, qPrintable(error));
            QVERIFY(!CertificateFactory::isValidFor(expired->certificate, 0));
            QVERIFY(writeFile(dir.filePath(QStringLiteral("server.pem")), expired->certificate));
            QVERIFY(writeFile(dir.filePath(QStringLiteral("server.key")), expired->privateKey));
        } else if (damage == QLatin1String("server-foreign")) {
            const auto foreignCa = CertificateFactory::createCa(QStringLiteral("Someone else"), 30, &error);
            QVERIFY2(foreignCa, qPrintable(error));
            const auto foreign = CertificateFactory::createServer(*foreignCa, 30, &error);
            QVERIFY2(foreign, qPrintable(error));
            QVERIFY(writeFile(dir.filePath(QStringLiteral("server.pem")), foreign->certificate));
            QVERIFY(writeFile(dir.filePath(QStringLiteral("server.key")), foreign->privateKey));
        } else if (damage == QLatin1String("ca-garbage")) {
            QVERIFY(writeFile(dir.filePath(QStringLiteral("ca.pem")), "garbage"));
        } else if (damage == QLatin1String("ca-key-missing")) {
            QVERIFY(QFile::remove(dir.filePath(QStringLiteral("ca.key"))));
        } else if (damage == QLatin1String("ca-expired")) {
            const auto expired = CertificateFactory::createCa(QStringLiteral("Old"), -1, &error);
            QVERIFY2(expired, qPrintable(error));
            QVERIFY(writeFile(dir.filePath(QStringLiteral("ca.pem")), expired->certificate));
            QVERIFY(writeFile(dir.filePath(QStringLiteral("ca.key")), expired->privateKey));
        }

        const auto reopened = open(temp.path());
        QVERIFY(reopened);
        QCOMPARE(reopened->createdCa(), newCa);
        QVERIFY(reopened->createdServerCertificate()); // a new CA always means a new server certificate
        QCOMPARE(reopened->caCertificate() == original->caCertificate(), !newCa);
        QVERIFY(CertificateFactory::isSignedBy(readFile(reopened->serverCertificatePath()),
                                               readFile(reopened->caCertificatePath())));
        QVERIFY(CertificateFactory::keyMatches({readFile(dir.filePath(QStringLiteral("server.pem"))),
                                                readFile(dir.filePath(QStringLiteral("server.key")))}));
        // And the repaired files are good for a third start.
        const auto third = open(temp.path());
        QVERIFY(third);
        QVERIFY(!third->createdCa());
        QVERIFY(!third->createdServerCertificate());
    }

    void unusableFolderIsAnError()
    {
        QTemporaryDir temp;
        const QString file = QDir(temp.path()).filePath(QStringLiteral("plain-file"));
        QVERIFY(writeFile(file, "x"));
        QString error;
        QVERIFY(!CertificateAuthority::loadOrCreate(QDir(file).filePath(QStringLiteral("sub")), &error));
        QVERIFY(!error.isEmpty());
    }

    void clientTrustingTheCaConnects_data()
    {
        QTest::addColumn<QString>("host");
        QTest::addRow("localhost") << QStringLiteral("localhost");
        QTest::addRow("127.0.0.1") << QStringLiteral("127.0.0.1");
    }
    void clientTrustingTheCaConnects()
    {
        QFETCH(QString, host);
        QTemporaryDir temp;
        const auto ca = open(temp.path());
        QVERIFY(ca);
        OkHandler handler;
        HttpsEndpoint endpoint(&handler, ca->serverConfiguration(), nullptr, QStringLiteral("ca-test"));
        QVERIFY(endpoint.listen() != 0);

        QNetworkAccessManager network;
        QNetworkRequest request(QUrl(QStringLiteral("https://%1:%2/x").arg(host).arg(endpoint.port())));
        QSslConfiguration trusting = QSslConfiguration::defaultConfiguration();
        trusting.setCaCertificates(QSslCertificate::fromPath(ca->caCertificatePath())); // only the CA file
        request.setSslConfiguration(trusting);
        std::unique_ptr<QNetworkReply> reply(network.get(request));
        QSignalSpy sslErrors(reply.get(), &QNetworkReply::sslErrors);
        QSignalSpy finished(reply.get(), &QNetworkReply::finished);
        QVERIFY(finished.wait(10'000));
        QCOMPARE(sslErrors.count(), 0);
        QCOMPARE(reply->error(), QNetworkReply::NoError);
        QCOMPARE(reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt(), 204);
    }

    void clientWithoutTheCaFailsVerification()
    {
        QTemporaryDir temp;
        const auto ca = open(temp.path());
        QVERIFY(ca);
        OkHandler handler;
        HttpsEndpoint endpoint(&handler, ca->serverConfiguration(), nullptr, QStringLiteral("ca-test"));
        QVERIFY(endpoint.listen() != 0);

        QNetworkAccessManager network;
        QNetworkRequest request(QUrl(QStringLiteral("https://localhost:%1/x").arg(endpoint.port())));
        request.setSslConfiguration(QSslConfiguration::defaultConfiguration()); // system CAs only
        std::unique_ptr<QNetworkReply> reply(network.get(request));
        QSignalSpy sslErrors(reply.get(), &QNetworkReply::sslErrors);
        QSignalSpy finished(reply.get(), &QNetworkReply::finished);
        QVERIFY(finished.wait(10'000));
        QCOMPARE(reply->error(), QNetworkReply::SslHandshakeFailedError);
        QCOMPARE(sslErrors.count(), 1);
        const auto errors = sslErrors.at(0).at(0).value<QList<QSslError>>();
        QVERIFY(!errors.isEmpty());
        QVERIFY(std::any_of(errors.cbegin(), errors.cend(), [](const QSslError &e) {
            return e.error() == QSslError::UnableToGetLocalIssuerCertificate
                || e.error() == QSslError::SelfSignedCertificateInChain
                || e.error() == QSslError::UnableToVerifyFirstCertificate;
        }));

        // A CA from another state folder is no help either.
        QTemporaryDir otherTemp;
        const auto otherCa = open(otherTemp.path());
        QVERIFY(otherCa);
        request.setSslConfiguration(otherCa->clientConfiguration());
        std::unique_ptr<QNetworkReply> second(network.get(request));
        QSignalSpy secondFinished(second.get(), &QNetworkReply::finished);
        QVERIFY(secondFinished.wait(10'000));
        QCOMPARE(second->error(), QNetworkReply::SslHandshakeFailedError);
    }
};

QTEST_GUILESS_MAIN(TestCertificateAuthority)
#include "tst_certificateauthority.moc"
