#pragma once

#include <QByteArray>
#include <QString>
#include <QStringList>

#include <optional>

namespace StampDeck::Emulator {

// The rarely used parts of a device identity, kept out of HubDeviceRecord so a million plain SAS
// devices do not pay for them.
struct HubDeviceExtras
{
    std::optional<QString> statusReason;
    QByteArray primaryKey;   // raw bytes, when the SAS keys are not both 32 bytes long
    QByteArray secondaryKey;
    std::optional<QString> primaryThumbprint;
    std::optional<QString> secondaryThumbprint;
    std::optional<QString> deviceScope;
    std::optional<QStringList> parentScopes;
    qint64 cloudToDeviceMessageCount = 0;

    bool isEmpty() const
    {
        return !statusReason && primaryKey.isEmpty() && secondaryKey.isEmpty() && !primaryThumbprint
            && !secondaryThumbprint && !deviceScope && !parentScopes && cloudToDeviceMessageCount == 0;
    }
};

} // namespace StampDeck::Emulator
