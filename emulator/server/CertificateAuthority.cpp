#include "server/CertificateAuthority.h"

#include "server/CertificateFactory.h"

#include <QDir>
#include <QFile>
#include <QSaveFile>
#include <QSslSocket>

#include <sys/stat.h>

namespace StampDeck::Emulator {

namespace {

const QString CaCertificateFile = QStringLiteral("ca.pem");
const QString CaKeyFile = QStringLiteral("ca.key");
const QString ServerCertificateFile = QStringLiteral("server.pem");
const QString ServerKeyFile = QStringLiteral("server.key");
constexpr int CaValidDays = 3650;
constexpr int ServerValidDays = 365;
// Regenerate a little before expiry, so a run that starts today does not expire tomorrow.
constexpr qint64 MinimumRemainingSeconds = 24 * 3600;

QByteArray readFile(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return file.readAll();
}

// Atomic replace; a private key is made 0600 before any byte of it is written.
bool writeFile(const QString &path, const QByteArray &data, bool secret, QString *error)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly)) {
        if (error)
            *error = QStringLiteral("cannot write %1: %2").arg(path, file.errorString());
        return false;
    }
    if (::fchmod(file.handle(), secret ? 0600 : 0644) != 0) {
        if (error)
            *error = QStringLiteral("cannot set permissions on %1").arg(path);
        file.cancelWriting();
        return false;
    }
    if (file.write(data) != data.size() || !file.commit()) {
        if (error)
            *error = QStringLiteral("cannot write %1: %2").arg(path, file.errorString());
        return false;
    }
    return true;
}

bool usableCa(const CertificateFactory::Pem &ca)
{
    return CertificateFactory::keyMatches(ca) && CertificateFactory::isCa(ca.certificate)
        && CertificateFactory::isSignedBy(ca.certificate, ca.certificate)
        && CertificateFactory::isValidFor(ca.certificate, MinimumRemainingSeconds);
}

bool usableServer(const CertificateFactory::Pem &server, const CertificateFactory::Pem &ca)
{
    return CertificateFactory::keyMatches(server)
        && CertificateFactory::isSignedBy(server.certificate, ca.certificate)
        && CertificateFactory::isValidFor(server.certificate, MinimumRemainingSeconds)
        && CertificateFactory::coversLoopback(server.certificate);
}

bool setError(QString *error, const QString &message)
{
    if (error)
        *error = message;
    return false;
}

} // namespace

std::optional<CertificateAuthority> CertificateAuthority::loadOrCreate(const QString &stateDirectory,
                                                                      QString *error)
{
    const QString directory = QDir(stateDirectory).absolutePath();
    if (!QDir(directory).exists()) {
        if (!QDir().mkpath(directory)) {
            setError(error, QStringLiteral("cannot create the state folder %1").arg(directory));
            return std::nullopt;
        }
        // The folder holds private keys: keep other users out of it.
        QFile::setPermissions(directory, QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner);
    }
    const QDir dir(directory);
    CertificateAuthority authority;
    authority.m_directory = directory;

    CertificateFactory::Pem ca{readFile(dir.filePath(CaCertificateFile)), readFile(dir.filePath(CaKeyFile))};
    if (!usableCa(ca)) {
        QString reason;
        auto created = CertificateFactory::createCa(QStringLiteral("StampDeck Emulator Local CA"),
                                                    CaValidDays, &reason);
        if (!created) {
            setError(error, QStringLiteral("cannot create the emulator CA: %1").arg(reason));
            return std::nullopt;
        }
        ca = *created;
        if (!writeFile(dir.filePath(CaKeyFile), ca.privateKey, true, error)
            || !writeFile(dir.filePath(CaCertificateFile), ca.certificate, false, error))
            return std::nullopt;
        authority.m_createdCa = true;
    }

    CertificateFactory::Pem server{readFile(dir.filePath(ServerCertificateFile)),
                                   readFile(dir.filePath(ServerKeyFile))};
    if (authority.m_createdCa || !usableServer(server, ca)) {
        QString reason;
        auto created = CertificateFactory::createServer(ca, ServerValidDays, &reason);
        if (!created) {
            setError(error, QStringLiteral("cannot create the server certificate: %1").arg(reason));
            return std::nullopt;
        }
        server = *created;
        if (!writeFile(dir.filePath(ServerKeyFile), server.privateKey, true, error)
            || !writeFile(dir.filePath(ServerCertificateFile), server.certificate, false, error))
            return std::nullopt;
        authority.m_createdServer = true;
    }

    authority.m_caCertificate = QSslCertificate(ca.certificate, QSsl::Pem);
    authority.m_serverCertificate = QSslCertificate(server.certificate, QSsl::Pem);
    authority.m_serverKey = QSslKey(server.privateKey, QSsl::Ec, QSsl::Pem, QSsl::PrivateKey);
    if (authority.m_caCertificate.isNull() || authority.m_serverCertificate.isNull()
        || authority.m_serverKey.isNull()) {
        setError(error, QStringLiteral("Qt cannot read the generated certificates in %1").arg(directory));
        return std::nullopt;
    }
    return authority;
}

QSslConfiguration CertificateAuthority::serverConfiguration() const
{
    QSslConfiguration configuration = QSslConfiguration::defaultConfiguration();
    configuration.setLocalCertificateChain({m_serverCertificate, m_caCertificate});
    configuration.setPrivateKey(m_serverKey);
    configuration.setProtocol(QSsl::TlsV1_2OrLater);
    configuration.setPeerVerifyMode(QSslSocket::VerifyNone);
    return configuration;
}

QSslConfiguration CertificateAuthority::clientConfiguration() const
{
    QSslConfiguration configuration = QSslConfiguration::defaultConfiguration();
    configuration.setCaCertificates({m_caCertificate});
    configuration.setProtocol(QSsl::TlsV1_2OrLater);
    return configuration;
}

QString CertificateAuthority::caCertificatePath() const
{
    return QDir(m_directory).filePath(CaCertificateFile);
}

QString CertificateAuthority::serverCertificatePath() const
{
    return QDir(m_directory).filePath(ServerCertificateFile);
}

} // namespace StampDeck::Emulator
