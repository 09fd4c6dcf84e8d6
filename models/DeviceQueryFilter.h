#pragma once

#include "WireEnums.h"

#include <QCoreApplication>
#include <QString>

#include <optional>

namespace StampDeck {

// What the device browser asks the hub for: status, connection state, one tag = value and a
// device ID prefix. The filter runs on the hub (a WHERE clause), never on the rows we hold, so it
// also holds for the million rows we never download.
struct DeviceQueryFilter
{
    Q_DECLARE_TR_FUNCTIONS(DeviceQueryFilter)

public:
    std::optional<Azure::DeviceStatus> status;
    std::optional<Azure::ConnectionState> connectionState;
    QString tagName;   // "site" or "location.region"; empty: no tag condition
    QString tagValue;  // compared as text
    QString idPrefix;  // STARTSWITH(deviceId, '...')

    bool isEmpty() const;

    // The conditions joined with AND, without the WHERE keyword; empty when there is none.
    // nullopt and *error (for the user) when a value cannot be written safely into the query:
    // the hub's query language has no escape it documents for a quote, so quotes and
    // backslashes are refused rather than guessed at.
    std::optional<QString> whereClause(QString *error = nullptr) const;
    // The full device query for the given projection ("*" or "deviceId, status"):
    // SELECT <projection> FROM devices [WHERE ...].
    std::optional<QString> query(const QString &projection, QString *error = nullptr) const;
    // SELECT COUNT() AS n FROM devices [WHERE ...]
    std::optional<QString> countQuery(QString *error = nullptr) const;

    // A tag path: names of letters, digits and _ joined by dots (location.region).
    static bool isValidTagName(const QString &name);
    // 'value' quoted for the query; nullopt when the value holds ' " or \.
    static std::optional<QString> quoted(const QString &value);

    friend bool operator==(const DeviceQueryFilter &, const DeviceQueryFilter &) = default;
};

} // namespace StampDeck
