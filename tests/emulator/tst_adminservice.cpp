// AdminService: the bearer-protected admin API that changes faults per instance at runtime.
// Routes are checked through handle(); taking an instance down and bringing it back is checked
// over real HTTPS (admin endpoint and target endpoint, trusting only the emulator's CA).
#include "dps/DpsStore.h"
#include "fleet/AdminService.h"
#include "server/CertificateAuthority.h"
#include "server/HttpsEndpoint.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace StampDeck::Emulator;

namespace {

const QByteArray Token = QByteArrayLiteral("0123456789abcdef0123456789abcdef");

HttpRequest request(const QByteArray &method, const QString &path, const QByteArray &body = {},
                    const QByteArray &token = Token)
{
    HttpRequest r;
    r.method = method;
    r.segments = path.split(u'/', Qt::SkipEmptyParts);
    r.body = body;
    if (!token.isEmpty())
        r.headers.insert(QByteArrayLiteral("authorization"), QByteArrayLiteral("Bearer ") + token);
    return r;
}

QJsonObject bodyOf(const HttpResponse &response)
{
    return QJsonDocument::fromJson(response.body).object();
}

// Answers 200 {"ok":true} to everything: the "stamp" the admin endpoint takes down.
class OkHandler : public RequestHandler
{
public:
    HttpResponse handle(const HttpRequest &) override
    {
        return HttpResponse::json(200, QJsonDocument(QJsonObject{{QStringLiteral("ok"), true}}));
    }
};

} // namespace

class TestAdminService : public QObject
{
    Q_OBJECT

private slots:
    void rejectsMissingOrWrongToken_data();
    void rejectsMissingOrWrongToken();
    void health();
    void putGetDeleteFaults();
    void badFaultBodiesChangeNothing_data();
    void badFaultBodiesChangeNothing();
    void unknownRoutesAndMethods();
    void saveState();
    void allocationRoutes();
    void badAllocationBodiesChangeNothing_data();
    void badAllocationBodiesChangeNothing();
    void takesAnInstanceDownOverHttps();
};

namespace {

// A DPS store with no linked hub: enough for the mode; registrations are tst_dpsstoreallocation's.
std::unique_ptr<DpsStore> dpsStore(const QString &name)
{
    return std::make_unique<DpsStore>(name, QStringLiteral("0ne00ADM0N1"), QStringLiteral("westeurope"), QList<LinkedHub>{});
}

} // namespace

void TestAdminService::rejectsMissingOrWrongToken_data()
{
    QTest::addColumn<QByteArray>("authorization");
    QTest::addRow("none") << QByteArray();
    QTest::addRow("wrong token") << QByteArray("Bearer 0123456789abcdef0123456789abcdeX");
    QTest::addRow("prefix of the token") << QByteArray("Bearer 0123456789abcdef");
    QTest::addRow("wrong scheme") << (QByteArray("Basic ") + Token);
    QTest::addRow("SAS token") << QByteArray("SharedAccessSignature sr=x&sig=y&se=1");
}

void TestAdminService::rejectsMissingOrWrongToken()
{
    QFETCH(QByteArray, authorization);
    FaultInjector faults;
    AdminService admin(Token, QStringLiteral("1.0"));
    admin.addInstance(QStringLiteral("hub-1"), &faults, nullptr);
    HttpRequest put = request("PUT", QStringLiteral("/faults/hub-1"), R"({"errorRate":1})", {});
    if (!authorization.isEmpty())
        put.headers.insert(QByteArrayLiteral("authorization"), authorization);
    const HttpResponse response = admin.handle(put);
    QCOMPARE(response.status, 401);
    QVERIFY(!faults.isActive());
    QVERIFY(bodyOf(response).value(QStringLiteral("error")).toString().contains(QStringLiteral("bearer token")));
}

void TestAdminService::health()
{
    FaultInjector hubFaults, dpsFaults;
    AdminService admin(Token, QStringLiteral("0.1.0"));
    admin.addInstance(QStringLiteral("hub-1"), &hubFaults, nullptr);
    admin.addInstance(QStringLiteral("dps-1"), &dpsFaults, nullptr);
    const HttpResponse response = admin.handle(request("GET", QStringLiteral("/health")));
    QCOMPARE(response.status, 200);
    const QJsonObject body = bodyOf(response);
    QCOMPARE(body.value(QStringLiteral("status")).toString(), QStringLiteral("ok"));
    QCOMPARE(body.value(QStringLiteral("version")).toString(), QStringLiteral("0.1.0"));
    const QJsonArray instances = body.value(QStringLiteral("instances")).toArray();
    QCOMPARE(instances.size(), 2);
    QCOMPARE(instances[1].toObject().value(QStringLiteral("name")).toString(), QStringLiteral("dps-1"));
}

