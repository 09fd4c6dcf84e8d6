#pragma once

#include "HubDeviceExtras.h"
#include "HubDeviceRecord.h"
#include "HubQueryRow.h"

namespace StampDeck::Emulator {

// A HubQueryRow straight over a stored device: a WHERE clause on a million devices reads only the
// properties it names, without building any twin JSON.
class HubRecordRow : public HubQueryRow
{
public:
    HubRecordRow(const HubDeviceRecord &record, const HubDeviceExtras *extras)
        : m_record(record), m_extras(extras) {}

    HubQueryValue value(const HubQueryField &field) const override;
    QJsonObject twin() const override;

private:
    HubQueryValue collection(const QJsonObject &stored, const QStringList &path, bool desired) const;

    const HubDeviceRecord &m_record;
    const HubDeviceExtras *m_extras;
};

} // namespace StampDeck::Emulator
