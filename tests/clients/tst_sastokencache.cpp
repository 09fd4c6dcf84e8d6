// SasTokenCache with a fake clock: one token per request class, reused until near expiry, at
// most an hour long, and never holding the key.
#include "FakeClock.h"
#include "SasTokenCache.h"
#include "SharedAccessSignature.h"

#include <QTest>

using namespace StampDeck::Azure;
using StampDeck::Testing::FakeClock;

class TestSasTokenCache : public QObject
{
    Q_OBJECT

private:
    const QString m_key = QStringLiteral("cGFzc3dvcmQtcGFzc3dvcmQtcGFzc3dvcmQtcGFzcw==");
    const QString m_otherKey = QStringLiteral("b3RoZXIta2V5LW90aGVyLWtleS1vdGhlci1rZXktMQ==");

private Q_SLOTS:
    void reusesUntilNearExpiry()
    {
        FakeClock clock;
        SasTokenCache cache(&clock, 20 * 60, 5 * 60);
        const QString first = cache.token(QStringLiteral("hub.example"), QStringLiteral("iothubowner"), m_key);
        QVERIFY(first.startsWith(QLatin1StringView("SharedAccessSignature ")));
        QCOMPARE(cache.mintCount(), 1);
        clock.advance(14 * 60 * 1000); // 14 min: 6 min left, above the 5 min margin
        QCOMPARE(cache.token(QStringLiteral("hub.example"), QStringLiteral("iothubowner"), m_key), first);
        QCOMPARE(cache.mintCount(), 1);
        clock.advance(2 * 60 * 1000); // 16 min: 4 min left: renewed
        const QString second = cache.token(QStringLiteral("hub.example"), QStringLiteral("iothubowner"), m_key);
        QVERIFY(second != first);
        QCOMPARE(cache.mintCount(), 2);
    }

    void onePerRequestClass()
    {
        FakeClock clock;
        SasTokenCache cache(&clock);
        cache.token(QStringLiteral("hub.example"), QStringLiteral("iothubowner"), m_key);
        cache.token(QStringLiteral("hub.example"), QStringLiteral("registryRead"), m_key);
        cache.token(QStringLiteral("0ne00000001/registrations/dev-1"), QStringLiteral("registration"), m_key);
        cache.token(QStringLiteral("0ne00000001/registrations/dev-1"), QStringLiteral("registration"), m_otherKey);
        QCOMPARE(cache.mintCount(), 4);
        cache.token(QStringLiteral("hub.example"), QStringLiteral("iothubowner"), m_key);
        QCOMPARE(cache.mintCount(), 4);
    }

    void lifetimeIsAtMostAnHourAndTheTokenVerifies()
    {
        FakeClock clock;
        SasTokenCache cache(&clock, 24 * 3600); // asked for a day: capped
        QCOMPARE(cache.lifetimeSeconds(), SasTokenCache::MaxLifetimeSeconds);
        const QString token = cache.token(QStringLiteral("0ne00000001/registrations/dev-1"), QStringLiteral("registration"), m_key);
        const std::optional<SharedAccessSignature> sas = SharedAccessSignature::parse(token);
        QVERIFY(sas);
        const qint64 now = clock.currentUtc().toSecsSinceEpoch();
        QCOMPARE(sas->expiry(), now + 3600);
        QCOMPARE(sas->verify(m_key, now), SharedAccessSignature::VerifyResult::Valid);
        QCOMPARE(sas->decodedResource(), QStringLiteral("0ne00000001/registrations/dev-1"));
        QVERIFY(!token.contains(m_key));
    }

    void badKeyGivesAnErrorNotAToken()
    {
        FakeClock clock;
        SasTokenCache cache(&clock);
        QString error;
        QVERIFY(cache.token(QStringLiteral("hub"), QStringLiteral("p"), QStringLiteral("not base64 !!"), &error).isEmpty());
        QVERIFY(!error.isEmpty());
        QVERIFY(!error.contains(QLatin1StringView("not base64 !!")));
    }
};

QTEST_GUILESS_MAIN(TestSasTokenCache)
#include "tst_sastokencache.moc"
