#include "X509CertificateWithInfo.h"

using namespace Qt::StringLiterals;

namespace StampDeck::Azure {

std::optional<X509CertificateWithInfo> X509CertificateWithInfo::fromJson(const QJsonObject &json, QString *error,
                                                                         JsonParseMode mode)
{
    JsonReader reader(json, {}, mode);
    X509CertificateWithInfo value;
    reader.readString("certificate"_L1, value.certificate);
    reader.readRecord("info"_L1, value.info);
    if (!reader.finish(error))
        return std::nullopt;
    return value;
}

QJsonObject X509CertificateWithInfo::toJson() const
{
    QJsonObject json;
    JsonWrite::put(json, "certificate"_L1, certificate);
    JsonWrite::put(json, "info"_L1, info);
    return json;
}

} // namespace StampDeck::Azure
