#pragma once

#include "ConnectionProbe.h"

#include <QHash>
#include <QList>
#include <QSslCertificate>

#include <chrono>
#include <memory>

class QNetworkAccessManager;
class QNetworkReply;

namespace StampDeck {

// ConnectionProbe over plain QNetworkAccessManager and the azure/ SAS code, for as long as the
// console has no Azure clients to ask. It makes a few harmless HTTPS calls with a token that
// lives five minutes and reads the rights from the answers:
//   hub: GET /statistics/devices (RegistryRead), GET /statistics/service (ServiceConnect),
//        PUT /devices/<probe id> with a body that is not JSON (RegistryWrite: 400 means the
//        policy may write and the body was refused, 401 that it may not; nothing is created);
//   DPS: POST /enrollments/query (EnrollmentRead), PUT /enrollments/<probe id> with a body that
//        is not JSON (EnrollmentWrite, as above), GET /registrations/<probe id>
//        (RegistrationStatusRead: 404 means allowed to look).
// TLS is always verified; an extra CA (the emulator's) is trusted for its own host only.
class HttpConnectionProbe : public ConnectionProbe
{
    Q_OBJECT

public:
    // The probe id used in the write checks; no such device or enrollment should ever exist.
    static constexpr QLatin1StringView ProbeId{"stampdeck-rights-probe"};
    static constexpr std::chrono::seconds TokenLifetime{300};

    explicit HttpConnectionProbe(QNetworkAccessManager *network, QObject *parent = nullptr);
    ~HttpConnectionProbe() override;

    // Trust these CA certificates for connections to hostName ("host" or "host:port") only.
    void setExtraCaCertificates(const QString &hostName, const QList<QSslCertificate> &certificates);

    QFuture<ConnectionProbeResult> probe(const Azure::ConnectionString &connectionString,
                                         EndpointCredential::Kind kind) override;

private:
    struct Run;
    struct Call;

    static QList<Call> callsFor(EndpointCredential::Kind kind);
    void send(const std::shared_ptr<Run> &run, const Azure::ConnectionString &connectionString,
              const Call &call, const QByteArray &authorization);
    void onReply(const std::shared_ptr<Run> &run, const Call &call, QNetworkReply *reply);
    static void finish(Run &run);

    QNetworkAccessManager *m_network;
    QHash<QString, QList<QSslCertificate>> m_extraCas; // by lower-case host name
};

} // namespace StampDeck
