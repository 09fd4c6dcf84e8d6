#pragma once

#include "HubQueryRow.h"

#include <QJsonObject>

namespace StampDeck::Emulator {

// A HubQueryRow over a twin in its wire JSON shape ({"deviceId", "status", "tags",
// "properties": {"desired", "reported"}, ...}).
class HubQueryJsonRow : public HubQueryRow
{
public:
    explicit HubQueryJsonRow(QJsonObject twin) : m_twin(std::move(twin)) {}

    HubQueryValue value(const HubQueryField &field) const override;
    QJsonObject twin() const override { return m_twin; }

    // Follows path below object; Undefined when a key is missing or a step is not an object.
    static HubQueryValue lookup(const QJsonObject &object, const QStringList &path);

private:
    QJsonObject m_twin;
};

} // namespace StampDeck::Emulator
