#pragma once

#include "EndpointCredential.h"

#include <QList>
#include <QString>

namespace StampDeck {

// What a connection check found out about a key: whether the endpoint answered and accepted
// it, and which rights its policy showed. Never holds the key or a token.
struct ConnectionProbeResult
{
    enum class Outcome {
        Verified,    // the endpoint accepted the key for at least one right
        Refused,     // the endpoint answered 401 to everything: wrong key, or no right at all
        Unreachable, // no answer (network, TLS, timeout)
        Unexpected,  // answers that fit no right (e.g. a DPS host checked as a hub)
    };
    enum class RightState { Granted, Denied, Unknown };

    struct RightCheck
    {
        EndpointCredential::Right right;
        RightState state = RightState::Unknown;
        QString detail; // what the endpoint answered, for the user
    };

    Outcome outcome = Outcome::Unexpected;
    QList<RightCheck> checks;
    QString message; // a sentence for the user

    bool isVerified() const { return outcome == Outcome::Verified; }
    EndpointCredential::Rights grantedRights() const
    {
        EndpointCredential::Rights rights;
        for (const RightCheck &check : checks) {
            if (check.state == RightState::Granted)
                rights |= check.right;
        }
        return rights;
    }
};

} // namespace StampDeck
