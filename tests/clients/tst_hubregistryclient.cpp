// HubRegistryClient against the real emulator over HTTPS (no quotas here; see
// tst_hubregistryresilience for quotas and faults): identities with If-Match, typed errors,
// twins, statistics, methods, bulk operations item by item, and paging through 10,000 devices.
#include "AzureTransport.h"
#include "EmulatorClients.h"
#include "HubRegistryClient.h"
#include "SystemClock.h"

#include <QSet>
#include <QSignalSpy>
#include <QTest>

#include <memory>

using namespace StampDeck::Azure;
using namespace StampDeck::Testing;

class TestHubRegistryClient : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<EmulatorProcess> m_emulator;
    std::unique_ptr<EmulatorClients> m_env;
    QNetworkAccessManager m_network;
    SystemClock m_clock;
    std::unique_ptr<AzureTransport> m_transport;
    std::unique_ptr<HubRegistryClient> m_hub;

    template<typename C>
    static std::unique_ptr<C> run(C *call, int timeoutMs = 60'000)
    {
        return EmulatorClients::finish(call, timeoutMs);
    }

    static DeviceIdentity device(const QString &id)
    {
        DeviceIdentity d;
        d.deviceId = id;
        return d;
    }

    static QList<DeviceIdentity> devices(const QString &prefix, int count)
    {
        QList<DeviceIdentity> list;
        for (int i = 0; i < count; ++i)
            list.append(device(QStringLiteral("%1-%2").arg(prefix).arg(i, 5, 10, QLatin1Char('0'))));
        return list;
    }

private Q_SLOTS:
    void initTestCase()
    {
        m_emulator = std::make_unique<EmulatorProcess>(QStringList{QStringLiteral("--hubs"), QStringLiteral("1"),
                                                                   QStringLiteral("--no-quotas"), QStringLiteral("--seed"), QStringLiteral("1")});
        QVERIFY2(m_emulator->start(), qPrintable(m_emulator->errorString()));
        m_env = std::make_unique<EmulatorClients>(*m_emulator, 1.0, false);
        m_transport = std::make_unique<AzureTransport>(&m_network, &m_clock);
        m_hub = std::make_unique<HubRegistryClient>(m_transport.get(), m_env->hubEndpoint());
    }

    void createGetUpdateDelete()
    {
        auto created = run(m_hub->createDevice(device(QStringLiteral("crud-1"))));
        QVERIFY2(created->isSuccess(), qPrintable(created->error().toString()));
        QCOMPARE(created->value().deviceId, QStringLiteral("crud-1"));
        QVERIFY(created->value().etag.has_value());
        QVERIFY(!created->value().authentication->symmetricKey->primaryKey->isEmpty());

        auto got = run(m_hub->getDevice(QStringLiteral("crud-1")));
        QVERIFY(got->isSuccess());
        QCOMPARE(got->value().authentication, created->value().authentication);

        DeviceIdentity disabled = got->value();
        disabled.status = DeviceStatus::Disabled;
        auto updated = run(m_hub->updateDevice(disabled, *got->value().etag));
        QVERIFY2(updated->isSuccess(), qPrintable(updated->error().toString()));
        QCOMPARE(updated->value().status, std::optional<DeviceStatus>(DeviceStatus::Disabled));
        QVERIFY(updated->value().etag != got->value().etag);

        // The old etag is stale now: 412 PreconditionFailed (412001), not retried.
        auto stale = run(m_hub->updateDevice(disabled, *got->value().etag));
        QVERIFY(!stale->isSuccess());
        QCOMPARE(stale->error().kind(), AzureErrorKind::PreconditionFailed);
        QCOMPARE(stale->error().httpStatus(), 412);
        QCOMPARE(stale->error().code(), 412001);

        auto staleDelete = run(m_hub->deleteDevice(QStringLiteral("crud-1"), *got->value().etag));
        QCOMPARE(staleDelete->error().kind(), AzureErrorKind::PreconditionFailed);
        auto deleted = run(m_hub->deleteDevice(QStringLiteral("crud-1"), *updated->value().etag));
        QVERIFY2(deleted->isSuccess(), qPrintable(deleted->error().toString()));
        QVERIFY(!deleted->value().confirmedAfterRetry);
        auto gone = run(m_hub->getDevice(QStringLiteral("crud-1")));
        QCOMPARE(gone->error().kind(), AzureErrorKind::NotFound);
    }

    void deviceNotFoundIsTyped()
    {
        auto missing = run(m_hub->getDevice(QStringLiteral("no-such-device")));
        QVERIFY(!missing->isSuccess());
        QCOMPARE(missing->error().kind(), AzureErrorKind::NotFound);
        QCOMPARE(missing->error().code(), 404001);
        QCOMPARE(missing->error().codeName(), QStringLiteral("DeviceNotFound"));
        QCOMPARE(missing->error().httpStatus(), 404);
        QVERIFY(!missing->error().trackingId().isEmpty());
    }

    void createTwiceIsAConflict()
    {
        QVERIFY(run(m_hub->createDevice(device(QStringLiteral("twice"))))->isSuccess());
        auto second = run(m_hub->createDevice(device(QStringLiteral("twice"))));
        QCOMPARE(second->error().kind(), AzureErrorKind::Conflict);
        QCOMPARE(second->error().code(), 409001);
    }

    void wrongKeyIsUnauthorized()
    {
        AzureEndpoint wrong = m_env->hubEndpoint();
        wrong.key = QStringLiteral("d3Jvbmcta2V5LXdyb25nLWtleS13cm9uZy1rZXktMTI=");
        HubRegistryClient client(m_transport.get(), wrong);
        auto denied = run(client.getDevice(QStringLiteral("twice")));
        QVERIFY(!denied->isSuccess());
        QCOMPARE(denied->error().kind(), AzureErrorKind::Unauthorized);
        QCOMPARE(denied->error().httpStatus(), 401);
        QVERIFY(!denied->error().toString().contains(wrong.key));
    }

    void specialCharactersInIds()
    {
        const QString id = QStringLiteral("a+b#c?d%e(f)=g@h$i'j");
        auto created = run(m_hub->createDevice(device(id)));
        QVERIFY2(created->isSuccess(), qPrintable(created->error().toString()));
        QCOMPARE(created->value().deviceId, id);
        auto got = run(m_hub->getDevice(id));
        QVERIFY2(got->isSuccess(), qPrintable(got->error().toString()));
        QVERIFY(run(m_hub->deleteDevice(id))->isSuccess());
    }

    void twinGetAndPatch()
    {
        QVERIFY(run(m_hub->createDevice(device(QStringLiteral("twin-1"))))->isSuccess());
        auto twin = run(m_hub->getTwin(QStringLiteral("twin-1")));
        QVERIFY2(twin->isSuccess(), qPrintable(twin->error().toString()));
        QCOMPARE(twin->value().deviceId, std::optional<QString>(QStringLiteral("twin-1")));
        const QJsonObject patch{{QStringLiteral("tags"), QJsonObject{{QStringLiteral("tenant"), QStringLiteral("contoso")}}}};
        auto patched = run(m_hub->updateTwin(QStringLiteral("twin-1"), patch, twin->value().etag.value_or(QString())));
        QVERIFY2(patched->isSuccess(), qPrintable(patched->error().toString()));
        QCOMPARE(patched->value().tags->value(QLatin1StringView("tenant")).toString(), QStringLiteral("contoso"));
        auto stale = run(m_hub->updateTwin(QStringLiteral("twin-1"), patch, twin->value().etag.value_or(QString())));
        QCOMPARE(stale->error().kind(), AzureErrorKind::PreconditionFailed);
    }

    void statistics()
    {
        auto stats = run(m_hub->deviceStatistics());
        QVERIFY2(stats->isSuccess(), qPrintable(stats->error().toString()));
        QVERIFY(stats->value().totalDeviceCount >= 2);
        QCOMPARE(stats->value().totalDeviceCount, stats->value().enabledDeviceCount + stats->value().disabledDeviceCount);
        auto service = run(m_hub->serviceStatistics());
        QVERIFY2(service->isSuccess(), qPrintable(service->error().toString()));
        QVERIFY(service->value().connectedDeviceCount >= 0);
    }

    void directMethodToADeviceThatIsNotConnected()
    {
        DirectMethodRequest method;
        method.methodName = QStringLiteral("reboot");
        method.responseTimeoutInSeconds = 5;
        const qint64 attemptsBefore = m_transport->statistics().attempts;
        auto result = run(m_hub->invokeMethod(QStringLiteral("twin-1"), method));
        QVERIFY(!result->isSuccess());
        QCOMPARE(result->error().httpStatus(), 404);
        QCOMPARE(result->error().code(), 404103);
        QCOMPARE(result->error().kind(), AzureErrorKind::DeviceNotOnline);
        QCOMPARE(m_transport->statistics().attempts - attemptsBefore, qint64(1)); // never repeated
    }

    void bulkOperationsReportEachDevice()
    {
        auto created = run(m_hub->createDevices(devices(QStringLiteral("bulk"), 250)));
        QVERIFY2(created->isSuccess(), qPrintable(created->error().toString()));
        QCOMPARE(created->value().requests, 3); // 100 + 100 + 50
        QCOMPARE(created->value().succeeded(), 250);

        // Ten that exist and five new ones: the ten fail one by one, the five are created.
        QList<DeviceIdentity> mixed = devices(QStringLiteral("bulk"), 10);
        mixed += devices(QStringLiteral("bulk-new"), 5);
        auto again = run(m_hub->createDevices(mixed));
        QVERIFY(again->isSuccess());
        QCOMPARE(again->value().succeeded(), 5);
        QCOMPARE(again->value().count(BulkItemOutcome::State::Failed), 10);
        for (const BulkItemOutcome &item : again->value().problems()) {
            QVERIFY(item.id.startsWith(QLatin1StringView("bulk-0")));
            QCOMPARE(item.error.kind(), AzureErrorKind::Conflict);
            QCOMPARE(item.error.code(), 409001);
        }

        QStringList ids;
        for (const DeviceIdentity &d : devices(QStringLiteral("bulk"), 250))
            ids.append(d.deviceId);
        ids.append(QStringLiteral("never-created"));
        auto deleted = run(m_hub->deleteDevices(ids));
        QVERIFY(deleted->isSuccess());
        QCOMPARE(deleted->value().succeeded(), 250);
        QCOMPARE(deleted->value().problems().size(), 1);
        QCOMPARE(deleted->value().problems().first().error.kind(), AzureErrorKind::NotFound);
        QCOMPARE(run(m_hub->getDevice(QStringLiteral("bulk-00100")))->error().code(), 404001);
    }

    void bulkRefusesDuplicateIds()
    {
        auto call = run(m_hub->createDevices({device(QStringLiteral("dup")), device(QStringLiteral("dup"))}));
        QCOMPARE(call->error().kind(), AzureErrorKind::BadRequest);
    }

    void cancelStopsABulkCall()
    {
        std::unique_ptr<BulkCall> call(m_hub->createDevices(devices(QStringLiteral("cancel"), 2000)));
        QSignalSpy progress(call.get(), &AzureCall::progressed);
        QVERIFY(progress.wait(30'000)); // the first chunk is done
        call->cancel();
        QVERIFY(call->isFinished());
        QCOMPARE(call->error().kind(), AzureErrorKind::Cancelled);
        const BulkOutcome &outcome = call->value();
        QVERIFY(outcome.succeeded() >= 100);
        QVERIFY(outcome.count(BulkItemOutcome::State::NotAttempted) > 0);
        QCOMPARE(outcome.succeeded() + outcome.count(BulkItemOutcome::State::Unknown)
                     + outcome.count(BulkItemOutcome::State::NotAttempted),
                 2000);
    }

    void pagingThrough10000Devices()
    {
        auto created = run(m_hub->createDevices(devices(QStringLiteral("page"), 10'000)), 300'000);
        QVERIFY2(created->isSuccess(), qPrintable(created->error().toString()));
        QCOMPARE(created->value().succeeded(), 10'000);

        std::unique_ptr<QueryPager> pager(m_hub->queryDevices(QStringLiteral("SELECT * FROM devices"), 1000));
        QSet<QString> seen;
        int duplicates = 0;
        int pages = 0;
        QVERIFY(pager->hasMore());
        while (pager->hasMore()) {
            auto page = run(pager->fetchNext());
            QVERIFY2(page->isSuccess(), qPrintable(page->error().toString()));
            QVERIFY(page->value().items.size() <= 1000);
            QString error;
            const std::optional<QList<Twin>> twins = page->value().as<Twin>(&error);
            QVERIFY2(twins, qPrintable(error));
            for (const Twin &twin : *twins) {
                const QString id = twin.deviceId.value_or(QString());
                if (!id.startsWith(QLatin1StringView("page-")))
                    continue;
                duplicates += seen.contains(id) ? 1 : 0;
                seen.insert(id);
            }
            ++pages;
            QVERIFY(pages < 100);
        }
        QCOMPARE(duplicates, 0);
        QCOMPARE(seen.size(), 10'000);
        QVERIFY(pages >= 10);
        QCOMPARE(pager->pagesFetched(), pages);
        QCOMPARE(run(pager->fetchNext())->error().kind(), AzureErrorKind::BadRequest); // no more pages

        std::unique_ptr<QueryPager> count(m_hub->queryDevices(QStringLiteral("SELECT COUNT() AS n FROM devices"), 10));
        auto counted = run(count->fetchNext());
        QVERIFY2(counted->isSuccess(), qPrintable(counted->error().toString()));
        QVERIFY(counted->value().items.first().toObject().value(QLatin1StringView("n")).toInteger() >= 10'000);
    }
};

QTEST_GUILESS_MAIN(TestHubRegistryClient)
#include "tst_hubregistryclient.moc"
