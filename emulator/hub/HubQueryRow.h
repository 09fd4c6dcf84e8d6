#pragma once

#include "HubQueryField.h"
#include "HubQueryValue.h"

#include <QJsonObject>

namespace StampDeck::Emulator {

// One document a hub query runs over (a device twin). The registry implements it over its compact
// records so that a WHERE clause reads only the properties it names; HubQueryJsonRow implements
// it over a twin already in JSON (tests, and anything that has a twin object at hand).
class HubQueryRow
{
public:
    virtual ~HubQueryRow() = default;

    // The value of a property; Undefined when the twin does not have it.
    virtual HubQueryValue value(const HubQueryField &field) const = 0;
    // The whole twin, for SELECT *.
    virtual QJsonObject twin() const = 0;
};

} // namespace StampDeck::Emulator
