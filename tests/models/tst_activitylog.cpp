// ActivityLog: a bounded, redacted ring under QAbstractItemModelTester; transport events turned
// into readable lines (throttling and failures one by one, successes summed up); Qt's messages
// routed in through the message handler, redacted for the console as well.
#include "ActivityLog.h"
#include "ConnectionString.h"
#include "SharedAccessSignature.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTest>
#include <QThread>

#include <memory>

using namespace StampDeck;
using namespace StampDeck::Azure;

namespace {

QString key()
{
    return QString::fromLatin1(
        QByteArray::fromHex("fbffbf00112233445566778899aabbccddeeff0102030405060708090a0b0c0d").toBase64());
}

QString token()
{
    return SharedAccessSignature::create(QStringLiteral("hub.azure-devices.net"), QStringLiteral("iothubowner"), key(),
                                         1'900'000'000)
        .toString();
}

TransportEvent makeEvent(int status, AzureErrorKind kind, bool willRetry, int attempt = 1)
{
    TransportEvent e;
    e.time = QDateTime::currentDateTimeUtc();
    e.endpointId = QStringLiteral("https://stamp1-hub.azure-devices.net");
    e.host = QStringLiteral("stamp1-hub.azure-devices.net");
    e.method = "GET";
    e.path = QStringLiteral("/devices/d1");
    e.httpStatus = status;
    e.errorKind = kind;
    e.attempt = attempt;
    e.willRetry = willRetry;
    e.retryDelayMs = willRetry ? 2000 : 0;
    e.throttled = status == 429;
    if (kind != AzureErrorKind::None) {
        e.errorName = status == 429 ? QStringLiteral("ThrottlingException") : QStringLiteral("ServerError");
        e.message = QStringLiteral("something happened");
    }
    return e;
}

} // namespace

class TestActivityLog : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<ActivityLog> m_log;
    std::unique_ptr<QAbstractItemModelTester> m_tester;

    QString allText() const
    {
        QStringList lines;
        for (int row = 0; row < m_log->rowCount(); ++row)
            lines << m_log->lineText(row) << m_log->data(m_log->index(row)).toString()
                  << m_log->data(m_log->index(row), Qt::ToolTipRole).toString();
        return lines.join(u'\n');
    }

private Q_SLOTS:
    void init()
    {
        m_log = std::make_unique<ActivityLog>();
        m_tester = std::make_unique<QAbstractItemModelTester>(m_log.get(),
                                                              QAbstractItemModelTester::FailureReportingMode::QtTest);
    }

    void cleanup()
    {
        m_tester.reset();
        m_log.reset();
    }

    void appendRedactsMessageAndSource()
    {
        const QString connection
            = ConnectionString(QStringLiteral("hub.azure-devices.net"), QStringLiteral("iothubowner"), key())
                  .toString();
        m_log->append(LogLevel::Warning, QStringLiteral("keychain"), QStringLiteral("imported %1").arg(connection));
        m_log->append(LogLevel::Error, QStringLiteral("Authorization: %1").arg(token()), QStringLiteral("refused"));
        QCOMPARE(m_log->rowCount(), 2);
        const LogEntry first = m_log->entry(0);
        QCOMPARE(first.level, LogLevel::Warning);
        QCOMPARE(first.source, QStringLiteral("keychain"));
        QVERIFY(first.message.contains(QStringLiteral("SharedAccessKey=<redacted>")));
        QCOMPARE(m_log->data(m_log->index(1), ActivityLog::SourceRole).toString(),
                 QStringLiteral("Authorization: <redacted>"));
        QCOMPARE(m_log->data(m_log->index(1), ActivityLog::LevelRole).value<LogLevel>(), LogLevel::Error);
        QVERIFY(m_log->data(m_log->index(0), ActivityLog::TimeRole).toDateTime().isValid());

        // A key the app loaded goes wherever it shows up, even bare.
        m_log->addKnownSecret(key());
        m_log->append(LogLevel::Info, QStringLiteral("app"), QStringLiteral("bare ") + key());
        QCOMPARE(m_log->entry(2).message, QStringLiteral("bare <redacted>"));
        const QString text = allText();
        QVERIFY(!text.contains(QString(key()).remove(u'=')));
        QVERIFY(!text.contains(QStringLiteral("sig=")));
    }

    void boundDropsTheOldest()
    {
        m_log->setCapacity(50);
        QSignalSpy removed(m_log.get(), &QAbstractItemModel::rowsRemoved);
        for (int i = 0; i < 120; ++i)
            m_log->append(LogLevel::Info, QStringLiteral("app"), QStringLiteral("line %1").arg(i));
        QCOMPARE(m_log->rowCount(), 50);
        QCOMPARE(removed.count(), 70);
        QCOMPARE(m_log->entry(0).message, QStringLiteral("line 70"));
        QCOMPARE(m_log->entry(49).message, QStringLiteral("line 119"));
        for (int row = 0; row < 50; ++row)
            QCOMPARE(m_log->data(m_log->index(row), ActivityLog::MessageRole).toString(),
                     QStringLiteral("line %1").arg(70 + row));

        // Shrinking keeps the newest; clearing empties.
        m_log->setCapacity(10);
        QCOMPARE(m_log->rowCount(), 10);
        QCOMPARE(m_log->entry(0).message, QStringLiteral("line 110"));
        m_log->append(LogLevel::Info, QStringLiteral("app"), QStringLiteral("after"));
        QCOMPARE(m_log->entry(9).message, QStringLiteral("after"));
        QCOMPARE(m_log->entry(0).message, QStringLiteral("line 111"));
        m_log->clear();
        QCOMPARE(m_log->rowCount(), 0);
    }

