// BulkRunner through HubRegistryClient on a scripted network: chunking at the API limit, the
// per-item outcome of a bulk answer, and "done once or reported failed" for a bulk create that
// was retried after an attempt the service may have applied: an "already exists" echo is read
// back and counted as ours only when the identity holds the key this call sent.
#include "AzureTransport.h"
#include "FakeClock.h"
#include "FakeNetwork.h"
#include "HubRegistryClient.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QSignalSpy>
#include <QTest>

#include <memory>

using namespace StampDeck::Azure;
using namespace StampDeck::Testing;

class TestBulkRunner : public QObject
{
    Q_OBJECT

private:
    static AzureEndpoint endpoint()
    {
        AzureEndpoint e;
        e.hostName = QStringLiteral("hub.azure-devices.net");
        e.policyName = QStringLiteral("iothubowner");
        e.key = QStringLiteral("cGFzc3dvcmQtcGFzc3dvcmQtcGFzc3dvcmQtcGFzcw==");
        e.quotas = QuotaProfile::unlimited();
        return e;
    }

    static QList<DeviceIdentity> devices(int count)
    {
        QList<DeviceIdentity> list;
        for (int i = 0; i < count; ++i) {
            DeviceIdentity d;
            d.deviceId = QStringLiteral("d%1").arg(i);
            list.append(d);
        }
        return list;
    }

    static QByteArray bulkErrors(const QList<QPair<QString, int>> &errors)
    {
        QJsonArray list;
        for (const auto &[id, code] : errors)
            list.append(QJsonObject{{QStringLiteral("deviceId"), id}, {QStringLiteral("errorCode"), code},
                                    {QStringLiteral("errorStatus"), QStringLiteral("x")}});
        return QJsonDocument(QJsonObject{{QStringLiteral("isSuccessful"), errors.isEmpty()}, {QStringLiteral("errors"), list},
                                         {QStringLiteral("warnings"), QJsonArray()}})
            .toJson(QJsonDocument::Compact);
    }

    static QString primaryKey(const QJsonObject &item)
    {
        return item.value(QLatin1StringView("authentication")).toObject().value(QLatin1StringView("symmetricKey")).toObject()
            .value(QLatin1StringView("primaryKey")).toString();
    }

