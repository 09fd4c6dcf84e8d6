#pragma once

#include "ConnectionProbeResult.h"
#include "EndpointCredential.h"

#include <QFuture>
#include <QObject>

namespace StampDeck::Azure {
class ConnectionString;
}

namespace StampDeck {

// Checks a connection string against its endpoint with real calls and reports which rights the
// policy has. The composition root provides the implementation (HttpConnectionProbe in app/,
// or one built on the Azure clients); the credential dialog only knows this interface, and tests
// may give it a fake. Implementations must never log or keep the key.
class ConnectionProbe : public QObject
{
    Q_OBJECT

public:
    using QObject::QObject;

    virtual QFuture<ConnectionProbeResult> probe(const Azure::ConnectionString &connectionString,
                                                 EndpointCredential::Kind kind) = 0;
};

} // namespace StampDeck