void TestAdminService::putGetDeleteFaults()
{
    FaultInjector hubFaults, otherFaults;
    AdminService admin(Token, QStringLiteral("1"));
    admin.addInstance(QStringLiteral("hub-1"), &hubFaults, nullptr);
    admin.addInstance(QStringLiteral("hub-2"), &otherFaults, nullptr);

    HttpResponse response = admin.handle(request("PUT", QStringLiteral("/faults/hub-1"),
                                                 R"({"errorRate":0.5,"latencyMs":20,"dropRate":0.25,"errorStatus":500})"));
    QCOMPARE(response.status, 200);
    QCOMPARE(hubFaults.settings(), (FaultSettings{0.5, 20, 0.25, 500}));
    QVERIFY(!otherFaults.isActive());

    // PUT replaces: what is left out is off.
    response = admin.handle(request("PUT", QStringLiteral("/faults/hub-1"), R"({"errorRate":1})"));
    QCOMPARE(response.status, 200);
    QCOMPARE(hubFaults.settings(), (FaultSettings{1.0, 0, 0.0, 503}));
    QCOMPARE(bodyOf(response).value(QStringLiteral("errorRate")).toDouble(), 1.0);

    response = admin.handle(request("GET", QStringLiteral("/faults/hub-1")));
    QCOMPARE(bodyOf(response), AdminService::toJson(hubFaults.settings()));
    response = admin.handle(request("GET", QStringLiteral("/faults")));
    QCOMPARE(bodyOf(response).keys(), (QStringList{QStringLiteral("hub-1"), QStringLiteral("hub-2")}));

    response = admin.handle(request("DELETE", QStringLiteral("/faults/hub-1")));
    QCOMPARE(response.status, 200);
    QVERIFY(!hubFaults.isActive());
}

void TestAdminService::badFaultBodiesChangeNothing_data()
{
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<QString>("message");
    QTest::addRow("not JSON") << QByteArray("{errorRate:1") << QStringLiteral("JSON object");
    QTest::addRow("array") << QByteArray("[1]") << QStringLiteral("JSON object");
    QTest::addRow("rate above 1") << QByteArray(R"({"errorRate":1.5})") << QStringLiteral("'errorRate' must be a number from 0 to 1");
    QTest::addRow("rate as string") << QByteArray(R"({"dropRate":"0.5"})") << QStringLiteral("'dropRate'");
    QTest::addRow("negative latency") << QByteArray(R"({"latencyMs":-1})") << QStringLiteral("'latencyMs'");
    QTest::addRow("fractional latency") << QByteArray(R"({"latencyMs":1.5})") << QStringLiteral("'latencyMs'");
    QTest::addRow("status 404") << QByteArray(R"({"errorStatus":404})") << QStringLiteral("500 or 503");
    QTest::addRow("unknown field") << QByteArray(R"({"errorRate":1,"eror":2})") << QStringLiteral("unknown field 'eror'");
}

void TestAdminService::badFaultBodiesChangeNothing()
{
    QFETCH(QByteArray, body);
    QFETCH(QString, message);
    const FaultSettings before{0.1, 5, 0.0, 503};
    FaultInjector faults(1, before);
    AdminService admin(Token, QStringLiteral("1"));
    admin.addInstance(QStringLiteral("hub-1"), &faults, nullptr);
    const HttpResponse response = admin.handle(request("PUT", QStringLiteral("/faults/hub-1"), body));
    QCOMPARE(response.status, 400);
    QVERIFY2(bodyOf(response).value(QStringLiteral("error")).toString().contains(message), response.body.constData());
    QCOMPARE(faults.settings(), before);
}

void TestAdminService::unknownRoutesAndMethods()
{
    FaultInjector faults;
    AdminService admin(Token, QStringLiteral("1"));
    admin.addInstance(QStringLiteral("hub-1"), &faults, nullptr);
    QCOMPARE(admin.handle(request("PUT", QStringLiteral("/faults/hub-9"), "{}")).status, 404);
    QCOMPARE(admin.handle(request("GET", QStringLiteral("/nothing"))).status, 404);
    QCOMPARE(admin.handle(request("POST", QStringLiteral("/health"))).status, 405);
    QCOMPARE(admin.handle(request("PATCH", QStringLiteral("/faults/hub-1"), "{}")).status, 405);
    QCOMPARE(admin.handle(request("PUT", QStringLiteral("/faults"), "{}")).status, 405);
    QCOMPARE(admin.handle(request("GET", QStringLiteral("/state/save"))).status, 405);
}

