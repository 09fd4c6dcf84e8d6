#include "MemorySecretStore.h"

namespace StampDeck {

namespace {

// Overwrites the characters before the string is released, so a removed key does not linger in
// freed memory longer than needed (best effort: copies made elsewhere are out of our reach).
void wipe(QString &secret)
{
    secret.fill(QLatin1Char('\0'));
    secret.clear();
}

} // namespace

MemorySecretStore::MemorySecretStore(QObject *parent) : SecretStore(parent) {}

MemorySecretStore::~MemorySecretStore()
{
    for (QString &secret : m_secrets)
        wipe(secret);
}

QString MemorySecretStore::displayName() const
{
    return tr("memory, for this run only");
}

QFuture<SecretResult> MemorySecretStore::store(const QString &key, const QString &secret)
{
    auto it = m_secrets.find(key);
    if (it != m_secrets.end())
        wipe(*it);
    m_secrets.insert(key, secret);
    return QtFuture::makeReadyFuture(SecretResult::success());
}

QFuture<SecretResult> MemorySecretStore::read(const QString &key)
{
    const auto it = m_secrets.constFind(key);
    if (it == m_secrets.constEnd())
        return QtFuture::makeReadyFuture(SecretResult::failure(SecretResult::Status::NotFound, tr("No key is held in memory for this entry.")));
    return QtFuture::makeReadyFuture(SecretResult::success(*it));
}

QFuture<SecretResult> MemorySecretStore::remove(const QString &key)
{
    auto it = m_secrets.find(key);
    if (it != m_secrets.end()) {
        wipe(*it);
        m_secrets.erase(it);
    }
    return QtFuture::makeReadyFuture(SecretResult::success());
}

} // namespace StampDeck
