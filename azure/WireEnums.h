#pragma once

#include <QLatin1StringView>
#include <QString>
#include <QStringView>

#include <array>
#include <concepts>
#include <optional>
#include <utility>

namespace StampDeck::Azure {

// The string enums of the wire protocol. Each has Wire::toString(value) (the canonical wire spelling)
// and Wire::fromString<Enum>(text) (case-insensitive, as the services' JSON converters read them; the
// Node SDK sends "Update", "disconnected"). Wire::allowedValues<Enum>() gives "'enabled' or
// 'disabled'" for errors. The helpers live in the nested namespace Wire so that argument-dependent
// lookup does not find them: QTest's QCOMPARE calls toString(value) unqualified and would otherwise
// see two candidates. Code inside StampDeck::Azure may still call them unqualified (see the
// using-directive at the end); code elsewhere writes Wire::toString(value).

enum class DeviceStatus { Enabled, Disabled };                          // enabled|disabled
enum class ConnectionState { Disconnected, Connected };                 // Disconnected|Connected
enum class AuthenticationType { Sas, SelfSigned, CertificateAuthority, None }; // sas|selfSigned|certificateAuthority|none
enum class ImportMode {                                                 // bulk registry / import jobs
    Create, Update, UpdateIfMatchETag, Delete, DeleteIfMatchETag, UpdateTwin, UpdateTwinIfMatchETag,
    CreateOrUpdate, CreateOrUpdateIfMatchETag,
};
enum class ProvisioningStatus { Enabled, Disabled };                    // enabled|disabled
enum class AttestationType { None, Tpm, X509, SymmetricKey };           // none|tpm|x509|symmetricKey
enum class AllocationPolicy { Hashed, GeoLatency, Static, Custom };     // hashed|geoLatency|static|custom
enum class BulkEnrollmentMode { Create, Update, UpdateIfMatchETag, Delete }; // DPS bulk "mode"
enum class RegistrationStatus { Unassigned, Assigning, Assigned, Failed, Disabled }; // DPS EnrollmentStatus
enum class RegistrationSubstatus {                                      // DPS AssignedDeviceSubstatus
    InitialAssignment, DeviceDataMigrated, DeviceDataReset, ReprovisionedToInitialAssignment,
};
enum class QueryResultType {                                            // x-ms-item-type
    Unknown, Twin, DeviceJob, JobResponse, Raw, Enrollment, EnrollmentGroup, DeviceRegistration,
};

// Traits: the wire names of each enum and the noun used in messages.
template<typename E>
struct WireEnumTraits;

template<typename E>
concept WireEnum = requires { WireEnumTraits<E>::names; WireEnumTraits<E>::typeName; };

#define STAMPDECK_WIRE_ENUM(E, NAME, ...)                                                    \
    template<>                                                                                \
    struct WireEnumTraits<E>                                                                  \
    {                                                                                         \
        static constexpr QLatin1StringView typeName{NAME};                                    \
        static constexpr auto names = std::to_array<std::pair<E, QLatin1StringView>>({__VA_ARGS__}); \
    };

STAMPDECK_WIRE_ENUM(DeviceStatus, "device status",
                    {DeviceStatus::Enabled, QLatin1StringView("enabled")}, {DeviceStatus::Disabled, QLatin1StringView("disabled")})
STAMPDECK_WIRE_ENUM(ConnectionState, "connection state",
                    {ConnectionState::Disconnected, QLatin1StringView("Disconnected")}, {ConnectionState::Connected, QLatin1StringView("Connected")})
STAMPDECK_WIRE_ENUM(AuthenticationType, "authentication type",
                    {AuthenticationType::Sas, QLatin1StringView("sas")}, {AuthenticationType::SelfSigned, QLatin1StringView("selfSigned")},
                    {AuthenticationType::CertificateAuthority, QLatin1StringView("certificateAuthority")},
                    {AuthenticationType::None, QLatin1StringView("none")})
STAMPDECK_WIRE_ENUM(ImportMode, "import mode",
                    {ImportMode::Create, QLatin1StringView("create")}, {ImportMode::Update, QLatin1StringView("update")},
                    {ImportMode::UpdateIfMatchETag, QLatin1StringView("updateIfMatchETag")}, {ImportMode::Delete, QLatin1StringView("delete")},
                    {ImportMode::DeleteIfMatchETag, QLatin1StringView("deleteIfMatchETag")}, {ImportMode::UpdateTwin, QLatin1StringView("updateTwin")},
                    {ImportMode::UpdateTwinIfMatchETag, QLatin1StringView("updateTwinIfMatchETag")},
                    {ImportMode::CreateOrUpdate, QLatin1StringView("createOrUpdate")},
                    {ImportMode::CreateOrUpdateIfMatchETag, QLatin1StringView("createOrUpdateIfMatchETag")})
STAMPDECK_WIRE_ENUM(ProvisioningStatus, "provisioning status",
                    {ProvisioningStatus::Enabled, QLatin1StringView("enabled")}, {ProvisioningStatus::Disabled, QLatin1StringView("disabled")})
STAMPDECK_WIRE_ENUM(AttestationType, "attestation type",
                    {AttestationType::None, QLatin1StringView("none")}, {AttestationType::Tpm, QLatin1StringView("tpm")},
                    {AttestationType::X509, QLatin1StringView("x509")}, {AttestationType::SymmetricKey, QLatin1StringView("symmetricKey")})
STAMPDECK_WIRE_ENUM(AllocationPolicy, "allocation policy",
                    {AllocationPolicy::Hashed, QLatin1StringView("hashed")}, {AllocationPolicy::GeoLatency, QLatin1StringView("geoLatency")},
                    {AllocationPolicy::Static, QLatin1StringView("static")}, {AllocationPolicy::Custom, QLatin1StringView("custom")})
STAMPDECK_WIRE_ENUM(BulkEnrollmentMode, "bulk operation mode",
                    {BulkEnrollmentMode::Create, QLatin1StringView("create")}, {BulkEnrollmentMode::Update, QLatin1StringView("update")},
                    {BulkEnrollmentMode::UpdateIfMatchETag, QLatin1StringView("updateIfMatchETag")},
                    {BulkEnrollmentMode::Delete, QLatin1StringView("delete")})
STAMPDECK_WIRE_ENUM(RegistrationStatus, "registration status",
                    {RegistrationStatus::Unassigned, QLatin1StringView("unassigned")}, {RegistrationStatus::Assigning, QLatin1StringView("assigning")},
                    {RegistrationStatus::Assigned, QLatin1StringView("assigned")}, {RegistrationStatus::Failed, QLatin1StringView("failed")},
                    {RegistrationStatus::Disabled, QLatin1StringView("disabled")})
STAMPDECK_WIRE_ENUM(RegistrationSubstatus, "registration substatus",
                    {RegistrationSubstatus::InitialAssignment, QLatin1StringView("initialAssignment")},
                    {RegistrationSubstatus::DeviceDataMigrated, QLatin1StringView("deviceDataMigrated")},
                    {RegistrationSubstatus::DeviceDataReset, QLatin1StringView("deviceDataReset")},
                    {RegistrationSubstatus::ReprovisionedToInitialAssignment, QLatin1StringView("reprovisionedToInitialAssignment")})
STAMPDECK_WIRE_ENUM(QueryResultType, "query result type",
                    {QueryResultType::Unknown, QLatin1StringView("unknown")}, {QueryResultType::Twin, QLatin1StringView("twin")},
                    {QueryResultType::DeviceJob, QLatin1StringView("deviceJob")}, {QueryResultType::JobResponse, QLatin1StringView("jobResponse")},
                    {QueryResultType::Raw, QLatin1StringView("raw")}, {QueryResultType::Enrollment, QLatin1StringView("enrollment")},
                    {QueryResultType::EnrollmentGroup, QLatin1StringView("enrollmentGroup")},
                    {QueryResultType::DeviceRegistration, QLatin1StringView("deviceRegistration")})
#undef STAMPDECK_WIRE_ENUM

namespace Wire {

// The canonical wire spelling ("enabled", "updateIfMatchETag").
template<WireEnum E>
QString toString(E value)
{
    for (const auto &[v, name] : WireEnumTraits<E>::names) {
        if (v == value)
            return QString(name);
    }
    return {};
}

// Case-insensitive parse of a wire spelling; nullopt when the text names no value.
template<WireEnum E>
std::optional<E> fromString(QStringView text)
{
    for (const auto &[v, name] : WireEnumTraits<E>::names) {
        if (text.compare(name, Qt::CaseInsensitive) == 0)
            return v;
    }
    return std::nullopt;
}

// "'enabled' or 'disabled'", "one of 'sas', 'selfSigned', 'certificateAuthority', 'none'".
template<WireEnum E>
QString allowedValues()
{
    const auto &names = WireEnumTraits<E>::names;
    QString text;
    if (names.size() == 2)
        return u'\'' + QString(names[0].second) + u"' or '" + QString(names[1].second) + u'\'';
    text = QStringLiteral("one of ");
    for (std::size_t i = 0; i < names.size(); ++i) {
        if (i > 0)
            text += QStringLiteral(", ");
        text += u'\'' + QString(names[i].second) + u'\'';
    }
    return text;
}

} // namespace Wire

// Unqualified toString(mode) / fromString<E>(text) keep working inside StampDeck::Azure (the first
// version of this header declared them here). A using-directive, unlike a using-declaration, is
// ignored by argument-dependent lookup, so QTest still sees only its own toString().
using namespace Wire;

} // namespace StampDeck::Azure
