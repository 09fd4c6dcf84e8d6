// FleetChartsPage under the offscreen platform, fed by hand through FleetStatusModel: the series
// follow the model (coalesced, in place), the stacking toggle, the capacity thresholds, the
// history lines, and PNG and SVG export.
#include "CapacityChartView.h"
#include "DistributionChartView.h"
#include "FleetChartsPage.h"
#include "FleetStatusModel.h"
#include "HistoryChartView.h"

#include <QBarCategoryAxis>
#include <QBarSet>
#include <QComboBox>
#include <QFile>
#include <QImage>
#include <QLineSeries>
#include <QStackedBarSeries>
#include <QTemporaryDir>
#include <QTest>
#include <QXmlStreamReader>

using namespace StampDeck;

namespace {

const QDateTime T0(QDate(2026, 11, 23), QTime(14, 0, 0), Qt::UTC);

Stamp makeStamp(const QString &id, qint64 planned)
{
    Stamp stamp;
    stamp.id = id;
    stamp.name = id.toUpper();
    stamp.region = QStringLiteral("westeurope");
    stamp.hub.hostName = id + QStringLiteral(".azure-devices.net");
    stamp.plannedCapacity = planned;
    return stamp;
}

StampStatus figures(const QString &id, qint64 total, qint64 planned)
{
    StampStatus status;
    status.stampId = id;
    status.reachable = true;
    status.lastAttempt = T0;
    status.lastSuccess = T0;
    status.totalDevices = total;
    status.connectedDevices = total / 2;
    status.plannedCapacity = planned;
    status.plannedUsed = double(total) / double(planned);
    status.hubLimitUsed = double(total) / 1e6;
    return status;
}

StampSample sample(int secondsAfter, qint64 connected, qint64 registrations)
{
    StampSample s;
    s.at = T0.addSecs(secondsAfter);
    s.connectedDevices = connected;
    s.registrations = registrations;
    return s;
}

QStringList labels(const QStackedBarSeries *series)
{
    QStringList result;
    for (const QBarSet *set : series->barSets())
        result << set->label();
    return result;
}

QList<qreal> values(const QBarSet *set)
{
    QList<qreal> result;
    for (int i = 0; i < set->count(); ++i)
        result << set->at(i);
    return result;
}

} // namespace

class TestFleetChartsPage : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void totalsBeforeCensus();
    void stackedByTenantThenGroup();
    void updatesInPlaceCoalesced();
    void capacityAgainstLimits();
    void historyFleetAndStamp();
    void fleetSumCarriesForward();
    void repeatedNamesKeepOneBarEach();
    void exportsPng();
    void exportsSvg();

private:
    FleetStatusModel *m_model = nullptr;
    FleetChartsPage *m_page = nullptr;
};

void TestFleetChartsPage::init()
{
    m_model = new FleetStatusModel;
    Workspace workspace;
    workspace.stamps << makeStamp(QStringLiteral("weu-1"), 100000) << makeStamp(QStringLiteral("weu-2"), 50000)
                     << makeStamp(QStringLiteral("eus-1"), 800000);
    m_model->setWorkspace(workspace);
    m_page = new FleetChartsPage(m_model);
    m_page->resize(900, 1200);
    m_model->updateStatus(figures(QStringLiteral("weu-1"), 60000, 100000));
    m_model->updateStatus(figures(QStringLiteral("weu-2"), 48000, 50000));
    m_model->updateStatus(figures(QStringLiteral("eus-1"), 900000, 800000));
    m_page->refreshNow();
}

void TestFleetChartsPage::cleanup()
{
    delete m_page;
    delete m_model;
}

void TestFleetChartsPage::totalsBeforeCensus()
{
    DistributionChartView *view = m_page->devicesByStamp();
    QVERIFY(!view->isStacked());
    QCOMPARE(view->stampAxis()->categories(), (QStringList{QStringLiteral("weu-1"), QStringLiteral("weu-2"), QStringLiteral("eus-1")}));
    QCOMPARE(view->series()->count(), 1);
    QCOMPARE(values(view->series()->barSets().first()), (QList<qreal>{60000, 48000, 900000}));
    QVERIFY2(view->chart()->title().contains(QStringLiteral("census")), qPrintable(view->chart()->title()));
}