void TestAdminService::saveState()
{
    AdminService admin(Token, QStringLiteral("1"));
    QCOMPARE(admin.handle(request("POST", QStringLiteral("/state/save"))).status, 409);
    int saves = 0;
    admin.setStateSaver([&saves] { ++saves; return QString(); });
    QCOMPARE(admin.handle(request("POST", QStringLiteral("/state/save"))).status, 200);
    QCOMPARE(saves, 1);
    admin.setStateSaver([] { return QStringLiteral("disk full"); });
    const HttpResponse failed = admin.handle(request("POST", QStringLiteral("/state/save")));
    QCOMPARE(failed.status, 500);
    QCOMPARE(bodyOf(failed).value(QStringLiteral("error")).toString(), QStringLiteral("disk full"));
}

void TestAdminService::allocationRoutes()
{
    FaultInjector hubFaults, dpsFaults;
    const auto dps1 = dpsStore(QStringLiteral("dps-1"));
    const auto dps2 = dpsStore(QStringLiteral("dps-2"));
    AdminService admin(Token, QStringLiteral("1"));
    admin.addInstance(QStringLiteral("hub-1"), &hubFaults, nullptr);
    admin.addInstance(QStringLiteral("dps-1"), &dpsFaults, nullptr);
    admin.addDpsStore(QStringLiteral("dps-1"), dps1.get());
    admin.addDpsStore(QStringLiteral("dps-2"), dps2.get());

    HttpResponse response = admin.handle(request("GET", QStringLiteral("/allocation")));
    QCOMPARE(response.status, 200);
    QCOMPARE(bodyOf(response).keys(), (QStringList{QStringLiteral("dps-1"), QStringLiteral("dps-2")}));
    QCOMPARE(bodyOf(response).value(QStringLiteral("dps-1")).toObject(),
             (QJsonObject{{QStringLiteral("mode"), QStringLiteral("normal")}, {QStringLiteral("held"), 0}}));

    response = admin.handle(request("PUT", QStringLiteral("/allocation/dps-1"), R"({"mode":"hold"})"));
    QCOMPARE(response.status, 200);
    QCOMPARE(dps1->allocationMode().kind, AllocationMode::Kind::Hold);
    QCOMPARE(dps2->allocationMode().kind, AllocationMode::Kind::Normal);
    QCOMPARE(bodyOf(response).value(QStringLiteral("mode")).toString(), QStringLiteral("hold"));

    response = admin.handle(request("PUT", QStringLiteral("/allocation/dps-2"),
                                    R"({"mode":"fail","errorCode":400211,"errorMessage":"hubs full"})"));
    QCOMPARE(response.status, 200);
    QCOMPARE(dps2->allocationMode(), (AllocationMode{AllocationMode::Kind::Fail, 400211, QStringLiteral("hubs full")}));
    response = admin.handle(request("GET", QStringLiteral("/allocation/dps-2")));
    QCOMPARE(bodyOf(response).value(QStringLiteral("errorCode")).toInt(), 400211);
    QCOMPARE(bodyOf(response).value(QStringLiteral("errorMessage")).toString(), QStringLiteral("hubs full"));
    // "fail" without a code reports the default one.
    response = admin.handle(request("PUT", QStringLiteral("/allocation/dps-2"), R"({"mode":"fail"})"));
    QCOMPARE(bodyOf(response).value(QStringLiteral("errorCode")).toInt(), AllocationMode::DefaultErrorCode);

    response = admin.handle(request("DELETE", QStringLiteral("/allocation/dps-1")));
    QCOMPARE(response.status, 200);
    QCOMPARE(dps1->allocationMode(), AllocationMode());
    QCOMPARE(bodyOf(response).value(QStringLiteral("settled")).toInt(), 0);

    // Hubs and unknown names have no allocation; other methods are refused.
    QCOMPARE(admin.handle(request("PUT", QStringLiteral("/allocation/hub-1"), R"({"mode":"hold"})")).status, 404);
    QVERIFY(bodyOf(admin.handle(request("GET", QStringLiteral("/allocation/dps-9")))).value(QStringLiteral("error"))
                .toString().contains(QStringLiteral("no DPS instance named 'dps-9'")));
    QCOMPARE(admin.handle(request("PUT", QStringLiteral("/allocation"), R"({"mode":"hold"})")).status, 405);
    QCOMPARE(admin.handle(request("POST", QStringLiteral("/allocation/dps-1"), R"({"mode":"hold"})")).status, 405);
    QCOMPARE(admin.handle(request("GET", QStringLiteral("/allocation/dps-1/x"))).status, 404);
    QCOMPARE(admin.handle(request("PUT", QStringLiteral("/allocation/dps-1"), R"({"mode":"hold"})", {})).status, 401);
    QCOMPARE(dps1->allocationMode(), AllocationMode());
}

