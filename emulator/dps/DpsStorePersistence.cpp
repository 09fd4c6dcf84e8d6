// DpsStore: the DPS part of the emulator's state file.
#include "dps/DpsStore.h"

#include <QJsonDocument>

namespace StampDeck::Emulator {

using namespace Azure;

namespace {

constexpr quint32 Magic = 0x53445053; // "SDPS"
constexpr quint32 FormatVersion = 1;

QByteArray compactJson(const QJsonObject &object)
{
    return QJsonDocument(object).toJson(QJsonDocument::Compact);
}

std::optional<QJsonObject> parseObject(const QByteArray &json)
{
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(json, &parseError);
    if (parseError.error != QJsonParseError::NoError || !document.isObject())
        return std::nullopt;
    return document.object();
}

} // namespace

void DpsStore::clear()
{
    m_etagCounter = 0;
    m_enrollments.clear();
    m_enrollmentIndex.clear();
    m_groups.clear();
    m_groupIndex.clear();
    m_groupSlotById.clear();
    m_registrations.clear();
    m_registrationIndex.clear();
    m_registrationExtras.clear();
    m_held.clear();
}

// Layout (version 1): magic, version, ID scope, etag counter, linked hub count; then enrollments
// and groups as slots (tombstones too, so slot order survives) with their wire JSON (keys
// included; hub references as linked-hub indices, so the restored records follow the hubs to the
// ports of the new run); then the live registration states, compact; then their rare extras.
void DpsStore::save(QDataStream &out) const
{
    out << Magic << FormatVersion << m_idScope << m_etagCounter << qint32(m_hubs.size());

    const auto writeHubs = [&out](const HubSelection &hubs) {
        out << qint32(hubs.hubs.size());
        for (const qint16 index : hubs.hubs)
            out << index;
        out << hubs.staticHub;
    };
    out << quint32(m_enrollments.size());
    for (const EnrollmentSlot &slot : m_enrollments) {
        out << slot.registrationId << bool(slot.record);
        if (slot.record) {
            out << compactJson(slot.record->toJson()) << slot.etag;
            writeHubs(slot.hubs);
        }
    }
    out << quint32(m_groups.size());
    for (const GroupSlot &slot : m_groups) {
        out << slot.groupId << bool(slot.record);
        if (slot.record) {
            out << compactJson(slot.record->toJson()) << slot.etag;
            writeHubs(slot.hubs);
        }
    }
    // Registrations: live ones only, renumbered; extras follow the new numbers.
    out << quint64(m_registrationIndex.size());
    QHash<quint32, quint32> renumbered;
    quint32 next = 0;
    for (quint32 slot = 0; slot < quint32(m_registrations.size()); ++slot) {
        const Registration &r = m_registrations[slot];
        if (!r.live)
            continue;
        out << r.registrationId << r.createdMs << r.updatedMs << r.etag << r.hub << r.group << r.status << r.substatus;
        if (m_registrationExtras.contains(slot))
            renumbered.insert(slot, next);
        ++next;
    }
    out << quint32(renumbered.size());
    for (auto it = renumbered.constBegin(); it != renumbered.constEnd(); ++it) {
        const RegistrationExtra &extra = m_registrationExtras[it.key()];
        out << it.value() << extra.deviceId << qint32(extra.errorCode) << extra.errorMessage;
    }
}

bool DpsStore::load(QDataStream &in, QString *error)
{
    const auto fail = [&](const QString &why) {
        clear();
        if (error)
            *error = QStringLiteral("DPS instance '%1': %2").arg(m_name, why);
        return false;
    };
    clear();
    quint32 magic = 0;
    quint32 version = 0;
    QString idScope;
    qint32 hubCount = 0;
    in >> magic >> version;
    if (in.status() != QDataStream::Ok || magic != Magic)
        return fail(QStringLiteral("the state holds no DPS data"));
    if (version != FormatVersion)
        return fail(QStringLiteral("unsupported DPS state version %1 (this build reads %2)").arg(version).arg(FormatVersion));
    in >> idScope >> m_etagCounter >> hubCount;
    if (hubCount != m_hubs.size())
        return fail(QStringLiteral("the state links %1 hubs, this fleet %2").arg(hubCount).arg(m_hubs.size()));

    const auto readHubs = [&in, hubCount](HubSelection &hubs) {
        qint32 count = 0;
        in >> count;
        for (qint32 i = 0; i < count && in.status() == QDataStream::Ok; ++i) {
            qint16 index = -1;
            in >> index;
            if (index >= 0 && index < hubCount)
                hubs.hubs.append(index);
        }
        in >> hubs.staticHub;
        if (hubs.staticHub >= hubCount)
            hubs.staticHub = -1;
    };
    quint32 count = 0;
    in >> count;
    for (quint32 i = 0; i < count && in.status() == QDataStream::Ok; ++i) {
        EnrollmentSlot slot;
        bool live = false;
        in >> slot.registrationId >> live;
        if (live) {
            QByteArray json;
            in >> json >> slot.etag;
            readHubs(slot.hubs);
            const std::optional<QJsonObject> object = parseObject(json);
            QString problem;
            slot.record = object ? IndividualEnrollment::fromJson(*object, &problem, JsonParseMode::Lenient) : std::nullopt;
            if (!slot.record)
                return fail(QStringLiteral("enrollment '%1' cannot be read: %2").arg(slot.registrationId, problem));
            m_enrollmentIndex.insert(key(slot.registrationId), int(m_enrollments.size()));
        }
        m_enrollments.push_back(std::move(slot));
    }
    in >> count;
    for (quint32 i = 0; i < count && in.status() == QDataStream::Ok; ++i) {
        GroupSlot slot;
        bool live = false;
        in >> slot.groupId >> live;
        if (live) {
            QByteArray json;
            in >> json >> slot.etag;
            readHubs(slot.hubs);
            const std::optional<QJsonObject> object = parseObject(json);
            QString problem;
            slot.record = object ? EnrollmentGroup::fromJson(*object, &problem, JsonParseMode::Lenient) : std::nullopt;
            if (!slot.record)
                return fail(QStringLiteral("enrollment group '%1' cannot be read: %2").arg(slot.groupId, problem));
            refreshGroupCache(slot);
            m_groupIndex.insert(key(slot.groupId), int(m_groups.size()));
        }
        m_groupSlotById.insert(key(slot.groupId), int(m_groups.size()));
        m_groups.push_back(std::move(slot));
    }
    quint64 registrations = 0;
    in >> registrations;
    if (in.status() != QDataStream::Ok || registrations > quint64(100'000'000))
        return fail(QStringLiteral("the registration count is damaged"));
    reserveRegistrations(qsizetype(registrations));
    for (quint64 i = 0; i < registrations && in.status() == QDataStream::Ok; ++i) {
        Registration r;
        in >> r.registrationId >> r.createdMs >> r.updatedMs >> r.etag >> r.hub >> r.group >> r.status >> r.substatus;
        if (r.hub >= hubCount || r.group >= qint16(m_groups.size()))
            return fail(QStringLiteral("registration '%1' refers to a hub or group that does not exist").arg(r.registrationId));
        r.live = true;
        // A registration saved while held comes back assigning; a device poll settles it.
        if (RegistrationStatus(r.status) == RegistrationStatus::Assigning)
            m_held.insert(quint32(m_registrations.size()));
        m_registrationIndex.insert(key(r.registrationId), quint32(m_registrations.size()));
        m_registrations.push_back(std::move(r));
    }
    in >> count;
    for (quint32 i = 0; i < count && in.status() == QDataStream::Ok; ++i) {
        quint32 slot = 0;
        RegistrationExtra extra;
        qint32 code = 0;
        in >> slot >> extra.deviceId >> code >> extra.errorMessage;
        extra.errorCode = code;
        if (slot < m_registrations.size())
            m_registrationExtras.insert(slot, extra);
    }
    if (in.status() != QDataStream::Ok)
        return fail(QStringLiteral("the DPS state is truncated or damaged"));
    return true;
}

} // namespace StampDeck::Emulator
