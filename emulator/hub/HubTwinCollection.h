#pragma once

#include <QJsonObject>
#include <QLatin1StringView>
#include <QString>

namespace StampDeck::Emulator {

// Rules and merging for the JSON collections of a twin (tags, properties.desired,
// properties.reported), after the device twin docs (iot-hub-devguide-device-twins, "Tags and
// properties format" and "Twin size"): keys up to 1 KB without control characters, '.', '$' or
// space; objects nested at most 10 deep; string values up to 4 KB; tags at most 8 KB and each
// property collection at most 32 KB of JSON. "$metadata" and "$version" are the service's own and
// are dropped from what a client sends.
class HubTwinCollection
{
public:
    static constexpr int MaxDepth = 10;
    static constexpr int MaxKeyBytes = 1024;
    static constexpr int MaxStringBytes = 4096;
    static constexpr int MaxTagsBytes = 8 * 1024;
    static constexpr int MaxPropertiesBytes = 32 * 1024;

    // Removes "$metadata" and "$version" at the top level.
    static QJsonObject withoutServiceKeys(QJsonObject collection);

    // Checks keys, depth and string sizes of what a client sends. what names the collection in the
    // message ("tags", "properties.desired"). allowNull: a patch may hold null (= remove the key).
    static bool validate(const QJsonObject &collection, QLatin1StringView what, bool allowNull, QString *error);
    // Checks the size of a merged collection against the limit.
    static bool validateSize(const QJsonObject &collection, QLatin1StringView what, int maxBytes, QString *error);

    // JSON merge of patch into target: objects merge key by key, null removes a key, anything else
    // replaces. Returns the merged collection; empty objects that a removal leaves stay.
    static QJsonObject merge(const QJsonObject &target, const QJsonObject &patch);

private:
    static bool validateObject(const QJsonObject &object, const QString &path, int depth, bool allowNull, QString *error);
    static bool validateValue(const QJsonValue &value, const QString &path, int depth, QString *error);
};

} // namespace StampDeck::Emulator
