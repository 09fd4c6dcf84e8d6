#include "HealthPolicy.h"

#include <QTest>

using namespace StampDeck;

// The health rules on plain values: no network, the time is passed in.
class TestHealthPolicy : public QObject
{
    Q_OBJECT

private:
    const QDateTime m_now = QDateTime(QDate(2026, 11, 23), QTime(12, 0), Qt::UTC);
    static constexpr qint64 Interval = 15'000;

    StampStatus healthy() const
    {
        StampStatus status;
        status.stampId = QStringLiteral("weu-1");
        status.reachable = true;
        status.lastAttempt = m_now.addSecs(-5);
        status.lastSuccess = m_now.addSecs(-5);
        status.plannedCapacity = 100'000;
        status.totalDevices = 50'000;
        status.connectedDevices = 40'000;
        HealthPolicy::fillCapacity(status);
        return status;
    }

private Q_SLOTS:
    void unknownBeforeTheFirstAttempt()
    {
        StampStatus status;
        const HealthPolicy::Assessment assessment = HealthPolicy().assess(status, m_now, Interval);
        QCOMPARE(assessment.level, HealthLevel::Unknown);
        QVERIFY(assessment.reasons.isEmpty());
    }

    void healthyWithoutReasons()
    {
        const HealthPolicy::Assessment assessment = HealthPolicy().assess(healthy(), m_now, Interval);
        QCOMPARE(assessment.level, HealthLevel::Healthy);
        QVERIFY2(assessment.reasons.isEmpty(), qPrintable(assessment.reasons.join(u'|')));
    }

    void fillCapacity()
    {
        StampStatus status = healthy();
        QCOMPARE(status.plannedUsed, 0.5);
        QCOMPARE(status.hubLimitUsed, 0.05);
        status.plannedCapacity = 0;
        HealthPolicy::fillCapacity(status);
        QCOMPARE(status.plannedUsed, -1.0);
        status.totalDevices = -1;
        HealthPolicy::fillCapacity(status);
        QCOMPARE(status.hubLimitUsed, -1.0);
    }

