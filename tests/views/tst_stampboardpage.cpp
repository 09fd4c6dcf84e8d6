// StampBoardPage and StampCard under the offscreen platform, fed by hand through
// FleetStatusModel::updateStatus: cards per stamp, figures, regrouping, in-place updates, keyboard
// and the unreachable and stale states.
#include "CapacityGauge.h"
#include "FleetStatusModel.h"
#include "StampBoardPage.h"
#include "StampCard.h"

#include <QApplication>
#include <QComboBox>
#include <QLabel>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace StampDeck;

namespace {

const QDateTime Now(QDate(2026, 11, 23), QTime(14, 0, 0), Qt::UTC);

Stamp makeStamp(const QString &id, const QString &name, const QString &region, Stamp::Ring ring, qint64 planned)
{
    Stamp stamp;
    stamp.id = id;
    stamp.name = name;
    stamp.region = region;
    stamp.ring = ring;
    stamp.tenancy = Stamp::Tenancy::Dedicated;
    stamp.tenants = {QStringLiteral("contoso")};
    stamp.hub.hostName = id + QStringLiteral(".azure-devices.net");
    stamp.plannedCapacity = planned;
    return stamp;
}

StampStatus figures(const QString &id, qint64 total, qint64 connected, qint64 ageSeconds = 12)
{
    StampStatus status;
    status.stampId = id;
    status.reachable = true;
    status.lastAttempt = Now.addSecs(-ageSeconds);
    status.lastSuccess = Now.addSecs(-ageSeconds);
    status.totalDevices = total;
    status.enabledDevices = total - 100;
    status.disabledDevices = 100;
    status.connectedDevices = connected;
    status.plannedCapacity = 50000;
    status.health = HealthLevel::Healthy;
    return status;
}

QString text(StampCard *card, const char *label)
{
    auto *widget = card->findChild<QLabel *>(QLatin1String(label));
    return widget ? widget->text() : QStringLiteral("<no %1>").arg(QLatin1String(label));
}

} // namespace

class TestStampBoardPage : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();
    void oneCardPerStamp();
    void figuresFromModel();
    void regroupByRing();
    void dataChangedUpdatesOneCard();
    void workspaceChangeRebuilds();
    void unreachableKeepsFiguresGreyed();
    void staleFiguresSayStale();
    void arrowKeysMoveBetweenCards();
    void tabMovesBetweenCards();
    void reflowsWithWidth();
    void enterActivates();
    void accessibleNames();
    void gaugeMarksHubLimitNearOneMillion();
    void exportsCsv();

private:
    FleetStatusModel *m_model = nullptr;
    StampBoardPage *m_page = nullptr;
};

void TestStampBoardPage::initTestCase()
{
    QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
}

void TestStampBoardPage::init()
{
    m_model = new FleetStatusModel;
    Workspace workspace;
    workspace.stamps << makeStamp(QStringLiteral("weu-1"), QStringLiteral("West Europe 1"), QStringLiteral("westeurope"), Stamp::Ring::Production, 50000)
                     << makeStamp(QStringLiteral("weu-2"), QStringLiteral("West Europe 2"), QStringLiteral("westeurope"), Stamp::Ring::Canary, 50000)
                     << makeStamp(QStringLiteral("weu-3"), QStringLiteral("West Europe 3"), QStringLiteral("westeurope"), Stamp::Ring::Production, 50000)
                     << makeStamp(QStringLiteral("eus-1"), QStringLiteral("East US 1"), QStringLiteral("eastus"), Stamp::Ring::Test, 50000);
    m_model->setWorkspace(workspace);
    m_page = new StampBoardPage(m_model);
    m_page->setClock([] { return Now; });
    m_page->resize(720, 900); // two cards a line
}

void TestStampBoardPage::cleanup()
{
    delete m_page;
    delete m_model;
}

