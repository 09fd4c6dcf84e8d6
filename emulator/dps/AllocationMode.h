#pragma once

#include <QByteArray>
#include <QJsonObject>
#include <QString>

#include <optional>

namespace StampDeck::Emulator {

// How a DPS instance finishes the registrations devices start (the admin API's /allocation
// route). Real DPS assigns in the background and fails when no linked hub can take the device;
// tests need both moments to last, so an instance can hold registrations in "assigning" or fail
// them. Runtime control only, like faults: it is not in the state file (a held registration is).
struct AllocationMode
{
    enum class Kind { Normal, Hold, Fail };

    Kind kind = Kind::Normal;
    int errorCode = 0;    // Fail: the registration state's errorCode (DefaultErrorCode when 0)
    QString errorMessage; // Fail: its errorMessage (a default when empty)

    // The code of a registration whose allocation failed. Microsoft publishes no DPS code table;
    // 4002xx is the family of the DPS bad-request codes users report (AzureErrorCodes.h).
    static constexpr int DefaultErrorCode = 400209;

    int effectiveErrorCode() const { return errorCode != 0 ? errorCode : DefaultErrorCode; }
    QString effectiveErrorMessage(const QString &instanceName) const;

    // {"mode": "normal"|"hold"|"fail", "errorCode"?, "errorMessage"?}
    QJsonObject toJson() const;
    // Parses a PUT body; nullopt and *error (naming the field) when it is not a valid mode.
    static std::optional<AllocationMode> fromJson(const QByteArray &body, QString *error);

    bool operator==(const AllocationMode &) const = default;
};

} // namespace StampDeck::Emulator
