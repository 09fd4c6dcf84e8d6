#include "CredentialBook.h"

#include "SecretStore.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QPromise>

#include <memory>

namespace StampDeck {

namespace {

constexpr int IndexVersion = 1;

// A QFuture may carry one continuation only, so every public call gets its own promise and the
// book chains plain callbacks inside.
struct Completion
{
    std::shared_ptr<QPromise<SecretResult>> promise = std::make_shared<QPromise<SecretResult>>();

    Completion() { promise->start(); }
    QFuture<SecretResult> future() const { return promise->future(); }
    void operator()(const SecretResult &result) const
    {
        promise->addResult(result);
        promise->finish();
    }
};

SecretResult noStore()
{
    return SecretResult::failure(SecretResult::Status::Unavailable,
                                 CredentialBook::tr("The key store has gone away."));
}

} // namespace

CredentialBook::CredentialBook(SecretStore *keychain, SecretStore *memory, QObject *parent)
    : QObject(parent), m_keychain(keychain), m_memory(memory)
{
}

QFuture<SecretResult> CredentialBook::load()
{
    Completion done;
    whenLoaded(done);
    return done.future();
}

QList<EndpointCredential> CredentialBook::credentials() const
{
    return m_memoryEntries + m_keychainEntries;
}

std::optional<EndpointCredential> CredentialBook::find(const QString &hostName, const QString &policyName) const
{
    const QList<EndpointCredential> all = credentials();
    for (const EndpointCredential &credential : all) {
        if (credential.hostName.compare(hostName, Qt::CaseInsensitive) != 0)
            continue;
        if (policyName.isEmpty() || credential.policyName.compare(policyName, Qt::CaseInsensitive) == 0)
            return credential;
    }
    return std::nullopt;
}

QFuture<SecretResult> CredentialBook::save(const EndpointCredential &credential, const QString &key)
{
    Completion done;
    if (credential.storage == EndpointCredential::Storage::Memory) {
        if (!m_memory) {
            done(noStore());
            return done.future();
        }
        m_memory->store(credential.storageKey(), key).then(this, [this, credential, done](const SecretResult &result) {
            if (result.ok()) {
                upsert(m_memoryEntries, credential);
                Q_EMIT credentialsChanged();
            }
            done(result);
        });
        return done.future();
    }
    // The index must be read before it is rewritten, or a save would drop the other entries.
    whenLoaded([this, credential, key, done](const SecretResult &loaded) {
        if (!loaded.ok())
            done(loaded);
        else
            saveToKeychain(credential, key, done);
    });
    return done.future();
}

void CredentialBook::saveToKeychain(const EndpointCredential &credential, const QString &key, Done done)
{
    if (!m_keychain) {
        done(noStore());
        return;
    }
    m_keychain->store(credential.storageKey(), key).then(this, [this, credential, done](const SecretResult &stored) {
        if (!stored.ok()) {
            done(stored);
            return;
        }
        upsert(m_keychainEntries, credential);
        // The keychain now holds the key: a memory copy from an earlier, keychain-less moment
        // would only shadow it.
        if (removeFrom(m_memoryEntries, credential) && m_memory)
            m_memory->remove(credential.storageKey());
        Q_EMIT credentialsChanged();
        writeIndex(done);
    });
}

QFuture<SecretResult> CredentialBook::readKey(const EndpointCredential &credential)
{
    SecretStore *store = credential.storage == EndpointCredential::Storage::Memory ? m_memory.data() : m_keychain.data();
    if (!store)
        return QtFuture::makeReadyFuture(noStore());
    return store->read(credential.storageKey());
}

QFuture<SecretResult> CredentialBook::forget(const EndpointCredential &credential)
{
    Completion done;
    if (credential.storage == EndpointCredential::Storage::Memory) {
        if (m_memory)
            m_memory->remove(credential.storageKey());
        if (removeFrom(m_memoryEntries, credential))
            Q_EMIT credentialsChanged();
        done(SecretResult::success());
        return done.future();
    }
    whenLoaded([this, credential, done](const SecretResult &loaded) {
        if (!loaded.ok() || !m_keychain) {
            done(loaded.ok() ? noStore() : loaded);
            return;
        }
        m_keychain->remove(credential.storageKey()).then(this, [this, credential, done](const SecretResult &removed) {
            if (!removed.ok()) {
                done(removed);
                return;
            }
            removeFrom(m_keychainEntries, credential);
            Q_EMIT credentialsChanged();
            writeIndex(done);
        });
    });
    return done.future();
}

void CredentialBook::whenLoaded(Done done)
{
    if (m_loaded) {
        done(SecretResult::success());
        return;
    }
    m_loadWaiters << std::move(done);
    if (m_loading)
        return;
    if (!m_keychain) {
        onIndexRead(noStore());
        return;
    }
    m_loading = true;
    m_keychain->read(IndexKey).then(this, [this](const SecretResult &result) { onIndexRead(result); });
}

void CredentialBook::onIndexRead(const SecretResult &result)
{
    m_loading = false;
    SecretResult outcome = result;
    if (result.ok() || result.status == SecretResult::Status::NotFound) {
        // NotFound: nothing was ever stored in this keychain; that is an empty list, not an error.
        m_keychainEntries.clear();
        const QJsonArray entries = QJsonDocument::fromJson(result.secret.toUtf8()).object().value(QLatin1String("credentials")).toArray();
        for (const QJsonValue &value : entries) {
            if (auto credential = EndpointCredential::fromJson(value.toObject()))
                m_keychainEntries << *credential;
        }
        m_loaded = true;
        m_problem.clear();
        outcome = SecretResult::success();
        Q_EMIT credentialsChanged();
    } else {
        m_problem = result.errorString;
    }
    const QList<Done> waiters = std::exchange(m_loadWaiters, {});
    for (const Done &waiter : waiters)
        waiter(outcome);
}

void CredentialBook::writeIndex(Done done)
{
    if (!m_keychain) {
        done(noStore());
        return;
    }
    QJsonArray entries;
    for (const EndpointCredential &credential : std::as_const(m_keychainEntries))
        entries.append(credential.toJson());
    const QJsonObject index{{QLatin1String("version"), IndexVersion}, {QLatin1String("credentials"), entries}};
    const QString text = QString::fromUtf8(QJsonDocument(index).toJson(QJsonDocument::Compact));
    // Keychain jobs run one after another in the order started (QtKeychain's job queue), and every
    // write carries the whole current list, so the last write to land is the latest state.
    m_keychain->store(IndexKey, text).then(this, [done](const SecretResult &result) { done(result); });
}

void CredentialBook::upsert(QList<EndpointCredential> &list, const EndpointCredential &credential)
{
    removeFrom(list, credential);
    list.prepend(credential);
}

bool CredentialBook::removeFrom(QList<EndpointCredential> &list, const EndpointCredential &credential)
{
    return list.removeIf([&credential](const EndpointCredential &entry) { return entry.isSameEndpointAndPolicy(credential); }) > 0;
}

} // namespace StampDeck
