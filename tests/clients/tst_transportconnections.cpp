// AzureTransport::openConnection against the real emulator: a connection opened ahead verifies
// TLS like a request (the endpoint's extra CA is needed; without it the handshake fails and
// nothing is sent), the manager's reply for it is cleaned up, and requests then run on it.
#include "AzureTransport.h"
#include "EmulatorClients.h"
#include "HubRegistryClient.h"
#include "SystemClock.h"
#include "Twin.h"

#include <QNetworkReply>
#include <QPointer>
#include <QTest>

#include <memory>

using namespace StampDeck;
using namespace StampDeck::Azure;
using namespace StampDeck::Testing;

class TestTransportConnections : public QObject
{
    Q_OBJECT

private:
    SystemClock m_clock;

    // The outcome of the manager's reply for an opened connection (read when it finishes).
    struct Opened
    {
        int finished = 0;
        QNetworkReply::NetworkError error = QNetworkReply::NoError;
        QPointer<QNetworkReply> reply;
    };

    static void watch(QNetworkAccessManager &network, Opened &opened, QObject *context)
    {
        QObject::connect(&network, &QNetworkAccessManager::finished, context, [&opened](QNetworkReply *reply) {
            ++opened.finished;
            opened.error = reply->error();
            opened.reply = reply;
        });
    }

private Q_SLOTS:
    void opensAVerifiedConnectionAhead()
    {
        EmulatorProcess emulator({QStringLiteral("--hubs"), QStringLiteral("1"), QStringLiteral("--no-quotas")});
        QVERIFY2(emulator.start(), qPrintable(emulator.errorString()));
        EmulatorClients env(emulator, 1.0, false);
        QNetworkAccessManager network;
        AzureTransport transport(&network, &m_clock);
        Opened opened;
        QObject context;
        watch(network, opened, &context);

        const AzureEndpoint endpoint = env.hubEndpoint();
        transport.openConnection(endpoint);
        QTRY_COMPARE_WITH_TIMEOUT(opened.finished, 1, 20'000);
        QCOMPARE(opened.error, QNetworkReply::NoError);
        QTRY_VERIFY(opened.reply.isNull()); // not kept by the manager until it is destroyed

        HubRegistryClient hub(&transport, endpoint);
        auto stats = EmulatorClients::finish(hub.serviceStatistics(), 20'000);
        QVERIFY2(stats->isSuccess(), qPrintable(stats->error().toString()));
    }

    void refusesAnUnverifiedPeer()
    {
        EmulatorProcess emulator({QStringLiteral("--hubs"), QStringLiteral("1"), QStringLiteral("--no-quotas")});
        QVERIFY2(emulator.start(), qPrintable(emulator.errorString()));
        EmulatorClients env(emulator, 1.0, false);
        QNetworkAccessManager network;
        AzureTransport transport(&network, &m_clock);
        Opened opened;
        QObject context;
        watch(network, opened, &context);

        AzureEndpoint untrusted = env.hubEndpoint();
        untrusted.extraCaCertificates.clear(); // the emulator's CA is not trusted here
        transport.openConnection(untrusted);
        QTRY_COMPARE_WITH_TIMEOUT(opened.finished, 1, 20'000);
        QCOMPARE(opened.error, QNetworkReply::SslHandshakeFailedError);
    }
};

QTEST_GUILESS_MAIN(TestTransportConnections)
#include "tst_transportconnections.moc"