    static bool finish(FakeClock &clock, AzureCall *call)
    {
        for (int i = 0; i < 500 && !call->isFinished(); ++i) {
            QTest::qWait(2);
            // Run backoff timers, never the attempts' 60 s timeouts (the fake replies are on
            // their way through the event loop).
            if (!clock.pendingDelays().isEmpty() && clock.pendingDelays().first() < 50'000)
                clock.runNext();
        }
        return call->isFinished();
    }

private Q_SLOTS:
    void chunksAtTheApiLimitAndReportsItems()
    {
        FakeClock clock(0);
        FakeNetwork network;
        AzureTransport transport(&network, &clock);
        HubRegistryClient hub(&transport, endpoint());
        network.enqueue(FakeAnswer::ok(bulkErrors({})));
        network.enqueue({400, {}, bulkErrors({{QStringLiteral("d150"), 409001}})});
        network.enqueue(FakeAnswer::ok(bulkErrors({})));
        std::unique_ptr<BulkCall> call(hub.createDevices(devices(250)));
        QSignalSpy progress(call.get(), &AzureCall::progressed);
        QVERIFY(finish(clock, call.get()));
        QVERIFY(call->isSuccess());
        QCOMPARE(network.sent().size(), 3);
        const QJsonArray first = QJsonDocument::fromJson(network.sent().at(0).body).array();
        QCOMPARE(first.size(), 100);
        QCOMPARE(first.at(0).toObject().value(QLatin1StringView("importMode")).toString(), QStringLiteral("create"));
        QVERIFY(!primaryKey(first.at(0).toObject()).isEmpty()); // client-made key
        QCOMPARE(call->value().succeeded(), 249);
        QCOMPARE(call->value().problems().size(), 1);
        QCOMPARE(call->value().problems().first().id, QStringLiteral("d150"));
        QCOMPARE(call->value().problems().first().state, BulkItemOutcome::State::Failed);
        QCOMPARE(call->value().problems().first().error.kind(), AzureErrorKind::Conflict);
        QVERIFY(!progress.isEmpty());
        QCOMPARE(progress.last().at(0).toLongLong(), qint64(250));
    }

    void ambiguousRetryIsCheckedAgainstTheService()
    {
        FakeClock clock(0);
        FakeNetwork network;
        AzureTransport transport(&network, &clock);
        transport.setRandomSource([]() { return 0.0; });
        HubRegistryClient hub(&transport, endpoint());
        // Attempt 1: the connection drops after the service created d0 and d1 (we cannot know).
        // Attempt 2: "already exists" for both. d0 holds the key we sent (our first attempt did
        // it); d1 holds another key (somebody else's device): a real conflict.
        QString sentKeyD0;
        network.enqueue(FakeAnswer::drop());
        network.setResponder([&](const FakeNetwork::Sent &sent) -> FakeAnswer {
            if (sent.method == "POST") {
                sentKeyD0 = primaryKey(QJsonDocument::fromJson(sent.body).array().at(0).toObject());
                return {400, {}, bulkErrors({{QStringLiteral("d0"), 409001}, {QStringLiteral("d1"), 409001}})};
            }
            const bool isD0 = sent.request.url().path().endsWith(QLatin1StringView("/d0"));
            const QString key = isD0 ? sentKeyD0 : QStringLiteral("c29tZWJvZHktZWxzZXMta2V5LXNvbWVib2R5LWVsc2U=");
            const QJsonObject device{{QStringLiteral("deviceId"), isD0 ? QStringLiteral("d0") : QStringLiteral("d1")},
                                     {QStringLiteral("authentication"),
                                      QJsonObject{{QStringLiteral("type"), QStringLiteral("sas")},
                                                  {QStringLiteral("symmetricKey"), QJsonObject{{QStringLiteral("primaryKey"), key},
                                                                                              {QStringLiteral("secondaryKey"), key}}}}}};
            return FakeAnswer::ok(QJsonDocument(device).toJson(QJsonDocument::Compact));
        });
        std::unique_ptr<BulkCall> call(hub.createDevices(devices(3)));
        QVERIFY(finish(clock, call.get()));
        QVERIFY(call->isSuccess());
        QCOMPARE(network.sent().size(), 4); // dropped POST, POST, GET d0, GET d1
        const BulkOutcome &outcome = call->value();
        QCOMPARE(outcome.items.at(0).state, BulkItemOutcome::State::Succeeded);
        QVERIFY(outcome.items.at(0).confirmedAfterRetry);
        QCOMPARE(outcome.items.at(1).state, BulkItemOutcome::State::Failed);
        QCOMPARE(outcome.items.at(1).error.code(), 409001);
        QCOMPARE(outcome.items.at(2).state, BulkItemOutcome::State::Succeeded);
        QVERIFY(!outcome.items.at(2).confirmedAfterRetry);
    }

    void firstAttemptConflictsAreNotReadBack()
    {
        FakeClock clock(0);
        FakeNetwork network;
        AzureTransport transport(&network, &clock);
        HubRegistryClient hub(&transport, endpoint());
        network.enqueue({400, {}, bulkErrors({{QStringLiteral("d0"), 409001}})});
        std::unique_ptr<BulkCall> call(hub.createDevices(devices(2)));
        QVERIFY(finish(clock, call.get()));
        QCOMPARE(network.sent().size(), 1); // no verification GET: nothing was ambiguous
        QCOMPARE(call->value().items.at(0).state, BulkItemOutcome::State::Failed);
    }

    void chunkLostAfterAnAmbiguousAttemptIsUnknown()
    {
        FakeClock clock(0);
        FakeNetwork network;
        AzureTransport transport(&network, &clock);
        transport.setRandomSource([]() { return 0.0; });
        HubRegistryClient hub(&transport, endpoint());
        network.setDefaultAnswer(FakeAnswer::drop()); // every attempt drops
        std::unique_ptr<BulkCall> call(hub.createDevices(devices(5)));
        QVERIFY(finish(clock, call.get()));
        QCOMPARE(network.sent().size(), transport.retryPolicy().maxAttempts);
        for (const BulkItemOutcome &item : call->value().items) {
            QCOMPARE(item.state, BulkItemOutcome::State::Unknown); // reported: it may have been done
            QCOMPARE(item.error.kind(), AzureErrorKind::Network);
        }
    }

    void deleteRetriedAfterADropCountsNotFoundAsDone()
    {
        FakeClock clock(0);
        FakeNetwork network;
        AzureTransport transport(&network, &clock);
        HubRegistryClient hub(&transport, endpoint());
        network.enqueue(FakeAnswer::drop());
        network.enqueue({400, {}, bulkErrors({{QStringLiteral("d0"), 404001}})});
        std::unique_ptr<BulkCall> call(hub.deleteDevices({QStringLiteral("d0"), QStringLiteral("d1")}));
        QVERIFY(finish(clock, call.get()));
        QCOMPARE(call->value().items.at(0).state, BulkItemOutcome::State::Succeeded);
        QVERIFY(call->value().items.at(0).confirmedAfterRetry);
        QCOMPARE(call->value().items.at(1).state, BulkItemOutcome::State::Succeeded);
    }
};

QTEST_GUILESS_MAIN(TestBulkRunner)
#include "tst_bulkrunner.moc"
