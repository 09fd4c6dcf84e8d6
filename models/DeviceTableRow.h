#pragma once

#include <QCoreApplication>
#include <QJsonArray>
#include <QList>
#include <QString>
#include <QVariant>

#include <limits>

namespace StampDeck {

namespace Azure {
struct DeviceIdentity;
} // namespace Azure

// One row of the device table, small on purpose (the table holds up to 8,000 of them): the
// projected query columns with the wire enums as small numbers.
struct DeviceTableRow
{
    Q_DECLARE_TR_FUNCTIONS(DeviceTableRow)

public:
    static constexpr qint64 NoTime = std::numeric_limits<qint64>::min();

    QString deviceId;
    QString tag;
    qint64 lastActivityMs = NoTime;
    qint64 messages = -1;
    qint8 status = -1;          // Azure::DeviceStatus, -1: not given
    qint8 connection = -1;      // Azure::ConnectionState
    qint8 authentication = -1;  // Azure::AuthenticationType

    // The rows of a device query page ({deviceId, status, ..., tagValue}); lenient: a missing
    // field leaves its default.
    static QList<DeviceTableRow> fromQueryItems(const QJsonArray &items);
    // Takes the identity's fields (as the hub answered a change); the tag is not in an identity and stays.
    void apply(const Azure::DeviceIdentity &identity);
    // The text of a DeviceTableModel column.
    QVariant display(int column) const;
};

} // namespace StampDeck