void TestFleetChartsPage::stackedByTenantThenGroup()
{
    StampStatus one = figures(QStringLiteral("weu-1"), 60000, 100000);
    one.registrations = 60000;
    one.registrationsByTenant = {{QStringLiteral("contoso"), 40000}, {QStringLiteral("fabrikam"), 20000}};
    one.registrationsByGroup = {{QStringLiteral("contoso-meters"), 30000}, {QStringLiteral("contoso-valves"), 10000},
                                {QStringLiteral("fabrikam-all"), 20000}};
    m_model->updateStatus(one);
    StampStatus two = figures(QStringLiteral("weu-2"), 48000, 50000);
    two.registrationsByTenant = {{QStringLiteral("fabrikam"), 45000}};
    two.registrationsByGroup = {{QStringLiteral("fabrikam-all"), 45000}};
    m_model->updateStatus(two);

    DistributionChartView *view = m_page->devicesByStamp();
    QTRY_VERIFY(view->isStacked());
    // Biggest first; eus-1 has no census figures yet and shows its devices as not counted.
    QCOMPARE(labels(view->series()), (QStringList{QStringLiteral("fabrikam"), QStringLiteral("contoso"), QStringLiteral("Not counted yet")}));
    QCOMPARE(values(view->series()->barSets().at(0)), (QList<qreal>{20000, 45000, 0}));
    QCOMPARE(values(view->series()->barSets().at(1)), (QList<qreal>{40000, 0, 0}));
    QCOMPARE(values(view->series()->barSets().at(2)), (QList<qreal>{0, 0, 900000}));
    QVERIFY(view->chart()->title().contains(QStringLiteral("tenant")));

    auto *combo = m_page->findChild<QComboBox *>(QStringLiteral("stackBy"));
    QVERIFY(combo);
    combo->setCurrentIndex(combo->findData(int(DistributionChartView::StackBy::EnrollmentGroup)));
    QCOMPARE(view->stackBy(), DistributionChartView::StackBy::EnrollmentGroup);
    QCOMPARE(labels(view->series()), (QStringList{QStringLiteral("fabrikam-all"), QStringLiteral("contoso-meters"),
                                                  QStringLiteral("contoso-valves"), QStringLiteral("Not counted yet")}));
    QCOMPARE(values(view->series()->barSets().at(0)), (QList<qreal>{20000, 45000, 0}));
    QCOMPARE(values(view->series()->barSets().at(2)), (QList<qreal>{10000, 0, 0}));
    QVERIFY(view->chart()->title().contains(QStringLiteral("enrollment group")));

    m_page->setStackBy(DistributionChartView::StackBy::Tenant);
    QCOMPARE(combo->currentData().toInt(), int(DistributionChartView::StackBy::Tenant));
    QCOMPARE(labels(view->series()).first(), QStringLiteral("fabrikam"));
}

void TestFleetChartsPage::updatesInPlaceCoalesced()
{
    DistributionChartView *devices = m_page->devicesByStamp();
    QBarSet *totals = devices->series()->barSets().first();
    QBarSet *planned = m_page->capacity()->plannedSet();
    QCOMPARE(planned->at(0), 60.0);

    // A burst of updates: nothing redrawn at once, one redraw shortly after.
    m_model->updateStatus(figures(QStringLiteral("weu-1"), 70000, 100000));
    m_model->updateStatus(figures(QStringLiteral("weu-1"), 80000, 100000));
    m_model->updateStatus(figures(QStringLiteral("weu-2"), 49000, 50000));
    QCOMPARE(totals->at(0), 60000.0);
    QTRY_COMPARE(totals->at(0), 80000.0);
    QCOMPARE(totals->at(1), 49000.0);
    QCOMPARE(planned->at(0), 80.0);
    QCOMPARE(planned->at(1), 98.0);
    // The same bar sets: values changed in place, nothing rebuilt.
    QCOMPARE(devices->series()->barSets().first(), totals);
    QCOMPARE(devices->series()->count(), 1);
}

void TestFleetChartsPage::capacityAgainstLimits()
{
    CapacityChartView *view = m_page->capacity();
    QCOMPARE(values(view->plannedSet()), (QList<qreal>{60, 96, 112.5}));
    QCOMPARE(values(view->hubLimitSet()), (QList<qreal>{6, 4.8, 90}));
    QCOMPARE(view->amberLine()->at(0).y(), 80.0);
    QCOMPARE(view->redLine()->at(0).y(), 95.0);
    QCOMPARE(view->limitLine()->at(1).y(), 100.0);
    // The lines span every stamp.
    QCOMPARE(view->amberLine()->at(0).x(), -0.5);
    QCOMPARE(view->amberLine()->at(1).x(), 2.5);

    m_page->setThresholds(HealthThresholds{0.7, 0.9});
    QCOMPARE(view->amberLine()->at(0).y(), 70.0);
    QCOMPARE(view->redLine()->at(1).y(), 90.0);
    QVERIFY(view->amberLine()->name().contains(QStringLiteral("70")));
}

