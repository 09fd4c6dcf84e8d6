#include "HubDeviceTable.h"

#include "HubRecordRow.h"

#include <QJsonDocument>

namespace StampDeck::Emulator {

int HubDeviceTable::allocate(const QString &deviceId)
{
    int slot;
    if (!m_freeSlots.empty()) {
        slot = m_freeSlots.back();
        m_freeSlots.pop_back();
    } else {
        slot = int(m_records.size());
        m_records.emplace_back();
    }
    HubDeviceRecord &record = m_records[size_t(slot)];
    record = HubDeviceRecord();
    record.id = deviceId;
    record.generation = m_nextGeneration++;
    record.deviceVersion = 1;
    record.twinVersion = 1;
    record.desiredVersion = 1;
    record.reportedVersion = 1;
    m_index.insert(deviceId, slot);
    ++m_liveCount;
    return slot;
}

void HubDeviceTable::free(int slot)
{
    HubDeviceRecord &record = m_records[size_t(slot)];
    if (record.status == HubDeviceRecord::Disabled)
        --m_disabledCount;
    if (record.connection == HubDeviceRecord::Connected)
        --m_connectedCount;
    m_index.remove(record.id);
    m_extras.remove(slot);
    record = HubDeviceRecord();
    m_freeSlots.push_back(slot);
    --m_liveCount;
}

void HubDeviceTable::reserve(qsizetype count)
{
    m_records.reserve(size_t(count));
    m_index.reserve(count);
}

void HubDeviceTable::clear()
{
    m_records.clear();
    m_records.shrink_to_fit();
    m_freeSlots.clear();
    m_index.clear();
    m_extras.clear();
    m_nextGeneration = 1;
    m_liveCount = m_disabledCount = m_connectedCount = 0;
}

const HubDeviceExtras *HubDeviceTable::extrasOf(int slot) const
{
    if (!m_records[size_t(slot)].has(HubDeviceRecord::HasExtras))
        return nullptr;
    const auto it = m_extras.constFind(slot);
    return it == m_extras.constEnd() ? nullptr : &*it;
}

HubDeviceExtras &HubDeviceTable::extrasFor(int slot)
{
    m_records[size_t(slot)].set(HubDeviceRecord::HasExtras, true);
    return m_extras[slot];
}

void HubDeviceTable::dropExtrasIfEmpty(int slot)
{
    const auto it = m_extras.find(slot);
    if (it != m_extras.end() && it->isEmpty()) {
        m_extras.erase(it);
        m_records[size_t(slot)].set(HubDeviceRecord::HasExtras, false);
    }
}

bool HubDeviceTable::setStatus(HubDeviceRecord &record, quint8 status, qint64 nowMs)
{
    if (record.status == status)
        return false;
    record.status = status;
    record.statusUpdatedMs = nowMs;
    m_disabledCount += status == HubDeviceRecord::Disabled ? 1 : -1;
    // The hub drops the connection of a device it disables.
    if (status == HubDeviceRecord::Disabled)
        setConnection(record, HubDeviceRecord::Disconnected, nowMs);
    return true;
}

bool HubDeviceTable::setConnection(HubDeviceRecord &record, quint8 connection, qint64 nowMs)
{
    if (record.connection == connection)
        return false;
    record.connection = connection;
    record.connectionStateUpdatedMs = nowMs;
    record.lastActivityMs = nowMs;
    m_connectedCount += connection == HubDeviceRecord::Connected ? 1 : -1;
    return true;
}

int HubDeviceTable::forEach(int fromSlot, const Visitor &visitor) const
{
    const int end = int(m_records.size());
    for (int slot = qMax(0, fromSlot); slot < end; ++slot) {
        const HubDeviceRecord &record = m_records[size_t(slot)];
        if (record.isFree())
            continue;
        if (!visitor(slot, HubRecordRow(record, extrasOf(slot))))
            return slot + 1;
    }
    return end;
}

} // namespace StampDeck::Emulator

// --- state file block ---

