// The composition root: reads the command line, builds the pieces and hands them to each other.
#include "CredentialBook.h"
#include "CredentialDialog.h"
#include "CredentialVault.h"
#include "DemoCredentialImporter.h"
#include "DemoLauncher.h"
#include "HttpConnectionProbe.h"
#include "MainWindow.h"
#include "MemorySecretStore.h"
#include "Workspace.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QMenuBar>
#include <QNetworkAccessManager>
#include <QSslCertificate>
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

    // Endpoint keys: the OS keychain (the demo under its own service name), or memory for this
    // run when the user chooses it in the dialog because no keychain answers.
    CredentialVault vault(parser.isSet(demoOption) ? CredentialVault::Scope::Demo : CredentialVault::Scope::Fleet);
    MemorySecretStore sessionKeys;
    CredentialBook credentials(&vault, &sessionKeys);
    QNetworkAccessManager network;
    HttpConnectionProbe probe(&network);
    QHash<QString, EndpointCredential::Kind> endpointKinds;
    const auto learnEndpoints = [&](const Workspace &workspace) {
        for (const Stamp &stamp : workspace.stamps) {
            const QList<QSslCertificate> ca = stamp.caCertificate.isEmpty() ? QList<QSslCertificate>{}
                                                                            : QSslCertificate::fromPath(stamp.caCertificate);
            endpointKinds.insert(stamp.hub.hostName, EndpointCredential::Kind::Hub);
            if (!ca.isEmpty())
                probe.setExtraCaCertificates(stamp.hub.hostName, ca);
            for (const Stamp::LinkedDps &dps : stamp.dps) {
                endpointKinds.insert(dps.hostName, EndpointCredential::Kind::Dps);
                if (!ca.isEmpty())
                    probe.setExtraCaCertificates(dps.hostName, ca);
            }
        }
    };

    MainWindow window;
    QAction *keysAction = window.menuBar()->addAction(QCoreApplication::translate("main", "Endpoint &keys…"));
    keysAction->setObjectName(QStringLiteral("endpointKeysAction"));
    QObject::connect(keysAction, &QAction::triggered, &window, [&] {
        auto *dialog = new CredentialDialog(&credentials, &probe, &window);
        dialog->setAttribute(Qt::WA_DeleteOnClose);
        dialog->setKnownEndpoints(endpointKinds);
        dialog->open();
    });
    credentials.load();
    window.show();

    DemoLauncher launcher;
    DemoCredentialImporter demoKeys(&credentials);
    QObject::connect(&demoKeys, &DemoCredentialImporter::finished, &window, [&window](int, const QStringList &problems) {
        if (!problems.isEmpty())
            window.showProblem(problems.join(QLatin1Char(' ')));
    });
    if (parser.isSet(demoOption)) {
        QObject::connect(&launcher, &DemoLauncher::ready, &window, [&](const EmulatorEndpoints &endpoints) {
            // The emulator's per-run keys go to the demo keychain, and nowhere else.
            demoKeys.import(endpoints);
            const QList<QSslCertificate> ca = QSslCertificate::fromPath(endpoints.caCertificate);
            for (const auto &hub : endpoints.hubs)
                probe.setExtraCaCertificates(hub.hostName, ca);
            for (const auto &dps : endpoints.dps)
                probe.setExtraCaCertificates(dps.hostName, ca);
            WorkspaceError error;
            const auto workspace = Workspace::load(endpoints.workspace, &error);
            if (workspace)
                learnEndpoints(*workspace);
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
            learnEndpoints(*workspace);
        if (workspace)
            window.showWorkspace(*workspace, parser.value(workspaceOption));
        else
            window.showProblem(QCoreApplication::translate("main", "Cannot open the workspace: %1").arg(error.toString()));
    } else {
        window.showProblem(QCoreApplication::translate("main", "Open a workspace with --workspace FILE, or try the demo fleet with --demo."));
    }
    return QApplication::exec();
}
