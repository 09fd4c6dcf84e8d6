#include "X509Attestation.h"

using namespace Qt::StringLiterals;

namespace StampDeck::Azure {

std::optional<X509Attestation> X509Attestation::fromJson(const QJsonObject &json, QString *error, JsonParseMode mode)
{
    JsonReader reader(json, {}, mode);
    X509Attestation value;
    reader.readRecord("clientCertificates"_L1, value.clientCertificates);
    reader.readRecord("signingCertificates"_L1, value.signingCertificates);
    reader.readRecord("caReferences"_L1, value.caReferences);
    if (!reader.finish(error))
        return std::nullopt;
    return value;
}

QJsonObject X509Attestation::toJson() const
{
    QJsonObject json;
    JsonWrite::put(json, "clientCertificates"_L1, clientCertificates);
    JsonWrite::put(json, "signingCertificates"_L1, signingCertificates);
    JsonWrite::put(json, "caReferences"_L1, caReferences);
    return json;
}

} // namespace StampDeck::Azure
