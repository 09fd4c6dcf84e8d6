#pragma once

#include "SecretStore.h"

#include <QHash>

namespace StampDeck {

// Keys held in this process's memory only, for this run: what the user may choose when no
// keychain answers. Nothing here ever touches the disk. Always available.
class MemorySecretStore : public SecretStore
{
    Q_OBJECT

public:
    explicit MemorySecretStore(QObject *parent = nullptr);
    ~MemorySecretStore() override;

    QString displayName() const override;
    bool isPersistent() const override { return false; }
    bool isAvailable() const override { return true; }
    QString errorString() const override { return {}; }

    QFuture<SecretResult> store(const QString &key, const QString &secret) override;
    QFuture<SecretResult> read(const QString &key) override;
    QFuture<SecretResult> remove(const QString &key) override;

    qsizetype count() const { return m_secrets.size(); }

private:
    QHash<QString, QString> m_secrets;
};

} // namespace StampDeck