void TestStampBoardPage::oneCardPerStamp()
{
    const QList<StampCard *> cards = m_page->cards();
    QCOMPARE(cards.size(), 4);
    // Grouped by region (sorted), workspace order within a group.
    QStringList ids;
    for (StampCard *card : cards)
        ids << card->stampId();
    QCOMPARE(ids, (QStringList{QStringLiteral("eus-1"), QStringLiteral("weu-1"), QStringLiteral("weu-2"), QStringLiteral("weu-3")}));
    QCOMPARE(text(cards.at(1), "cardName"), QStringLiteral("West Europe 1"));
    QCOMPARE(text(cards.at(1), "cardId"), QStringLiteral("weu-1"));
    QVERIFY(text(cards.at(1), "cardPlacement").contains(QStringLiteral("westeurope")));
    QVERIFY(text(cards.at(1), "cardPlacement").contains(QStringLiteral("production")));
    QVERIFY(text(cards.at(1), "cardPlacement").contains(QStringLiteral("dedicated to contoso")));
    QCOMPARE(text(cards.at(1), "cardAge"), QStringLiteral("Waiting for the first figures"));
    QCOMPARE(text(cards.at(1), "healthBadge"), FleetStatusModel::healthName(HealthLevel::Unknown));
}

void TestStampBoardPage::figuresFromModel()
{
    StampStatus status = figures(QStringLiteral("weu-1"), 50000, 41230);
    status.registrations = 49500;
    m_model->updateStatus(status);
    StampCard *card = m_page->card(QStringLiteral("weu-1"));
    QVERIFY(card);
    QCOMPARE(text(card, "cardConnected"), QStringLiteral("41,230 of 50,000 connected (82%)"));
    QCOMPARE(text(card, "cardDevices"), QStringLiteral("50,000 devices: 49,900 enabled, 100 disabled"));
    QCOMPARE(text(card, "cardRegistrations"), QStringLiteral("49,500 DPS registrations"));
    QCOMPARE(text(card, "cardAge"), QStringLiteral("Updated 12 s ago"));
    QCOMPARE(text(card, "healthBadge"), FleetStatusModel::healthName(HealthLevel::Healthy));
    auto *gauge = card->findChild<CapacityGauge *>(QStringLiteral("capacityGauge"));
    QVERIFY(gauge);
    QCOMPARE(gauge->used(), 50000);
    QCOMPARE(gauge->planned(), 50000);
    QVERIFY(!gauge->showsHubLimit()); // 50k is far from 1M
    QVERIFY(card->findChild<QLabel *>(QStringLiteral("cardReasons"))->text().isEmpty());
}

void TestStampBoardPage::regroupByRing()
{
    const QStringList byRegion = m_page->groupTitles();
    QCOMPARE(byRegion.size(), 2);
    QVERIFY(byRegion.at(0).startsWith(QStringLiteral("eastus")));
    QVERIFY(byRegion.at(1).startsWith(QStringLiteral("westeurope")));

    // Through the toolbar, as a user would.
    auto *combo = m_page->findChild<QComboBox *>(QStringLiteral("groupBy"));
    QVERIFY(combo);
    combo->setCurrentIndex(combo->findData(int(StampBoardPage::GroupBy::Ring)));
    QCOMPARE(m_page->groupBy(), StampBoardPage::GroupBy::Ring);
    const QStringList byRing = m_page->groupTitles();
    QCOMPARE(byRing.size(), 3);
    QVERIFY2(byRing.at(0).startsWith(QStringLiteral("test ring")), qPrintable(byRing.join(QLatin1Char('|'))));
    QVERIFY(byRing.at(1).startsWith(QStringLiteral("canary ring")));
    QVERIFY(byRing.at(2).startsWith(QStringLiteral("production ring")));
    QStringList ids;
    for (StampCard *card : m_page->cards())
        ids << card->stampId();
    QCOMPARE(ids, (QStringList{QStringLiteral("eus-1"), QStringLiteral("weu-2"), QStringLiteral("weu-1"), QStringLiteral("weu-3")}));

    m_page->setGroupBy(StampBoardPage::GroupBy::Region);
    QCOMPARE(combo->currentData().toInt(), int(StampBoardPage::GroupBy::Region));
    QCOMPARE(m_page->groupTitles(), byRegion);
}