void TestAdminService::badAllocationBodiesChangeNothing_data()
{
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<QString>("message");
    QTest::addRow("not JSON") << QByteArray("{mode:hold") << QStringLiteral("JSON object like {\"mode\": \"hold\"}");
    QTest::addRow("empty") << QByteArray() << QStringLiteral("JSON object");
    QTest::addRow("no mode") << QByteArray(R"({"errorCode":400211})") << QStringLiteral("'mode' is missing");
    QTest::addRow("unknown mode") << QByteArray(R"({"mode":"pause"})") << QStringLiteral("'mode' must be");
    QTest::addRow("mode as number") << QByteArray(R"({"mode":1})") << QStringLiteral("'mode' must be");
    QTest::addRow("code too short") << QByteArray(R"({"mode":"fail","errorCode":400})") << QStringLiteral("'errorCode'");
    QTest::addRow("code as string") << QByteArray(R"({"mode":"fail","errorCode":"400211"})") << QStringLiteral("'errorCode'");
    QTest::addRow("fractional code") << QByteArray(R"({"mode":"fail","errorCode":400211.5})") << QStringLiteral("'errorCode'");
    QTest::addRow("empty message") << QByteArray(R"({"mode":"fail","errorMessage":" "})") << QStringLiteral("'errorMessage'");
    QTest::addRow("code with hold") << QByteArray(R"({"mode":"hold","errorCode":400211})")
                                    << QStringLiteral("'errorCode' applies to mode \"fail\" only");
    QTest::addRow("unknown field") << QByteArray(R"({"mode":"hold","hold":true})") << QStringLiteral("unknown field 'hold'");
}

void TestAdminService::badAllocationBodiesChangeNothing()
{
    QFETCH(QByteArray, body);
    QFETCH(QString, message);
    const auto dps = dpsStore(QStringLiteral("dps-1"));
    const AllocationMode before{AllocationMode::Kind::Fail, 400299, QStringLiteral("before")};
    dps->setAllocationMode(before);
    AdminService admin(Token, QStringLiteral("1"));
    admin.addDpsStore(QStringLiteral("dps-1"), dps.get());
    const HttpResponse response = admin.handle(request("PUT", QStringLiteral("/allocation/dps-1"), body));
    QCOMPARE(response.status, 400);
    QVERIFY2(bodyOf(response).value(QStringLiteral("error")).toString().contains(message), response.body.constData());
    QCOMPARE(dps->allocationMode(), before);
}

void TestAdminService::takesAnInstanceDownOverHttps()
{
    QTemporaryDir stateDir;
    QVERIFY(stateDir.isValid());
    QString error;
    const auto ca = CertificateAuthority::loadOrCreate(stateDir.path(), &error);
    QVERIFY2(ca, qPrintable(error));

    OkHandler ok;
    FaultInjector faults;
    HttpsEndpoint stamp(&ok, ca->serverConfiguration(), &faults, QStringLiteral("hub-1"));
    QVERIFY(stamp.listen() != 0);
    AdminService admin(Token, QStringLiteral("1"));
    admin.addInstance(QStringLiteral("hub-1"), &faults, &stamp);
    HttpsEndpoint adminEndpoint(&admin, ca->serverConfiguration(), nullptr, QStringLiteral("admin"));
    QVERIFY(adminEndpoint.listen() != 0);

    QNetworkAccessManager network;
    auto send = [&](const QByteArray &method, const QString &url, const QByteArray &body, bool withToken) {
        QNetworkRequest r{QUrl(url)};
        r.setSslConfiguration(ca->clientConfiguration());
        r.setHeader(QNetworkRequest::ContentTypeHeader, QStringLiteral("application/json"));
        if (withToken)
            r.setRawHeader("Authorization", QByteArrayLiteral("Bearer ") + Token);
        std::unique_ptr<QNetworkReply> reply(network.sendCustomRequest(r, method, body));
        QSignalSpy finished(reply.get(), &QNetworkReply::finished);
        if (!finished.wait(10'000))
            return -1;
        return reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    };
    const QString stampUrl = QStringLiteral("https://%1/devices/d1").arg(stamp.hostName());
    const QString faultUrl = QStringLiteral("https://%1/faults/hub-1").arg(adminEndpoint.hostName());

    QCOMPARE(send("GET", stampUrl, {}, false), 200);
    QCOMPARE(send("PUT", faultUrl, R"({"errorRate":1})", false), 401);
    QCOMPARE(send("GET", stampUrl, {}, false), 200);
    QCOMPARE(send("PUT", faultUrl, R"({"errorRate":1})", true), 200);
    QCOMPARE(send("GET", stampUrl, {}, false), 503);
    QCOMPARE(send("DELETE", faultUrl, {}, true), 200);
    QCOMPARE(send("GET", stampUrl, {}, false), 200);
    QVERIFY(stamp.counters().injectedErrors == 1);
}

QTEST_GUILESS_MAIN(TestAdminService)
#include "tst_adminservice.moc"
