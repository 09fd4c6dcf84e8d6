#pragma once

#include "HubDeviceExtras.h"
#include "HubDeviceRecord.h"
#include "HubQueryRow.h"

#include <QDataStream>
#include <QHash>
#include <QString>

#include <functional>
#include <vector>

namespace StampDeck::Emulator {

// The storage under HubRegistry: a vector of compact device records (slots), a hash from device
// id to slot, the rare extras by slot, and the counters statistics need. A deleted device frees its
// slot for a later create, so a device's slot never moves while it exists, which is what query
// paging relies on. Status and connection changes go through here so the counters stay exact.
class HubDeviceTable
{
public:
    using Visitor = std::function<bool(int slot, const HubQueryRow &row)>;

    static constexpr quint32 FormatVersion = 1;

    int slotOf(const QString &deviceId) const { return m_index.value(deviceId, -1); }
    bool contains(const QString &deviceId) const { return m_index.contains(deviceId); }
    HubDeviceRecord &record(int slot) { return m_records[size_t(slot)]; }
    const HubDeviceRecord &record(int slot) const { return m_records[size_t(slot)]; }
    int slotEnd() const { return int(m_records.size()); }

    // A fresh record for deviceId (versions at 1, a new generation); the id must not exist.
    int allocate(const QString &deviceId);
    void free(int slot);
    void reserve(qsizetype count);
    void clear();

    const HubDeviceExtras *extrasOf(int slot) const;
    HubDeviceExtras &extrasFor(int slot);
    void dropExtrasIfEmpty(int slot);

    // Return true when the value changed.
    bool setStatus(HubDeviceRecord &record, quint8 status, qint64 nowMs);
    bool setConnection(HubDeviceRecord &record, quint8 connection, qint64 nowMs);

    qint64 liveCount() const { return m_liveCount; }
    qint64 disabledCount() const { return m_disabledCount; }
    qint64 connectedCount() const { return m_connectedCount; }

    // Visits live devices in slot order from fromSlot; returns the slot after the last visited.
    int forEach(int fromSlot, const Visitor &visitor) const;

    // Binary form for the state file: versioned; identical twin collections are written once and
    // shared again on load. Free slots are not kept (paging tokens do not survive a restart).
    void save(QDataStream &out) const;
    bool load(QDataStream &in, QString *error);

private:
    std::vector<HubDeviceRecord> m_records;
    std::vector<int> m_freeSlots;
    QHash<QString, int> m_index;
    QHash<int, HubDeviceExtras> m_extras;
    quint32 m_nextGeneration = 1;
    qint64 m_liveCount = 0;
    qint64 m_disabledCount = 0;
    qint64 m_connectedCount = 0;
};

} // namespace StampDeck::Emulator
