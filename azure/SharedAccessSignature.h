#pragma once

#include <QByteArray>
#include <QString>
#include <QStringView>

#include <optional>

namespace StampDeck::Azure {

// A shared access signature token:
//   SharedAccessSignature sr=<resource>&sig=<url-encoded base64 HMAC>&skn=<policy>&se=<expiry>
// create() writes the fields in the Node SDK order (sr, sig, skn, se; skn left out without a
// policy); parse() accepts any order. The signature is HMAC-SHA256 with key = base64-decoded
// shared access key over "<sr exactly as sent>\n<se>" (AZURE_WIRE_SOURCES.md §1.2).
class SharedAccessSignature
{
public:
    // How create() writes the resource URI into sr.
    enum class ResourceEncoding {
        UrlEncode, // percent-encode it (uppercase hex; C#, Python, the docs): "host%2Fdevices%2Fd1"
        AsIs,      // put it in unchanged (the Node SDK; or the caller encoded it already)
    };

    // Which check failed in verify().
    enum class VerifyResult {
        Valid,
        Malformed,      // the token could not be parsed
        BadKey,         // the key given to verify() is not valid base64
        SignatureMismatch,
        Expired,
        WrongResource,  // the token's resource does not cover the required resource
        WrongPolicy,    // the token's skn differs from the expected policy name
    };

    SharedAccessSignature() = default;

    // Builds and signs a token. keyName may be empty (device tokens). base64Key is the shared access
    // key as written in a connection string. Returns an invalid token (isValid() false) and sets
    // *error if the key is not base64.
    static SharedAccessSignature create(const QString &resourceUri, const QString &keyName,
                                        const QString &base64Key, qint64 expirySecondsSinceEpoch,
                                        ResourceEncoding encoding = ResourceEncoding::UrlEncode,
                                        QString *error = nullptr);

    // Parses "SharedAccessSignature sr=..&sig=..&se=..[&skn=..]" (fields in any order; the
    // "SharedAccessSignature " prefix is required; sr, sig and se are required; se must be an integer).
    static std::optional<SharedAccessSignature> parse(QStringView token, QString *error = nullptr);

    bool isValid() const { return !m_resource.isEmpty(); }

    // The token text (Node order: sr, sig, skn, se).
    QString toString() const;

    // sr exactly as it appears in the token (this is what is signed).
    QString resource() const { return m_resource; }
    // sr percent-decoded: "myhub.azure-devices.net/devices/d1" whichever form was sent.
    QString decodedResource() const;
    // The base64 signature, percent-decoded.
    QString signature() const { return m_signature; }
    // skn percent-decoded; empty when the token has none.
    QString keyName() const { return m_keyName; }
    qint64 expiry() const { return m_expiry; }

    // True when the signature matches HMAC-SHA256(base64Key, resource() + "\n" + se), sr taken exactly
    // as sent. For tolerance with signers that sign another spelling of the same resource than they
    // send, these are also accepted: the decoded sr, sr re-encoded with uppercase hex, and the docs'
    // "lower case URL-encoding of the lower case resource URI". All denote the same resource.
    bool verifySignature(const QString &base64Key, QString *error = nullptr) const;
    // True when now >= expiry (both in seconds since the epoch).
    bool isExpired(qint64 nowSecondsSinceEpoch) const;
    // Signature and expiry in one call; the caller injects "now".
    VerifyResult verify(const QString &base64Key, qint64 nowSecondsSinceEpoch) const;

    // True when decodedResource() equals required or is a path prefix of it, compared
    // case-insensitively, ignoring a trailing '/' and a leading "https://": a token for "hub.net"
    // covers "hub.net/devices/d1"; a token for "hub.net/devices/d1" does not cover "hub.net".
    bool coversResource(QStringView required) const;
    // The host part of decodedResource() (before the first '/').
    QString resourceHost() const;

    // base64(HMAC-SHA256(key = base64decode(groupKey), message = UTF-8(registrationId))): the device
    // key of a DPS symmetric-key group enrollment. Returns an empty string (and sets *error) for a bad key.
    static QString deriveDeviceKey(const QString &groupKeyBase64, const QString &registrationId,
                                   QString *error = nullptr);

    // base64(HMAC-SHA256(key, message)) with raw key bytes.
    static QByteArray computeSignature(const QByteArray &keyBytes, const QByteArray &message);
    // Decodes a shared access key; nullopt if it is not base64 (padding optional, like Node).
    static std::optional<QByteArray> decodeKey(QStringView base64Key);
    // Percent-encodes everything but A-Z a-z 0-9 - _ . ~ (uppercase hex).
    static QString urlEncode(QStringView text);

    static constexpr QLatin1StringView Prefix{"SharedAccessSignature"};

private:
    QString m_resource;  // sr as sent
    QString m_signature; // decoded base64
    QString m_keyName;   // decoded
    QString m_expiryText; // se as sent (what is signed)
    qint64 m_expiry = 0;
};

} // namespace StampDeck::Azure
