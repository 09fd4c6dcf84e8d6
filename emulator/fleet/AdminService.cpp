#include "fleet/AdminService.h"

#include "dps/DpsStore.h"
#include "server/HttpsEndpoint.h"

#include <QJsonArray>
#include <QJsonDocument>

namespace StampDeck::Emulator {

namespace {

HttpResponse error(int status, const QString &message, QList<QPair<QByteArray, QByteArray>> headers = {})
{
    return HttpResponse::json(status, QJsonDocument(QJsonObject{{QStringLiteral("error"), message}}),
                              std::move(headers));
}

// Compares without an early exit, so the time taken says nothing about the token.
bool constantTimeEquals(const QByteArray &a, const QByteArray &b)
{
    if (a.size() != b.size())
        return false;
    unsigned char difference = 0;
    for (qsizetype i = 0; i < a.size(); ++i)
        difference |= static_cast<unsigned char>(a[i] ^ b[i]);
    return difference == 0;
}

} // namespace

AdminService::AdminService(QByteArray token, QString version)
    : m_token(std::move(token)), m_version(std::move(version))
{
    m_uptime.start();
}

void AdminService::addInstance(const QString &name, FaultInjector *faults, const HttpsEndpoint *endpoint)
{
    m_instances.append({name, faults, endpoint});
}

void AdminService::addDpsStore(const QString &name, DpsStore *store)
{
    m_dpsStores.append({name, store});
}

AdminService::Instance *AdminService::instance(const QString &name)
{
    for (Instance &candidate : m_instances) {
        if (candidate.name == name)
            return &candidate;
    }
    return nullptr;
}

bool AdminService::authorized(const HttpRequest &request) const
{
    const QByteArray header = request.header("authorization");
    static const QByteArray scheme = QByteArrayLiteral("Bearer ");
    return !m_token.isEmpty() && header.startsWith(scheme) && constantTimeEquals(header.mid(scheme.size()), m_token);
}

HttpResponse AdminService::handle(const HttpRequest &request)
{
    if (!authorized(request)) {
        return error(401, QStringLiteral("missing or wrong bearer token (see 'admin' in the endpoints file)"),
                     {{QByteArrayLiteral("WWW-Authenticate"), QByteArrayLiteral("Bearer")}});
    }
    const QStringList &segments = request.segments;
    const QString first = segments.value(0);
    if (first == u"health" && segments.size() == 1) {
        if (request.method != "GET")
            return error(405, QStringLiteral("/health answers GET only"));
        return health();
    }
    if (first == u"faults" && segments.size() <= 2)
        return faults(request);
    if (first == u"allocation" && segments.size() <= 2)
        return allocation(request);
    if (first == u"state" && segments.size() == 2 && segments[1] == u"save") {
        if (request.method != "POST")
            return error(405, QStringLiteral("/state/save answers POST only"));
        return saveState();
    }
    return error(404, QStringLiteral("no admin route /%1").arg(segments.join(u'/')));
}

HttpResponse AdminService::health() const
{
    QJsonArray instances;
    for (const Instance &entry : m_instances) {
        QJsonObject item{{QStringLiteral("name"), entry.name},
                         {QStringLiteral("faults"), toJson(entry.faults->settings())}};
        if (entry.endpoint) {
            const HttpsEndpoint::Counters &counters = entry.endpoint->counters();
            item.insert(QStringLiteral("hostName"), entry.endpoint->hostName());
            item.insert(QStringLiteral("requests"), qint64(counters.requests));
            item.insert(QStringLiteral("errors"), qint64(counters.errors));
            item.insert(QStringLiteral("injectedErrors"), qint64(counters.injectedErrors));
            item.insert(QStringLiteral("dropped"), qint64(counters.dropped));
        }
        instances.append(item);
    }
    return HttpResponse::json(200, QJsonDocument(QJsonObject{
                                       {QStringLiteral("status"), QStringLiteral("ok")},
                                       {QStringLiteral("version"), m_version},
                                       {QStringLiteral("uptimeSeconds"), m_uptime.elapsed() / 1000},
                                       {QStringLiteral("instances"), instances},
                                   }));
}

HttpResponse AdminService::faults(const HttpRequest &request)
{
    if (request.segments.size() == 1) {
        if (request.method != "GET")
            return error(405, QStringLiteral("/faults answers GET only; change one instance with PUT /faults/{instance}"));
        QJsonObject all;
        for (const Instance &entry : std::as_const(m_instances))
            all.insert(entry.name, toJson(entry.faults->settings()));
        return HttpResponse::json(200, QJsonDocument(all));
    }
    Instance *target = instance(request.segments[1]);
    if (!target)
        return error(404, QStringLiteral("no instance named '%1'").arg(request.segments[1]));
    if (request.method == "PUT") {
        QString problem;
        const std::optional<FaultSettings> settings = settingsFromJson(request.body, &problem);
        if (!settings)
            return error(400, problem);
        target->faults->setSettings(*settings);
    } else if (request.method == "DELETE") {
        target->faults->setSettings({});
    } else if (request.method != "GET") {
        return error(405, QStringLiteral("/faults/{instance} answers GET, PUT and DELETE"));
    }
    return HttpResponse::json(200, QJsonDocument(toJson(target->faults->settings())));
}

HttpResponse AdminService::allocation(const HttpRequest &request)
{
    const auto describe = [](const DpsStore *store) {
        QJsonObject object = store->allocationMode().toJson();
        object.insert(QStringLiteral("held"), qint64(store->heldCount()));
        return object;
    };
    if (request.segments.size() == 1) {
        if (request.method != "GET")
            return error(405, QStringLiteral("/allocation answers GET only; change one DPS instance with PUT /allocation/{instance}"));
        QJsonObject all;
        for (const auto &[name, store] : std::as_const(m_dpsStores))
            all.insert(name, describe(store));
        return HttpResponse::json(200, QJsonDocument(all));
    }
    const QString &name = request.segments[1];
    DpsStore *target = nullptr;
    for (const auto &[candidate, store] : std::as_const(m_dpsStores)) {
        if (candidate == name)
            target = store;
    }
    if (!target)
        return error(404, QStringLiteral("no DPS instance named '%1'").arg(name));
    QJsonObject answer;
    if (request.method == "PUT" || request.method == "DELETE") {
        AllocationMode mode;
        if (request.method == "PUT") {
            QString problem;
            const std::optional<AllocationMode> parsed = AllocationMode::fromJson(request.body, &problem);
            if (!parsed)
                return error(400, problem);
            mode = *parsed;
        }
        const int settled = target->setAllocationMode(mode);
        answer = describe(target);
        answer.insert(QStringLiteral("settled"), settled);
    } else if (request.method == "GET") {
        answer = describe(target);
    } else {
        return error(405, QStringLiteral("/allocation/{instance} answers GET, PUT and DELETE"));
    }
    return HttpResponse::json(200, QJsonDocument(answer));
}

HttpResponse AdminService::saveState()
{
    if (!m_stateSaver)
        return error(409, QStringLiteral("the emulator runs without --state"));
    const QString problem = m_stateSaver();
    if (!problem.isEmpty())
        return error(500, problem);
    return HttpResponse::json(200, QJsonDocument(QJsonObject{{QStringLiteral("saved"), true}}));
}

QJsonObject AdminService::toJson(const FaultSettings &settings)
{
    return {{QStringLiteral("errorRate"), settings.errorRate},
            {QStringLiteral("latencyMs"), settings.latencyMs},
            {QStringLiteral("dropRate"), settings.dropRate},
            {QStringLiteral("errorStatus"), settings.errorStatus}};
}

std::optional<FaultSettings> AdminService::settingsFromJson(const QByteArray &body, QString *error)
{
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(body, &parseError);
    if (parseError.error != QJsonParseError::NoError || !document.isObject()) {
        *error = QStringLiteral("the body must be a JSON object like {\"errorRate\": 1}");
        return std::nullopt;
    }
    FaultSettings settings;
    const QJsonObject object = document.object();
    for (auto it = object.begin(); it != object.end(); ++it) {
        const QString &key = it.key();
        const QJsonValue value = it.value();
        const double number = value.toDouble(-1);
        if (key == u"errorRate" || key == u"dropRate") {
            if (!value.isDouble() || number < 0 || number > 1) {
                *error = QStringLiteral("'%1' must be a number from 0 to 1").arg(key);
                return std::nullopt;
            }
            (key == u"errorRate" ? settings.errorRate : settings.dropRate) = number;
        } else if (key == u"latencyMs") {
            if (!value.isDouble() || number < 0 || number > 600'000 || number != double(int(number))) {
                *error = QStringLiteral("'latencyMs' must be an integer from 0 to 600000");
                return std::nullopt;
            }
            settings.latencyMs = int(number);
        } else if (key == u"errorStatus") {
            if (number != 500 && number != 503) {
                *error = QStringLiteral("'errorStatus' must be 500 or 503");
                return std::nullopt;
            }
            settings.errorStatus = int(number);
        } else {
            *error = QStringLiteral("unknown field '%1' (expected errorRate, latencyMs, dropRate, errorStatus)").arg(key);
            return std::nullopt;
        }
    }
    return settings;
}

} // namespace StampDeck::Emulator
