#pragma once

#include <QSslCertificate>
#include <QSslConfiguration>
#include <QSslKey>
#include <QString>

#include <optional>

namespace StampDeck::Emulator {

// The emulator's own certificate authority, kept in its state folder so clients (the console,
// the SDK conformance tests) can trust one CA file across restarts:
//   ca.pem / ca.key         a self-signed CA (EC P-256, 10 years)
//   server.pem / server.key  CN=localhost, subjectAltName DNS:localhost, IP:127.0.0.1, IP:::1,
//                            signed by the CA (EC P-256, 1 year)
// Keys are written with mode 0600 and files are replaced atomically. Existing files are reused
// when they parse, belong together (key matches certificate, server signed by the CA) and stay
// valid for another day; otherwise what is broken is generated again (a new CA means a new
// server certificate too).
class CertificateAuthority
{
public:
    // Loads or creates the files in stateDirectory (created with mode 0700 when missing).
    static std::optional<CertificateAuthority> loadOrCreate(const QString &stateDirectory,
                                                            QString *error = nullptr);

    // Local certificate (with the CA in the chain) and key for QSslServer; TLS 1.2 or newer.
    QSslConfiguration serverConfiguration() const;
    // A client configuration that trusts this CA only (for tests and the console's --demo mode).
    QSslConfiguration clientConfiguration() const;

    QString caCertificatePath() const;
    QString serverCertificatePath() const;
    QSslCertificate caCertificate() const { return m_caCertificate; }
    QSslCertificate serverCertificate() const { return m_serverCertificate; }
    QString stateDirectory() const { return m_directory; }

    // What loadOrCreate() had to do, for the startup log and tests.
    bool createdCa() const { return m_createdCa; }
    bool createdServerCertificate() const { return m_createdServer; }

private:
    CertificateAuthority() = default;

    QString m_directory;
    QSslCertificate m_caCertificate;
    QSslCertificate m_serverCertificate;
    QSslKey m_serverKey;
    bool m_createdCa = false;
    bool m_createdServer = false;
};

} // namespace StampDeck::Emulator
