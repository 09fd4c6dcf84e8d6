#include "ConsistencyCheckpoint.h"
#include "ConsistencyFacts.h"

#include <QTemporaryDir>
#include <QTest>

using namespace StampDeck;

using Kind = ConsistencyFinding::Kind;

// ConsistencyFacts: each kind of inconsistency from planted facts (stuck registrations too, which
// the emulator cannot produce), healthy devices without findings, and the checkpoint's round trip.
class TestFleetConsistencyFacts : public QObject
{
    Q_OBJECT

private:
    static ConsistencyFacts planted()
    {
        ConsistencyFacts facts({QStringLiteral("Hub-A.example"), QStringLiteral("hub-b.example"), QStringLiteral("hub-c.example")},
                               {QStringLiteral("dps-1.example")});
        const int group = facts.addGroup({0, QStringLiteral("contoso-prod"), {QStringLiteral("hub-a.example"), QStringLiteral("hub-b.example")}});
        facts.addGroup({0, QStringLiteral("legacy"), {QStringLiteral("hub-a.example"), QStringLiteral("gone.example")}});
        // healthy: assigned to A, identity in A
        facts.addIdentity(QStringLiteral("ok-1"), 0, true);
        facts.addRegistration(QStringLiteral("ok-1"), QStringLiteral("ok-1"), 0, group, ConsistencyFacts::Assigned,
                              QStringLiteral("HUB-A.example"), {});
        // healthy, registration read before the identity; registration id differs
        facts.addRegistration(QStringLiteral("ok-2"), QStringLiteral("reg-ok-2"), 0, -1, ConsistencyFacts::Assigned,
                              QStringLiteral("hub-b.example"), {});
        facts.addIdentity(QStringLiteral("ok-2"), 1, true);
        // healthy: disabled enrollment, nothing in any hub
        facts.addRegistration(QStringLiteral("off-1"), QStringLiteral("off-1"), 0, group, ConsistencyFacts::Disabled, {}, {});
        // identity without registration
        facts.addIdentity(QStringLiteral("stray"), 2, true);
        // registration without identity
        facts.addRegistration(QStringLiteral("lost"), QStringLiteral("lost"), 0, group, ConsistencyFacts::Assigned,
                              QStringLiteral("hub-b.example"), {});
        // enabled in two hubs (registered to A, a copy in C)
        facts.addIdentity(QStringLiteral("twice"), 0, true);
        facts.addIdentity(QStringLiteral("twice"), 2, true);
        facts.addRegistration(QStringLiteral("twice"), QStringLiteral("twice"), 0, group, ConsistencyFacts::Assigned,
                              QStringLiteral("hub-a.example"), {});
        // a disabled copy in B: only that copy is reported
        facts.addIdentity(QStringLiteral("copy"), 0, true);
        facts.addIdentity(QStringLiteral("copy"), 1, false);
        facts.addRegistration(QStringLiteral("copy"), QStringLiteral("copy"), 0, group, ConsistencyFacts::Assigned,
                              QStringLiteral("hub-a.example"), {});
        // stuck: failed without a device id, assigning
        facts.addRegistration({}, QStringLiteral("broken"), 0, group, ConsistencyFacts::Failed, {}, QStringLiteral("no hub"));
        facts.addRegistration({}, QStringLiteral("waiting"), 0, group, ConsistencyFacts::Assigning, {}, {});
        // individual enrollment naming an unknown hub
        facts.addEnrollment({0, QStringLiteral("solo"), {QStringLiteral("elsewhere.example")}});
        return facts;
    }

    static QStringList summary(const QList<ConsistencyFinding> &findings)
    {
        QStringList lines;
        for (const ConsistencyFinding &finding : findings) {
            lines.append(QStringLiteral("%1 %2 %3 [%4] %5").arg(ConsistencyFinding::kindKey(finding.kind), finding.deviceId,
                                                                 finding.registrationId, finding.hubs.join(u','),
                                                                 finding.enrollmentText()));
        }
        return lines;
    }

private Q_SLOTS:
    void findsEveryKindAndNothingElse()
    {
        const ConsistencyFacts facts = planted();
        const QStringList expected{
            QStringLiteral("identityWithoutRegistration copy copy [hub-b.example] group: contoso-prod"),
            QStringLiteral("identityWithoutRegistration stray  [hub-c.example] "),
            QStringLiteral("registrationWithoutIdentity lost lost [hub-b.example] group: contoso-prod"),
            QStringLiteral("enabledInTwoHubs twice twice [hub-a.example,hub-c.example] group: contoso-prod"),
            QStringLiteral("enrollmentNamesUnknownHub   [gone.example] group: legacy"),
            QStringLiteral("enrollmentNamesUnknownHub  solo [elsewhere.example] individual: solo"),
            QStringLiteral("stuckRegistration broken broken [] group: contoso-prod"),
            QStringLiteral("stuckRegistration waiting waiting [] group: contoso-prod"),
        };
        QCOMPARE(summary(facts.findings()), expected);
        const QList<ConsistencyFinding> findings = facts.findings();
        QCOMPARE(findings.at(2).dpsHostName, QStringLiteral("dps-1.example"));
        QVERIFY(findings.at(6).detail.contains(QStringLiteral("no hub")));
    }

