#pragma once

#include <QCoreApplication>
#include <QMetaType>
#include <QString>
#include <QStringList>

namespace StampDeck {

// One inconsistency the fleet consistency report found between the hubs' identities and the DPS
// instances' enrollments and registrations. A value: the report's table and its CSV show it as is.
struct ConsistencyFinding
{
    Q_DECLARE_TR_FUNCTIONS(ConsistencyFinding)

public:
    enum class Kind {
        IdentityWithoutRegistration, // an identity in a hub that no DPS registration assigns there
        RegistrationWithoutIdentity, // a registration assigned to a hub that lacks the device
        EnabledInTwoHubs,            // an enabled identity in more than one hub
        EnrollmentNamesUnknownHub,   // an enrollment or group lists a hub the workspace does not know
        StuckRegistration,           // a registration left "assigning" or "failed"
    };

    Kind kind = Kind::IdentityWithoutRegistration;
    QString deviceId;
    QString registrationId;
    QStringList hubs;      // host names the finding is about
    QString dpsHostName;
    QString enrollment;    // group id or the individual enrollment's registration id
    bool groupEnrollment = false;
    QString detail;        // for the user, translated

    // What the operator reads in the table ("Identity without registration").
    static QString kindName(Kind kind);
    // Stable spelling for files and scripts ("identityWithoutRegistration").
    static QString kindKey(Kind kind);
    static constexpr int KindCount = 5;

    // The enrollment column: "group: tenant-prod" or "individual: reg-1"; empty when none is known.
    QString enrollmentText() const;

    friend bool operator==(const ConsistencyFinding &a, const ConsistencyFinding &b)
    {
        return a.kind == b.kind && a.deviceId == b.deviceId && a.registrationId == b.registrationId && a.hubs == b.hubs
            && a.dpsHostName == b.dpsHostName && a.enrollment == b.enrollment && a.groupEnrollment == b.groupEnrollment;
    }
};

} // namespace StampDeck

Q_DECLARE_METATYPE(StampDeck::ConsistencyFinding)
