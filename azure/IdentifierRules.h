#pragma once

#include <QString>
#include <QStringView>

namespace StampDeck::Azure {

// Validation of the identifiers Azure IoT accepts. Every validator returns true when the id is
// valid; otherwise false and, when error is given, a message that says what is wrong and where:
// "character 5 ('/') is not allowed in a device ID".
//
// Rules (AZURE_WIRE_SOURCES.md §2.2, §3.3):
//  - Device ID: 1..128 ASCII 7-bit alphanumerics plus - . + % _ # * ? ! ( ) , = @ $ '
//    (case-sensitive). Module IDs follow the same rule.
//  - Registration ID: 1..128 alphanumerics plus : . _ - ; case-insensitive; the last character must
//    be alphanumeric or '-' (the docs' rule, iot-dps-https-sym-key-support.md; the swagger's
//    stricter "no special characters at start or end" is NOT enforced, see the DISAGREE note).
//  - Enrollment group ID: the registration ID rule.
//  - ID scope: "0ne" followed by 8 alphanumerics (e.g. 0ne00111111); compared case-insensitively.
class IdentifierRules
{
public:
    static constexpr int MaxDeviceIdLength = 128;
    static constexpr int MaxRegistrationIdLength = 128;
    static constexpr int IdScopeLength = 11;

    static bool isValidDeviceId(QStringView id, QString *error = nullptr);
    static bool isValidModuleId(QStringView id, QString *error = nullptr);
    static bool isValidRegistrationId(QStringView id, QString *error = nullptr);
    static bool isValidEnrollmentGroupId(QStringView id, QString *error = nullptr);
    static bool isValidIdScope(QStringView scope, QString *error = nullptr);

    // The characters besides ASCII letters and digits a device ID may hold.
    static QLatin1StringView deviceIdSpecialCharacters();
    // The characters besides ASCII letters and digits a registration ID may hold.
    static QLatin1StringView registrationIdSpecialCharacters();

    // Registration IDs and enrollment group IDs are case-insensitive: the key to store them under.
    static QString normalizedRegistrationId(QStringView id);
    static bool sameRegistrationId(QStringView a, QStringView b);
    // ID scopes compare case-insensitively too.
    static bool sameIdScope(QStringView a, QStringView b);
};

} // namespace StampDeck::Azure
