#pragma once

#include "EndpointCredential.h"
#include "SecretResult.h"
#include "SecretStore.h"

#include <QFuture>
#include <QList>
#include <QObject>
#include <QPointer>

#include <functional>
#include <optional>

namespace StampDeck {

// The console's endpoint keys: which endpoints have one, and where it lives. Keys go to the
// keychain store (the OS keychain) unless the user chose, for this run, the memory store; the
// book never moves a key from one to the other on its own.
//
// The list of keychain entries (host, policy, kind, rights; never a key) is itself kept in the
// keychain under IndexKey, because QtKeychain cannot enumerate entries and StampDeck writes
// nothing about credentials to disk. Memory entries are listed in memory only.
class CredentialBook : public QObject
{
    Q_OBJECT

public:
    // Keychain entry holding the index (endpoint keys all start with "sas/", so it cannot clash).
    static constexpr QLatin1StringView IndexKey{"index"};

    CredentialBook(SecretStore *keychain, SecretStore *memory, QObject *parent = nullptr);

    SecretStore *keychain() const { return m_keychain; }
    SecretStore *memory() const { return m_memory; }

    // Reads the index from the keychain. Until it answers, credentials() lists memory entries only.
    QFuture<SecretResult> load();
    bool isLoaded() const { return m_loaded; }
    // Why the keychain's list could not be read (empty when it could).
    QString problem() const { return m_problem; }

    // Memory entries first, then keychain entries, each newest first.
    QList<EndpointCredential> credentials() const;
    // The entry for hostName (and policyName, if given): what a client uses to find its key.
    std::optional<EndpointCredential> find(const QString &hostName, const QString &policyName = {}) const;

    // Stores or replaces the key where credential.storage says. When the keychain cannot be used
    // the result says so (storeUnusable()) and nothing was stored anywhere.
    QFuture<SecretResult> save(const EndpointCredential &credential, const QString &key);
    // The key of an entry; NotFound means "ask the user".
    QFuture<SecretResult> readKey(const EndpointCredential &credential);
    // Removes the key and the entry.
    QFuture<SecretResult> forget(const EndpointCredential &credential);

Q_SIGNALS:
    void credentialsChanged();

private:
    using Done = std::function<void(const SecretResult &)>;

    void whenLoaded(Done done);
    void onIndexRead(const SecretResult &result);
    void saveToKeychain(const EndpointCredential &credential, const QString &key, Done done);
    void writeIndex(Done done);
    static void upsert(QList<EndpointCredential> &list, const EndpointCredential &credential);
    static bool removeFrom(QList<EndpointCredential> &list, const EndpointCredential &credential);

    QPointer<SecretStore> m_keychain;
    QPointer<SecretStore> m_memory;
    QList<EndpointCredential> m_keychainEntries;
    QList<EndpointCredential> m_memoryEntries;
    QList<Done> m_loadWaiters;
    bool m_loaded = false;
    bool m_loading = false;
    QString m_problem;
};

} // namespace StampDeck
