#include "DemoCredentialImporter.h"

#include "ConnectionString.h"
#include "CredentialBook.h"

namespace StampDeck {

DemoCredentialImporter::DemoCredentialImporter(CredentialBook *book, QObject *parent) : QObject(parent), m_book(book) {}

void DemoCredentialImporter::import(const EmulatorEndpoints &endpoints)
{
    m_queue.clear();
    m_stored = 0;
    m_problems.clear();
    m_useMemory = false;
    for (const auto &hub : endpoints.hubs)
        m_queue << Entry{EndpointCredential::Kind::Hub, hub.name, hub.connectionString};
    for (const auto &dps : endpoints.dps)
        m_queue << Entry{EndpointCredential::Kind::Dps, dps.name, dps.connectionString};
    m_book->load().then(this, [this](const SecretResult &) {
        // Without a keychain the list holds nothing stale; the saves below will tell why.
        m_stale = m_book->credentials();
        forgetNext();
    });
}

void DemoCredentialImporter::forgetNext()
{
    if (m_stale.isEmpty()) {
        saveNext();
        return;
    }
    m_book->forget(m_stale.takeFirst()).then(this, [this](const SecretResult &) { forgetNext(); });
}

void DemoCredentialImporter::saveNext()
{
    if (m_queue.isEmpty()) {
        Q_EMIT finished(m_stored, m_problems);
        return;
    }
    const Entry entry = m_queue.takeFirst();
    QString error;
    const auto connectionString = Azure::ConnectionString::parse(entry.connectionString, &error);
    if (!connectionString) {
        // The parser's message names the wrong part, never the key.
        m_problems << tr("The emulator's connection string for %1 is not valid: %2").arg(entry.name, error);
        saveNext();
        return;
    }
    EndpointCredential credential{entry.kind, connectionString->hostName(), connectionString->sharedAccessKeyName(), {},
                                  m_useMemory ? EndpointCredential::Storage::Memory : EndpointCredential::Storage::Keychain};
    m_book->save(credential, connectionString->sharedAccessKey()).then(this, [this, credential, key = connectionString->sharedAccessKey()](const SecretResult &result) {
        if (result.ok()) {
            ++m_stored;
        } else if (result.storeUnusable() && credential.storage == EndpointCredential::Storage::Keychain) {
            // The demo's keys die with the emulator anyway; memory is where they belong when the
            // keychain is away, and the user is told.
            m_problems << tr("No keychain answered (%1); the demo's keys are kept in memory for this run only.").arg(result.errorString);
            m_useMemory = true;
            EndpointCredential inMemory = credential;
            inMemory.storage = EndpointCredential::Storage::Memory;
            m_book->save(inMemory, key).then(this, [this](const SecretResult &retried) {
                if (retried.ok())
                    ++m_stored;
                saveNext();
            });
            return;
        } else {
            m_problems << tr("The key for %1 was not stored: %2").arg(credential.hostName, result.errorString);
        }
        saveNext();
    });
}

} // namespace StampDeck
