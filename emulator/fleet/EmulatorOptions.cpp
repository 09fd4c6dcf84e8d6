#include "fleet/EmulatorOptions.h"

#include "fleet/FleetLayout.h"

#include <QCommandLineParser>
#include <QDir>
#include <QStandardPaths>

#include <cmath>

namespace StampDeck::Emulator {

namespace {

using Outcome = EmulatorOptions::Outcome;

Outcome usageError(const QString &message)
{
    return {Outcome::Action::UsageError, message};
}

QString badValue(const QString &option, const QString &value, const QString &expected)
{
    return QStringLiteral("invalid value '%1' for --%2: expected %3").arg(value, option, expected);
}

// Integer option in [min, max]; digit separators ("1_000_000") are accepted for readability.
std::optional<qint64> integerOption(const QCommandLineParser &parser, const QString &name, qint64 min,
                                    qint64 max, QString *error)
{
    const QString text = parser.value(name);
    bool ok = false;
    const qint64 value = QString(text).remove(u'_').toLongLong(&ok);
    if (!ok || value < min || value > max) {
        *error = badValue(name, text, QStringLiteral("an integer from %1 to %2").arg(min).arg(max));
        return std::nullopt;
    }
    return value;
}

std::optional<double> realOption(const QCommandLineParser &parser, const QString &name, double min,
                                 double max, bool minExclusive, QString *error)
{
    const QString text = parser.value(name);
    bool ok = false;
    const double value = text.toDouble(&ok);
    const bool belowMin = minExclusive ? value <= min : value < min;
    if (!ok || !std::isfinite(value) || belowMin || value > max) {
        *error = badValue(name, text, QStringLiteral("a number %1 %2 and at most %3")
                                          .arg(minExclusive ? QStringLiteral("above") : QStringLiteral("from"))
                                          .arg(min)
                                          .arg(max));
        return std::nullopt;
    }
    return value;
}

} // namespace

QList<QPair<QString, QuotaClass>> EmulatorOptions::quotaClassNames()
{
    return {
        {QStringLiteral("hub-registry"), QuotaClass::HubRegistryOperations},
        {QStringLiteral("hub-queries"), QuotaClass::HubQueries},
        {QStringLiteral("hub-twin-reads"), QuotaClass::HubTwinReads},
        {QStringLiteral("hub-twin-updates"), QuotaClass::HubTwinUpdates},
        {QStringLiteral("hub-methods"), QuotaClass::HubDirectMethods},
        {QStringLiteral("dps-service"), QuotaClass::DpsServiceOperations},
        {QStringLiteral("dps-registrations"), QuotaClass::DpsRegistrations},
        {QStringLiteral("dps-status"), QuotaClass::DpsStatusLookups},
    };
}

bool EmulatorOptions::isHubQuotaClass(QuotaClass quotaClass)
{
    return quotaClass == QuotaClass::HubRegistryOperations || quotaClass == QuotaClass::HubQueries
        || quotaClass == QuotaClass::HubTwinReads || quotaClass == QuotaClass::HubTwinUpdates
        || quotaClass == QuotaClass::HubDirectMethods;
}

QString EmulatorOptions::defaultStateDir()
{
    // AppDataLocation follows the application and organisation names main() sets
    // (~/.local/share/StampDeck/stampdeck-emulator on Linux).
    const QString base = QStandardPaths::writableLocation(QStandardPaths::AppDataLocation);
    return base.isEmpty() ? QDir(QDir::tempPath()).filePath(QStringLiteral("stampdeck-emulator")) : base;
}

Outcome EmulatorOptions::parse(const QStringList &arguments, EmulatorOptions *options)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral(
        "Local emulator of the Azure IoT hub and DPS data-plane REST APIs over HTTPS on loopback."));
    const QCommandLineOption help(QStringList{QStringLiteral("h"), QStringLiteral("help")},
                                  QStringLiteral("Show this help and exit."));
    const QCommandLineOption version(QStringLiteral("version"), QStringLiteral("Show the version and exit."));
    parser.addOption(help);
    parser.addOption(version);
    parser.addOptions({
        {QStringLiteral("demo"), QStringLiteral("Serve the demo fleet: stamps in two regions, two DPS instances, "
                                                "enrollment groups per tenant and a device population.")},
        {QStringLiteral("devices"), QStringLiteral("Demo device population (default 200000)."), QStringLiteral("N")},
        {QStringLiteral("stamps"), QStringLiteral("Demo stamps, one hub each (default 4, at least 4)."), QStringLiteral("N")},
        {QStringLiteral("hubs"), QStringLiteral("Hubs of the plain fleet without --demo (default 2)."), QStringLiteral("N")},
        {QStringLiteral("endpoints"), QStringLiteral("Write the endpoints file (JSON, with connection strings) here "
                                                     "once everything listens."), QStringLiteral("FILE")},
        {QStringLiteral("state"), QStringLiteral("Load state from FILE at start when it exists; save it there on exit "
                                                 "and a few seconds after changes."), QStringLiteral("FILE")},
        {QStringLiteral("state-dir"), QStringLiteral("Folder for the local CA and the server certificate "
                                                     "(default %1).").arg(defaultStateDir()), QStringLiteral("DIR")},
        {QStringLiteral("port-base"), QStringLiteral("First loopback port; instances take consecutive ports "
                                                     "(default 0: ephemeral ports)."), QStringLiteral("P")},
        {QStringLiteral("time-scale"), QStringLiteral("Compress quota windows: 60 makes a minute last a second "
                                                      "(default 1)."), QStringLiteral("X")},
        {QStringLiteral("no-quotas"), QStringLiteral("Admit every request (no 429).")},
        {QStringLiteral("quota"), QStringLiteral("Replace one quota's per-minute limit on every instance (0: no limit); "
                                                 "repeatable. CLASS: hub-registry, hub-queries, hub-twin-reads, "
                                                 "hub-twin-updates, hub-methods, dps-service, dps-registrations, "
                                                 "dps-status."), QStringLiteral("CLASS=N")},
        {QStringLiteral("fault-error-rate"), QStringLiteral("Share of requests answered 503 (0 to 1)."), QStringLiteral("R")},
        {QStringLiteral("fault-latency-ms"), QStringLiteral("Latency added to every request."), QStringLiteral("MS")},
        {QStringLiteral("fault-drop-rate"), QStringLiteral("Share of connections dropped unanswered (0 to 1)."),
         QStringLiteral("R")},
        {QStringLiteral("fault-target"), QStringLiteral("Instances the faults apply to, comma-separated "
                                                        "(default all)."), QStringLiteral("NAME[,NAME]")},
        {QStringLiteral("seed"), QStringLiteral("Seed for fault injection and demo device IDs."), QStringLiteral("N")},
    });

    if (!parser.parse(arguments))
        return usageError(parser.errorText());
    if (!parser.positionalArguments().isEmpty())
        return usageError(QStringLiteral("unexpected argument '%1'").arg(parser.positionalArguments().constFirst()));
    if (parser.isSet(help))
        return {Outcome::Action::ShowHelp, parser.helpText()};
    if (parser.isSet(version))
        return {Outcome::Action::ShowVersion, {}};

    EmulatorOptions result;
    QString error;
    result.demo = parser.isSet(QStringLiteral("demo"));
    if (result.demo && parser.isSet(QStringLiteral("hubs")))
        return usageError(QStringLiteral("--hubs sets the plain fleet; with --demo use --stamps"));
    if (!result.demo) {
        for (const QString &demoOnly : {QStringLiteral("devices"), QStringLiteral("stamps")}) {
            if (parser.isSet(demoOnly))
                return usageError(QStringLiteral("--%1 needs --demo").arg(demoOnly));
        }
    }
    if (parser.isSet(QStringLiteral("devices"))) {
        const auto value = integerOption(parser, QStringLiteral("devices"), 0, MaxDevices, &error);
        if (!value)
            return usageError(error);
        result.devices = *value;
    }
    if (parser.isSet(QStringLiteral("stamps"))) {
        const auto value = integerOption(parser, QStringLiteral("stamps"), FleetLayout::MinDemoStamps,
                                         FleetLayout::MaxStamps, &error);
        if (!value)
            return usageError(error);
        result.stamps = int(*value);
    }
    if (parser.isSet(QStringLiteral("hubs"))) {
        const auto value = integerOption(parser, QStringLiteral("hubs"), 1, FleetLayout::MaxStamps, &error);
        if (!value)
            return usageError(error);
        result.hubs = int(*value);
    }
    if (parser.isSet(QStringLiteral("port-base"))) {
        const auto value = integerOption(parser, QStringLiteral("port-base"), 0, 65535, &error);
        if (!value)
            return usageError(error);
        if (*value != 0 && *value < 1024)
            return usageError(badValue(QStringLiteral("port-base"), parser.value(QStringLiteral("port-base")),
                                       QStringLiteral("0 (ephemeral ports) or a port from 1024 to 65535")));
        result.portBase = int(*value);
    }
    if (parser.isSet(QStringLiteral("time-scale"))) {
        const auto value = realOption(parser, QStringLiteral("time-scale"), 0, 1e6, true, &error);
        if (!value)
            return usageError(error);
        result.timeScale = *value;
    }
    result.quotas = !parser.isSet(QStringLiteral("no-quotas"));
    for (const QString &text : parser.values(QStringLiteral("quota"))) {
        const QString name = text.section(u'=', 0, 0).trimmed();
        bool ok = false;
        const double perMinute = text.section(u'=', 1).trimmed().toDouble(&ok);
        std::optional<QuotaClass> quotaClass;
        QStringList names;
        for (const auto &[candidate, value] : quotaClassNames()) {
            names.append(candidate);
            if (candidate == name)
                quotaClass = value;
        }
        if (!quotaClass || !ok || !std::isfinite(perMinute) || perMinute < 0 || !text.contains(u'=')) {
            return usageError(badValue(QStringLiteral("quota"), text,
                                       QStringLiteral("CLASS=N with N >= 0 per minute and CLASS one of %1")
                                           .arg(names.join(QStringLiteral(", ")))));
        }
        result.quotaOverrides.append({*quotaClass, perMinute});
    }
    for (const QString &rate : {QStringLiteral("fault-error-rate"), QStringLiteral("fault-drop-rate")}) {
        if (!parser.isSet(rate))
            continue;
        const auto value = realOption(parser, rate, 0, 1, false, &error);
        if (!value)
            return usageError(error);
        (rate == u"fault-error-rate" ? result.faultErrorRate : result.faultDropRate) = *value;
    }
    if (parser.isSet(QStringLiteral("fault-latency-ms"))) {
        const auto value = integerOption(parser, QStringLiteral("fault-latency-ms"), 0, MaxLatencyMs, &error);
        if (!value)
            return usageError(error);
        result.faultLatencyMs = int(*value);
    }
    if (parser.isSet(QStringLiteral("fault-target"))) {
        const QString text = parser.value(QStringLiteral("fault-target"));
        for (const QString &name : text.split(u',')) {
            if (name.trimmed().isEmpty())
                return usageError(badValue(QStringLiteral("fault-target"), text,
                                           QStringLiteral("instance names separated by commas")));
            result.faultTargets.append(name.trimmed());
        }
    }
    if (parser.isSet(QStringLiteral("seed"))) {
        const QString text = parser.value(QStringLiteral("seed"));
        bool ok = false;
        const quint64 value = text.toULongLong(&ok);
        if (!ok)
            return usageError(badValue(QStringLiteral("seed"), text, QStringLiteral("a non-negative integer")));
        result.seed = value;
    }
    for (const QString &pathOption : {QStringLiteral("endpoints"), QStringLiteral("state"), QStringLiteral("state-dir")}) {
        if (parser.isSet(pathOption) && parser.value(pathOption).trimmed().isEmpty())
            return usageError(badValue(pathOption, parser.value(pathOption), QStringLiteral("a path")));
    }
    result.endpointsFile = parser.value(QStringLiteral("endpoints"));
    result.stateFile = parser.value(QStringLiteral("state"));
    result.stateDir = parser.isSet(QStringLiteral("state-dir")) ? parser.value(QStringLiteral("state-dir"))
                                                                 : defaultStateDir();
    if (result.endpointsFile == result.stateFile && !result.stateFile.isEmpty())
        return usageError(QStringLiteral("--endpoints and --state name the same file '%1'").arg(result.stateFile));
    *options = result;
    return {};
}

} // namespace StampDeck::Emulator
