#include "server/FaultInjector.h"

#include "AzureErrorCodes.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

using namespace StampDeck::Emulator;
namespace ErrorCodes = StampDeck::Azure::ErrorCodes;

namespace {
QByteArray headerValue(const HttpResponse &response, const QByteArray &name)
{
    for (const auto &[key, value] : response.headers) {
        if (key.compare(name, Qt::CaseInsensitive) == 0)
            return value;
    }
    return {};
}
} // namespace

class TestFaultInjector : public QObject
{
    Q_OBJECT

private slots:
    void offByDefault()
    {
        FaultInjector faults;
        QVERIFY(!faults.isActive());
        QCOMPARE(faults.settings(), FaultSettings{});
        for (int i = 0; i < 100; ++i) {
            const auto decision = faults.decide();
            QCOMPARE(decision.action, FaultInjector::Action::Pass);
            QCOMPARE(decision.delayMs, 0);
        }
    }

    void settingsAreClamped()
    {
        FaultInjector faults;
        faults.setSettings({3.0, -5, -1.0, 404});
        QCOMPARE(faults.settings().errorRate, 1.0);
        QCOMPARE(faults.settings().latencyMs, 0);
        QCOMPARE(faults.settings().dropRate, 0.0);
        QCOMPARE(faults.settings().errorStatus, 503);
        QVERIFY(faults.isActive());
        faults.setSettings({0.0, 10'000'000, 0.0, 500});
        QCOMPARE(faults.settings().latencyMs, 600'000);
        QCOMPARE(faults.settings().errorStatus, 500);
    }

    void certainties()
    {
        FaultInjector faults(1, {1.0, 0, 1.0});
        for (int i = 0; i < 100; ++i)
            QCOMPARE(faults.decide().action, FaultInjector::Action::Error); // error wins over drop
        faults.setSettings({0.0, 0, 1.0});
        for (int i = 0; i < 100; ++i)
            QCOMPARE(faults.decide().action, FaultInjector::Action::Drop);
        faults.setSettings({0.0, 250, 0.0});
        for (int i = 0; i < 100; ++i) {
            const auto decision = faults.decide();
            QCOMPARE(decision.action, FaultInjector::Action::Pass);
            QCOMPARE(decision.delayMs, 250);
        }
    }

    void ratesAreProbabilities()
    {
        FaultInjector faults(99, {0.25, 0, 0.1});
        int errors = 0;
        int drops = 0;
        constexpr int draws = 20'000;
        for (int i = 0; i < draws; ++i) {
            const auto action = faults.decide().action;
            errors += action == FaultInjector::Action::Error;
            drops += action == FaultInjector::Action::Drop;
        }
        // Expected 5,000 errors and 0.75 * 0.1 * 20,000 = 1,500 drops; allow 4 standard deviations.
        QVERIFY2(qAbs(errors - 5000) < 250, qPrintable(QString::number(errors)));
        QVERIFY2(qAbs(drops - 1500) < 160, qPrintable(QString::number(drops)));
    }

    void sameSeedSameSequence()
    {
        FaultInjector a(12345, {0.5, 0, 0.5});
        FaultInjector b(12345, {0.5, 0, 0.5});
        FaultInjector c(12346, {0.5, 0, 0.5});
        QList<FaultInjector::Action> seqA, seqB, seqC;
        for (int i = 0; i < 64; ++i) {
            seqA.append(a.decide().action);
            seqB.append(b.decide().action);
            seqC.append(c.decide().action);
        }
        QCOMPARE(seqA, seqB);
        QVERIFY(seqA != seqC);
        a.reseed(12345);
        QList<FaultInjector::Action> again;
        for (int i = 0; i < 64; ++i)
            again.append(a.decide().action);
        QCOMPARE(again, seqA);
    }

    void hubErrorBody()
    {
        const HttpResponse response = FaultInjector::errorResponse(ErrorShape::Hub, 503);
        QCOMPARE(response.status, 503);
        QCOMPARE(headerValue(response, "iothub-errorcode"), QByteArrayLiteral("ServiceUnavailable"));
        QVERIFY(headerValue(response, "content-type").startsWith("application/json"));
        const QJsonObject body = QJsonDocument::fromJson(response.body).object();
        QCOMPARE(body.value(QStringLiteral("Message")).toString(), QStringLiteral("ErrorCode:ServiceUnavailable;injected fault"));
        QVERIFY(body.value(QStringLiteral("ExceptionMessage")).toString().startsWith(QStringLiteral("Tracking ID:")));

        const HttpResponse serverError = FaultInjector::errorResponse(ErrorShape::Hub, 500);
        QCOMPARE(serverError.status, 500);
        QCOMPARE(headerValue(serverError, "iothub-errorcode"), QByteArrayLiteral("ServerError"));
    }

    void dpsErrorBody()
    {
        const HttpResponse response = FaultInjector::errorResponse(ErrorShape::Dps, 503);
        QCOMPARE(response.status, 503);
        QCOMPARE(headerValue(response, "x-ms-error-code"), QByteArray::number(ErrorCodes::DpsServiceUnavailable));
        const QJsonObject body = QJsonDocument::fromJson(response.body).object();
        QCOMPARE(body.value(QStringLiteral("errorCode")).toInt(), ErrorCodes::DpsServiceUnavailable);
        QCOMPARE(body.value(QStringLiteral("message")).toString(), QStringLiteral("injected fault"));
        QVERIFY(!body.value(QStringLiteral("trackingId")).toString().isEmpty());
        QVERIFY(!body.value(QStringLiteral("timestampUtc")).toString().isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestFaultInjector)
#include "tst_faultinjector.moc"
