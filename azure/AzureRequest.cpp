#include "AzureRequest.h"

#include "SharedAccessSignature.h"

namespace StampDeck::Azure {

QString AzureRequest::encodeSegment(const QString &segment)
{
    return SharedAccessSignature::urlEncode(segment);
}

QByteArray AzureRequest::quoteEtag(const QString &etag)
{
    const QByteArray raw = etag.toUtf8();
    if (raw.size() >= 2 && raw.startsWith('"') && raw.endsWith('"'))
        return raw;
    return '"' + raw + '"';
}

QByteArray AzureResponse::header(QByteArrayView lowerCaseName) const
{
    for (const auto &[name, value] : headers) {
        if (name.compare(lowerCaseName, Qt::CaseInsensitive) == 0)
            return value;
    }
    return {};
}

} // namespace StampDeck::Azure