namespace StampDeck::Emulator {

namespace {

constexpr quint32 Magic = 0x53444854; // "SDHT"

// Collects distinct twin collections; the demo gives many devices the same shared objects.
class CollectionTable
{
public:
    qint32 indexOf(const QJsonObject &object)
    {
        if (object.isEmpty())
            return -1;
        const auto it = m_index.constFind(object);
        if (it != m_index.constEnd())
            return *it;
        const qint32 index = qint32(m_objects.size());
        m_index.insert(object, index);
        m_objects.append(object);
        return index;
    }
    const QList<QJsonObject> &objects() const { return m_objects; }

private:
    QHash<QJsonObject, qint32> m_index;
    QList<QJsonObject> m_objects;
};

void writeOptional(QDataStream &out, const std::optional<QString> &text)
{
    out << bool(text) << text.value_or(QString());
}

void readOptional(QDataStream &in, std::optional<QString> &text)
{
    bool present = false;
    QString value;
    in >> present >> value;
    text = present ? std::optional<QString>(value) : std::nullopt;
}

} // namespace

void HubDeviceTable::save(QDataStream &out) const
{
    CollectionTable collections;
    std::vector<std::array<qint32, 3>> refs;
    refs.reserve(size_t(m_liveCount));
    for (const HubDeviceRecord &record : m_records) {
        if (!record.isFree())
            refs.push_back({collections.indexOf(record.tags), collections.indexOf(record.desired),
                            collections.indexOf(record.reported)});
    }

    out << Magic << FormatVersion << m_nextGeneration << quint32(collections.objects().size());
    for (const QJsonObject &object : collections.objects())
        out << QJsonDocument(object).toJson(QJsonDocument::Compact);
    out << qint64(m_liveCount);
    size_t n = 0;
    for (int slot = 0; slot < int(m_records.size()); ++slot) {
        const HubDeviceRecord &r = m_records[size_t(slot)];
        if (r.isFree())
            continue;
        const std::array<qint32, 3> &ref = refs[n++];
        out << r.id << r.generation << r.deviceVersion << r.twinVersion << r.desiredVersion << r.reportedVersion
            << r.statusUpdatedMs << r.connectionStateUpdatedMs << r.lastActivityMs << r.desiredUpdatedMs
            << r.reportedUpdatedMs << r.status << r.connection << r.authType << r.flags << ref[0] << ref[1] << ref[2];
        out.writeRawData(reinterpret_cast<const char *>(r.primaryKey.data()), 32);
        out.writeRawData(reinterpret_cast<const char *>(r.secondaryKey.data()), 32);
        if (r.has(HubDeviceRecord::HasExtras)) {
            const HubDeviceExtras extras = m_extras.value(slot);
            writeOptional(out, extras.statusReason);
            out << extras.primaryKey << extras.secondaryKey;
            writeOptional(out, extras.primaryThumbprint);
            writeOptional(out, extras.secondaryThumbprint);
            writeOptional(out, extras.deviceScope);
            out << bool(extras.parentScopes) << extras.parentScopes.value_or(QStringList())
                << extras.cloudToDeviceMessageCount;
        }
    }
}

bool HubDeviceTable::load(QDataStream &in, QString *error)
{
    const auto fail = [&](const QString &message) {
        clear();
        if (error)
            *error = message;
        return false;
    };
    clear();
    quint32 magic = 0;
    quint32 version = 0;
    quint32 collectionCount = 0;
    in >> magic >> version;
    if (magic != Magic)
        return fail(QStringLiteral("the hub registry block is missing or damaged"));
    if (version != FormatVersion)
        return fail(QStringLiteral("the hub registry block has format version %1; this emulator reads version %2")
                        .arg(version).arg(FormatVersion));
    in >> m_nextGeneration >> collectionCount;
    QList<QJsonObject> collections;
    collections.reserve(collectionCount);
    for (quint32 i = 0; i < collectionCount && in.status() == QDataStream::Ok; ++i) {
        QByteArray json;
        in >> json;
        collections.append(QJsonDocument::fromJson(json).object());
    }
    qint64 count = 0;
    in >> count;
    if (in.status() != QDataStream::Ok || count < 0)
        return fail(QStringLiteral("the hub registry block is truncated"));
    reserve(count);
    const auto collection = [&](qint32 index) {
        return index >= 0 && index < collections.size() ? collections.at(index) : QJsonObject();
    };
    for (qint64 i = 0; i < count; ++i) {
        HubDeviceRecord r;
        qint32 tags = -1, desired = -1, reported = -1;
        in >> r.id >> r.generation >> r.deviceVersion >> r.twinVersion >> r.desiredVersion >> r.reportedVersion
            >> r.statusUpdatedMs >> r.connectionStateUpdatedMs >> r.lastActivityMs >> r.desiredUpdatedMs
            >> r.reportedUpdatedMs >> r.status >> r.connection >> r.authType >> r.flags >> tags >> desired >> reported;
        if (in.readRawData(reinterpret_cast<char *>(r.primaryKey.data()), 32) != 32
            || in.readRawData(reinterpret_cast<char *>(r.secondaryKey.data()), 32) != 32 || r.id.isEmpty()
            || m_index.contains(r.id))
            return fail(QStringLiteral("the hub registry block is damaged at device %1").arg(i));
        r.tags = collection(tags);
        r.desired = collection(desired);
        r.reported = collection(reported);
        const int slot = int(m_records.size());
        if (r.has(HubDeviceRecord::HasExtras)) {
            HubDeviceExtras extras;
            bool hasScopes = false;
            QStringList scopes;
            readOptional(in, extras.statusReason);
            in >> extras.primaryKey >> extras.secondaryKey;
            readOptional(in, extras.primaryThumbprint);
            readOptional(in, extras.secondaryThumbprint);
            readOptional(in, extras.deviceScope);
            in >> hasScopes >> scopes >> extras.cloudToDeviceMessageCount;
            if (hasScopes)
                extras.parentScopes = scopes;
            m_extras.insert(slot, extras);
        }
        if (in.status() != QDataStream::Ok)
            return fail(QStringLiteral("the hub registry block is truncated at device %1").arg(i));
        m_disabledCount += r.status == HubDeviceRecord::Disabled ? 1 : 0;
        m_connectedCount += r.connection == HubDeviceRecord::Connected ? 1 : 0;
        m_index.insert(r.id, slot);
        m_records.push_back(std::move(r));
        ++m_liveCount;
    }
    return true;
}

} // namespace StampDeck::Emulator
