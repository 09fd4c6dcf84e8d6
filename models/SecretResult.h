#pragma once

#include <QMetaType>
#include <QString>

namespace StampDeck {

// The answer of one SecretStore operation. "Not found" is its own status because it is not an
// error: it means "ask the user for the key" (the Nextcloud rule).
struct SecretResult
{
    enum class Status {
        Ok,
        NotFound,    // no entry under this key: ask the user
        Unavailable, // no keychain answered (no Secret Service, no D-Bus, daemon not up)
        Denied,      // the keychain is locked or access was refused
        Failed,      // the keychain answered with another error
    };

    Status status = Status::Ok;
    QString secret;      // set by read() only
    QString errorString; // why, in words for the user; never contains a secret

    bool ok() const { return status == Status::Ok; }
    // The store cannot be used at all: the user must learn why and may pick the memory-only mode.
    bool storeUnusable() const { return status == Status::Unavailable || status == Status::Denied; }

    static SecretResult success(const QString &secret = {}) { return {Status::Ok, secret, {}}; }
    static SecretResult failure(Status status, const QString &why) { return {status, {}, why}; }
};

} // namespace StampDeck

Q_DECLARE_METATYPE(StampDeck::SecretResult)
