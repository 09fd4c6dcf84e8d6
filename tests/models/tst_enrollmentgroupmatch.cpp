#include "EnrollmentGroupFacts.h"
#include "EnrollmentGroupMatch.h"

#include "EnrollmentGroup.h"

#include <QJsonArray>
#include <QTest>

using namespace StampDeck;

// Naming the group that placed a device from the instance's groups alone: which can reach the
// assigned hub, then which initial tags the twin carries.
class TestEnrollmentGroupMatch : public QObject
{
    Q_OBJECT

    static EnrollmentGroupFacts group(const QString &id, const QString &policy, const QStringList &hubs,
                                      const QJsonObject &tags = {}, const QString &staticHub = {})
    {
        EnrollmentGroupFacts facts;
        facts.dpsHostName = QStringLiteral("dps-1.example");
        facts.groupId = id;
        facts.allocationPolicy = policy;
        facts.iotHubs = hubs;
        facts.staticHub = staticHub;
        facts.initialTags = tags;
        return facts;
    }
    static QJsonObject tenant(const QString &name) { return QJsonObject{{QStringLiteral("tenant"), name}}; }

private Q_SLOTS:
    void factsFromTheWireGroupDropTheAttestation()
    {
        QString error;
        const std::optional<Azure::EnrollmentGroup> wire = Azure::EnrollmentGroup::fromJson(
            QJsonObject{{QStringLiteral("enrollmentGroupId"), QStringLiteral("tenant-a-prod")},
                        {QStringLiteral("attestation"),
                         QJsonObject{{QStringLiteral("type"), QStringLiteral("symmetricKey")},
                                     {QStringLiteral("symmetricKey"),
                                      QJsonObject{{QStringLiteral("primaryKey"), QStringLiteral("cHJpbWFyeQ==")},
                                                  {QStringLiteral("secondaryKey"), QStringLiteral("c2Vjb25kYXJ5")}}}}},
                        {QStringLiteral("allocationPolicy"), QStringLiteral("hashed")},
                        {QStringLiteral("iotHubs"), QJsonArray{QStringLiteral("hub-1.example"), QStringLiteral("hub-2.example")}},
                        {QStringLiteral("provisioningStatus"), QStringLiteral("disabled")},
                        {QStringLiteral("initialTwin"), QJsonObject{{QStringLiteral("tags"), tenant(QStringLiteral("a"))}}}},
            &error, Azure::JsonParseMode::Lenient);
        QVERIFY2(wire, qPrintable(error));
        const EnrollmentGroupFacts facts = EnrollmentGroupFacts::from(QStringLiteral("dps-1.example"), *wire);
        QCOMPARE(facts.groupId, QStringLiteral("tenant-a-prod"));
        QCOMPARE(facts.allocationPolicy, QStringLiteral("hashed"));
        QCOMPARE(facts.iotHubs.size(), 2);
        QCOMPARE(facts.initialTags, tenant(QStringLiteral("a")));
        QVERIFY(!facts.enabled);
        QVERIFY(facts.canAssignTo(QStringLiteral("HUB-2.example")));
        QVERIFY(!facts.canAssignTo(QStringLiteral("hub-3.example")));
    }

    void whereAGroupCanAssign()
    {
        QVERIFY(group(QStringLiteral("s"), QStringLiteral("static"), {}, {}, QStringLiteral("hub-1"))
                    .canAssignTo(QStringLiteral("Hub-1")));
        QVERIFY(!group(QStringLiteral("s"), QStringLiteral("static"), {QStringLiteral("hub-2")}, {}, QStringLiteral("hub-1"))
                     .canAssignTo(QStringLiteral("hub-2")));
        // No hub list: every hub the instance links.
        QVERIFY(group(QStringLiteral("h"), QStringLiteral("hashed"), {}).canAssignTo(QStringLiteral("hub-9")));
        QVERIFY(!group(QStringLiteral("h"), QStringLiteral("hashed"), {QStringLiteral("hub-1")}).canAssignTo(QStringLiteral("hub-9")));
    }

    void initialTagsMatchOnlyWhenEveryTagIsCarried()
    {
        const EnrollmentGroupFacts a = group(QStringLiteral("a"), QStringLiteral("hashed"), {},
                                             QJsonObject{{QStringLiteral("tenant"), QStringLiteral("a")}, {QStringLiteral("ring"), 2}});
        QVERIFY(a.initialTagsMatch(QJsonObject{{QStringLiteral("tenant"), QStringLiteral("a")}, {QStringLiteral("ring"), 2},
                                               {QStringLiteral("site"), QStringLiteral("x")}}));
        QVERIFY(!a.initialTagsMatch(tenant(QStringLiteral("a"))));
        QVERIFY(!a.initialTagsMatch(QJsonObject{{QStringLiteral("tenant"), QStringLiteral("a")}, {QStringLiteral("ring"), 3}}));
        QVERIFY(!group(QStringLiteral("b"), QStringLiteral("hashed"), {}).initialTagsMatch(tenant(QStringLiteral("a"))));
    }

