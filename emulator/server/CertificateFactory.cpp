#include "server/CertificateFactory.h"

#include <openssl/bio.h>
#include <openssl/bn.h>
#include <openssl/err.h>
#include <openssl/evp.h>
#include <openssl/pem.h>
#include <openssl/x509.h>
#include <openssl/x509v3.h>

#include <ctime>
#include <memory>

namespace StampDeck::Emulator {

namespace {

template<auto Free>
struct Deleter
{
    template<typename T>
    void operator()(T *p) const { Free(p); }
};
using KeyPtr = std::unique_ptr<EVP_PKEY, Deleter<EVP_PKEY_free>>;
using X509Ptr = std::unique_ptr<X509, Deleter<X509_free>>;
using BioPtr = std::unique_ptr<BIO, Deleter<BIO_free_all>>;
using BnPtr = std::unique_ptr<BIGNUM, Deleter<BN_free>>;
using ExtPtr = std::unique_ptr<X509_EXTENSION, Deleter<X509_EXTENSION_free>>;

QString openSslError(const char *what)
{
    const unsigned long code = ERR_get_error();
    ERR_clear_error();
    char text[256] = {};
    if (code)
        ERR_error_string_n(code, text, sizeof text);
    return QStringLiteral("%1 failed%2%3")
        .arg(QLatin1String(what), code ? QStringLiteral(": ") : QString(), QLatin1String(text));
}

bool fail(QString *error, const char *what)
{
    const QString message = openSslError(what);
    if (error)
        *error = message;
    return false;
}

std::nullopt_t failed(QString *error, const char *what)
{
    fail(error, what);
    return std::nullopt;
}

BioPtr memoryBio(const QByteArray &data)
{
    return BioPtr(BIO_new_mem_buf(data.constData(), int(data.size())));
}

X509Ptr readCertificate(const QByteArray &pem)
{
    if (pem.isEmpty())
        return nullptr;
    BioPtr bio = memoryBio(pem);
    X509Ptr certificate(bio ? PEM_read_bio_X509(bio.get(), nullptr, nullptr, nullptr) : nullptr);
    ERR_clear_error();
    return certificate;
}

KeyPtr readKey(const QByteArray &pem)
{
    if (pem.isEmpty())
        return nullptr;
    BioPtr bio = memoryBio(pem);
    KeyPtr key(bio ? PEM_read_bio_PrivateKey(bio.get(), nullptr, nullptr, nullptr) : nullptr);
    ERR_clear_error();
    return key;
}

QByteArray bioContents(BIO *bio)
{
    char *data = nullptr;
    const long size = BIO_get_mem_data(bio, &data);
    return QByteArray(data, qsizetype(size));
}

bool addExtension(X509 *certificate, X509V3_CTX *context, int nid, const char *value, QString *error)
{
    ExtPtr extension(X509V3_EXT_nconf_nid(nullptr, context, nid, value));
    if (!extension || X509_add_ext(certificate, extension.get(), -1) != 1)
        return fail(error, "adding a certificate extension");
    return true;
}

bool addName(X509_NAME *name, const char *field, const QString &value)
{
    const QByteArray utf8 = value.toUtf8();
    return X509_NAME_add_entry_by_txt(name, field, MBSTRING_UTF8,
                                      reinterpret_cast<const unsigned char *>(utf8.constData()),
                                      int(utf8.size()), -1, 0) == 1;
}

// A fresh certificate for key, with a random 127-bit serial (positive, as RFC 5280 wants) and a
// validity that starts an hour ago so a slightly wrong client clock still accepts it.
X509Ptr newCertificate(EVP_PKEY *key, const QString &commonName, int validDays, QString *error)
{
    X509Ptr certificate(X509_new());
    BnPtr serial(BN_new());
    if (!certificate || !serial || X509_set_version(certificate.get(), 2) != 1
        || BN_rand(serial.get(), 127, BN_RAND_TOP_ANY, BN_RAND_BOTTOM_ANY) != 1
        || !BN_to_ASN1_INTEGER(serial.get(), X509_get_serialNumber(certificate.get()))
        || !X509_gmtime_adj(X509_getm_notBefore(certificate.get()), -3600)
        || !X509_time_adj_ex(X509_getm_notAfter(certificate.get()), validDays, 0, nullptr)
        || X509_set_pubkey(certificate.get(), key) != 1) {
        fail(error, "creating a certificate");
        return nullptr;
    }
    X509_NAME *subject = X509_get_subject_name(certificate.get());
    if (!addName(subject, "O", QStringLiteral("StampDeck")) || !addName(subject, "CN", commonName)) {
        fail(error, "setting the certificate subject");
        return nullptr;
    }
    return certificate;
}

KeyPtr newKey(QString *error)
{
    KeyPtr key(EVP_EC_gen("P-256"));
    if (!key)
        fail(error, "generating an EC P-256 key");
    return key;
}

std::optional<CertificateFactory::Pem> toPem(X509 *certificate, EVP_PKEY *key, QString *error)
{
    BioPtr certificateBio(BIO_new(BIO_s_mem()));
    BioPtr keyBio(BIO_new(BIO_s_mem()));
    if (!certificateBio || !keyBio || PEM_write_bio_X509(certificateBio.get(), certificate) != 1
        || PEM_write_bio_PrivateKey(keyBio.get(), key, nullptr, nullptr, 0, nullptr, nullptr) != 1) {
        fail(error, "writing PEM");
        return std::nullopt;
    }
    return CertificateFactory::Pem{bioContents(certificateBio.get()), bioContents(keyBio.get())};
}

} // namespace

std::optional<CertificateFactory::Pem> CertificateFactory::createCa(const QString &commonName,
                                                                   int validDays, QString *error)
{
    KeyPtr key = newKey(error);
    if (!key)
        return std::nullopt;
    X509Ptr certificate = newCertificate(key.get(), commonName, validDays, error);
    if (!certificate)
        return std::nullopt;
    X509 *ca = certificate.get();
    if (X509_set_issuer_name(ca, X509_get_subject_name(ca)) != 1)
        return failed(error, "setting the CA issuer");
    X509V3_CTX context;
    X509V3_set_ctx_nodb(&context);
    X509V3_set_ctx(&context, ca, ca, nullptr, nullptr, 0);
    if (!addExtension(ca, &context, NID_basic_constraints, "critical,CA:TRUE,pathlen:0", error)
        || !addExtension(ca, &context, NID_key_usage, "critical,keyCertSign,cRLSign", error)
        || !addExtension(ca, &context, NID_subject_key_identifier, "hash", error)
        || !addExtension(ca, &context, NID_authority_key_identifier, "keyid:always", error))
        return std::nullopt;
    if (X509_sign(ca, key.get(), EVP_sha256()) <= 0)
        return failed(error, "signing the CA certificate");
    return toPem(ca, key.get(), error);
}

std::optional<CertificateFactory::Pem> CertificateFactory::createServer(const Pem &ca, int validDays,
                                                                       QString *error)
{
    X509Ptr caCertificate = readCertificate(ca.certificate);
    KeyPtr caKey = readKey(ca.privateKey);
    if (!caCertificate || !caKey) {
        if (error)
            *error = QStringLiteral("the CA certificate or key does not parse");
        return std::nullopt;
    }
    KeyPtr key = newKey(error);
    if (!key)
        return std::nullopt;
    X509Ptr certificate = newCertificate(key.get(), QStringLiteral("localhost"), validDays, error);
    if (!certificate)
        return std::nullopt;
    X509 *server = certificate.get();
    if (X509_set_issuer_name(server, X509_get_subject_name(caCertificate.get())) != 1)
        return failed(error, "setting the server certificate issuer");
    X509V3_CTX context;
    X509V3_set_ctx_nodb(&context);
    X509V3_set_ctx(&context, caCertificate.get(), server, nullptr, nullptr, 0);
    if (!addExtension(server, &context, NID_basic_constraints, "critical,CA:FALSE", error)
        || !addExtension(server, &context, NID_key_usage, "critical,digitalSignature", error)
        || !addExtension(server, &context, NID_ext_key_usage, "serverAuth", error)
        || !addExtension(server, &context, NID_subject_alt_name,
                         "DNS:localhost,IP:127.0.0.1,IP:::1", error)
        || !addExtension(server, &context, NID_subject_key_identifier, "hash", error)
        || !addExtension(server, &context, NID_authority_key_identifier, "keyid:always", error))
        return std::nullopt;
    if (X509_sign(server, caKey.get(), EVP_sha256()) <= 0)
        return failed(error, "signing the server certificate");
    return toPem(server, key.get(), error);
}

bool CertificateFactory::keyMatches(const Pem &pem)
{
    X509Ptr certificate = readCertificate(pem.certificate);
    KeyPtr key = readKey(pem.privateKey);
    const bool matches = certificate && key && X509_check_private_key(certificate.get(), key.get()) == 1;
    ERR_clear_error();
    return matches;
}

bool CertificateFactory::isValidFor(const QByteArray &certificatePem, qint64 minimumRemainingSeconds)
{
    X509Ptr certificate = readCertificate(certificatePem);
    if (!certificate)
        return false;
    time_t horizon = std::time(nullptr) + time_t(minimumRemainingSeconds);
    return X509_cmp_current_time(X509_get0_notBefore(certificate.get())) < 0
        && X509_cmp_time(X509_get0_notAfter(certificate.get()), &horizon) > 0;
}

bool CertificateFactory::isSignedBy(const QByteArray &certificatePem, const QByteArray &issuerPem)
{
    X509Ptr certificate = readCertificate(certificatePem);
    X509Ptr issuer = readCertificate(issuerPem);
    if (!certificate || !issuer)
        return false;
    EVP_PKEY *issuerKey = X509_get0_pubkey(issuer.get());
    const bool signedBy = issuerKey && X509_verify(certificate.get(), issuerKey) == 1
        && X509_check_issued(issuer.get(), certificate.get()) == X509_V_OK;
    ERR_clear_error();
    return signedBy;
}

bool CertificateFactory::isCa(const QByteArray &certificatePem)
{
    X509Ptr certificate = readCertificate(certificatePem);
    return certificate && X509_check_ca(certificate.get()) != 0;
}

bool CertificateFactory::coversLoopback(const QByteArray &certificatePem)
{
    X509Ptr certificate = readCertificate(certificatePem);
    return certificate && X509_check_host(certificate.get(), "localhost", 0, 0, nullptr) == 1
        && X509_check_ip_asc(certificate.get(), "127.0.0.1", 0) == 1
        && X509_check_ip_asc(certificate.get(), "::1", 0) == 1;
}

} // namespace StampDeck::Emulator
