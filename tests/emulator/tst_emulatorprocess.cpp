#include "EmulatorProcess.h"

#include "ConnectionString.h"

#include <QDateTime>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace StampDeck::Testing;

// The test helper every HTTPS suite uses: start the real emulator, read its endpoints file, talk
// to it trusting its CA, stop it cleanly; and fail loudly (with the emulator's stderr) otherwise.
class TestEmulatorProcess : public QObject
{
    Q_OBJECT

private slots:
    void endpointsParse()
    {
        const QJsonObject good{
            {QStringLiteral("caCertificate"), QStringLiteral("/tmp/ca.pem")},
            {QStringLiteral("deviceEndpoint"), QStringLiteral("localhost:3")},
            {QStringLiteral("workspace"), QStringLiteral("/tmp/w.json")},
            {QStringLiteral("hubs"), QJsonArray{QJsonObject{{QStringLiteral("name"), QStringLiteral("hub-1")},
                                                            {QStringLiteral("hostName"), QStringLiteral("localhost:1")},
                                                            {QStringLiteral("connectionString"), QStringLiteral("HostName=localhost:1;SharedAccessKeyName=iothubowner;SharedAccessKey=AAAA")}}}},
            {QStringLiteral("dps"), QJsonArray{QJsonObject{{QStringLiteral("name"), QStringLiteral("dps-1")},
                                                           {QStringLiteral("hostName"), QStringLiteral("localhost:2")},
                                                           {QStringLiteral("idScope"), QStringLiteral("0ne00000001")},
                                                           {QStringLiteral("connectionString"), QStringLiteral("HostName=localhost:2;SharedAccessKeyName=provisioningserviceowner;SharedAccessKey=AAAA")}}}},
            {QStringLiteral("admin"), QJsonObject{{QStringLiteral("url"), QStringLiteral("https://localhost:4")},
                                                  {QStringLiteral("token"), QStringLiteral("t")}}},
        };
        QString error;
        const auto endpoints = EmulatorEndpoints::fromJson(good, &error);
        QVERIFY2(endpoints, qPrintable(error));
        QCOMPARE(endpoints->hubs.size(), 1);
        QCOMPARE(endpoints->hub(QStringLiteral("hub-1"))->hostName, QStringLiteral("localhost:1"));
        QVERIFY(endpoints->hub(QStringLiteral("nope")) == nullptr);
        QCOMPARE(endpoints->dpsInstance(QStringLiteral("dps-1"))->idScope, QStringLiteral("0ne00000001"));
        QCOMPARE(endpoints->adminUrl, QStringLiteral("https://localhost:4"));
        QCOMPARE(endpoints->adminToken, QStringLiteral("t"));
        QCOMPARE(EmulatorEndpoints::url(QStringLiteral("localhost:1"), QStringLiteral("/devices/a%2Fb")).path(QUrl::FullyEncoded),
                 QStringLiteral("/devices/a%2Fb"));

        for (const char *field : {"caCertificate", "deviceEndpoint", "workspace", "hubs"}) {
            QJsonObject broken = good;
            broken.remove(QLatin1String(field));
            QString why;
            QVERIFY(!EmulatorEndpoints::fromJson(broken, &why));
            QVERIFY2(why.contains(QLatin1String(field)), qPrintable(why));
        }
        QJsonObject badDps = good;
        badDps.insert(QStringLiteral("dps"), QJsonArray{QJsonObject{{QStringLiteral("name"), QStringLiteral("d")}}});
        QVERIFY(!EmulatorEndpoints::fromJson(badDps, &error));
        QVERIFY2(error.contains(QStringLiteral("dps[0]")), qPrintable(error));
    }

    void startsTalksAndStops()
    {
        EmulatorProcess emulator({QStringLiteral("--hubs"), QStringLiteral("1")});
        QVERIFY2(emulator.start(), qPrintable(emulator.errorString()));
        QVERIFY(emulator.isRunning());
        const EmulatorEndpoints &endpoints = emulator.endpoints();
        QCOMPARE(endpoints.hubs.size(), 1);
        QVERIFY(QFileInfo::exists(endpoints.caCertificate));
        QVERIFY(endpoints.caCertificate.startsWith(emulator.stateDirectory()));

        // A registry call over HTTPS, trusting the emulator CA only.
        const auto connection = StampDeck::Azure::ConnectionString::parse(endpoints.hubs.constFirst().connectionString);
        QVERIFY(connection);
        QNetworkAccessManager network;
        QNetworkRequest request(EmulatorEndpoints::url(connection->hostName(),
                                                       QStringLiteral("/statistics/devices?api-version=2021-04-12")));
        request.setSslConfiguration(emulator.sslConfiguration());
        request.setRawHeader("Authorization",
                             connection->createToken(QDateTime::currentSecsSinceEpoch() + 3600).toLatin1());
        std::unique_ptr<QNetworkReply> reply(network.get(request));
        QSignalSpy finished(reply.get(), &QNetworkReply::finished);
        QVERIFY(finished.wait(20'000));
        QVERIFY2(reply->error() == QNetworkReply::NoError, qPrintable(reply->errorString()));
        QCOMPARE(reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt(), 200);

        QCOMPARE(emulator.stop(), 0); // SIGTERM: clean exit
        QVERIFY(!emulator.isRunning());
        QCOMPARE(emulator.stop(), 0); // idempotent
    }

    void sharedFolderKeepsTheCa()
    {
        QTemporaryDir folder;
        QByteArray firstCa;
        {
            EmulatorProcess first({QStringLiteral("--hubs"), QStringLiteral("1")});
            first.setWorkingDirectory(folder.path());
            QVERIFY2(first.start(), qPrintable(first.errorString()));
            firstCa = first.sslConfiguration().caCertificates().value(0).toPem();
        } // destructor stops it
        EmulatorProcess second({QStringLiteral("--hubs"), QStringLiteral("1")});
        second.setWorkingDirectory(folder.path());
        QVERIFY2(second.start(), qPrintable(second.errorString()));
        QCOMPARE(second.sslConfiguration().caCertificates().value(0).toPem(), firstCa);
    }

    void earlyExitShowsStderr()
    {
        EmulatorProcess emulator({QStringLiteral("--time-scale"), QStringLiteral("not-a-number")});
        QVERIFY(!emulator.start(20'000));
        QVERIFY(!emulator.isRunning());
        QVERIFY2(emulator.errorString().contains(QStringLiteral("exited")), qPrintable(emulator.errorString()));
        QVERIFY2(emulator.errorString().contains(QStringLiteral("time-scale")), qPrintable(emulator.errorString()));
        QCOMPARE(emulator.stop(), 2); // the emulator's exit code for bad options
    }

    void missingBinaryIsReported()
    {
        const QByteArray saved = qgetenv("STAMPDECK_EMULATOR");
        qputenv("STAMPDECK_EMULATOR", "/nonexistent/stampdeck-emulator");
        EmulatorProcess emulator;
        const bool started = emulator.start(1000);
        qputenv("STAMPDECK_EMULATOR", saved);
        QVERIFY(!started);
        QVERIFY2(emulator.errorString().contains(QStringLiteral("/nonexistent/stampdeck-emulator")),
                 qPrintable(emulator.errorString()));
    }
};

QTEST_GUILESS_MAIN(TestEmulatorProcess)
#include "tst_emulatorprocess.moc"
