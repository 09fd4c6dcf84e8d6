#pragma once

// Shared state of the tests that drive emulator services over real HTTPS (tst_dpshttps,
// tst_hubservicehttps): a fresh local CA in a temporary state directory and a
// QNetworkAccessManager that trusts that CA only (SSL errors are never ignored).

#include "HttpsAnswer.h"
#include "server/CertificateAuthority.h"

#include <QNetworkAccessManager>
#include <QNetworkRequest>
#include <QString>
#include <QTemporaryDir>

#include <optional>

class HttpsTestFixture
{
protected:
    // Creates the CA in m_stateDir: call from the test's initTestCase() and QVERIFY2 the result.
    bool createCertificateAuthority(QString *error);

    // Sends request over m_network, trusting m_ca only.
    StampDeck::Testing::HttpsAnswer send(QNetworkRequest request, const QByteArray &method, const QByteArray &body);

    QTemporaryDir m_stateDir;
    std::optional<StampDeck::Emulator::CertificateAuthority> m_ca;
    QNetworkAccessManager m_network;
};
