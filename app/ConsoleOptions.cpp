#include "ConsoleOptions.h"

#include <QCommandLineParser>

namespace StampDeck {

namespace {

// A whole number in [min, max] for option `name`, or an error naming the option and the value.
std::optional<qint64> number(const QCommandLineParser &parser, const QString &name, qint64 min, qint64 max, QString *error)
{
    bool ok = false;
    const qint64 value = parser.value(name).toLongLong(&ok);
    if (!ok || value < min || value > max) {
        *error = ConsoleOptions::tr("--%1: '%2' is not a number from %3 to %4.").arg(name, parser.value(name)).arg(min).arg(max);
        return std::nullopt;
    }
    return value;
}

} // namespace

std::optional<ConsoleOptions> ConsoleOptions::parse(const QStringList &arguments, QString *error)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(tr("Operations console for IoT fleets scaled out with deployment stamps."));
    parser.addHelpOption();
    parser.addVersionOption();
    parser.addOptions({
        {QStringLiteral("demo"), tr("Start the bundled emulator with its demo fleet and open it.")},
        {QStringLiteral("demo-devices"), tr("Number of devices in the demo fleet (default 200000)."), QStringLiteral("count")},
        {QStringLiteral("demo-stamps"), tr("Number of stamps in the demo fleet (4 to 50, default 8)."), QStringLiteral("count")},
        {QStringLiteral("emulator"), tr("Path of stampdeck-emulator (default: next to this program)."), QStringLiteral("path")},
        {QStringLiteral("workspace"), tr("Open this workspace file."), QStringLiteral("file")},
        {QStringLiteral("language"), tr("User interface language, e.g. de or en (default: the system's)."), QStringLiteral("code")},
        {QStringLiteral("probe-report"), tr("Measure start-up and GUI stalls during forced refreshes, write them to this JSON file and quit."), QStringLiteral("file")},
        {QStringLiteral("probe-refreshes"), tr("Forced refreshes of every stamp for --probe-report (default 10)."), QStringLiteral("count")},
        {QStringLiteral("page"), tr("Open on this page: board, charts, distribution, planner, lookup, batch, browser or consistency (default board)."), QStringLiteral("name")},
        {QStringLiteral("find"), tr("Look up this device ID or registration ID as soon as the fleet's keys are read (opens the Device lookup)."), QStringLiteral("id")},
        {QStringLiteral("screenshot"), tr("Save a picture of the window to this PNG file once the board is populated, then quit."), QStringLiteral("file")},
    });
    parser.process(arguments); // --help, --version and unknown options exit here, as Qt programs do

    ConsoleOptions options;
    options.demo = parser.isSet(QStringLiteral("demo"));
    options.emulatorPath = parser.value(QStringLiteral("emulator"));
    options.workspacePath = parser.value(QStringLiteral("workspace"));
    options.language = parser.value(QStringLiteral("language"));
    options.probeReportPath = parser.value(QStringLiteral("probe-report"));
    options.screenshotPath = parser.value(QStringLiteral("screenshot"));
    options.page = parser.value(QStringLiteral("page"));
    options.findId = parser.value(QStringLiteral("find")).trimmed();
    if (parser.isSet(QStringLiteral("find")) && options.findId.isEmpty()) {
        *error = tr("--find needs a device ID or a registration ID.");
        return std::nullopt;
    }
    const QStringList pages{QStringLiteral("board"), QStringLiteral("charts"), QStringLiteral("distribution"), QStringLiteral("planner"),
                            QStringLiteral("lookup"), QStringLiteral("batch"), QStringLiteral("browser"), QStringLiteral("consistency")};
    if (!options.page.isEmpty() && !pages.contains(options.page)) {
        *error = tr("--page: '%1' is not a page (%2).").arg(options.page, pages.join(QStringLiteral(", ")));
        return std::nullopt;
    }
    if (options.demo && !options.workspacePath.isEmpty()) {
        *error = tr("--demo and --workspace cannot be used together.");
        return std::nullopt;
    }
    const QStringList demoOnly{QStringLiteral("demo-devices"), QStringLiteral("demo-stamps"), QStringLiteral("emulator")};
    for (const QString &name : demoOnly) {
        if (parser.isSet(name) && !options.demo) {
            *error = tr("--%1 needs --demo.").arg(name);
            return std::nullopt;
        }
    }
    if (parser.isSet(QStringLiteral("demo-devices"))) {
        const auto devices = number(parser, QStringLiteral("demo-devices"), 0, 50'000'000, error);
        if (!devices)
            return std::nullopt;
        options.emulatorArguments << QStringLiteral("--devices") << QString::number(*devices);
    }
    qint64 stamps = DefaultDemoStamps;
    if (parser.isSet(QStringLiteral("demo-stamps"))) {
        const auto given = number(parser, QStringLiteral("demo-stamps"), 4, 50, error);
        if (!given)
            return std::nullopt;
        stamps = *given;
    }
    if (options.demo)
        options.emulatorArguments << QStringLiteral("--stamps") << QString::number(stamps);
    if (parser.isSet(QStringLiteral("probe-refreshes"))) {
        if (options.probeReportPath.isEmpty()) {
            *error = tr("--probe-refreshes needs --probe-report.");
            return std::nullopt;
        }
        const auto refreshes = number(parser, QStringLiteral("probe-refreshes"), 0, 1000, error);
        if (!refreshes)
            return std::nullopt;
        options.probeRefreshes = static_cast<int>(*refreshes);
    }
    return options;
}

} // namespace StampDeck
