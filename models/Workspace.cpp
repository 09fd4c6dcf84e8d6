#include "Workspace.h"

#include "WorkspaceReader.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>
#include <QSaveFile>
#include <QSet>

namespace StampDeck {

namespace {

constexpr qint64 HubDeviceLimit = 1'000'000;
const QLatin1String FormatName("stampdeck-workspace");

bool validHostName(const QString &host)
{
    static const QRegularExpression pattern(QStringLiteral(
        "^[A-Za-z0-9]([A-Za-z0-9-]{0,61}[A-Za-z0-9])?(\\.[A-Za-z0-9]([A-Za-z0-9-]{0,61}[A-Za-z0-9])?)*(:[0-9]{1,5})?$"));
    return pattern.match(host).hasMatch();
}

bool readStamp(WorkspaceReader &r, const QJsonObject &json, const QString &path, Stamp *stamp)
{
    if (!r.onlyKnownKeys(json, path, {QStringLiteral("id"), QStringLiteral("name"), QStringLiteral("region"),
                                      QStringLiteral("ring"), QStringLiteral("tenancy"), QStringLiteral("hub"),
                                      QStringLiteral("dps"), QStringLiteral("plannedCapacity"),
                                      QStringLiteral("caCertificate")}))
        return false;
    static const QRegularExpression idPattern(QStringLiteral("^[A-Za-z0-9][A-Za-z0-9._-]{0,63}$"));
    if (!r.string(json, path, QStringLiteral("id"), &stamp->id))
        return false;
    if (!idPattern.match(stamp->id).hasMatch())
        return r.fail(path + QStringLiteral(".id"),
                      Workspace::tr("'%1' is not a stamp id (letters, digits, '.', '_', '-'; at most 64)").arg(stamp->id));
    if (!r.string(json, path, QStringLiteral("name"), &stamp->name)
        || !r.string(json, path, QStringLiteral("region"), &stamp->region))
        return false;

    QString ring;
    if (!r.string(json, path, QStringLiteral("ring"), &ring))
        return false;
    const auto parsedRing = Stamp::ringFromName(ring);
    if (!parsedRing)
        return r.fail(path + QStringLiteral(".ring"),
                      Workspace::tr("'%1' is not a ring (test, canary or production)").arg(ring));
    stamp->ring = *parsedRing;

    const QString tenancyPath = path + QStringLiteral(".tenancy");
    const QJsonObject tenancy = json.value(QStringLiteral("tenancy")).toObject();
    if (!json.value(QStringLiteral("tenancy")).isObject())
        return r.fail(tenancyPath, Workspace::tr("must be an object with mode and tenants"));
    if (!r.onlyKnownKeys(tenancy, tenancyPath, {QStringLiteral("mode"), QStringLiteral("tenants")}))
        return false;
    QString mode;
    if (!r.string(tenancy, tenancyPath, QStringLiteral("mode"), &mode))
        return false;
    if (mode != QLatin1String("shared") && mode != QLatin1String("dedicated"))
        return r.fail(tenancyPath + QStringLiteral(".mode"),
                      Workspace::tr("'%1' is not a tenancy (shared or dedicated)").arg(mode));
    stamp->tenancy = mode == QLatin1String("shared") ? Stamp::Tenancy::Shared : Stamp::Tenancy::Dedicated;
    const QJsonArray tenants = tenancy.value(QStringLiteral("tenants")).toArray();
    for (int i = 0; i < tenants.size(); ++i) {
        if (!tenants.at(i).isString() || tenants.at(i).toString().trimmed().isEmpty())
            return r.fail(tenancyPath + QStringLiteral(".tenants[%1]").arg(i), Workspace::tr("must be a non-empty string"));
        stamp->tenants.append(tenants.at(i).toString().trimmed());
    }
    if (stamp->tenancy == Stamp::Tenancy::Dedicated && stamp->tenants.size() != 1)
        return r.fail(tenancyPath + QStringLiteral(".tenants"),
                      Workspace::tr("a dedicated stamp serves exactly one tenant (found %1)").arg(stamp->tenants.size()));

    const QString hubPath = path + QStringLiteral(".hub");
    if (!json.value(QStringLiteral("hub")).isObject())
        return r.fail(hubPath, Workspace::tr("must be an object with hostName, tier and units"));
    const QJsonObject hub = json.value(QStringLiteral("hub")).toObject();
    if (!r.onlyKnownKeys(hub, hubPath, {QStringLiteral("hostName"), QStringLiteral("name"), QStringLiteral("tier"), QStringLiteral("units")})
        || !r.string(hub, hubPath, QStringLiteral("hostName"), &stamp->hub.hostName)
        || !r.string(hub, hubPath, QStringLiteral("name"), &stamp->hub.name, false)
        || !r.string(hub, hubPath, QStringLiteral("tier"), &stamp->hub.tier))
        return false;
    if (!validHostName(stamp->hub.hostName))
        return r.fail(hubPath + QStringLiteral(".hostName"),
                      Workspace::tr("'%1' is not a host name").arg(stamp->hub.hostName));
    const QStringList tiers = Workspace::hubTiers();
    if (!tiers.contains(stamp->hub.tier))
        return r.fail(hubPath + QStringLiteral(".tier"),
                      Workspace::tr("'%1' is not an IoT hub tier (%2)").arg(stamp->hub.tier, tiers.join(QStringLiteral(", "))));
    qint64 units = 0;
    if (!r.integer(hub, hubPath, QStringLiteral("units"), 1, Workspace::maxHubUnits(stamp->hub.tier), &units))
        return false;
    stamp->hub.units = static_cast<int>(units);

    const QString dpsPath = path + QStringLiteral(".dps");
    if (!json.value(QStringLiteral("dps")).isArray())
        return r.fail(dpsPath, Workspace::tr("must be a list of linked DPS instances (may be empty)"));
    const QJsonArray dps = json.value(QStringLiteral("dps")).toArray();
    static const QRegularExpression scopePattern(QStringLiteral("^0ne[0-9A-Fa-f]{8}$"));
    for (int i = 0; i < dps.size(); ++i) {
        const QString itemPath = dpsPath + QStringLiteral("[%1]").arg(i);
        const QJsonObject item = dps.at(i).toObject();
        Stamp::LinkedDps linked;
        if (!r.onlyKnownKeys(item, itemPath, {QStringLiteral("hostName"), QStringLiteral("idScope"), QStringLiteral("name"), QStringLiteral("region")})
            || !r.string(item, itemPath, QStringLiteral("hostName"), &linked.hostName)
            || !r.string(item, itemPath, QStringLiteral("idScope"), &linked.idScope)
            || !r.string(item, itemPath, QStringLiteral("name"), &linked.name, false)
            || !r.string(item, itemPath, QStringLiteral("region"), &linked.region, false))
            return false;
        if (!validHostName(linked.hostName))
            return r.fail(itemPath + QStringLiteral(".hostName"), Workspace::tr("'%1' is not a host name").arg(linked.hostName));
        if (!scopePattern.match(linked.idScope).hasMatch())
            return r.fail(itemPath + QStringLiteral(".idScope"),
                          Workspace::tr("'%1' is not an ID scope (0ne followed by 8 hex digits)").arg(linked.idScope));
        stamp->dps.append(linked);
    }

    if (!r.integer(json, path, QStringLiteral("plannedCapacity"), 1, HubDeviceLimit, &stamp->plannedCapacity))
        return false;
    return r.string(json, path, QStringLiteral("caCertificate"), &stamp->caCertificate, false);
}

// "health": {"amberPercent": 80, "redPercent": 95}, both optional, amber below red.
bool readHealth(WorkspaceReader &r, const QJsonObject &json, HealthThresholds *thresholds)
{
    const QString path = QStringLiteral("health");
    if (!json.contains(path))
        return true;
    if (!json.value(path).isObject())
        return r.fail(path, Workspace::tr("must be an object with amberPercent and redPercent"));
    const QJsonObject health = json.value(path).toObject();
    double amber = thresholds->amber * 100;
    double red = thresholds->red * 100;
    if (!r.onlyKnownKeys(health, path, {QStringLiteral("amberPercent"), QStringLiteral("redPercent")})
        || !r.optionalNumber(health, path, QStringLiteral("amberPercent"), 1, 100, &amber)
        || !r.optionalNumber(health, path, QStringLiteral("redPercent"), 1, 100, &red))
        return false;
    if (amber >= red)
        return r.fail(path + QStringLiteral(".amberPercent"),
                      Workspace::tr("amber (%1%) must be below red (%2%)").arg(amber).arg(red));
    thresholds->amber = amber / 100;
    thresholds->red = red / 100;
    return true;
}

// A percent as the file shows it: 0.8 -> 80, 0.125 -> 12.5 (no binary noise like 12.500000000000002).
double percentOf(double fraction)
{
    return static_cast<double>(qRound64(fraction * 1'000'000)) / 10'000;
}

} // namespace

QString Stamp::ringName(Ring ring)
{
    switch (ring) {
    case Ring::Test: return QStringLiteral("test");
    case Ring::Canary: return QStringLiteral("canary");
    case Ring::Production: return QStringLiteral("production");
    }
    return {};
}

std::optional<Stamp::Ring> Stamp::ringFromName(const QString &name)
{
    for (Ring ring : {Ring::Test, Ring::Canary, Ring::Production}) {
        if (ringName(ring) == name)
            return ring;
    }
    return std::nullopt;
}

QString WorkspaceError::toString() const
{
    return field.isEmpty() ? message : field + QStringLiteral(": ") + message;
}

std::optional<Workspace> Workspace::fromJson(const QJsonObject &json, WorkspaceError *error)
{
    WorkspaceReader r(error);
    if (json.value(QStringLiteral("format")).toString() != FormatName) {
        r.fail(QStringLiteral("format"), tr("this is not a StampDeck workspace (expected \"%1\")").arg(FormatName));
        return std::nullopt;
    }
    const int version = json.value(QStringLiteral("version")).toInt(-1);
    if (version != FormatVersion) {
        r.fail(QStringLiteral("version"), version > FormatVersion
                                              ? tr("version %1 was written by a newer StampDeck (this one reads %2)").arg(version).arg(FormatVersion)
                                              : tr("must be %1").arg(FormatVersion));
        return std::nullopt;
    }
    if (!r.onlyKnownKeys(json, {}, {QStringLiteral("format"), QStringLiteral("version"), QStringLiteral("name"),
                                    QStringLiteral("provisioningDeviceEndpoint"), QStringLiteral("health"),
                                    QStringLiteral("stamps")}))
        return std::nullopt;

    Workspace workspace;
    if (!r.string(json, {}, QStringLiteral("name"), &workspace.name, false)
        || !r.string(json, {}, QStringLiteral("provisioningDeviceEndpoint"), &workspace.provisioningDeviceEndpoint, false))
        return std::nullopt;
    if (!validHostName(workspace.provisioningDeviceEndpoint)) {
        r.fail(QStringLiteral("provisioningDeviceEndpoint"), tr("'%1' is not a host name").arg(workspace.provisioningDeviceEndpoint));
        return std::nullopt;
    }
    if (!readHealth(r, json, &workspace.thresholds))
        return std::nullopt;
    if (!json.value(QStringLiteral("stamps")).isArray()) {
        r.fail(QStringLiteral("stamps"), tr("must be a list of stamps"));
        return std::nullopt;
    }
    const QJsonArray stamps = json.value(QStringLiteral("stamps")).toArray();
    QSet<QString> ids;
    QSet<QString> hubs;
    for (int i = 0; i < stamps.size(); ++i) {
        const QString path = QStringLiteral("stamps[%1]").arg(i);
        if (!stamps.at(i).isObject()) {
            r.fail(path, tr("must be an object"));
            return std::nullopt;
        }
        Stamp stamp;
        if (!readStamp(r, stamps.at(i).toObject(), path, &stamp))
            return std::nullopt;
        if (ids.contains(stamp.id)) {
            r.fail(path + QStringLiteral(".id"), tr("'%1' is used by an earlier stamp").arg(stamp.id));
            return std::nullopt;
        }
        if (hubs.contains(stamp.hub.hostName.toLower())) {
            r.fail(path + QStringLiteral(".hub.hostName"), tr("'%1' already belongs to an earlier stamp").arg(stamp.hub.hostName));
            return std::nullopt;
        }
        ids.insert(stamp.id);
        hubs.insert(stamp.hub.hostName.toLower());
        workspace.stamps.append(stamp);
    }
    return workspace;
}

QJsonObject Workspace::toJson() const
{
    QJsonArray stampArray;
    for (const Stamp &stamp : stamps) {
        QJsonArray dps;
        for (const Stamp::LinkedDps &linked : stamp.dps) {
            QJsonObject item{{QStringLiteral("hostName"), linked.hostName}, {QStringLiteral("idScope"), linked.idScope}};
            if (!linked.name.isEmpty())
                item.insert(QStringLiteral("name"), linked.name);
            if (!linked.region.isEmpty())
                item.insert(QStringLiteral("region"), linked.region);
            dps.append(item);
        }
        QJsonObject hub{{QStringLiteral("hostName"), stamp.hub.hostName}, {QStringLiteral("tier"), stamp.hub.tier},
                        {QStringLiteral("units"), stamp.hub.units}};
        if (!stamp.hub.name.isEmpty())
            hub.insert(QStringLiteral("name"), stamp.hub.name);
        QJsonObject object{
            {QStringLiteral("id"), stamp.id},
            {QStringLiteral("name"), stamp.name},
            {QStringLiteral("region"), stamp.region},
            {QStringLiteral("ring"), Stamp::ringName(stamp.ring)},
            {QStringLiteral("tenancy"), QJsonObject{{QStringLiteral("mode"), stamp.tenancy == Stamp::Tenancy::Shared ? QStringLiteral("shared") : QStringLiteral("dedicated")},
                                                    {QStringLiteral("tenants"), QJsonArray::fromStringList(stamp.tenants)}}},
            {QStringLiteral("hub"), hub},
            {QStringLiteral("dps"), dps},
            {QStringLiteral("plannedCapacity"), stamp.plannedCapacity},
        };
        if (!stamp.caCertificate.isEmpty())
            object.insert(QStringLiteral("caCertificate"), stamp.caCertificate);
        stampArray.append(object);
    }
    QJsonObject json{{QStringLiteral("format"), FormatName}, {QStringLiteral("version"), FormatVersion},
                     {QStringLiteral("stamps"), stampArray}};
    if (!name.isEmpty())
        json.insert(QStringLiteral("name"), name);
    if (provisioningDeviceEndpoint != Workspace().provisioningDeviceEndpoint)
        json.insert(QStringLiteral("provisioningDeviceEndpoint"), provisioningDeviceEndpoint);
    // Written only when changed, so files from before "health" existed stay as they were.
    if (!(thresholds == HealthThresholds()))
        json.insert(QStringLiteral("health"), QJsonObject{{QStringLiteral("amberPercent"), percentOf(thresholds.amber)},
                                                          {QStringLiteral("redPercent"), percentOf(thresholds.red)}});
    return json;
}

std::optional<WorkspaceError> Workspace::validate() const
{
    WorkspaceError error;
    if (fromJson(toJson(), &error))
        return std::nullopt;
    return error;
}

std::optional<Workspace> Workspace::load(const QString &path, WorkspaceError *error)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        if (error)
            *error = {{}, tr("cannot open %1: %2").arg(path, file.errorString())};
        return std::nullopt;
    }
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(file.readAll(), &parseError);
    if (parseError.error != QJsonParseError::NoError || !document.isObject()) {
        if (error)
            *error = {{}, parseError.error != QJsonParseError::NoError
                              ? tr("%1 is not valid JSON at offset %2: %3").arg(path).arg(parseError.offset).arg(parseError.errorString())
                              : tr("%1 must hold a JSON object").arg(path)};
        return std::nullopt;
    }
    auto workspace = fromJson(document.object(), error);
    if (workspace) {
        const QDir folder = QFileInfo(path).absoluteDir();
        for (Stamp &stamp : workspace->stamps) {
            if (!stamp.caCertificate.isEmpty() && QDir::isRelativePath(stamp.caCertificate))
                stamp.caCertificate = QDir::cleanPath(folder.absoluteFilePath(stamp.caCertificate));
        }
    }
    return workspace;
}