    void capacity_data()
    {
        QTest::addColumn<qint64>("total");
        QTest::addColumn<qint64>("planned");
        QTest::addColumn<int>("level");
        QTest::addColumn<QString>("reasonPart");
        QTest::addRow("below amber") << qint64(79'999) << qint64(100'000) << int(HealthLevel::Healthy) << QString();
        QTest::addRow("amber at 80 percent") << qint64(80'000) << qint64(100'000) << int(HealthLevel::Warning)
                                       << QStringLiteral("planned capacity");
        QTest::addRow("red at 95 percent") << qint64(95'000) << qint64(100'000) << int(HealthLevel::Critical)
                                     << QStringLiteral("planned capacity");
        QTest::addRow("over the plan") << qint64(120'000) << qint64(100'000) << int(HealthLevel::Critical)
                                        << QStringLiteral("120.0%");
        QTest::addRow("hub soft limit amber") << qint64(850'000) << qint64(0) << int(HealthLevel::Warning)
                                               << QStringLiteral("soft limit");
        QTest::addRow("hub soft limit red") << qint64(960'000) << qint64(2'000'000) << int(HealthLevel::Critical)
                                             << QStringLiteral("soft limit");
    }
    void capacity()
    {
        QFETCH(qint64, total);
        QFETCH(qint64, planned);
        QFETCH(int, level);
        QFETCH(QString, reasonPart);
        StampStatus status = healthy();
        status.totalDevices = total;
        status.plannedCapacity = planned;
        HealthPolicy::fillCapacity(status);
        const HealthPolicy::Assessment assessment = HealthPolicy().assess(status, m_now, Interval);
        QCOMPARE(int(assessment.level), level);
        if (reasonPart.isEmpty())
            QVERIFY(assessment.reasons.isEmpty());
        else
            QVERIFY2(assessment.reasons.join(u'|').contains(reasonPart), qPrintable(assessment.reasons.join(u'|')));
    }

    void thresholdsAreConfigurable()
    {
        StampStatus status = healthy(); // 50% of the plan
        QCOMPARE(HealthPolicy().assess(status, m_now, Interval).level, HealthLevel::Healthy);
        QCOMPARE(HealthPolicy({0.4, 0.9}).assess(status, m_now, Interval).level, HealthLevel::Warning);
        QCOMPARE(HealthPolicy({0.3, 0.5}).assess(status, m_now, Interval).level, HealthLevel::Critical);
    }

    void dpsLimit()
    {
        StampStatus status = healthy();
        status.dpsLimitUsed = 0.5;
        QCOMPARE(HealthPolicy().assess(status, m_now, Interval).level, HealthLevel::Healthy);
        status.dpsLimitUsed = 0.97;
        const HealthPolicy::Assessment assessment = HealthPolicy().assess(status, m_now, Interval);
        QCOMPARE(assessment.level, HealthLevel::Critical);
        QVERIFY(assessment.reasons.first().contains(QStringLiteral("DPS")));
    }

    void unreachableKeepsTheAgeOfTheFigures()
    {
        StampStatus status = healthy();
        status.reachable = false;
        status.lastAttempt = m_now;
        status.lastSuccess = m_now.addSecs(-190);
        status.lastError = QStringLiteral("ServiceUnavailable (HTTP 503)");
        const HealthPolicy::Assessment assessment = HealthPolicy().assess(status, m_now, Interval);
        QCOMPARE(assessment.level, HealthLevel::Unreachable);
        QVERIFY(assessment.reasons.first().contains(QStringLiteral("ServiceUnavailable")));
        QVERIFY2(assessment.reasons.first().contains(QStringLiteral("3 min")), qPrintable(assessment.reasons.first()));
    }

    void unreachableWithoutFigures()
    {
        StampStatus status;
        status.lastAttempt = m_now;
        status.lastError = QStringLiteral("No key stored");
        const HealthPolicy::Assessment assessment = HealthPolicy().assess(status, m_now, Interval);
        QCOMPARE(assessment.level, HealthLevel::Unreachable);
        QVERIFY(assessment.reasons.first().contains(QStringLiteral("No figures yet")));
    }

    void staleAfterThreeIntervals()
    {
        StampStatus status = healthy();
        status.lastSuccess = m_now.addMSecs(-3 * Interval);
        QCOMPARE(HealthPolicy().assess(status, m_now, Interval).level, HealthLevel::Healthy);
        status.lastSuccess = m_now.addMSecs(-3 * Interval - 1000);
        const HealthPolicy::Assessment assessment = HealthPolicy().assess(status, m_now, Interval);
        QCOMPARE(assessment.level, HealthLevel::Warning);
        QVERIFY(assessment.reasons.first().contains(QStringLiteral("old")));
    }

    void throttledRecently()
    {
        StampStatus status = healthy();
        status.throttledRecently = 3;
        const HealthPolicy::Assessment assessment = HealthPolicy().assess(status, m_now, Interval);
        QCOMPARE(assessment.level, HealthLevel::Warning);
        QVERIFY2(assessment.reasons.first().contains(QStringLiteral("Throttled")), qPrintable(assessment.reasons.first()));
        QVERIFY(assessment.reasons.first().contains(QStringLiteral("5 minutes")));
    }

    void errorRate_data()
    {
        QTest::addColumn<double>("rate");
        QTest::addColumn<int>("level");
        QTest::addRow("5 percent is fine") << 0.05 << int(HealthLevel::Healthy);
        QTest::addRow("over 5 percent warns") << 0.06 << int(HealthLevel::Warning);
        QTest::addRow("50 percent warns") << 0.50 << int(HealthLevel::Warning);
        QTest::addRow("over 50 percent is critical") << 0.51 << int(HealthLevel::Critical);
    }
    void errorRate()
    {
        QFETCH(double, rate);
        QFETCH(int, level);
        StampStatus status = healthy();
        status.errorRate = rate;
        QCOMPARE(int(HealthPolicy().assess(status, m_now, Interval).level), level);
    }

    void worstReasonFirst()
    {
        StampStatus status = healthy();
        status.throttledRecently = 1;                 // warning
        status.totalDevices = 97'000;                  // critical against the plan
        HealthPolicy::fillCapacity(status);
        status.errorRate = 0.10;                       // warning
        const HealthPolicy::Assessment assessment = HealthPolicy().assess(status, m_now, Interval);
        QCOMPARE(assessment.level, HealthLevel::Critical);
        QCOMPARE(assessment.reasons.size(), 3);
        QVERIFY(assessment.reasons.first().contains(QStringLiteral("planned capacity")));

        status.reachable = false;
        status.lastError = QStringLiteral("timeout");
        const HealthPolicy::Assessment down = HealthPolicy().assess(status, m_now, Interval);
        QCOMPARE(down.level, HealthLevel::Unreachable);
        QVERIFY(down.reasons.first().startsWith(QStringLiteral("Unreachable")));
    }

    void apply()
    {
        StampStatus status = healthy();
        status.throttledRecently = 2;
        HealthPolicy().apply(status, m_now, Interval);
        QCOMPARE(status.health, HealthLevel::Warning);
        QCOMPARE(status.reasons.size(), 1);
    }

    void formatAge()
    {
        QCOMPARE(HealthPolicy::formatAge(45), QStringLiteral("45 s"));
        QCOMPARE(HealthPolicy::formatAge(190), QStringLiteral("3 min"));
        QCOMPARE(HealthPolicy::formatAge(3 * 3600), QStringLiteral("3 h"));
        QVERIFY(HealthPolicy::formatAge(3 * 86400).startsWith(QStringLiteral("3 day")));
    }
};

QTEST_GUILESS_MAIN(TestHealthPolicy)
#include "tst_healthpolicy.moc"
