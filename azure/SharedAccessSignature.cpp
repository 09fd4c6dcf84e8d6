#include "SharedAccessSignature.h"

#include <QCryptographicHash>
#include <QMessageAuthenticationCode>
#include <QUrl>

namespace StampDeck::Azure {

namespace {

bool isBase64Char(QChar c)
{
    return (c >= u'A' && c <= u'Z') || (c >= u'a' && c <= u'z') || (c >= u'0' && c <= u'9') || c == u'+' || c == u'/';
}

QString percentDecode(QStringView text)
{
    return QUrl::fromPercentEncoding(text.toUtf8());
}

// Constant-time comparison, so a verifier does not leak how much of a signature matched.
bool sameBytes(const QByteArray &a, const QByteArray &b)
{
    if (a.size() != b.size())
        return false;
    unsigned char diff = 0;
    for (qsizetype i = 0; i < a.size(); ++i)
        diff |= static_cast<unsigned char>(a[i] ^ b[i]);
    return diff == 0;
}

QString withoutScheme(QString text)
{
    for (const QLatin1StringView scheme : {QLatin1StringView("https://"), QLatin1StringView("http://")}) {
        if (text.startsWith(scheme, Qt::CaseInsensitive))
            return text.mid(scheme.size());
    }
    return text;
}

QString normalisedResource(QStringView text)
{
    QString result = withoutScheme(text.toString()).toLower();
    while (result.endsWith(u'/'))
        result.chop(1);
    return result;
}

} // namespace

std::optional<QByteArray> SharedAccessSignature::decodeKey(QStringView base64Key)
{
    QStringView body = base64Key.trimmed();
    qsizetype padding = 0;
    while (body.endsWith(u'=') && padding < 2) {
        body.chop(1);
        ++padding;
    }
    if (body.isEmpty() || body.size() % 4 == 1)
        return std::nullopt;
    if (padding > 0 && (body.size() + padding) % 4 != 0)
        return std::nullopt;
    for (const QChar c : body) {
        if (!isBase64Char(c))
            return std::nullopt;
    }
    return QByteArray::fromBase64(body.toLatin1());
}

QByteArray SharedAccessSignature::computeSignature(const QByteArray &keyBytes, const QByteArray &message)
{
    return QMessageAuthenticationCode::hash(message, keyBytes, QCryptographicHash::Sha256).toBase64();
}

QString SharedAccessSignature::urlEncode(QStringView text)
{
    return QString::fromLatin1(QUrl::toPercentEncoding(text.toString()));
}

SharedAccessSignature SharedAccessSignature::create(const QString &resourceUri, const QString &keyName,
                                                    const QString &base64Key, qint64 expirySecondsSinceEpoch,
                                                    ResourceEncoding encoding, QString *error)
{
    const std::optional<QByteArray> key = decodeKey(base64Key);
    if (!key) {
        if (error)
            *error = QStringLiteral("the shared access key is not valid base64");
        return {};
    }
    if (resourceUri.isEmpty()) {
        if (error)
            *error = QStringLiteral("the resource URI is empty");
        return {};
    }
    SharedAccessSignature token;
    token.m_resource = encoding == ResourceEncoding::UrlEncode ? urlEncode(resourceUri) : resourceUri;
    token.m_expiry = expirySecondsSinceEpoch;
    token.m_expiryText = QString::number(expirySecondsSinceEpoch);
    token.m_keyName = keyName;
    token.m_signature = QString::fromLatin1(
        computeSignature(*key, (token.m_resource + u'\n' + token.m_expiryText).toUtf8()));
    return token;
}

std::optional<SharedAccessSignature> SharedAccessSignature::parse(QStringView token, QString *error)
{
    const auto failWith = [error](const QString &message) -> std::optional<SharedAccessSignature> {
        if (error)
            *error = message;
        return std::nullopt;
    };
    QStringView text = token.trimmed();
    if (!text.startsWith(Prefix, Qt::CaseInsensitive))
        return failWith(QStringLiteral("the token does not start with \"SharedAccessSignature \""));
    text = text.mid(Prefix.size());
    if (text.isEmpty() || !text.front().isSpace())
        return failWith(QStringLiteral("the token does not start with \"SharedAccessSignature \""));
    text = text.trimmed();

    SharedAccessSignature result;
    bool haveSr = false, haveSig = false, haveSe = false, haveSkn = false;
    for (const QStringView field : text.split(u'&')) {
        if (field.isEmpty())
            continue;
        const qsizetype eq = field.indexOf(u'=');
        if (eq <= 0)
            return failWith(QStringLiteral("the token field '%1' has no name=value form").arg(field.left(eq < 0 ? 8 : eq).toString()));
        const QStringView name = field.left(eq);
        const QStringView value = field.mid(eq + 1);
        const auto duplicate = [&](bool &seen) {
            const bool was = seen;
            seen = true;
            return was;
        };
        if (name.compare(u"sr", Qt::CaseInsensitive) == 0) {
            if (duplicate(haveSr))
                return failWith(QStringLiteral("the token has more than one 'sr' field"));
            result.m_resource = value.toString();
        } else if (name.compare(u"sig", Qt::CaseInsensitive) == 0) {
            if (duplicate(haveSig))
                return failWith(QStringLiteral("the token has more than one 'sig' field"));
            result.m_signature = percentDecode(value);
        } else if (name.compare(u"se", Qt::CaseInsensitive) == 0) {
            if (duplicate(haveSe))
                return failWith(QStringLiteral("the token has more than one 'se' field"));
            bool ok = false;
            result.m_expiry = value.toLongLong(&ok);
            if (!ok || result.m_expiry < 0)
                return failWith(QStringLiteral("the token's 'se' field is not a whole number of seconds"));
            result.m_expiryText = value.toString();
        } else if (name.compare(u"skn", Qt::CaseInsensitive) == 0) {
            if (duplicate(haveSkn))
                return failWith(QStringLiteral("the token has more than one 'skn' field"));
            result.m_keyName = percentDecode(value);
        }
        // Other fields are ignored, as the SDK parsers do.
    }
    if (!haveSr || result.m_resource.isEmpty())
        return failWith(QStringLiteral("the token has no 'sr' (resource) field"));
    if (!haveSig || result.m_signature.isEmpty())
        return failWith(QStringLiteral("the token has no 'sig' (signature) field"));
    if (!haveSe)
        return failWith(QStringLiteral("the token has no 'se' (expiry) field"));
    return result;
}

QString SharedAccessSignature::toString() const
{
    QString text = Prefix + QStringLiteral(" sr=") + m_resource + QStringLiteral("&sig=") + urlEncode(m_signature);
    if (!m_keyName.isEmpty())
        text += QStringLiteral("&skn=") + urlEncode(m_keyName);
    return text + QStringLiteral("&se=") + (m_expiryText.isEmpty() ? QString::number(m_expiry) : m_expiryText);
}

QString SharedAccessSignature::decodedResource() const
{
    return percentDecode(m_resource);
}

bool SharedAccessSignature::verifySignature(const QString &base64Key, QString *error) const
{
    const std::optional<QByteArray> key = decodeKey(base64Key);
    if (!key) {
        if (error)
            *error = QStringLiteral("the shared access key is not valid base64");
        return false;
    }
    const QByteArray given = m_signature.toLatin1();
    const QString decoded = decodedResource();
    QString lowerEncoded;
    for (const QChar c : urlEncode(decoded.toLower()))
        lowerEncoded += c.toLower();
    const QString expiry = m_expiryText.isEmpty() ? QString::number(m_expiry) : m_expiryText;
    for (const QString &candidate : {m_resource, decoded, urlEncode(decoded), lowerEncoded}) {
        if (sameBytes(computeSignature(*key, (candidate + u'\n' + expiry).toUtf8()), given))
            return true;
    }
    if (error)
        *error = QStringLiteral("the token's signature does not match");
    return false;
}

bool SharedAccessSignature::isExpired(qint64 nowSecondsSinceEpoch) const
{
    return nowSecondsSinceEpoch >= m_expiry;
}

SharedAccessSignature::VerifyResult SharedAccessSignature::verify(const QString &base64Key,
                                                                  qint64 nowSecondsSinceEpoch) const
{
    if (!isValid())
        return VerifyResult::Malformed;
    if (!decodeKey(base64Key))
        return VerifyResult::BadKey;
    if (!verifySignature(base64Key))
        return VerifyResult::SignatureMismatch;
    if (isExpired(nowSecondsSinceEpoch))
        return VerifyResult::Expired;
    return VerifyResult::Valid;
}

bool SharedAccessSignature::coversResource(QStringView required) const
{
    const QString granted = normalisedResource(decodedResource());
    const QString wanted = normalisedResource(required);
    if (granted.isEmpty())
        return false;
    return wanted == granted || wanted.startsWith(granted + u'/');
}

QString SharedAccessSignature::resourceHost() const
{
    const QString resource = withoutScheme(decodedResource());
    const qsizetype slash = resource.indexOf(u'/');
    return slash < 0 ? resource : resource.left(slash);
}

QString SharedAccessSignature::deriveDeviceKey(const QString &groupKeyBase64, const QString &registrationId,
                                               QString *error)
{
    const std::optional<QByteArray> key = decodeKey(groupKeyBase64);
    if (!key) {
        if (error)
            *error = QStringLiteral("the group key is not valid base64");
        return {};
    }
    return QString::fromLatin1(computeSignature(*key, registrationId.toUtf8()));
}

} // namespace StampDeck::Azure
