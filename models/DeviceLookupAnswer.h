#pragma once

#include "WireEnums.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QJsonObject>
#include <QMetaType>
#include <QString>
#include <QStringList>

#include <optional>

namespace StampDeck {

// Where one device lives now and why: the answer of a device lookup (DeviceLocator). Holds what
// the hub and DPS said (never a key), how it was found and the steps taken, for the lookup view
// and, as toText(), for a support ticket.
class DeviceLookupAnswer
{
    Q_DECLARE_TR_FUNCTIONS(DeviceLookupAnswer)

public:
    enum class Resolution {
        NotFound,            // asked everywhere, found nowhere
        CacheHit,            // the cached hub confirmed it
        StaleCacheCorrected, // the cached hub no longer had it; found elsewhere, cache corrected
        Cold,                // not cached: found by asking every DPS instance and hub
    };
    enum class EnrollmentKind { Unknown, Individual, Group };

    QString askedId;
    bool found = false;           // a registration or an identity was found
    QString stampId;
    QString stampName;
    QString hubHost;              // the hub the device lives on (or is assigned to)
    QString dpsHost;              // the DPS instance holding its registration
    EnrollmentKind enrollmentKind = EnrollmentKind::Unknown;
    QString enrollmentId;         // the individual enrollment's registration ID or the group's ID
    QString enrollmentEvidence;   // how the group was named (DPS does not say which group it was)
    QStringList enrollmentCandidates; // the groups it may be when no single one could be named
    QString registrationId;
    QString deviceId;

    std::optional<Azure::RegistrationStatus> registrationStatus;
    std::optional<Azure::RegistrationSubstatus> registrationSubstatus;
    QDateTime registrationUpdated; // lastUpdatedDateTimeUtc

    bool identityFound = false;
    std::optional<Azure::DeviceStatus> identityStatus;
    QString statusReason;
    std::optional<Azure::ConnectionState> connectionState;
    QDateTime lastActivity;

    QJsonObject tags;
    QJsonObject reported; // reported properties without $metadata and $version

    Resolution resolution = Resolution::NotFound;
    QStringList steps;     // what was asked and answered, in order: "why is it there"
    QStringList problems;  // what went wrong on the way ("stamp X did not answer")
    QStringList askedHubs; // every hub asked (for "not found anywhere")
    QStringList askedDps;  // every DPS instance asked
    qint64 elapsedMs = 0;

    // The registration ID and the device ID are both known and are not the same.
    bool idsDiffer() const;
    // Registration status assigning: mid-enrollment, not missing.
    bool isAssigning() const;

    static QString resolutionName(Resolution resolution);
    static QString enrollmentKindName(EnrollmentKind kind);
    // "group tenant-a-prod", "group: one of a, b" or "individual dev-1", for the view and the text.
    QString enrollmentText() const;

    // Plain text for a support ticket: every field known, the path taken and the problems.
    QString toText() const;
};

} // namespace StampDeck

Q_DECLARE_METATYPE(StampDeck::DeviceLookupAnswer)
