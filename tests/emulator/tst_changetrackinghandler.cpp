// ChangeTrackingHandler: successful writes schedule a state save; reads, queries and failed
// requests do not, and every answer passes through unchanged.
#include "fleet/ChangeTrackingHandler.h"

#include <QTest>

using namespace StampDeck::Emulator;

namespace {

class FixedHandler : public RequestHandler
{
public:
    int status = 200;
    int calls = 0;
    HttpResponse handle(const HttpRequest &) override
    {
        ++calls;
        return HttpResponse::empty(status, {{QByteArrayLiteral("X-Test"), QByteArrayLiteral("1")}});
    }
};

} // namespace

class TestChangeTrackingHandler : public QObject
{
    Q_OBJECT

private slots:
    void reportsOnlySuccessfulWrites_data();
    void reportsOnlySuccessfulWrites();
};

void TestChangeTrackingHandler::reportsOnlySuccessfulWrites_data()
{
    QTest::addColumn<QByteArray>("method");
    QTest::addColumn<QString>("path");
    QTest::addColumn<int>("status");
    QTest::addColumn<bool>("changed");
    QTest::addRow("GET device") << QByteArray("GET") << QStringLiteral("devices/d1") << 200 << false;
    QTest::addRow("PUT device") << QByteArray("PUT") << QStringLiteral("devices/d1") << 200 << true;
    QTest::addRow("PUT stale etag") << QByteArray("PUT") << QStringLiteral("devices/d1") << 412 << false;
    QTest::addRow("DELETE device") << QByteArray("DELETE") << QStringLiteral("devices/d1") << 204 << true;
    QTest::addRow("PATCH twin") << QByteArray("PATCH") << QStringLiteral("twins/d1") << 200 << true;
    QTest::addRow("bulk") << QByteArray("POST") << QStringLiteral("devices") << 200 << true;
    QTest::addRow("hub query") << QByteArray("POST") << QStringLiteral("devices/query") << 200 << false;
    QTest::addRow("DPS query") << QByteArray("POST") << QStringLiteral("enrollmentGroups/query") << 200 << false;
    QTest::addRow("registrations query") << QByteArray("POST") << QStringLiteral("registrations/g1/Query") << 200 << false;
    QTest::addRow("device register") << QByteArray("PUT") << QStringLiteral("0ne00000001/registrations/r1/register")
                                     << 202 << true;
    QTest::addRow("throttled") << QByteArray("PUT") << QStringLiteral("enrollments/r1") << 429 << false;
}

void TestChangeTrackingHandler::reportsOnlySuccessfulWrites()
{
    QFETCH(QByteArray, method);
    QFETCH(QString, path);
    QFETCH(int, status);
    QFETCH(bool, changed);
    FixedHandler inner;
    inner.status = status;
    int changes = 0;
    ChangeTrackingHandler tracker(&inner, [&changes] { ++changes; });
    HttpRequest request;
    request.method = method;
    request.segments = path.split(u'/');
    const HttpResponse response = tracker.handle(request);
    QCOMPARE(inner.calls, 1);
    QCOMPARE(response.status, status);
    QCOMPARE(response.headers.size(), 1);
    QCOMPARE(changes, changed ? 1 : 0);
}

QTEST_GUILESS_MAIN(TestChangeTrackingHandler)
#include "tst_changetrackinghandler.moc"
