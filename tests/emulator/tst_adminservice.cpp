// AdminService: the bearer-protected admin API that changes faults per instance at runtime.
// Routes are checked through handle(); taking an instance down and bringing it back is checked
// over real HTTPS (admin endpoint and target endpoint, trusting only the emulator's CA).
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
    void takesAnInstanceDownOverHttps();
};

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
