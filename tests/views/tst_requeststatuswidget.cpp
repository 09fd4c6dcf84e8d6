// RequestStatusWidget (offscreen): the figures in words, throttled and error parts marked only when
// not zero, updates on changed(), and a click or Enter asks for the log.
#include "AzureTransport.h"
#include "FakeClock.h"
#include "RequestActivity.h"
#include "RequestStatusWidget.h"

#include <QLabel>
#include <QNetworkAccessManager>
#include <QSignalSpy>
#include <QTest>

using namespace StampDeck;
using namespace StampDeck::Azure;
using namespace StampDeck::Testing;

class TestRequestStatusWidget : public QObject
{
    Q_OBJECT

private:
    static TransportEvent makeEvent(int status, bool willRetry)
    {
        TransportEvent e;
        e.httpStatus = status;
        e.attempt = 1;
        e.willRetry = willRetry;
        e.throttled = status == 429;
        e.errorKind = status == 429 ? AzureErrorKind::Throttled
            : status >= 500         ? AzureErrorKind::ServerError
                                    : AzureErrorKind::None;
        return e;
    }

private Q_SLOTS:
    // Plural forms come from translations/stampdeck_en.ts; without a translator the source text shows.
    void showsAndMarksFigures()
    {
        FakeClock clock;
        RequestActivity activity(&clock);
        RequestStatusWidget widget(&activity);
        widget.show();
        auto *label = widget.findChild<QLabel *>(QStringLiteral("requestStatusLabel"));
        QVERIFY(label);
        QCOMPARE(widget.plainText(),
                 QStringLiteral("0 request(s) in flight \u00b7 0 throttled (5 min) \u00b7 0 error(s) (5 min)"));
        QVERIFY(!label->text().contains(RequestStatusWidget::throttledColour().name()));
        QVERIFY(!label->text().contains(RequestStatusWidget::errorColour().name()));

        activity.record(makeEvent(429, true));
        activity.record(makeEvent(429, true));
        clock.advance(RequestActivity::CoalesceMs);
        QCOMPARE(widget.plainText(),
                 QStringLiteral("0 request(s) in flight \u00b7 2 throttled (5 min) \u00b7 0 error(s) (5 min)"));
        QVERIFY(label->text().contains(RequestStatusWidget::throttledColour().name()));
        QVERIFY(label->text().contains(QStringLiteral("\u26a0 2 throttled")));
        QVERIFY(!label->text().contains(RequestStatusWidget::errorColour().name()));

        activity.record(makeEvent(500, false));
        clock.advance(RequestActivity::CoalesceMs);
        QCOMPARE(widget.plainText(),
                 QStringLiteral("0 request(s) in flight \u00b7 2 throttled (5 min) \u00b7 1 error(s) (5 min)"));
        QVERIFY(label->text().contains(RequestStatusWidget::errorColour().name()));
        QVERIFY(label->text().contains(QStringLiteral("\u2716 1 error")));
        QCOMPARE(widget.accessibleName(), widget.plainText());

        // In flight comes from the attached transport.
        QNetworkAccessManager network;
        AzureTransport transport(&network, &clock);
        activity.attach(&transport);
        Q_EMIT transport.inFlightChanged(3);
        clock.advance(RequestActivity::CoalesceMs);
        QVERIFY2(widget.plainText().startsWith(QStringLiteral("3 request(s) in flight")), qPrintable(widget.plainText()));
        QVERIFY(label->text().startsWith(QStringLiteral("3 request(s) in flight")));

        // Five minutes on, the window is empty again and the marks are gone.
        clock.advance(RequestActivity::WindowMs + RequestActivity::BucketMs + RequestActivity::CoalesceMs);
        QVERIFY(!label->text().contains(RequestStatusWidget::throttledColour().name()));
        QVERIFY(!label->text().contains(RequestStatusWidget::errorColour().name()));
    }

    void clickOrKeyAsksForTheLog()
    {
        FakeClock clock;
        RequestActivity activity(&clock);
        RequestStatusWidget widget(&activity);
        widget.show();
        QVERIFY(QTest::qWaitForWindowExposed(&widget));
        QSignalSpy requested(&widget, &RequestStatusWidget::logRequested);
        QTest::mouseClick(&widget, Qt::LeftButton);
        QCOMPARE(requested.count(), 1);
        // On the text itself (the label lets the click through to the widget).
        const QLabel *label = widget.findChild<QLabel *>(QStringLiteral("requestStatusLabel"));
        QTest::mouseClick(&widget, Qt::LeftButton, {}, label->geometry().center());
        QCOMPARE(requested.count(), 2);
        QTest::mouseClick(&widget, Qt::RightButton);
        QCOMPARE(requested.count(), 2);
        QTest::keyClick(&widget, Qt::Key_Return);
        QCOMPARE(requested.count(), 3);
    }
};

QTEST_MAIN(TestRequestStatusWidget)
#include "tst_requeststatuswidget.moc"
