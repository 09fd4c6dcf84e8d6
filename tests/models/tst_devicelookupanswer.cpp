#include "DeviceLookupAnswer.h"

#include <QTest>

using namespace StampDeck;
using namespace StampDeck::Azure;

// The support-ticket text of a lookup answer.
class TestDeviceLookupAnswer : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void foundAnswerNamesEverything()
    {
        DeviceLookupAnswer a;
        a.askedId = QStringLiteral("reg-1");
        a.found = true;
        a.stampId = QStringLiteral("weu-1");
        a.stampName = QStringLiteral("West Europe 1");
        a.hubHost = QStringLiteral("hub.example.net");
        a.dpsHost = QStringLiteral("dps.example.net");
        a.enrollmentKind = DeviceLookupAnswer::EnrollmentKind::Individual;
        a.enrollmentId = QStringLiteral("reg-1");
        a.registrationId = QStringLiteral("reg-1");
        a.deviceId = QStringLiteral("dev-1");
        a.registrationStatus = RegistrationStatus::Assigned;
        a.registrationSubstatus = RegistrationSubstatus::DeviceDataMigrated;
        a.identityFound = true;
        a.identityStatus = DeviceStatus::Disabled;
        a.statusReason = QStringLiteral("stolen");
        a.connectionState = ConnectionState::Connected;
        a.lastActivity = QDateTime(QDate(2026, 1, 2), QTime(3, 4, 5), Qt::UTC);
        a.tags = QJsonObject{{QStringLiteral("site"), QStringLiteral("plant-7")}};
        a.reported = QJsonObject{{QStringLiteral("firmwareVersion"), QStringLiteral("1.2.3")}};
        a.resolution = DeviceLookupAnswer::Resolution::StaleCacheCorrected;
        a.steps = {QStringLiteral("asked the cached hub")};
        a.problems = {QStringLiteral("stamp X did not answer")};
        QVERIFY(a.idsDiffer());
        const QString text = a.toText();
        for (const char *expected : {"reg-1", "dev-1", "West Europe 1", "weu-1", "hub.example.net", "dps.example.net",
                                     "individual", "assigned", "deviceDataMigrated", "disabled", "stolen", "Connected",
                                     "2026-01-02T03:04:05Z", "plant-7", "1.2.3", "differ", "stale", "asked the cached hub",
                                     "stamp X did not answer"})
            QVERIFY2(text.contains(QLatin1StringView(expected)), expected);
    }

    void notFoundListsWhatWasAsked()
    {
        DeviceLookupAnswer a;
        a.askedId = QStringLiteral("ghost");
        a.askedHubs = {QStringLiteral("hub-1"), QStringLiteral("hub-2")};
        a.askedDps = {QStringLiteral("dps-1")};
        const QString text = a.toText();
        QVERIFY(text.contains(QStringLiteral("Not found anywhere")));
        QVERIFY(text.contains(QStringLiteral("hub-1, hub-2")));
        QVERIFY(text.contains(QStringLiteral("dps-1")));
        QVERIFY(!a.idsDiffer());
    }

    void assigningIsMidEnrollment()
    {
        DeviceLookupAnswer a;
        a.askedId = QStringLiteral("dev-2");
        a.found = true;
        a.registrationId = QStringLiteral("dev-2");
        a.registrationStatus = RegistrationStatus::Assigning;
        QVERIFY(a.isAssigning());
        QVERIFY(a.toText().contains(QStringLiteral("mid-enrollment")));
        QVERIFY(!a.toText().contains(QStringLiteral("Not found")));
    }

    void enrollmentGroupNamedOrCandidates()
    {
        DeviceLookupAnswer a;
        a.askedId = QStringLiteral("dev-3");
        a.found = true;
        QVERIFY(a.enrollmentText().isEmpty());
        a.enrollmentKind = DeviceLookupAnswer::EnrollmentKind::Group;
        QCOMPARE(a.enrollmentText(), QStringLiteral("group"));
        a.enrollmentCandidates = QStringList{QStringLiteral("g-a"), QStringLiteral("g-b")};
        a.enrollmentEvidence = QStringLiteral("why");
        QCOMPARE(a.enrollmentText(), QStringLiteral("group, one of g-a, g-b (why)"));
        QVERIFY(a.toText().contains(QStringLiteral("Enrollment: group, one of g-a, g-b (why)")));
        a.enrollmentId = QStringLiteral("g-a");
        QCOMPARE(a.enrollmentText(), QStringLiteral("group g-a (why)"));
    }
};

QTEST_GUILESS_MAIN(TestDeviceLookupAnswer)
#include "tst_devicelookupanswer.moc"