    void theOnlyGroupThatReachesTheHub()
    {
        const QList<EnrollmentGroupFacts> groups{
            group(QStringLiteral("a-prod"), QStringLiteral("hashed"), {QStringLiteral("hub-1"), QStringLiteral("hub-2")}, tenant(QStringLiteral("a"))),
            group(QStringLiteral("a-test"), QStringLiteral("static"), {}, tenant(QStringLiteral("a")), QStringLiteral("hub-3")),
        };
        const QJsonObject tags = tenant(QStringLiteral("a"));
        const EnrollmentGroupMatch match = EnrollmentGroupMatch::find(groups, QStringLiteral("hub-3"), &tags);
        QCOMPARE(match.evidence, EnrollmentGroupMatch::Evidence::OnlyCandidate);
        QCOMPARE(match.groupId, QStringLiteral("a-test"));
    }

    void initialTagsPickAmongSeveral()
    {
        const QList<EnrollmentGroupFacts> groups{
            group(QStringLiteral("a-prod"), QStringLiteral("hashed"), {QStringLiteral("hub-1")}, tenant(QStringLiteral("a"))),
            group(QStringLiteral("b-prod"), QStringLiteral("hashed"), {QStringLiteral("hub-1")}, tenant(QStringLiteral("b"))),
            group(QStringLiteral("c-prod"), QStringLiteral("hashed"), {QStringLiteral("hub-2")}, tenant(QStringLiteral("b"))),
        };
        const QJsonObject tags{{QStringLiteral("tenant"), QStringLiteral("b")}, {QStringLiteral("site"), QStringLiteral("s1")}};
        const EnrollmentGroupMatch match = EnrollmentGroupMatch::find(groups, QStringLiteral("hub-1"), &tags);
        QCOMPARE(match.evidence, EnrollmentGroupMatch::Evidence::InitialTags);
        QCOMPARE(match.groupId, QStringLiteral("b-prod"));
        QCOMPARE(match.candidates, (QStringList{QStringLiteral("a-prod"), QStringLiteral("b-prod")}));
    }

    void severalLeftAreCandidates()
    {
        const QList<EnrollmentGroupFacts> groups{
            group(QStringLiteral("a-prod"), QStringLiteral("hashed"), {QStringLiteral("hub-1")}, tenant(QStringLiteral("a"))),
            group(QStringLiteral("a-old"), QStringLiteral("hashed"), {}, tenant(QStringLiteral("a"))),
            group(QStringLiteral("b-prod"), QStringLiteral("hashed"), {QStringLiteral("hub-1")}, tenant(QStringLiteral("b"))),
        };
        const QJsonObject tags = tenant(QStringLiteral("a"));
        EnrollmentGroupMatch match = EnrollmentGroupMatch::find(groups, QStringLiteral("hub-1"), &tags);
        QCOMPARE(match.evidence, EnrollmentGroupMatch::Evidence::Ambiguous);
        QVERIFY(match.groupId.isEmpty());
        QCOMPARE(match.candidates, (QStringList{QStringLiteral("a-prod"), QStringLiteral("a-old")}));

        // Without the twin (identity not read) tags are no evidence: every group reaching the hub.
        match = EnrollmentGroupMatch::find(groups, QStringLiteral("hub-1"), nullptr);
        QCOMPARE(match.evidence, EnrollmentGroupMatch::Evidence::Ambiguous);
        QCOMPARE(match.candidates.size(), 3);
    }

    void noGroupReachesTheHub()
    {
        const QList<EnrollmentGroupFacts> groups{
            group(QStringLiteral("a-prod"), QStringLiteral("hashed"), {QStringLiteral("hub-1")}, tenant(QStringLiteral("a"))),
        };
        const EnrollmentGroupMatch match = EnrollmentGroupMatch::find(groups, QStringLiteral("hub-7"), nullptr);
        QCOMPARE(match.evidence, EnrollmentGroupMatch::Evidence::None);
        QVERIFY(match.candidates.isEmpty());
        QVERIFY(match.groupId.isEmpty());
    }

    void noHubYetKeepsEveryGroup()
    {
        // Assigning or failed: no hub to narrow by.
        const QList<EnrollmentGroupFacts> one{group(QStringLiteral("only"), QStringLiteral("hashed"), {QStringLiteral("hub-1")})};
        QCOMPARE(EnrollmentGroupMatch::find(one, QString(), nullptr).groupId, QStringLiteral("only"));
        const QList<EnrollmentGroupFacts> two{group(QStringLiteral("x"), QStringLiteral("hashed"), {QStringLiteral("hub-1")}),
                                              group(QStringLiteral("y"), QStringLiteral("hashed"), {QStringLiteral("hub-2")})};
        QCOMPARE(EnrollmentGroupMatch::find(two, QString(), nullptr).evidence, EnrollmentGroupMatch::Evidence::Ambiguous);
    }
};

QTEST_GUILESS_MAIN(TestEnrollmentGroupMatch)
#include "tst_enrollmentgroupmatch.moc"