void TestStampBoardPage::dataChangedUpdatesOneCard()
{
    m_model->updateStatus(figures(QStringLiteral("weu-1"), 50000, 41230));
    m_model->updateStatus(figures(QStringLiteral("weu-2"), 20000, 10000));
    const QList<StampCard *> before = m_page->cards();
    const QString other = text(m_page->card(QStringLiteral("weu-2")), "cardConnected");

    m_model->updateStatus(figures(QStringLiteral("weu-1"), 50000, 45000));
    QCOMPARE(m_page->cards(), before); // same widgets: updated in place, not rebuilt
    QCOMPARE(text(m_page->card(QStringLiteral("weu-1")), "cardConnected"), QStringLiteral("45,000 of 50,000 connected (90%)"));
    QCOMPARE(text(m_page->card(QStringLiteral("weu-2")), "cardConnected"), other);
    QCOMPARE(other, QStringLiteral("10,000 of 20,000 connected (50%)"));
}

void TestStampBoardPage::workspaceChangeRebuilds()
{
    Workspace workspace;
    workspace.stamps << makeStamp(QStringLiteral("jpe-1"), QStringLiteral("Japan East 1"), QStringLiteral("japaneast"), Stamp::Ring::Test, 1000);
    m_model->setWorkspace(workspace);
    QCOMPARE(m_page->cards().size(), 1);
    QCOMPARE(m_page->cards().first()->stampId(), QStringLiteral("jpe-1"));
    QCOMPARE(m_page->groupTitles().size(), 1);
    m_model->setWorkspace(Workspace());
    QVERIFY(m_page->cards().isEmpty());
    QVERIFY(m_page->findChild<QLabel *>(QStringLiteral("boardEmpty")));
}

void TestStampBoardPage::unreachableKeepsFiguresGreyed()
{
    m_model->updateStatus(figures(QStringLiteral("weu-3"), 48000, 40000));
    StampStatus down = figures(QStringLiteral("weu-3"), 48000, 40000, 150);
    down.reachable = false;
    down.lastAttempt = Now.addSecs(-3);
    down.lastError = QStringLiteral("Connection refused");
    down.health = HealthLevel::Unreachable;
    down.reasons = {QStringLiteral("Unreachable: connection refused")};
    m_model->updateStatus(down);

    StampCard *card = m_page->card(QStringLiteral("weu-3"));
    QCOMPARE(card->freshness(), StampCard::Freshness::Unreachable);
    QCOMPARE(text(card, "healthBadge"), FleetStatusModel::healthName(HealthLevel::Unreachable));
    QCOMPARE(text(card, "cardReasons"), QStringLiteral("Unreachable: connection refused"));
    QCOMPARE(text(card, "cardAge"), QStringLiteral("Unreachable: figures from 2 min ago"));
    // The old figures stay, greyed.
    auto *connected = card->findChild<QLabel *>(QStringLiteral("cardConnected"));
    QCOMPARE(connected->text(), QStringLiteral("40,000 of 48,000 connected (83%)"));
    QVERIFY(!connected->isEnabled());
    QVERIFY(!card->findChild<CapacityGauge *>()->isEnabled());
    // The others are untouched.
    QCOMPARE(m_page->card(QStringLiteral("weu-1"))->freshness(), StampCard::Freshness::NoFigures);
    QVERIFY(m_page->card(QStringLiteral("weu-1"))->findChild<QLabel *>(QStringLiteral("cardConnected"))->isEnabled());

    // Back again: no longer greyed.
    m_model->updateStatus(figures(QStringLiteral("weu-3"), 48000, 41000, 1));
    QVERIFY(connected->isEnabled());
    QCOMPARE(text(card, "cardAge"), QStringLiteral("Updated 1 s ago"));
    QVERIFY(text(card, "cardReasons").isEmpty());
}