bool Workspace::save(const QString &path, QString *error) const
{
    // A certificate kept next to the workspace (a team repository) stays next to it when saved.
    Workspace written = *this;
    const QDir folder = QFileInfo(path).absoluteDir();
    for (Stamp &stamp : written.stamps) {
        if (stamp.caCertificate.isEmpty() || QDir::isRelativePath(stamp.caCertificate))
            continue;
        const QString relative = folder.relativeFilePath(stamp.caCertificate);
        if (!relative.startsWith(QLatin1String("..")) && QDir::isRelativePath(relative))
            stamp.caCertificate = relative;
    }
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly)) {
        if (error)
            *error = tr("cannot write %1: %2").arg(path, file.errorString());
        return false;
    }
    file.write(QJsonDocument(written.toJson()).toJson(QJsonDocument::Indented));
    if (!file.commit()) {
        if (error)
            *error = tr("cannot write %1: %2").arg(path, file.errorString());
        return false;
    }
    return true;
}

QStringList Workspace::hubTiers()
{
    return {QStringLiteral("F1"), QStringLiteral("B1"), QStringLiteral("B2"), QStringLiteral("B3"),
            QStringLiteral("S1"), QStringLiteral("S2"), QStringLiteral("S3")};
}

int Workspace::maxHubUnits(const QString &tier)
{
    if (tier == QLatin1String("F1"))
        return 1;
    if (tier == QLatin1String("S3") || tier == QLatin1String("B3"))
        return 10;
    return 200;
}

const Stamp *Workspace::stamp(const QString &id) const
{
    for (const Stamp &s : stamps) {
        if (s.id == id)
            return &s;
    }
    return nullptr;
}

const Stamp *Workspace::stampForHub(const QString &hubHostName) const
{
    for (const Stamp &s : stamps) {
        if (s.hub.hostName.compare(hubHostName, Qt::CaseInsensitive) == 0)
            return &s;
    }
    return nullptr;
}

} // namespace StampDeck
