#include "CredentialVault.h"

#include <qt6keychain/keychain.h>

#include <QPromise>
#include <QTimer>

namespace StampDeck {

struct CredentialVault::Request
{
    enum class Operation { Store, Read, Remove };

    Operation operation;
    QString key;
    QString secret; // Store only
    QPromise<SecretResult> promise;
};

CredentialVault::CredentialVault(Scope scope, QObject *parent) : SecretStore(parent), m_scope(scope) {}

CredentialVault::~CredentialVault() = default;

QString CredentialVault::serviceName() const
{
    return m_scope == Scope::Demo ? QString(DemoServiceName) : QString(ServiceName);
}

QString CredentialVault::displayName() const
{
    return tr("the system keychain");
}

QFuture<SecretResult> CredentialVault::store(const QString &key, const QString &secret)
{
    auto request = std::make_shared<Request>();
    request->operation = Request::Operation::Store;
    request->key = key;
    request->secret = secret;
    return submit(std::move(request));
}

QFuture<SecretResult> CredentialVault::read(const QString &key)
{
    auto request = std::make_shared<Request>();
    request->operation = Request::Operation::Read;
    request->key = key;
    return submit(std::move(request));
}

QFuture<SecretResult> CredentialVault::remove(const QString &key)
{
    auto request = std::make_shared<Request>();
    request->operation = Request::Operation::Remove;
    request->key = key;
    return submit(std::move(request));
}

QFuture<SecretResult> CredentialVault::submit(std::shared_ptr<Request> request)
{
    request->promise.start();
    QFuture<SecretResult> future = request->promise.future();
    start(request);
    return future;
}

void CredentialVault::start(const std::shared_ptr<Request> &request)
{
    QKeychain::Job *job = nullptr;
    switch (request->operation) {
    case Request::Operation::Store: {
        auto *write = new QKeychain::WritePasswordJob(serviceName());
        write->setTextData(request->secret);
        job = write;
        break;
    }
    case Request::Operation::Read:
        job = new QKeychain::ReadPasswordJob(serviceName());
        break;
    case Request::Operation::Remove:
        job = new QKeychain::DeletePasswordJob(serviceName());
        break;
    }
    // Never write a secret to a plaintext file when the keychain fails (QtKeychain's default is
    // off, but the rule is to say so on every job, read and write).
    job->setInsecureFallback(false);
    job->setKey(request->key);
    // The job has no parent and deletes itself: the backend's callback may still arrive after we
    // are gone (libsecret holds a pointer to the job), so the job must outlive us. The connection's
    // context is `this`, so a late answer finds no receiver and the promise is cancelled.
    job->setAutoDelete(true);
    connect(job, &QKeychain::Job::finished, this, [this, request](QKeychain::Job *finished) { onFinished(request, finished); });
    job->start();
}

void CredentialVault::onFinished(const std::shared_ptr<Request> &request, QKeychain::Job *job)
{
    SecretResult result = resultOf(*request, job);
#if defined(Q_OS_UNIX) && !defined(Q_OS_MACOS)
    // A Secret Service or KWallet daemon started with the session may not be up when we first
    // ask: wait once, then trust the answer (Nextcloud does the same).
    if (result.status == SecretResult::Status::Unavailable && m_retryState != RetryState::Spent) {
        m_waiting << request;
        if (m_retryState == RetryState::NotYet) {
            m_retryState = RetryState::Waiting;
            QTimer::singleShot(m_retryDelay, this, &CredentialVault::retryWaiting);
        }
        return;
    }
#endif
    if (result.ok() || result.status == SecretResult::Status::NotFound) {
        // The keychain answered: later failures are real, not a daemon still starting.
        if (m_retryState == RetryState::NotYet)
            m_retryState = RetryState::Spent;
        setAvailable(true, {});
    } else if (result.storeUnusable()) {
        setAvailable(false, result.errorString);
    }
    if (request->operation == Request::Operation::Store)
        request->secret.fill(QLatin1Char('\0'));
    request->promise.addResult(result);
    request->promise.finish();
}

void CredentialVault::retryWaiting()
{
    m_retryState = RetryState::Spent;
    const auto waiting = std::exchange(m_waiting, {});
    for (const auto &request : waiting)
        start(request);
}

void CredentialVault::setAvailable(bool available, const QString &why)
{
    m_errorString = why;
    if (m_available == available)
        return;
    m_available = available;
    Q_EMIT availabilityChanged(available);
}

SecretResult CredentialVault::resultOf(const Request &request, QKeychain::Job *job) const
{
    using Status = SecretResult::Status;
    // QtKeychain's messages come from the backend (D-Bus, libsecret) and never contain the secret.
    const QString detail = job->errorString();
    switch (job->error()) {
    case QKeychain::NoError:
        if (request.operation == Request::Operation::Read)
            return SecretResult::success(static_cast<QKeychain::ReadPasswordJob *>(job)->textData());
        return SecretResult::success();
    case QKeychain::EntryNotFound:
        // Removing what is not there leaves the wanted state: no entry.
        if (request.operation == Request::Operation::Remove)
            return SecretResult::success();
        return SecretResult::failure(Status::NotFound, tr("The keychain holds no key for this entry."));
    case QKeychain::NoBackendAvailable:
    case QKeychain::NotImplemented:
        return SecretResult::failure(Status::Unavailable,
                                     tr("No keychain is available on this system (%1).").arg(detail));
    case QKeychain::AccessDenied:
    case QKeychain::AccessDeniedByUser:
        // libsecret reports a locked collection as AccessDenied.
        return SecretResult::failure(Status::Denied,
                                     tr("The keychain is locked or refused access (%1).").arg(detail));
    case QKeychain::OtherError:
        // With the Secret Service this is how "no D-Bus session" and "no org.freedesktop.secrets"
        // arrive: the keychain did not answer, which for the user is the same as having none.
        return SecretResult::failure(Status::Unavailable, tr("The keychain did not answer (%1).").arg(detail));
    case QKeychain::CouldNotDeleteEntry:
        break;
    }
    return SecretResult::failure(Status::Failed, tr("The keychain reported an error (%1).").arg(detail));
}

} // namespace StampDeck
