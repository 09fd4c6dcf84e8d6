// DpsStore's allocation mode (DpsStoreAllocation.cpp) as devices and services see it: a held
// registration is "assigning" on the device API's polls, the service API and the registration
// query, and its device is on no hub; releasing assigns it; "fail" fails it with the error code;
// a held registration survives the state file and settles on the next poll.
#include "DpsStoreFixture.h"

#include "dps/DpsDeviceEndpoint.h"
#include "dps/DpsService.h"
#include "server/AccessPolicies.h"

#include <QBuffer>
#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>
#include <QTest>

using namespace StampDeck::Emulator;
using namespace StampDeck::Azure;

namespace {

QJsonObject objectOf(const HttpResponse &response)
{
    return QJsonDocument::fromJson(response.body).object();
}

QString text(const QJsonObject &object, const char *field)
{
    return object.value(QLatin1StringView(field)).toString();
}

} // namespace

class TestDpsStoreAllocation : public QObject, private DpsStoreFixture
{
    Q_OBJECT

private:
    std::unique_ptr<DpsDeviceEndpoint> m_device;
    std::unique_ptr<AccessPolicies> m_policies;
    std::unique_ptr<DpsService> m_service;

    void wire()
    {
        m_device = std::make_unique<DpsDeviceEndpoint>();
        m_device->addInstance(m_store.get(), nullptr);
        m_policies = std::make_unique<AccessPolicies>(AccessPolicies::forDps());
        m_service = std::make_unique<DpsService>(m_store.get(), m_policies.get(), nullptr);
    }

    static QString deviceKey(const QString &id) { return SharedAccessSignature::deriveDeviceKey(GroupKey, id); }

    HttpResponse device(const QByteArray &method, const QStringList &tail, const QString &id, const QByteArray &body = {})
    {
        HttpRequest request;
        request.method = method;
        request.segments = QStringList{Scope, QStringLiteral("registrations"), id} + tail;
        request.query.addQueryItem(QStringLiteral("api-version"), QStringLiteral("2021-06-01"));
        request.headers.insert("authorization", token(id, deviceKey(id)).toUtf8());
        request.body = body;
        return m_device->handle(request);
    }
    // PUT .../register; the operation ID of the 202.
    QString registerDevice(const QString &id)
    {
        const HttpResponse accepted = device("PUT", {QStringLiteral("register")}, id,
                                             QStringLiteral(R"({"registrationId":"%1"})").arg(id).toUtf8());
        if (accepted.status != 202)
            qWarning("register answered %d: %s", accepted.status, accepted.body.constData());
        return text(objectOf(accepted), "operationId");
    }
    QJsonObject poll(const QString &id, const QString &operationId)
    {
        return objectOf(device("GET", {QStringLiteral("operations"), operationId}, id, "{}"));
    }

    HttpResponse service(const QByteArray &method, const QString &path, const QByteArray &body = {})
    {
        HttpRequest request;
        request.method = method;
        request.segments = path.split(u'/', Qt::SkipEmptyParts);
        request.query.addQueryItem(QStringLiteral("api-version"), QStringLiteral("2021-10-01"));
        const AccessPolicies::Policy *policy = m_policies->policy(QStringLiteral("provisioningserviceowner"));
        request.headers.insert("authorization",
                               SharedAccessSignature::create(m_store->hostName(), policy->name,
                                                             QString::fromLatin1(policy->primaryKey),
                                                             QDateTime::currentSecsSinceEpoch() + 3600,
                                                             SharedAccessSignature::ResourceEncoding::AsIs)
                                   .toString()
                                   .toUtf8());
        request.body = body;
        return m_service->handle(request);
    }
    QJsonObject serviceState(const QString &id) { return objectOf(service("GET", QStringLiteral("/registrations/") + id)); }

    static AllocationMode hold() { return AllocationMode{AllocationMode::Kind::Hold, 0, {}}; }

private slots:
    void init()
    {
        resetStore();
        QVERIFY(m_store->putEnrollmentGroup(symmetricGroup(QStringLiteral("grp")), {}).ok());
        wire();
    }

    void holdShowsAssigningEverywhere()
    {
        int changes = 0;
        m_store->setChangeListener([&changes] { ++changes; });
        QCOMPARE(m_store->setAllocationMode(hold()), 0);
        const QString id = QStringLiteral("held-1");
        const QString operationId = registerDevice(id);
        QVERIFY(!operationId.isEmpty());
        QCOMPARE(m_store->heldCount(), 1);
        QVERIFY(m_hubA->devices.isEmpty() && m_hubB->devices.isEmpty());

        // The device's polls: assigning, with no registration state yet (as Azure answers).
        for (int i = 0; i < 2; ++i) {
            const QJsonObject polled = poll(id, operationId);
            QCOMPARE(text(polled, "status"), QStringLiteral("assigning"));
            QVERIFY(!polled.contains(QLatin1StringView("registrationState")));
        }
        // The device's status lookup and the service API: assigning, no hub.
        const QJsonObject lookup = objectOf(device("POST", {}, id, {}));
        QCOMPARE(text(lookup, "status"), QStringLiteral("assigning"));
        const QJsonObject state = serviceState(id);
        QCOMPARE(text(state, "status"), QStringLiteral("assigning"));
        QVERIFY(!state.contains(QLatin1StringView("assignedHub")));
        QVERIFY(!state.contains(QLatin1StringView("errorCode")));
        const QJsonArray page = QJsonDocument::fromJson(service("POST", QStringLiteral("/registrations/grp/query"), R"({"query":"*"})").body).array();
        QCOMPARE(page.size(), 1);
        QCOMPARE(text(page.at(0).toObject(), "status"), QStringLiteral("assigning"));
        QCOMPARE(changes, 0);

        // Release: the held registration is assigned at once, and the next poll sees it.
        QCOMPARE(m_store->setAllocationMode({}), 1);
        QCOMPARE(changes, 1);
        QCOMPARE(m_store->heldCount(), 0);
        const QJsonObject done = poll(id, operationId);
        QCOMPARE(text(done, "status"), QStringLiteral("assigned"));
        const QJsonObject assigned = done.value(QLatin1StringView("registrationState")).toObject();
        QVERIFY(!text(assigned, "assignedHub").isEmpty());
        QCOMPARE(text(assigned, "deviceId"), id);
        QCOMPARE(m_hubA->devices.size() + m_hubB->devices.size(), 1);
        QCOMPARE(text(serviceState(id), "status"), QStringLiteral("assigned"));
    }

