#pragma once

#include "SecretResult.h"

#include <QFuture>
#include <QObject>
#include <QString>

namespace StampDeck {

// Where secrets live, without saying how: the OS keychain (CredentialVault in app/, the only
// user of QtKeychain) or memory for this run only (MemorySecretStore). Models are handed a
// SecretStore and never learn which. The shape follows KeePassXC's QuickUnlockInterface:
// availability, the last problem, and store/read/remove.
//
// Every operation is asynchronous because keychain daemons answer over D-Bus (and may prompt);
// results arrive as a QFuture, to be consumed with .then(context, ...). A store never spins an
// event loop and never falls back to another place on its own.
class SecretStore : public QObject
{
    Q_OBJECT

public:
    using QObject::QObject;

    // Where the keys go, for the user: "the system keychain", "memory, for this run only".
    virtual QString displayName() const = 0;
    // True when stored keys outlive this run.
    virtual bool isPersistent() const = 0;
    // False once the store answered that it cannot be used; errorString() says why.
    virtual bool isAvailable() const = 0;
    virtual QString errorString() const = 0;

    // Stores (or replaces) the secret under key.
    virtual QFuture<SecretResult> store(const QString &key, const QString &secret) = 0;
    // Reads the secret under key; NotFound when there is none.
    virtual QFuture<SecretResult> read(const QString &key) = 0;
    // Removes the entry; removing a missing entry succeeds.
    virtual QFuture<SecretResult> remove(const QString &key) = 0;

Q_SIGNALS:
    void availabilityChanged(bool available);
};

} // namespace StampDeck
