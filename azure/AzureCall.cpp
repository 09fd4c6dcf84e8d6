#include "AzureCall.h"

namespace StampDeck::Azure {

AzureCall::AzureCall(QObject *parent)
    : QObject(parent)
{
}

AzureCall::~AzureCall()
{
    if (!m_finished && m_canceller) {
        // Stop the work; nobody listens any more, so nothing is emitted.
        auto canceller = std::move(m_canceller);
        m_finished = true;
        canceller();
    }
}

void AzureCall::cancel()
{
    if (m_finished)
        return;
    if (m_canceller) {
        auto canceller = std::move(m_canceller);
        canceller();
    }
    finish(AzureError::cancelled());
}

void AzureCall::fail(const AzureError &error)
{
    finish(error.isError() ? error : AzureError::invalidResponse(QStringLiteral("failed without an error")));
}

void AzureCall::failLater(const AzureError &error)
{
    QMetaObject::invokeMethod(this, [this, error]() { fail(error); }, Qt::QueuedConnection);
}

void AzureCall::finishSuccess()
{
    finish(AzureError());
}

void AzureCall::finish(const AzureError &error)
{
    if (m_finished)
        return;
    m_finished = true;
    m_error = error;
    m_canceller = nullptr;
    Q_EMIT finished();
    if (m_autoDelete)
        deleteLater();
}

} // namespace StampDeck::Azure
