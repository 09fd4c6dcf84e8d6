#include "HubServiceFixture.h"

#include <SharedAccessSignature.h>

#include <QDateTime>
#include <QJsonDocument>
#include <QUrlQuery>

using namespace StampDeck::Emulator;
namespace Azure = StampDeck::Azure;

void HubServiceFixture::resetHub()
{
    m_registry = std::make_unique<HubRegistry>(Host);
    m_policies = std::make_unique<AccessPolicies>(AccessPolicies::forHub());
    m_nowMs = 1'000'000;
    m_quotas = std::make_unique<QuotaGate>(QuotaLimits::forHub(QStringLiteral("S1"), 1), 1.0, [this] { return m_nowMs; });
    m_quotas->setEnabled(false);
    m_service = std::make_unique<HubService>(m_registry.get(), m_policies.get(), m_quotas.get());
}

QByteArray HubServiceFixture::token(const QString &policy, qint64 expiry, const QString &host) const
{
    const AccessPolicies::Policy *p = m_policies->policy(policy);
    if (!p)
        qFatal("no policy %s", qPrintable(policy));
    if (expiry == 0)
        expiry = QDateTime::currentSecsSinceEpoch() + 3600;
    return Azure::SharedAccessSignature::create(host, policy, QString::fromLatin1(p->primaryKey), expiry,
                                                Azure::SharedAccessSignature::ResourceEncoding::AsIs)
        .toString().toLatin1();
}

HttpRequest HubServiceFixture::request(const char *method, const QString &path, const QByteArray &body, const QString &policy)
{
    HttpRequest r;
    r.method = method;
    const qsizetype q = path.indexOf(u'?');
    const QString route = q < 0 ? path : path.left(q);
    r.segments = route.mid(1).split(u'/');
    r.query = QUrlQuery(q < 0 ? QStringLiteral("api-version=2021-04-12") : path.mid(q + 1));
    if (!policy.isEmpty())
        r.headers.insert("authorization", token(policy));
    r.body = body;
    return r;
}

HttpResponse HubServiceFixture::send(const char *method, const QString &path, const QByteArray &body,
                                     QList<QPair<QByteArray, QByteArray>> headers)
{
    HttpRequest r = request(method, path, body);
    for (const auto &[name, value] : headers)
        r.headers.insert(name, value);
    return m_service->handle(r);
}

QJsonObject HubServiceFixture::json(const QByteArray &text)
{
    return QJsonDocument::fromJson(text).object();
}

QByteArray HubServiceFixture::header(const HttpResponse &response, const QByteArray &name)
{
    for (const auto &[key, value] : response.headers) {
        if (key.compare(name, Qt::CaseInsensitive) == 0)
            return value;
    }
    return {};
}

QString HubServiceFixture::errorCodeOf(const HttpResponse &response)
{
    return QString::fromLatin1(header(response, "iothub-errorcode"));
}
