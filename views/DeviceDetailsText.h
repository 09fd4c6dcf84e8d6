#pragma once

#include "DeviceIdentity.h"
#include "Twin.h"

#include <QCoreApplication>
#include <QString>

namespace StampDeck {

// The device browser's detail pane as text a support ticket can take: the identity's fields and
// the twin's tags and reported properties. Never the keys: only the authentication type.
class DeviceDetailsText
{
    Q_DECLARE_TR_FUNCTIONS(DeviceDetailsText)

public:
    static QString identity(const Azure::DeviceIdentity &device);
    static QString twin(const Azure::Twin &twin);
};

} // namespace StampDeck
