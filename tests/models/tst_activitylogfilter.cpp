// ActivityLogFilter: level threshold and case-insensitive text over source and message, on new
// lines as they arrive, under QAbstractItemModelTester.
#include "ActivityLog.h"
#include "ActivityLogFilter.h"

#include <QAbstractItemModelTester>
#include <QTest>

using namespace StampDeck;

class TestActivityLogFilter : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void levelAndText()
    {
        ActivityLog log;
        log.setCapacity(4);
        ActivityLogFilter filter;
        filter.setSourceModel(&log);
        QAbstractItemModelTester tester(&filter, QAbstractItemModelTester::FailureReportingMode::QtTest);
        log.append(LogLevel::Info, QStringLiteral("stamp1-hub"), QStringLiteral("opened"));
        log.append(LogLevel::Warning, QStringLiteral("stamp2-hub"), QStringLiteral("throttled"));
        log.append(LogLevel::Error, QStringLiteral("keychain"), QStringLiteral("locked: Stamp1 key missing"));
        QCOMPARE(filter.rowCount(), 3);

        filter.setMinimumLevel(LogLevel::Warning);
        QCOMPARE(filter.rowCount(), 2);
        filter.setMinimumLevel(LogLevel::Error);
        QCOMPARE(filter.rowCount(), 1);
        QCOMPARE(filter.index(0, 0).data(ActivityLog::SourceRole).toString(), QStringLiteral("keychain"));

        filter.setMinimumLevel(LogLevel::Info);
        filter.setText(QStringLiteral("  stamp1 "));
        QCOMPARE(filter.text(), QStringLiteral("stamp1"));
        QCOMPARE(filter.rowCount(), 2); // a source and a message match
        log.append(LogLevel::Info, QStringLiteral("app"), QStringLiteral("STAMP1 refreshed"));
        QCOMPARE(filter.rowCount(), 3);
        // The ring drops its oldest line: the filter follows.
        log.append(LogLevel::Info, QStringLiteral("app"), QStringLiteral("unrelated"));
        QCOMPARE(log.rowCount(), 4);
        QCOMPARE(filter.rowCount(), 2);
        filter.setText({});
        QCOMPARE(filter.rowCount(), 4);
    }
};

QTEST_GUILESS_MAIN(TestActivityLogFilter)
#include "tst_activitylogfilter.moc"
