#pragma once

#include <QByteArray>
#include <QString>

#include <optional>

namespace StampDeck::Emulator {

// The OpenSSL 3 (EVP) work behind CertificateAuthority: making EC P-256 keys and X.509 v3
// certificates, and checking that PEM files on disk still fit together. Everything is PEM in and
// out, so no OpenSSL type leaks into the rest of the emulator.
class CertificateFactory
{
public:
    struct Pem
    {
        QByteArray certificate;
        QByteArray privateKey; // PKCS#8, unencrypted
    };

    // A self-signed CA: CN=<commonName>, basicConstraints CA:TRUE (pathlen 0), keyCertSign.
    static std::optional<Pem> createCa(const QString &commonName, int validDays, QString *error);
    // A TLS server certificate signed by the CA: CN=localhost, serverAuth, subjectAltName
    // DNS:localhost, IP:127.0.0.1, IP:::1.
    static std::optional<Pem> createServer(const Pem &ca, int validDays, QString *error);

    // True when certificate and key parse and the key belongs to the certificate.
    static bool keyMatches(const Pem &pem);
    // True when the certificate is valid now and still for minimumRemainingSeconds.
    static bool isValidFor(const QByteArray &certificatePem, qint64 minimumRemainingSeconds);
    // True when the certificate's signature verifies with the issuer certificate's public key.
    static bool isSignedBy(const QByteArray &certificatePem, const QByteArray &issuerPem);
    // True when the certificate is a CA (basicConstraints CA:TRUE).
    static bool isCa(const QByteArray &certificatePem);
    // True when the certificate covers localhost, 127.0.0.1 and ::1.
    static bool coversLoopback(const QByteArray &certificatePem);
};

} // namespace StampDeck::Emulator
