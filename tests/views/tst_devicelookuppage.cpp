#include "DeviceLocator.h"
#include "DeviceLookupPage.h"

#include "AzureTransport.h"
#include "DpsDeviceClient.h"
#include "DpsServiceClient.h"
#include "HubRegistryClient.h"
#include "QueryPager.h"
#include "SystemClock.h"

#include "EmulatorClients.h"
#include "EmulatorProcess.h"

#include <QApplication>
#include <QClipboard>
#include <QJsonArray>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QNetworkAccessManager>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QScopeGuard>
#include <QSignalSpy>
#include <QTest>

#include <memory>

using namespace StampDeck;
using namespace StampDeck::Azure;
using namespace StampDeck::Testing;

// The device lookup page on its own, on the emulator's demo fleet, offscreen, typed into as support
// staff do: a device found (its stamp, hub and registration on the form), an unknown ID ("not found
// anywhere" with what was asked), a registration whose device ID differs (both shown, and said so),
// a device mid-enrollment (DPS holding its allocation: shown as being provisioned, not missing);
// Copy as text puts the answer's text on the clipboard; a new search replaces the one in flight.
class TestDeviceLookupPage : public QObject
{
    Q_OBJECT

private:
    static constexpr double TimeScale = 60;

    std::unique_ptr<EmulatorProcess> m_emulator;
    std::unique_ptr<EmulatorClients> m_clients;
    Workspace m_workspace;
    QNetworkAccessManager m_network;
    SystemClock m_clock;
    std::unique_ptr<AzureTransport> m_transport;
    std::unique_ptr<DeviceLocator> m_locator;
    std::unique_ptr<DeviceLookupPage> m_page;

    QString field(const char *name) const { return m_page->findChild<QLabel *>(QLatin1StringView(name))->text(); }
    QPushButton *copyButton() const { return m_page->findChild<QPushButton *>(QStringLiteral("copyAnswerButton")); }

