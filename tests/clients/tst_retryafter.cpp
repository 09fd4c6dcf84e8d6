// RetryAfter: seconds, HTTP dates (relative to an injected now), milliseconds headers.
#include "RetryAfter.h"

#include <QTest>

using namespace StampDeck::Azure;

class TestRetryAfter : public QObject
{
    Q_OBJECT

private:
    const QDateTime m_now{QDate(2026, 11, 23), QTime(10, 0, 0), Qt::UTC};

private Q_SLOTS:
    void values_data()
    {
        QTest::addColumn<QByteArray>("value");
        QTest::addColumn<qint64>("expected"); // -1: nullopt
        QTest::addRow("seconds") << QByteArray("3") << qint64(3000);
        QTest::addRow("seconds with blanks") << QByteArray(" 20 ") << qint64(20000);
        QTest::addRow("fraction") << QByteArray("1.5") << qint64(1500);
        QTest::addRow("zero") << QByteArray("0") << qint64(0);
        QTest::addRow("http date") << QByteArray("Mon, 23 Nov 2026 10:00:42 GMT") << qint64(42000);
        QTest::addRow("date in the past") << QByteArray("Mon, 23 Nov 2026 09:00:00 GMT") << qint64(0);
        QTest::addRow("negative") << QByteArray("-5") << qint64(-1);
        QTest::addRow("garbage") << QByteArray("soon") << qint64(-1);
        QTest::addRow("empty") << QByteArray("") << qint64(-1);
    }
    void values()
    {
        QFETCH(QByteArray, value);
        QFETCH(qint64, expected);
        const std::optional<qint64> parsed = RetryAfter::parseValue(value, m_now);
        if (expected < 0)
            QVERIFY(!parsed);
        else
            QCOMPARE(parsed.value_or(-1), expected);
    }

    void headersPreferMilliseconds()
    {
        const HttpHeaderList headers{{"Retry-After", "2"}, {"retry-after-ms", "1250"}};
        QCOMPARE(RetryAfter::fromHeaders(headers, m_now).value_or(-1), qint64(1250));
        const HttpHeaderList xms{{"x-ms-retry-after-ms", "300"}};
        QCOMPARE(RetryAfter::fromHeaders(xms, m_now).value_or(-1), qint64(300));
    }

    void headerNamesAreCaseInsensitive()
    {
        const HttpHeaderList headers{{"RETRY-AFTER", "4"}};
        QCOMPARE(RetryAfter::fromHeaders(headers, m_now).value_or(-1), qint64(4000));
        QVERIFY(!RetryAfter::fromHeaders({{"Content-Type", "application/json"}}, m_now));
    }
};

QTEST_GUILESS_MAIN(TestRetryAfter)
#include "tst_retryafter.moc"
