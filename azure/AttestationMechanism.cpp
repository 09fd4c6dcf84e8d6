#include "AttestationMechanism.h"

using namespace Qt::StringLiterals;

namespace StampDeck::Azure {

AttestationMechanism AttestationMechanism::symmetric(const QString &primaryKey, const QString &secondaryKey)
{
    AttestationMechanism value;
    value.type = AttestationType::SymmetricKey;
    SymmetricKey keys;
    keys.primaryKey = primaryKey;
    keys.secondaryKey = secondaryKey;
    value.symmetricKey = keys;
    return value;
}

std::optional<AttestationMechanism> AttestationMechanism::fromJson(const QJsonObject &json, QString *error,
                                                                   JsonParseMode mode)
{
    JsonReader reader(json, {}, mode);
    AttestationMechanism value;
    std::optional<AttestationType> type;
    if (reader.readEnum("type"_L1, type) && !type)
        reader.fail(reader.fieldMessage("type"_L1, QStringLiteral("is required (") + Wire::allowedValues<AttestationType>() + u')'));
    value.type = type.value_or(AttestationType::None);
    reader.readRecord("tpm"_L1, value.tpm);
    reader.readRecord("x509"_L1, value.x509);
    reader.readRecord("symmetricKey"_L1, value.symmetricKey);
    if (reader.ok() && value.type == AttestationType::Tpm && !value.tpm)
        reader.fail(reader.fieldMessage("tpm"_L1, QStringLiteral("is required when type is 'tpm'")));
    if (reader.ok() && value.type == AttestationType::X509 && !value.x509)
        reader.fail(reader.fieldMessage("x509"_L1, QStringLiteral("is required when type is 'x509'")));
    if (!reader.finish(error))
        return std::nullopt;
    return value;
}

QJsonObject AttestationMechanism::toJson() const
{
    QJsonObject json;
    json.insert("type"_L1, Wire::toString(type));
    JsonWrite::put(json, "tpm"_L1, tpm);
    JsonWrite::put(json, "x509"_L1, x509);
    JsonWrite::put(json, "symmetricKey"_L1, symmetricKey);
    return json;
}

} // namespace StampDeck::Azure