void TestFleetChartsPage::historyFleetAndStamp()
{
    StampStatus one = figures(QStringLiteral("weu-1"), 60000, 100000);
    one.series = {sample(0, 100, -1), sample(10, 150, 1000), sample(20, 200, 1100)};
    m_model->updateStatus(one);
    StampStatus two = figures(QStringLiteral("weu-2"), 48000, 50000);
    two.series = {sample(5, 10, 500), sample(15, 20, 600)};
    m_model->updateStatus(two);

    HistoryChartView *view = m_page->history();
    const QList<QPointF> expectedFleet{{qreal(T0.addSecs(5).toMSecsSinceEpoch()), 110}, {qreal(T0.addSecs(10).toMSecsSinceEpoch()), 160},
                                       {qreal(T0.addSecs(15).toMSecsSinceEpoch()), 170}, {qreal(T0.addSecs(20).toMSecsSinceEpoch()), 220}};
    QTRY_COMPARE(view->connectedSeries()->points(), expectedFleet);
    QCOMPARE(view->registrationsSeries()->points().size(), 3); // from 10 s, when both have counted
    QCOMPARE(view->registrationsSeries()->points().last().y(), 1700.0);
    QVERIFY(view->chart()->title().contains(QStringLiteral("whole fleet")));

    m_page->setHistoryScope(QStringLiteral("weu-2"));
    QCOMPARE(view->connectedSeries()->points(),
             (QList<QPointF>{{qreal(T0.addSecs(5).toMSecsSinceEpoch()), 10}, {qreal(T0.addSecs(15).toMSecsSinceEpoch()), 20}}));
    QVERIFY(view->chart()->title().contains(QStringLiteral("WEU-2")));
    auto *scope = m_page->findChild<QComboBox *>(QStringLiteral("historyScope"));
    QCOMPARE(scope->count(), 4);
    scope->setCurrentIndex(0);
    QCOMPARE(view->connectedSeries()->points(), expectedFleet);
}

void TestFleetChartsPage::fleetSumCarriesForward()
{
    QCOMPARE(HistoryChartView::fleetSum({}), QList<QPointF>());
    QCOMPARE(HistoryChartView::fleetSum({{{1, 5}, {3, 7}}, {}, {{2, 10}}}), (QList<QPointF>{{2, 15}, {3, 17}}));
}

void TestFleetChartsPage::repeatedNamesKeepOneBarEach()
{
    Workspace workspace;
    workspace.stamps << makeStamp(QStringLiteral("a-1"), 1000) << makeStamp(QStringLiteral("a-2"), 1000) << makeStamp(QStringLiteral("b-1"), 1000);
    workspace.stamps[0].name = QStringLiteral("Shared");
    workspace.stamps[1].name = QStringLiteral("Shared");
    workspace.stamps[2].name.clear();
    m_model->setWorkspace(workspace);
    m_page->refreshNow();
    // Axis labels are stamp ids: unique even where display names repeat or are missing.
    const QStringList expected{QStringLiteral("a-1"), QStringLiteral("a-2"), QStringLiteral("b-1")};
    QCOMPARE(m_page->devicesByStamp()->stampAxis()->categories(), expected);
    QCOMPARE(m_page->capacity()->plannedSet()->count(), 3);
    QCOMPARE(m_page->devicesByStamp()->series()->barSets().first()->count(), 3);
}

void TestFleetChartsPage::exportsPng()
{
    m_page->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_page));
    QTemporaryDir dir;
    for (auto chart : {FleetChartsPage::Chart::DevicesByStamp, FleetChartsPage::Chart::Capacity, FleetChartsPage::Chart::History}) {
        const QString path = dir.filePath(QStringLiteral("chart%1.png").arg(int(chart)));
        QString error;
        QVERIFY2(m_page->exportChart(chart, path, &error), qPrintable(error));
        const QImage image(path);
        QVERIFY(!image.isNull());
        QCOMPARE(image.size(), m_page->chartView(chart)->size() * m_page->devicePixelRatioF());
        // Something was drawn: not a blank page.
        QSet<QRgb> colours;
        for (int y = 0; y < image.height(); y += 7) {
            for (int x = 0; x < image.width(); x += 7)
                colours.insert(image.pixel(x, y));
        }
        QVERIFY2(colours.size() > 5, qPrintable(QString::number(colours.size())));
    }
    QString error;
    QVERIFY(!m_page->exportChart(FleetChartsPage::Chart::Capacity, dir.filePath(QStringLiteral("missing/c.png")), &error));
    QVERIFY(!error.isEmpty());
}

void TestFleetChartsPage::exportsSvg()
{
    m_page->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_page));
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("capacity.svg"));
    QString error;
    QVERIFY2(m_page->exportChart(FleetChartsPage::Chart::Capacity, path, &error), qPrintable(error));
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QByteArray svg = file.readAll();
    QVERIFY(svg.contains("<svg"));
    QVERIFY(svg.contains("Capacity used per stamp"));
    QXmlStreamReader xml(svg);
    int elements = 0;
    while (!xml.atEnd()) {
        if (xml.readNext() == QXmlStreamReader::StartElement)
            ++elements;
    }
    QVERIFY2(!xml.hasError(), qPrintable(xml.errorString()));
    QVERIFY(elements > 10);
}

QTEST_MAIN(TestFleetChartsPage)
#include "tst_fleetchartspage.moc"
