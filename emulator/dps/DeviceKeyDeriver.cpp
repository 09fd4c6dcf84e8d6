#include "dps/DeviceKeyDeriver.h"

#include "SharedAccessSignature.h"

#include <openssl/core_names.h>
#include <openssl/evp.h>
#include <openssl/params.h>

namespace StampDeck::Emulator {

struct DeviceKeyDeriver::State
{
    EVP_MAC_CTX *keyed = nullptr;
    ~State() { EVP_MAC_CTX_free(keyed); }
};

namespace {

EVP_MAC *hmacAlgorithm()
{
    // Fetched once: a fetch walks the provider tables.
    static EVP_MAC *mac = EVP_MAC_fetch(nullptr, OSSL_MAC_NAME_HMAC, nullptr);
    return mac;
}

} // namespace

DeviceKeyDeriver::DeviceKeyDeriver(const QString &groupKeyBase64)
{
    const std::optional<QByteArray> key = Azure::SharedAccessSignature::decodeKey(groupKeyBase64);
    EVP_MAC *mac = hmacAlgorithm();
    if (!key || key->isEmpty() || !mac)
        return;
    auto state = std::make_shared<State>();
    state->keyed = EVP_MAC_CTX_new(mac);
    char digest[] = "SHA256";
    const OSSL_PARAM params[] = {
        OSSL_PARAM_construct_utf8_string(OSSL_MAC_PARAM_DIGEST, digest, 0),
        OSSL_PARAM_construct_end(),
    };
    if (!state->keyed
        || EVP_MAC_init(state->keyed, reinterpret_cast<const unsigned char *>(key->constData()),
                        size_t(key->size()), params) != 1)
        return;
    m_state = std::move(state);
}

QByteArray DeviceKeyDeriver::derive(QStringView registrationId) const
{
    if (!m_state)
        return {};
    EVP_MAC_CTX *ctx = EVP_MAC_CTX_dup(m_state->keyed);
    if (!ctx)
        return {};
    const QByteArray message = registrationId.toUtf8();
    unsigned char out[32];
    size_t length = 0;
    const bool ok = EVP_MAC_update(ctx, reinterpret_cast<const unsigned char *>(message.constData()),
                                   size_t(message.size())) == 1
                    && EVP_MAC_final(ctx, out, &length, sizeof out) == 1;
    EVP_MAC_CTX_free(ctx);
    if (!ok)
        return {};
    return QByteArray::fromRawData(reinterpret_cast<const char *>(out), qsizetype(length)).toBase64();
}

} // namespace StampDeck::Emulator
