#pragma once

#include "SecretStore.h"

#include <QLatin1StringView>
#include <QList>

#include <chrono>
#include <memory>

namespace QKeychain {
class Job;
}

namespace StampDeck {

// The OS keychain as a SecretStore: the only place in StampDeck that uses QtKeychain (Secret
// Service, KWallet, macOS Keychain, Windows Credential Manager). Rules from Nextcloud's
// httpcredentials.cpp:
//  - one service name per scope (ServiceName; the demo's keys under DemoServiceName so they never
//    mix with real ones), entries keyed by EndpointCredential::storageKeyFor (the one key builder);
//  - the insecure plaintext fallback is switched off on every job, read and write alike: a
//    keychain that does not answer is reported, never replaced by a file;
//  - "entry not found" is SecretResult::Status::NotFound ("ask the user"), not an error;
//  - on Linux, one delayed retry when the keychain daemon is not up yet (e.g. right after login);
//  - NoBackendAvailable, a locked keychain and refused access reach the user as such.
// Jobs are asynchronous; nothing here waits or spins an event loop.
class CredentialVault : public SecretStore
{
    Q_OBJECT

public:
    enum class Scope { Fleet, Demo };

    static constexpr QLatin1StringView ServiceName{"StampDeck"};
    static constexpr QLatin1StringView DemoServiceName{"StampDeck Demo"};
    static constexpr std::chrono::milliseconds DefaultRetryDelay{3000};

    explicit CredentialVault(Scope scope, QObject *parent = nullptr);
    ~CredentialVault() override;

    QString serviceName() const;
    // How long to wait before the one retry on Linux (tests shorten it).
    void setRetryDelay(std::chrono::milliseconds delay) { m_retryDelay = delay; }

    QString displayName() const override;
    bool isPersistent() const override { return true; }
    bool isAvailable() const override { return m_available; }
    QString errorString() const override { return m_errorString; }

    QFuture<SecretResult> store(const QString &key, const QString &secret) override;
    QFuture<SecretResult> read(const QString &key) override;
    QFuture<SecretResult> remove(const QString &key) override;

private:
    struct Request;
    enum class RetryState { NotYet, Waiting, Spent };

    QFuture<SecretResult> submit(std::shared_ptr<Request> request);
    void start(const std::shared_ptr<Request> &request);
    void onFinished(const std::shared_ptr<Request> &request, QKeychain::Job *job);
    void retryWaiting();
    void setAvailable(bool available, const QString &why);
    SecretResult resultOf(const Request &request, QKeychain::Job *job) const;

    Scope m_scope;
    std::chrono::milliseconds m_retryDelay = DefaultRetryDelay;
    RetryState m_retryState = RetryState::NotYet;
    QList<std::shared_ptr<Request>> m_waiting;
    bool m_available = true;
    QString m_errorString;
};

} // namespace StampDeck
