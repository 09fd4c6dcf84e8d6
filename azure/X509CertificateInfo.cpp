#include "X509CertificateInfo.h"

using namespace Qt::StringLiterals;

namespace StampDeck::Azure {

std::optional<X509CertificateInfo> X509CertificateInfo::fromJson(const QJsonObject &json, QString *error, JsonParseMode mode)
{
    JsonReader reader(json, {}, mode);
    X509CertificateInfo value;
    reader.readString("subjectName"_L1, value.subjectName);
    reader.readString("sha1Thumbprint"_L1, value.sha1Thumbprint);
    reader.readString("sha256Thumbprint"_L1, value.sha256Thumbprint);
    reader.readString("issuerName"_L1, value.issuerName);
    reader.readDateTime("notBeforeUtc"_L1, value.notBeforeUtc);
    reader.readDateTime("notAfterUtc"_L1, value.notAfterUtc);
    reader.readString("serialNumber"_L1, value.serialNumber);
    reader.readInt("version"_L1, value.version);
    if (!reader.finish(error))
        return std::nullopt;
    return value;
}

QJsonObject X509CertificateInfo::toJson() const
{
    QJsonObject json;
    JsonWrite::put(json, "subjectName"_L1, subjectName);
    JsonWrite::put(json, "sha1Thumbprint"_L1, sha1Thumbprint);
    JsonWrite::put(json, "sha256Thumbprint"_L1, sha256Thumbprint);
    JsonWrite::put(json, "issuerName"_L1, issuerName);
    JsonWrite::put(json, "notBeforeUtc"_L1, notBeforeUtc);
    JsonWrite::put(json, "notAfterUtc"_L1, notAfterUtc);
    JsonWrite::put(json, "serialNumber"_L1, serialNumber);
    JsonWrite::put(json, "version"_L1, version);
    return json;
}

} // namespace StampDeck::Azure
