#include "HttpsTestFixture.h"

#include "HttpsExchange.h"

using namespace StampDeck::Emulator;

bool HttpsTestFixture::createCertificateAuthority(QString *error)
{
    if (!m_stateDir.isValid()) {
        *error = QStringLiteral("no temporary state directory");
        return false;
    }
    m_ca = CertificateAuthority::loadOrCreate(m_stateDir.path(), error);
    return m_ca.has_value();
}

StampDeck::Testing::HttpsAnswer HttpsTestFixture::send(QNetworkRequest request, const QByteArray &method, const QByteArray &body)
{
    request.setSslConfiguration(m_ca->clientConfiguration());
    return StampDeck::Testing::HttpsExchange::send(m_network, request, method, body);
}
