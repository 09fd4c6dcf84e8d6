#include "ConsistencyFinding.h"

namespace StampDeck {

QString ConsistencyFinding::kindName(Kind kind)
{
    switch (kind) {
    case Kind::IdentityWithoutRegistration:
        return tr("Identity without registration");
    case Kind::RegistrationWithoutIdentity:
        return tr("Registration without identity");
    case Kind::EnabledInTwoHubs:
        return tr("Enabled in two hubs");
    case Kind::EnrollmentNamesUnknownHub:
        return tr("Enrollment names unknown hub");
    case Kind::StuckRegistration:
        return tr("Stuck registration");
    }
    return {};
}

QString ConsistencyFinding::kindKey(Kind kind)
{
    switch (kind) {
    case Kind::IdentityWithoutRegistration:
        return QStringLiteral("identityWithoutRegistration");
    case Kind::RegistrationWithoutIdentity:
        return QStringLiteral("registrationWithoutIdentity");
    case Kind::EnabledInTwoHubs:
        return QStringLiteral("enabledInTwoHubs");
    case Kind::EnrollmentNamesUnknownHub:
        return QStringLiteral("enrollmentNamesUnknownHub");
    case Kind::StuckRegistration:
        return QStringLiteral("stuckRegistration");
    }
    return {};
}

QString ConsistencyFinding::enrollmentText() const
{
    if (enrollment.isEmpty())
        return {};
    return groupEnrollment ? tr("group: %1").arg(enrollment) : tr("individual: %1").arg(enrollment);
}

} // namespace StampDeck