void TestStampBoardPage::staleFiguresSayStale()
{
    m_page->setStaleAfter(60);
    m_model->updateStatus(figures(QStringLiteral("eus-1"), 1000, 900, 30));
    StampCard *card = m_page->card(QStringLiteral("eus-1"));
    QCOMPARE(card->freshness(), StampCard::Freshness::Fresh);
    QCOMPARE(text(card, "cardAge"), QStringLiteral("Updated 30 s ago"));

    // Time passes, the monitor has nothing new: the age ticks and the card turns stale.
    QDateTime now = Now;
    m_page->setClock([&now] { return now; });
    now = Now.addSecs(300);
    QTRY_COMPARE_WITH_TIMEOUT(text(card, "cardAge"), QStringLiteral("Stale: updated 5 min ago"), 3000);
    QCOMPARE(card->freshness(), StampCard::Freshness::Stale);
    m_page->setClock([] { return Now; });
}

void TestStampBoardPage::arrowKeysMoveBetweenCards()
{
    m_page->show();
    QVERIFY(QTest::qWaitForWindowActive(m_page));
    const QList<StampCard *> cards = m_page->cards(); // eus-1 | weu-1 weu-2 / weu-3
    cards.at(1)->setFocus();
    QTRY_VERIFY(cards.at(1)->hasFocus());

    QTest::keyClick(cards.at(1), Qt::Key_Right);
    QTRY_VERIFY(cards.at(2)->hasFocus());
    QTest::keyClick(cards.at(2), Qt::Key_Left);
    QTRY_VERIFY(cards.at(1)->hasFocus());
    QTest::keyClick(cards.at(1), Qt::Key_Left);
    QTRY_VERIFY(cards.at(0)->hasFocus());
    QTest::keyClick(cards.at(0), Qt::Key_Left); // the first card stays
    QVERIFY(cards.at(0)->hasFocus());

    // Up and down follow the lines as they are laid out: weu-1 and weu-2 share a line, weu-3 is below.
    QVERIFY2(cards.at(1)->y() == cards.at(2)->y() && cards.at(3)->y() > cards.at(1)->y(), "two cards a line expected");
    cards.at(2)->setFocus();
    QTest::keyClick(cards.at(2), Qt::Key_Down);
    QTRY_VERIFY(cards.at(3)->hasFocus());
    QTest::keyClick(cards.at(3), Qt::Key_Up);
    QTRY_VERIFY(cards.at(1)->hasFocus() || cards.at(2)->hasFocus());
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_End);
    QTRY_VERIFY(cards.at(3)->hasFocus());
    QTest::keyClick(cards.at(3), Qt::Key_Home);
    QTRY_VERIFY(cards.at(0)->hasFocus());
}

void TestStampBoardPage::tabMovesBetweenCards()
{
    m_page->show();
    QVERIFY(QTest::qWaitForWindowActive(m_page));
    const QList<StampCard *> cards = m_page->cards();
    for (StampCard *card : cards)
        QCOMPARE(card->focusPolicy(), Qt::StrongFocus);
    cards.at(0)->setFocus();
    QTRY_VERIFY(cards.at(0)->hasFocus());
    for (int i = 1; i < cards.size(); ++i) {
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);
        QTRY_VERIFY2(cards.at(i)->hasFocus(), qPrintable(QApplication::focusWidget()->objectName()));
    }
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Backtab);
    QTRY_VERIFY(cards.at(cards.size() - 2)->hasFocus());
}

