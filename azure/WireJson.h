#pragma once

#include "AzureDateTime.h"
#include "WireEnums.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QJsonValue>
#include <QSet>
#include <QString>
#include <QStringList>

#include <functional>
#include <optional>

namespace StampDeck::Azure {

// How fromJson() treats field names the record does not define.
enum class JsonParseMode {
    Strict,  // an unknown field is an error that names it (the emulator, for request bodies)
    Lenient, // unknown fields are ignored (clients reading answers from newer service versions)
};

// Helper used by every wire record's fromJson(): reads typed fields of one JSON object, remembers the
// first error with its path ("attestation: field 'type' must be one of ...", "enrollments item 3:
// field 'registrationId' is required"; records parse with an empty context, nested records get the
// field path as prefix), and at the end reports unknown fields by name. A JSON null counts as absent (the SDKs send nulls for unset
// fields). Numbers also accept numeric strings (the Node Device class sends
// cloudToDeviceMessageCount as "0").
class JsonReader
{
public:
    JsonReader(const QJsonObject &object, const QString &context, JsonParseMode mode = JsonParseMode::Strict);

    bool ok() const { return m_error.isEmpty(); }
    QString error() const { return m_error; }
    // Records an error (the first one wins) and returns false.
    bool fail(const QString &message);

    bool has(QLatin1StringView key) const; // present and not null
    // Marks a field as known without reading it (readOnly fields the record does not keep).
    void ignore(QLatin1StringView key);

    // Each reader marks the key as known; returns false on a type error (and records it).
    bool readString(QLatin1StringView key, std::optional<QString> &out);
    bool readRequiredString(QLatin1StringView key, QString &out);
    bool readBool(QLatin1StringView key, std::optional<bool> &out);
    bool readInt(QLatin1StringView key, std::optional<int> &out);
    bool readInt64(QLatin1StringView key, std::optional<qint64> &out);
    bool readDateTime(QLatin1StringView key, std::optional<AzureDateTime> &out);
    bool readObject(QLatin1StringView key, std::optional<QJsonObject> &out);
    bool readArray(QLatin1StringView key, std::optional<QJsonArray> &out);
    bool readStringList(QLatin1StringView key, std::optional<QStringList> &out);
    bool readValue(QLatin1StringView key, std::optional<QJsonValue> &out); // any JSON, null included

    template<WireEnum E>
    bool readEnum(QLatin1StringView key, std::optional<E> &out)
    {
        std::optional<QString> text;
        if (!readString(key, text))
            return false;
        if (!text)
            return true;
        out = Wire::fromString<E>(*text);
        if (!out)
            return fail(fieldMessage(key, QStringLiteral("must be ") + Wire::allowedValues<E>()));
        return true;
    }

    // Reads a nested record with T::fromJson(object, error, mode).
    template<typename T>
    bool readRecord(QLatin1StringView key, std::optional<T> &out)
    {
        std::optional<QJsonObject> object;
        if (!readObject(key, object))
            return false;
        if (!object)
            return true;
        QString nestedError;
        out = T::fromJson(*object, &nestedError, m_mode);
        if (!out)
            return fail(contextFor(key) + QStringLiteral(": ") + nestedError);
        return true;
    }

    // Reads an array of records.
    template<typename T>
    bool readRecordList(QLatin1StringView key, std::optional<QList<T>> &out)
    {
        std::optional<QJsonArray> array;
        if (!readArray(key, array))
            return false;
        if (!array)
            return true;
        QList<T> items;
        for (qsizetype i = 0; i < array->size(); ++i) {
            const QJsonValue item = array->at(i);
            if (!item.isObject())
                return fail(fieldMessage(key, QStringLiteral("item %1 must be an object").arg(i)));
            QString nestedError;
            std::optional<T> parsed = T::fromJson(item.toObject(), &nestedError, m_mode);
            if (!parsed)
                return fail(QStringLiteral("%1 item %2: %3").arg(contextFor(key)).arg(i).arg(nestedError));
            items.append(*parsed);
        }
        out = items;
        return true;
    }

    // Reports the first unknown field in Strict mode; copies the error to *error when not ok.
    // Returns ok().
    bool finish(QString *error);

    JsonParseMode mode() const { return m_mode; }
    QString context() const { return m_context; }
    // "context: field 'key' <text>".
    QString fieldMessage(QLatin1StringView key, const QString &text) const;
    // "context: key" (prefix for nested errors).
    QString contextFor(QLatin1StringView key) const;

private:
    QJsonObject m_object;
    QString m_context;
    JsonParseMode m_mode;
    QSet<QString> m_known;
    QString m_error;
};

// Helpers for toJson(): insert only fields that are present.
namespace JsonWrite {
void put(QJsonObject &object, QLatin1StringView key, const std::optional<QString> &value);
void put(QJsonObject &object, QLatin1StringView key, const std::optional<bool> &value);
void put(QJsonObject &object, QLatin1StringView key, const std::optional<int> &value);
void put(QJsonObject &object, QLatin1StringView key, const std::optional<qint64> &value);
void put(QJsonObject &object, QLatin1StringView key, const std::optional<AzureDateTime> &value);
void put(QJsonObject &object, QLatin1StringView key, const std::optional<QJsonObject> &value);
void put(QJsonObject &object, QLatin1StringView key, const std::optional<QJsonArray> &value);
void put(QJsonObject &object, QLatin1StringView key, const std::optional<QStringList> &value);
void put(QJsonObject &object, QLatin1StringView key, const std::optional<QJsonValue> &value);

template<WireEnum E>
void put(QJsonObject &object, QLatin1StringView key, const std::optional<E> &value)
{
    if (value)
        object.insert(key, Wire::toString(*value));
}

template<typename T>
    requires requires(const T &t) { { t.toJson() } -> std::convertible_to<QJsonObject>; }
void put(QJsonObject &object, QLatin1StringView key, const std::optional<T> &value)
{
    if (value)
        object.insert(key, value->toJson());
}

template<typename T>
void put(QJsonObject &object, QLatin1StringView key, const std::optional<QList<T>> &value)
{
    if (!value)
        return;
    QJsonArray array;
    for (const T &item : *value)
        array.append(item.toJson());
    object.insert(key, array);
}
} // namespace JsonWrite

} // namespace StampDeck::Azure