    void enabledTwiceWithoutRegistration()
    {
        ConsistencyFacts facts({QStringLiteral("a"), QStringLiteral("b")}, {});
        facts.addIdentity(QStringLiteral("d"), 0, true);
        facts.addIdentity(QStringLiteral("d"), 1, true);
        const QList<ConsistencyFinding> findings = facts.findings();
        QCOMPARE(findings.size(), 1);
        QCOMPARE(findings.first().kind, Kind::EnabledInTwoHubs);
        QCOMPARE(findings.first().hubs, (QStringList{QStringLiteral("a"), QStringLiteral("b")}));
    }

    void registrationToAnUnknownHubIsNotAMissingIdentity()
    {
        ConsistencyFacts facts({QStringLiteral("a")}, {QStringLiteral("dps")});
        facts.addRegistration(QStringLiteral("d"), QStringLiteral("d"), 0, -1, ConsistencyFacts::Assigned,
                              QStringLiteral("other"), {});
        QVERIFY(facts.findings().isEmpty());
        QCOMPARE(ConsistencyFacts::statusFromWire(u"Assigning"), ConsistencyFacts::Assigning);
        QCOMPARE(ConsistencyFacts::statusFromWire(u"failed"), ConsistencyFacts::Failed);
        QCOMPARE(ConsistencyFacts::statusFromWire(u"unassigned"), ConsistencyFacts::Unassigned);
    }

    void checkpointRoundTrip()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const QString path = dir.filePath(QStringLiteral("check.sqlite"));
        const ConsistencyFacts facts = planted();
        {
            ConsistencyCheckpoint checkpoint;
            QVERIFY2(checkpoint.open(path, QStringLiteral("fleet-1")), qPrintable(checkpoint.errorString()));
            QVERIFY(checkpoint.sources().isEmpty());
            ConsistencyCheckpoint::PageFacts page;
            page.devices = facts.deviceIds();
            page.groups = {0, 1};
            page.enrollments = facts.enrollments();
            QVERIFY2(checkpoint.savePage(QStringLiteral("identities:hub-a"), {false, QStringLiteral("tok-2"), 40}, facts, page),
                     qPrintable(checkpoint.errorString()));
            QVERIFY(checkpoint.savePage(QStringLiteral("groups:dps"), {true, {}, 2}, facts, {}));
        }
        {
            ConsistencyCheckpoint checkpoint;
            QVERIFY(checkpoint.open(path, QStringLiteral("fleet-1")));
            const auto sources = checkpoint.sources();
            QCOMPARE(sources.size(), 2);
            QCOMPARE(sources.value(QStringLiteral("identities:hub-a")).continuationToken, QStringLiteral("tok-2"));
            QCOMPARE(sources.value(QStringLiteral("identities:hub-a")).items, qint64(40));
            QVERIFY(!sources.value(QStringLiteral("identities:hub-a")).done);
            QVERIFY(sources.value(QStringLiteral("groups:dps")).done);
            ConsistencyFacts restored(facts.hubHosts(), facts.dpsHosts());
            QVERIFY(checkpoint.loadFacts(&restored));
            QCOMPARE(restored.deviceCount(), facts.deviceCount());
            QCOMPARE(restored.registrationIdOf(QStringLiteral("ok-2")), QStringLiteral("reg-ok-2"));
            QCOMPARE(restored.findings(), facts.findings());
            QVERIFY(checkpoint.markComplete());
        }
        {
            // A finished check, then another fleet: both start over.
            ConsistencyCheckpoint checkpoint;
            QVERIFY(checkpoint.open(path, QStringLiteral("fleet-1")));
            QVERIFY(checkpoint.sources().isEmpty());
            QVERIFY(checkpoint.savePage(QStringLiteral("x"), {true, {}, 1}, facts, {}));
        }
        {
            ConsistencyCheckpoint checkpoint;
            QVERIFY(checkpoint.open(path, QStringLiteral("fleet-2")));
            QVERIFY(checkpoint.sources().isEmpty());
        }
    }
};

QTEST_GUILESS_MAIN(TestFleetConsistencyFacts)
#include "tst_fleetconsistencyfacts.moc"