void TestStampBoardPage::reflowsWithWidth()
{
    m_page->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_page));
    const QList<StampCard *> cards = m_page->cards(); // westeurope: weu-1, weu-2, weu-3
    QTRY_VERIFY(cards.at(3)->y() > cards.at(1)->y()); // two a line at 720 px
    m_page->resize(1100, 900);
    QTRY_COMPARE(cards.at(3)->y(), cards.at(1)->y()); // three a line
    m_page->resize(360, 900);
    QTRY_VERIFY(cards.at(2)->y() > cards.at(1)->y()); // one a line
    QVERIFY(cards.at(3)->y() > cards.at(2)->y());
}

void TestStampBoardPage::enterActivates()
{
    m_page->show();
    QVERIFY(QTest::qWaitForWindowActive(m_page));
    QSignalSpy activated(m_page, &StampBoardPage::stampActivated);
    StampCard *card = m_page->card(QStringLiteral("weu-2"));
    card->setFocus();
    QTRY_VERIFY(card->hasFocus());
    QTest::keyClick(card, Qt::Key_Return);
    QCOMPARE(activated.size(), 1);
    QCOMPARE(activated.at(0).at(0).toString(), QStringLiteral("weu-2"));
    QTest::keyClick(card, Qt::Key_Enter);
    QCOMPARE(activated.size(), 2);
    QTest::keyClick(card, Qt::Key_A); // other keys do nothing
    QCOMPARE(activated.size(), 2);
}

void TestStampBoardPage::accessibleNames()
{
    StampStatus status = figures(QStringLiteral("weu-1"), 50000, 41230);
    status.health = HealthLevel::Warning;
    status.reasons = {QStringLiteral("85% of the planned capacity")};
    m_model->updateStatus(status);
    StampCard *card = m_page->card(QStringLiteral("weu-1"));
    QCOMPARE(card->accessibleName(), QStringLiteral("Stamp West Europe 1 (weu-1)"));
    const QString description = card->accessibleDescription();
    QVERIFY2(description.contains(FleetStatusModel::healthName(HealthLevel::Warning)), qPrintable(description));
    QVERIFY(description.contains(QStringLiteral("85% of the planned capacity")));
    QVERIFY(description.contains(QStringLiteral("41,230 of 50,000 connected (82%)")));
    QVERIFY(!card->findChild<CapacityGauge *>()->accessibleDescription().isEmpty());
}

void TestStampBoardPage::gaugeMarksHubLimitNearOneMillion()
{
    CapacityGauge gauge;
    gauge.setCapacity(-1, 50000);
    QCOMPARE(gauge.worstFraction(), -1.0);
    QVERIFY(!gauge.showsHubLimit());
    gauge.setCapacity(45000, 50000);
    QCOMPARE(gauge.worstFraction(), 0.9);
    QVERIFY(gauge.scaleMaximum() >= 50000 && gauge.scaleMaximum() < 60000);
    // A plan near the hub's 1M soft limit puts the limit on the scale.
    gauge.setCapacity(700000, 900000);
    QVERIFY(gauge.showsHubLimit());
    QVERIFY(gauge.scaleMaximum() >= CapacityGauge::HubDeviceLimit);
    gauge.setCapacity(990000, 2000000); // over the hub limit before over the plan: the worse one counts
    QCOMPARE(gauge.worstFraction(), 0.99);
    QVERIFY(gauge.accessibleDescription().contains(QStringLiteral("990,000 of 2,000,000 planned devices")));
}

void TestStampBoardPage::exportsCsv()
{
    m_model->updateStatus(figures(QStringLiteral("weu-1"), 50000, 41230));
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("board.csv"));
    QString error;
    QVERIFY2(m_page->exportCsv(path, &error), qPrintable(error));
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QByteArray csv = file.readAll();
    QCOMPARE(csv.count("\r\n"), 5);
    QVERIFY(csv.contains("weu-1,West Europe 1,westeurope,production"));
    QVERIFY(csv.contains(",50000,49900,100,41230,"));
}

QTEST_MAIN(TestStampBoardPage)
#include "tst_stampboardpage.moc"