    void failRecordsTheErrorCode()
    {
        m_store->setAllocationMode({AllocationMode::Kind::Fail, 400211, QStringLiteral("linked hubs are full")});
        const QString id = QStringLiteral("fails-1");
        const QString operationId = registerDevice(id);
        const QJsonObject polled = poll(id, operationId);
        QCOMPARE(text(polled, "status"), QStringLiteral("failed"));
        const QJsonObject state = polled.value(QLatin1StringView("registrationState")).toObject();
        QCOMPARE(state.value(QLatin1StringView("errorCode")).toInt(), 400211);
        QCOMPARE(text(state, "errorMessage"), QStringLiteral("linked hubs are full"));
        QVERIFY(!state.contains(QLatin1StringView("assignedHub")));
        const QJsonObject serviceView = serviceState(id);
        QCOMPARE(text(serviceView, "status"), QStringLiteral("failed"));
        QCOMPARE(serviceView.value(QLatin1StringView("errorCode")).toInt(), 400211);
        QVERIFY(m_hubA->devices.isEmpty() && m_hubB->devices.isEmpty());

        // The default code; and a later normal registration clears the error.
        m_store->setAllocationMode({AllocationMode::Kind::Fail, 0, {}});
        registerDevice(id);
        QCOMPARE(serviceState(id).value(QLatin1StringView("errorCode")).toInt(), AllocationMode::DefaultErrorCode);
        m_store->setAllocationMode({});
        registerDevice(id);
        const QJsonObject healed = serviceState(id);
        QCOMPARE(text(healed, "status"), QStringLiteral("assigned"));
        QVERIFY(!healed.contains(QLatin1StringView("errorCode")));
    }

    void releasingIntoFailFailsTheHeld()
    {
        m_store->setAllocationMode(hold());
        registerDevice(QStringLiteral("a-1"));
        registerDevice(QStringLiteral("a-2"));
        QCOMPARE(m_store->heldCount(), 2);
        QCOMPARE(m_store->setAllocationMode({AllocationMode::Kind::Fail, 0, {}}), 2);
        QCOMPARE(text(serviceState(QStringLiteral("a-1")), "status"), QStringLiteral("failed"));
        QCOMPARE(text(serviceState(QStringLiteral("a-2")), "status"), QStringLiteral("failed"));
    }

    void heldReprovisioningMovesOnRelease()
    {
        // Assigned first; re-registering while held keeps the identity on its hub until release.
        const QString id = QStringLiteral("mover");
        registerDevice(id);
        const QString firstHub = text(serviceState(id), "assignedHub");
        QVERIFY(!firstHub.isEmpty());
        m_store->setAllocationMode(hold());
        registerDevice(id);
        QCOMPARE(text(serviceState(id), "status"), QStringLiteral("assigning"));
        QCOMPARE(m_hubA->devices.size() + m_hubB->devices.size(), 1);
        m_store->setAllocationMode({});
        const QJsonObject state = serviceState(id);
        QCOMPARE(text(state, "status"), QStringLiteral("assigned"));
        QCOMPARE(text(state, "assignedHub"), firstHub); // hashed allocation is stable
        QCOMPARE(text(state, "substatus"), QStringLiteral("reprovisionedToInitialAssignment"));
    }

    void deletingAHeldRegistrationForgetsIt()
    {
        m_store->setAllocationMode(hold());
        registerDevice(QStringLiteral("gone"));
        QCOMPARE(service("DELETE", QStringLiteral("/registrations/gone")).status, 204);
        QCOMPARE(m_store->heldCount(), 0);
        QCOMPARE(m_store->setAllocationMode({}), 0);
    }

    void heldSurvivesTheStateFileAndSettlesOnPoll()
    {
        m_store->setAllocationMode(hold());
        const QString id = QStringLiteral("persisted");
        const QString operationId = registerDevice(id);
        QByteArray bytes;
        {
            QDataStream out(&bytes, QIODevice::WriteOnly);
            m_store->save(out);
        }
        // A new run: the mode is normal again (runtime control), the registration still assigning.
        resetStore();
        QDataStream in(bytes);
        QString error;
        QVERIFY2(m_store->load(in, &error), qPrintable(error));
        wire();
        int changes = 0;
        m_store->setChangeListener([&changes] { ++changes; });
        QCOMPARE(m_store->allocationMode(), AllocationMode());
        QCOMPARE(m_store->heldCount(), 1);
        QCOMPARE(text(serviceState(id), "status"), QStringLiteral("assigning"));
        // The device's next poll finishes the allocation (the service API alone does not).
        const QJsonObject polled = poll(id, operationId);
        QCOMPARE(text(polled, "status"), QStringLiteral("assigned"));
        QCOMPARE(changes, 1);
        QCOMPARE(m_store->heldCount(), 0);
        QCOMPARE(m_hubA->devices.size() + m_hubB->devices.size(), 1);
    }
};

QTEST_GUILESS_MAIN(TestDpsStoreAllocation)
#include "tst_dpsstoreallocation.moc"
