#include "TpmAttestation.h"

using namespace Qt::StringLiterals;

namespace StampDeck::Azure {

std::optional<TpmAttestation> TpmAttestation::fromJson(const QJsonObject &json, QString *error, JsonParseMode mode)
{
    JsonReader reader(json, {}, mode);
    TpmAttestation value;
    reader.readRequiredString("endorsementKey"_L1, value.endorsementKey);
    reader.readString("storageRootKey"_L1, value.storageRootKey);
    if (!reader.finish(error))
        return std::nullopt;
    return value;
}

QJsonObject TpmAttestation::toJson() const
{
    QJsonObject json;
    json.insert("endorsementKey"_L1, endorsementKey);
    JsonWrite::put(json, "storageRootKey"_L1, storageRootKey);
    return json;
}

} // namespace StampDeck::Azure
