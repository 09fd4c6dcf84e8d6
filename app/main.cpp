// The composition root: reads the command line, builds the pieces and hands them to each other.
#include "DemoLauncher.h"
#include "MainWindow.h"
#include "Workspace.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QIcon>
#include <QLibraryInfo>
#include <QLocale>
#include <QTranslator>

using namespace StampDeck;

namespace {

void installTranslators(QApplication &app, const QString &language)
{
    const QLocale locale = language.isEmpty() ? QLocale() : QLocale(language);
    auto *qtTranslator = new QTranslator(&app);
    if (qtTranslator->load(locale, QStringLiteral("qtbase"), QStringLiteral("_"),
                           QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        QApplication::installTranslator(qtTranslator);
    auto *translator = new QTranslator(&app);
    if (translator->load(locale, QStringLiteral("stampdeck"), QStringLiteral("_"), QStringLiteral(":/i18n")))
        QApplication::installTranslator(translator);
}

} // namespace

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    QApplication::setApplicationName(QStringLiteral("stampdeck"));
    QApplication::setApplicationDisplayName(QStringLiteral("StampDeck"));
    QApplication::setOrganizationName(QStringLiteral("StampDeck"));
    QApplication::setApplicationVersion(QStringLiteral(STAMPDECK_VERSION));
    QApplication::setWindowIcon(QIcon(QStringLiteral(":/stampdeck/icons/stampdeck.svg")));

    QCommandLineParser parser;
    parser.setApplicationDescription(QCoreApplication::translate("main", "Operations console for IoT fleets scaled out with deployment stamps."));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption demoOption(QStringLiteral("demo"),
        QCoreApplication::translate("main", "Start the bundled emulator with its demo fleet and open it."));
    const QCommandLineOption devicesOption(QStringLiteral("demo-devices"),
        QCoreApplication::translate("main", "Number of devices in the demo fleet (default 200000)."), QStringLiteral("count"));
    const QCommandLineOption emulatorOption(QStringLiteral("emulator"),
        QCoreApplication::translate("main", "Path of stampdeck-emulator (default: next to this program)."), QStringLiteral("path"));
    const QCommandLineOption workspaceOption(QStringLiteral("workspace"),
        QCoreApplication::translate("main", "Open this workspace file."), QStringLiteral("file"));
    const QCommandLineOption languageOption(QStringLiteral("language"),
        QCoreApplication::translate("main", "User interface language, e.g. de or en (default: the system's)."), QStringLiteral("code"));
    parser.addOptions({demoOption, devicesOption, emulatorOption, workspaceOption, languageOption});
    parser.process(app);

    installTranslators(app, parser.value(languageOption));

    if (parser.isSet(demoOption) && parser.isSet(workspaceOption)) {
        qCritical("%s", qPrintable(QCoreApplication::translate("main", "--demo and --workspace cannot be used together.")));
        return 2;
    }
    QStringList emulatorArguments;
    if (parser.isSet(devicesOption)) {
        bool ok = false;
        const qint64 devices = parser.value(devicesOption).toLongLong(&ok);
        if (!ok || devices < 0) {
            qCritical("%s", qPrintable(QCoreApplication::translate("main", "--demo-devices: '%1' is not a device count.")
                                           .arg(parser.value(devicesOption))));
            return 2;
        }
        emulatorArguments << QStringLiteral("--devices") << QString::number(devices);
    }

    MainWindow window;
    window.show();

    DemoLauncher launcher;
    if (parser.isSet(demoOption)) {
        QObject::connect(&launcher, &DemoLauncher::ready, &window, [&window](const EmulatorEndpoints &endpoints) {
            WorkspaceError error;
            const auto workspace = Workspace::load(endpoints.workspace, &error);
            if (workspace)
                window.showWorkspace(*workspace, QCoreApplication::translate("main", "the demo fleet"));
            else
                window.showProblem(QCoreApplication::translate("main", "The demo workspace is not valid: %1").arg(error.toString()));
        });
        QObject::connect(&launcher, &DemoLauncher::failed, &window, &MainWindow::showProblem);
        launcher.start(parser.value(emulatorOption), emulatorArguments);
    } else if (parser.isSet(workspaceOption)) {
        WorkspaceError error;
        const auto workspace = Workspace::load(parser.value(workspaceOption), &error);
        if (workspace)
            window.showWorkspace(*workspace, parser.value(workspaceOption));
        else
            window.showProblem(QCoreApplication::translate("main", "Cannot open the workspace: %1").arg(error.toString()));
    } else {
        window.showProblem(QCoreApplication::translate("main", "Open a workspace with --workspace FILE, or try the demo fleet with --demo."));
    }
    return QApplication::exec();
}