    // Types id into the search field and presses Enter; the answer the page shows.
    std::optional<DeviceLookupAnswer> ask(const QString &id)
    {
        auto *search = m_page->findChild<QLineEdit *>(QStringLiteral("lookupField"));
        search->clear();
        QTest::keyClicks(search, id);
        QSignalSpy answered(m_page.get(), &DeviceLookupPage::answered);
        QTest::keyClick(search, Qt::Key_Return);
        if (!m_page->isBusy() || copyButton()->isEnabled()) // the page asked, and does not wait for the answer
            return std::nullopt;
        if (!QTest::qWaitFor([&] { return answered.count() > 0; }, 60'000))
            return std::nullopt;
        return answered.first().first().value<DeviceLookupAnswer>();
    }

    QString copied()
    {
        QApplication::clipboard()->clear();
        QTest::mouseClick(copyButton(), Qt::LeftButton);
        return QApplication::clipboard()->text();
    }

    void checkNoSecret(const QString &text)
    {
        for (int i = 0; i < m_emulator->endpoints().hubs.size(); ++i)
            QVERIFY(!text.contains(m_clients->hubEndpoint(i).key));
        for (int i = 0; i < m_emulator->endpoints().dps.size(); ++i)
            QVERIFY(!text.contains(m_clients->dpsEndpoint(i).key));
    }

    // An individual enrollment on DPS 0 (deviceId empty: the registration ID); its primary key.
    QString enroll(const QString &registrationId, const QString &deviceId = {})
    {
        DpsServiceClient service(m_transport.get(), m_clients->dpsEndpoint(0));
        IndividualEnrollment enrollment;
        enrollment.registrationId = registrationId;
        if (!deviceId.isEmpty())
            enrollment.deviceId = deviceId;
        enrollment.attestation = AttestationMechanism::symmetric();
        auto created = EmulatorClients::finish(service.createOrUpdateEnrollment(enrollment), 30'000);
        if (!created->isSuccess())
            return {};
        return created->value().attestation.symmetricKey->primaryKey.value_or(QString());
    }

private Q_SLOTS:
    void initTestCase()
    {
        qRegisterMetaType<DeviceLookupAnswer>();
        m_emulator = std::make_unique<EmulatorProcess>(QStringList{
            QStringLiteral("--demo"), QStringLiteral("--stamps"), QStringLiteral("4"), QStringLiteral("--devices"),
            QStringLiteral("2000"), QStringLiteral("--time-scale"), QString::number(TimeScale), QStringLiteral("--seed"),
            QStringLiteral("13")});
        QVERIFY2(m_emulator->start(), qPrintable(m_emulator->errorString()));
        m_clients = std::make_unique<EmulatorClients>(*m_emulator, TimeScale);
        WorkspaceError error;
        const std::optional<Workspace> workspace = Workspace::load(m_emulator->endpoints().workspace, &error);
        QVERIFY2(workspace, qPrintable(error.toString()));
        m_workspace = *workspace;
        m_transport = std::make_unique<AzureTransport>(&m_network, &m_clock);
        m_locator = std::make_unique<DeviceLocator>(m_transport.get(), nullptr);
        m_locator->setWorkspace(m_workspace);
        m_clients->setEndpointsOn(m_locator.get());
        m_page = std::make_unique<DeviceLookupPage>(m_locator.get());
        m_page->resize(1100, 700);
        m_page->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_page.get()));
        QVERIFY(!copyButton()->isEnabled()); // nothing to copy yet
    }

    void cleanupTestCase()
    {
        m_page.reset();
        m_locator.reset();
        m_transport.reset();
        m_clients.reset();
        if (m_emulator)
            QCOMPARE(m_emulator->stop(), 0);
    }

    void showsWhereADeviceLives()
    {
        HubRegistryClient hub(m_transport.get(), m_clients->hubEndpoint(2));
        std::unique_ptr<QueryPager> pager(hub.queryDevices(QStringLiteral("SELECT deviceId FROM devices"), 1));
        auto page = EmulatorClients::finish(pager->fetchNext(), 30'000);
        QVERIFY(page->isSuccess() && !page->value().items.isEmpty());
        const QString id = page->value().items.first().toObject().value(QLatin1StringView("deviceId")).toString();
        const Stamp *stamp = m_workspace.stampForHub(m_emulator->endpoints().hubs.at(2).hostName);
        QVERIFY(stamp);

        const std::optional<DeviceLookupAnswer> answer = ask(id);
        QVERIFY(answer);
        QVERIFY2(answer->found, qPrintable(answer->toText()));
        QVERIFY2(m_page->headline().contains(QStringLiteral("%1 lives on stamp").arg(id)), qPrintable(m_page->headline()));
        QVERIFY(m_page->headline().contains(stamp->id));
        QVERIFY(field("stamp").contains(stamp->id));
        QCOMPARE(field("hub").toLower(), m_emulator->endpoints().hubs.at(2).hostName.toLower());
        QCOMPARE(field("deviceId"), id);
        QCOMPARE(field("registrationId"), id);
        QVERIFY2(field("registration").startsWith(QStringLiteral("assigned")), qPrintable(field("registration")));
        QVERIFY(field("identity").startsWith(QStringLiteral("enabled")));
        QVERIFY(field("enrollment").contains(QStringLiteral("group")));
        QVERIFY(m_page->findChild<QListWidget *>(QStringLiteral("lookupSteps"))->count() > 0);
        QVERIFY(m_page->findChild<QPlainTextEdit *>(QStringLiteral("lookupTwin"))->toPlainText().contains(QStringLiteral("tenant")));

        // Copy as text: the answer's own text, for the ticket, without a key in it.
        QVERIFY(copyButton()->isEnabled());
        const QString text = copied();
        QCOMPARE(text, m_page->answer().toText());
        QVERIFY(text.contains(id));
        QVERIFY(text.contains(answer->hubHost));
        checkNoSecret(text);
    }

    void saysWhatWasAskedWhenNothingIsFound()
    {
        const QString id = QStringLiteral("no-such-device-42");
        const std::optional<DeviceLookupAnswer> answer = ask(id);
        QVERIFY(answer);
        QVERIFY(!answer->found);
        const int hubs = int(m_emulator->endpoints().hubs.size());
        const int dps = int(m_emulator->endpoints().dps.size());
        // What was asked, counted (the plural wording is the translation's business).
        const QString headline = m_page->headline();
        QVERIFY2(headline.startsWith(QStringLiteral("%1 was not found anywhere: asked ").arg(id)), qPrintable(headline));
        QVERIFY2(headline.contains(QStringLiteral("%1 hub").arg(hubs)), qPrintable(headline));
        QVERIFY2(headline.contains(QStringLiteral("%1 DPS instance").arg(dps)), qPrintable(headline));
        // Nothing of the previous answer is left on the form.
        for (const char *name : {"stamp", "hub", "dps", "registration", "identity", "connection"})
            QCOMPARE(field(name), QStringLiteral("—"));
        QVERIFY(field("resolved").contains(QStringLiteral("not found anywhere")));
        const QString text = copied();
        QCOMPARE(text, answer->toText());
        QVERIFY(text.contains(id));
    }

    void showsBothIdsWhenTheyDiffer()
    {
        const QString key = enroll(QStringLiteral("page-reg-1"), QStringLiteral("page-dev-1"));
        QVERIFY(!key.isEmpty());
        DpsDeviceClient device(m_transport.get(), m_clients->deviceEndpoint());
        auto provisioned = EmulatorClients::finish(device.provision(m_clients->idScope(0), QStringLiteral("page-reg-1"), key), 60'000);
        QVERIFY2(provisioned->isSuccess(), qPrintable(provisioned->error().toString()));

        const std::optional<DeviceLookupAnswer> answer = ask(QStringLiteral("page-reg-1"));
        QVERIFY(answer);
        QVERIFY2(answer->found && answer->idsDiffer(), qPrintable(answer->toText()));
        QCOMPARE(field("registrationId"), QStringLiteral("page-reg-1"));
        QCOMPARE(field("deviceId"), QStringLiteral("page-dev-1 (differs from the registration ID)"));
        QCOMPARE(field("hub").toLower(), provisioned->value().state.assignedHub.value_or(QString()).toLower());
        QVERIFY(field("enrollment").contains(QStringLiteral("individual")));
        const QString text = copied();
        QVERIFY(text.contains(QStringLiteral("page-reg-1")));
        QVERIFY(text.contains(QStringLiteral("page-dev-1")));
    }

    void showsADeviceMidEnrollment()
    {
        const QString key = enroll(QStringLiteral("page-held-1"));
        QVERIFY(!key.isEmpty());
        const QString dps = m_clients->dpsName(0);
        QString error;
        QVERIFY2(m_clients->setAllocation(dps, QJsonObject{{QStringLiteral("mode"), QStringLiteral("hold")}}, &error),
                 qPrintable(error));
        auto release = qScopeGuard([&] { m_clients->clearAllocation(dps); });
        DpsDeviceClient device(m_transport.get(), m_clients->deviceEndpoint());
        ProvisioningOptions options;
        options.skipStatusLookup = true;
        std::unique_ptr<AzureResult<ProvisioningOutcome>> provisioning(
            device.provision(m_clients->idScope(0), QStringLiteral("page-held-1"), key, options));
        DpsServiceClient service(m_transport.get(), m_clients->dpsEndpoint(0));
        const auto status = [&] {
            auto state = EmulatorClients::finish(service.getRegistrationState(QStringLiteral("page-held-1")), 10'000);
            return state->isSuccess() ? state->value().status : std::nullopt;
        };
        QTRY_VERIFY_WITH_TIMEOUT(status() == std::optional(RegistrationStatus::Assigning), 20'000);

        const std::optional<DeviceLookupAnswer> answer = ask(QStringLiteral("page-held-1"));
        QVERIFY(answer);
        QVERIFY2(answer->found && answer->isAssigning(), qPrintable(answer->toText()));
        QVERIFY2(m_page->headline().contains(QStringLiteral("is being provisioned right now (registration assigning)")),
                 qPrintable(m_page->headline()));
        QVERIFY(!m_page->headline().contains(QStringLiteral("not found")));
        QVERIFY(m_page->headline().contains(m_emulator->endpoints().dps.at(0).hostName, Qt::CaseInsensitive));
        QVERIFY(field("registration").startsWith(QStringLiteral("assigning")));
        QCOMPARE(field("hub"), QStringLiteral("—"));
        QVERIFY(copied().contains(QStringLiteral("mid-enrollment")));

        release.dismiss();
        QVERIFY2(m_clients->clearAllocation(dps, &error), qPrintable(error));
        QVERIFY(EmulatorClients::waitFor(provisioning.get(), 30'000));
        QVERIFY(provisioning->isSuccess());
    }

    void aNewSearchReplacesTheOneInFlight()
    {
        QSignalSpy answered(m_page.get(), &DeviceLookupPage::answered);
        m_page->lookup(QStringLiteral("first-unknown-id"));
        QVERIFY(m_page->isBusy());
        m_page->lookup(QStringLiteral("second-unknown-id"));
        QTRY_COMPARE_WITH_TIMEOUT(answered.count(), 1, 60'000);
        QCOMPARE(answered.first().first().value<DeviceLookupAnswer>().askedId, QStringLiteral("second-unknown-id"));
        QVERIFY(!m_page->isBusy());
        QTest::qWait(300); // an observation window: the first one never answers
        QCOMPARE(answered.count(), 1);
        QVERIFY(m_page->headline().startsWith(QStringLiteral("second-unknown-id")));
    }
};

QTEST_MAIN(TestDeviceLookupPage)
#include "tst_devicelookuppage.moc"
