// LogPanel (offscreen): newest last and followed unless the user scrolled up, level and text
// filters, Copy of the selected lines (redacted), Clear.
#include "ActivityLog.h"
#include "ActivityLogFilter.h"
#include "LogPanel.h"

#include <QAbstractItemModelTester>
#include <QClipboard>
#include <QComboBox>
#include <QGuiApplication>
#include <QLineEdit>
#include <QListView>
#include <QPushButton>
#include <QScrollBar>
#include <QTest>

using namespace StampDeck;

class TestLogPanel : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void followsNewestUnlessScrolledUp()
    {
        ActivityLog log;
        LogPanel panel(&log);
        panel.resize(500, 200);
        panel.show();
        QVERIFY(QTest::qWaitForWindowExposed(&panel));
        QScrollBar *scroll = panel.view()->verticalScrollBar();
        for (int i = 0; i < 200; ++i)
            log.append(LogLevel::Info, QStringLiteral("app"), QStringLiteral("line %1").arg(i));
        QTRY_VERIFY(scroll->maximum() > 0);
        QTRY_COMPARE(scroll->value(), scroll->maximum());
        QVERIFY(panel.isFollowingNewest());

        // The user scrolls up to read: new lines do not pull the view away.
        scroll->setValue(0);
        QVERIFY(!panel.isFollowingNewest());
        const int maximum = scroll->maximum();
        for (int i = 0; i < 50; ++i)
            log.append(LogLevel::Info, QStringLiteral("app"), QStringLiteral("more %1").arg(i));
        QTRY_VERIFY(scroll->maximum() > maximum);
        QCOMPARE(scroll->value(), 0);

        // Back at the end, it follows again.
        scroll->setValue(scroll->maximum());
        QVERIFY(panel.isFollowingNewest());
        const int before = scroll->maximum();
        for (int i = 0; i < 50; ++i)
            log.append(LogLevel::Info, QStringLiteral("app"), QStringLiteral("again %1").arg(i));
        QTRY_VERIFY(scroll->maximum() > before);
        QTRY_COMPARE(scroll->value(), scroll->maximum());
    }

    void filters()
    {
        ActivityLog log;
        LogPanel panel(&log);
        QAbstractItemModelTester tester(panel.filter(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        log.append(LogLevel::Info, QStringLiteral("stamp1-hub"), QStringLiteral("workspace opened"));
        log.append(LogLevel::Warning, QStringLiteral("stamp2-hub"), QStringLiteral("GET /devices throttled"));
        log.append(LogLevel::Error, QStringLiteral("stamp1-dps"), QStringLiteral("GET /registrations failed"));
        QCOMPARE(panel.view()->model()->rowCount(), 3);

        auto *level = panel.findChild<QComboBox *>(QStringLiteral("levelFilter"));
        auto *text = panel.findChild<QLineEdit *>(QStringLiteral("textFilter"));
        QVERIFY(level && text);
        level->setCurrentIndex(1);
        QCOMPARE(panel.view()->model()->rowCount(), 2);
        level->setCurrentIndex(2);
        QCOMPARE(panel.view()->model()->rowCount(), 1);
        level->setCurrentIndex(0);
        QTest::keyClicks(text, QStringLiteral("STAMP1"));
        QCOMPARE(panel.view()->model()->rowCount(), 2); // the source matches, case-insensitively
        text->setText(QStringLiteral("throttled"));
        QCOMPARE(panel.view()->model()->rowCount(), 1);
        log.append(LogLevel::Warning, QStringLiteral("stamp3-hub"), QStringLiteral("PUT /devices/x throttled"));
        QCOMPARE(panel.view()->model()->rowCount(), 2); // new lines are filtered as they come
        text->clear();
        QCOMPARE(panel.view()->model()->rowCount(), 4);
    }

    void copySelectedAndClear()
    {
        ActivityLog log;
        LogPanel panel(&log);
        panel.show();
        auto *copy = panel.findChild<QPushButton *>(QStringLiteral("copyButton"));
        auto *clear = panel.findChild<QPushButton *>(QStringLiteral("clearButton"));
        QVERIFY(copy && clear);
        QVERIFY(!copy->isEnabled());
        QVERIFY(!clear->isEnabled());

        log.append(LogLevel::Info, QStringLiteral("app"), QStringLiteral("first"));
        log.append(LogLevel::Error, QStringLiteral("hub"),
                   QStringLiteral("refused HostName=h;SharedAccessKeyName=p;SharedAccessKey=c2VjcmV0c2VjcmV0c2VjcmV0"));
        log.append(LogLevel::Info, QStringLiteral("app"), QStringLiteral("third"));
        QVERIFY(clear->isEnabled());

        QItemSelectionModel *selection = panel.view()->selectionModel();
        // Selected bottom-up: copied oldest first all the same.
        selection->select(panel.view()->model()->index(2, 0), QItemSelectionModel::Select);
        selection->select(panel.view()->model()->index(1, 0), QItemSelectionModel::Select);
        QVERIFY(copy->isEnabled());
        QGuiApplication::clipboard()->clear();
        QTest::mouseClick(copy, Qt::LeftButton);
        const QString copied = QGuiApplication::clipboard()->text();
        QCOMPARE(copied, panel.selectedText());
        const QStringList lines = copied.split(u'\n');
        QCOMPARE(lines.size(), 2);
        QVERIFY(lines.at(0).contains(QStringLiteral("\terror\thub\trefused")));
        QVERIFY(lines.at(0).contains(QStringLiteral("SharedAccessKey=<redacted>")));
        QVERIFY(!copied.contains(QStringLiteral("c2VjcmV0")));
        QVERIFY(lines.at(1).endsWith(QStringLiteral("\tthird")));

        QTest::mouseClick(clear, Qt::LeftButton);
        QCOMPARE(log.rowCount(), 0);
        QVERIFY(!clear->isEnabled());
        QVERIFY(!copy->isEnabled());
    }
};

QTEST_MAIN(TestLogPanel)
#include "tst_logpanel.moc"