    void defaultBoundIsFiveThousand()
    {
        QCOMPARE(m_log->capacity(), 5000);
        m_tester.reset(); // 5,000+ checked inserts are slow; the ring logic is checked above
        for (int i = 0; i < 5100; ++i)
            m_log->append(LogLevel::Info, QStringLiteral("app"), QString::number(i));
        QCOMPARE(m_log->rowCount(), 5000);
        QCOMPARE(m_log->entry(0).message, QStringLiteral("100"));
    }

    void repeatsFold()
    {
        for (int i = 0; i < 3; ++i)
            m_log->append(LogLevel::Warning, QStringLiteral("hub"), QStringLiteral("same"));
        m_log->append(LogLevel::Warning, QStringLiteral("other"), QStringLiteral("same"));
        QCOMPARE(m_log->rowCount(), 2);
        QCOMPARE(m_log->entry(0).repeats, 3);
        QVERIFY(m_log->data(m_log->index(0), ActivityLog::MessageRole).toString().contains(QStringLiteral("3")));
    }

    void transportEvents()
    {
        m_log->setSummaryIntervalMs(50);
        // Plain successes are summed up, not listed.
        for (int i = 0; i < 5; ++i)
            m_log->record(makeEvent(200, AzureErrorKind::None, false));
        // An expected 404 is an answer, not an incident.
        TransportEvent notFound = makeEvent(404, AzureErrorKind::NotFound, false);
        notFound.errorName = QStringLiteral("DeviceNotFound");
        m_log->record(notFound);
        QCOMPARE(m_log->rowCount(), 0);

        m_log->record(makeEvent(429, AzureErrorKind::Throttled, true));
        QCOMPARE(m_log->rowCount(), 1);
        QCOMPARE(m_log->entry(0).level, LogLevel::Warning);
        QCOMPARE(m_log->entry(0).source, QStringLiteral("stamp1-hub.azure-devices.net"));
        QVERIFY2(m_log->entry(0).message.contains(QStringLiteral("throttled")), qPrintable(m_log->entry(0).message));
        QVERIFY(m_log->entry(0).message.contains(QStringLiteral("GET /devices/d1")));

        m_log->record(makeEvent(503, AzureErrorKind::Unavailable, true));
        QCOMPARE(m_log->entry(1).level, LogLevel::Warning);
        m_log->record(makeEvent(503, AzureErrorKind::Unavailable, false, 4));
        QCOMPARE(m_log->entry(2).level, LogLevel::Error);
        QVERIFY(m_log->entry(2).message.contains(QStringLiteral("503")));
        m_log->record(makeEvent(0, AzureErrorKind::Network, false));
        QCOMPARE(m_log->entry(3).level, LogLevel::Error);
        m_log->record(makeEvent(429, AzureErrorKind::Throttled, false, 8));
        QCOMPARE(m_log->entry(4).level, LogLevel::Error);
        m_log->record(makeEvent(200, AzureErrorKind::None, false, 3)); // recovered after retries: worth a line
        QCOMPARE(m_log->rowCount(), 6);
        QCOMPARE(m_log->entry(5).level, LogLevel::Info);

        QTRY_COMPARE(m_log->rowCount(), 7);
        const LogEntry summary = m_log->entry(6);
        QCOMPARE(summary.level, LogLevel::Info);
        QVERIFY2(summary.message.contains(QStringLiteral("5")), qPrintable(summary.message));
        QVERIFY2(summary.message.contains(QStringLiteral("1")), qPrintable(summary.message));

        // Verbose: each request its own line.
        m_log->setVerbose(true);
        m_log->record(makeEvent(200, AzureErrorKind::None, false));
        m_log->record(notFound);
        QCOMPARE(m_log->rowCount(), 9);
        QVERIFY(m_log->entry(8).message.contains(QStringLiteral("DeviceNotFound")));
    }

    void messageHandlerRedactsForPanelAndConsole()
    {
        m_log->installMessageHandler();
        QVERIFY(m_log->isMessageHandlerInstalled());
        // QTest's own handler sits behind ours: it must receive the redacted text only.
        QTest::ignoreMessage(QtWarningMsg, "refused SharedAccessSignature <redacted>");
        qWarning("refused %s", qPrintable(token()));
        QCOMPARE(m_log->rowCount(), 1);
        QCOMPARE(m_log->entry(0).level, LogLevel::Warning);
        QCOMPARE(m_log->entry(0).message, QStringLiteral("refused SharedAccessSignature <redacted>"));

        // From another thread: queued to the log's thread, redacted on the way.
        QTest::ignoreMessage(QtCriticalMsg, "worker: SharedAccessKey=<redacted>");
        std::unique_ptr<QThread> worker(
            QThread::create([]() { qCritical("worker: SharedAccessKey=%s", qPrintable(key())); }));
        worker->start();
        QVERIFY(worker->wait(10'000));
        QTRY_COMPARE(m_log->rowCount(), 2);
        QCOMPARE(m_log->entry(1).level, LogLevel::Error);
        QCOMPARE(m_log->entry(1).message, QStringLiteral("worker: SharedAccessKey=<redacted>"));

        qDebug("debug lines stay out unless verbose");
        QCOMPARE(m_log->rowCount(), 2);

        m_log->removeMessageHandler();
        QVERIFY(!m_log->isMessageHandlerInstalled());
        QTest::ignoreMessage(QtWarningMsg, "after removal");
        qWarning("after removal");
        QCOMPARE(m_log->rowCount(), 2);
    }

    void destroyedLogUninstallsItself()
    {
        m_log->installMessageHandler();
        cleanup();
        QTest::ignoreMessage(QtWarningMsg, "nobody listens");
        qWarning("nobody listens"); // must not reach a destroyed log
        init();
    }
};

QTEST_GUILESS_MAIN(TestActivityLog)
#include "tst_activitylog.moc"
