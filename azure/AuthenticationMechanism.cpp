#include "AuthenticationMechanism.h"

using namespace Qt::StringLiterals;

namespace StampDeck::Azure {

std::optional<AuthenticationMechanism> AuthenticationMechanism::fromJson(const QJsonObject &json, QString *error,
                                                                         JsonParseMode mode)
{
    JsonReader reader(json, {}, mode);
    AuthenticationMechanism value;
    reader.readEnum("type"_L1, value.type);
    reader.readRecord("symmetricKey"_L1, value.symmetricKey);
    // The Node SDK's Device class adds an enumerable "SymmetricKey" getter that mirrors symmetricKey.
    std::optional<SymmetricKey> capitalised;
    reader.readRecord("SymmetricKey"_L1, capitalised);
    if (!value.symmetricKey && capitalised)
        value.symmetricKey = capitalised;
    reader.readRecord("x509Thumbprint"_L1, value.x509Thumbprint);
    if (!reader.finish(error))
        return std::nullopt;
    return value;
}

QJsonObject AuthenticationMechanism::toJson() const
{
    QJsonObject json;
    JsonWrite::put(json, "type"_L1, type);
    JsonWrite::put(json, "symmetricKey"_L1, symmetricKey);
    JsonWrite::put(json, "x509Thumbprint"_L1, x509Thumbprint);
    return json;
}

} // namespace StampDeck::Azure
