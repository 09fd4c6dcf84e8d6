// The composition root: reads the command line, builds the pieces and hands them to each other.
#include "ActivityLog.h"
#include "AzureTransport.h"
#include "CredentialBook.h"
#include "CredentialDialog.h"
#include "CredentialVault.h"
#include "DemoCredentialImporter.h"
#include "DemoLauncher.h"
#include "DeviceLookupPage.h"
#include "FleetSession.h"
#include "HttpConnectionProbe.h"
#include "MainWindow.h"
#include "MemorySecretStore.h"
#include "ConsoleOptions.h"
#include "ProbeReport.h"
#include "ScriptedRun.h"
#include "RecentWorkspaces.h"
#include "RequestActivity.h"
#include "SystemClock.h"
#include "WorkspaceFileActions.h"
#include "Workspace.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QDir>
#include <QSettings>
#include <QStandardPaths>
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
    // Numbers and dates follow the chosen language too, not only the words.
    QLocale::setDefault(locale);
    auto *qtTranslator = new QTranslator(&app);
    if (qtTranslator->load(locale, QStringLiteral("qtbase"), QStringLiteral("_"),
                           QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        QApplication::installTranslator(qtTranslator);
    auto *translator = new QTranslator(&app);
    // Without a translation for the locale, English: its file holds the plural forms ("1 stamp").
    if (translator->load(locale, QStringLiteral("stampdeck"), QStringLiteral("_"), QStringLiteral(":/i18n"))
        || translator->load(QStringLiteral(":/i18n/stampdeck_en.qm")))
        QApplication::installTranslator(translator);
}

} // namespace

int main(int argc, char *argv[])
{
    QElapsedTimer started; // the probe's zero: the benchmark measures from here
    started.start();
    QApplication app(argc, argv);
    QApplication::setApplicationName(QStringLiteral("stampdeck"));
    QApplication::setApplicationDisplayName(QStringLiteral("StampDeck"));
    QApplication::setOrganizationName(QStringLiteral("StampDeck"));
    QApplication::setApplicationVersion(QStringLiteral(STAMPDECK_VERSION));
    QApplication::setWindowIcon(QIcon(QStringLiteral(":/stampdeck/icons/stampdeck.svg")));

    QString optionError;
    const std::optional<ConsoleOptions> options = ConsoleOptions::parse(QApplication::arguments(), &optionError);
    if (!options) {
        qCritical("%s", qPrintable(optionError));
        return 2;
    }
    installTranslators(app, options->language);

    // The log sees every request (redacted) and Qt's own warnings.
    ActivityLog log;
    log.installMessageHandler();

    // Endpoint keys: the OS keychain (the demo under its own service name), or memory for this
    // run when the user chooses it in the dialog because no keychain answers.
    CredentialVault vault(options->demo ? CredentialVault::Scope::Demo : CredentialVault::Scope::Fleet);
    MemorySecretStore sessionKeys;
    CredentialBook credentials(&vault, &sessionKeys);

    // One HTTP path for the whole console: one network manager, one transport (retry + pacing).
    QNetworkAccessManager network;
    Azure::SystemClock clock;
    Azure::AzureTransport transport(&network, &clock);
    log.attach(&transport);
    RequestActivity activity(&clock);
    activity.attach(&transport);

    // The lookup cache and the consistency checkpoints (no secrets); the demo's apart, as its
    // hosts change with every run.
    const QString dataDirectory = QStandardPaths::writableLocation(QStandardPaths::AppLocalDataLocation)
                                  + (options->demo ? QStringLiteral("/demo") : QString());
    QDir().mkpath(dataDirectory);
    FleetSession session(&transport, &credentials, dataDirectory);
    // Keys the endpoints resolve to are redacted wherever they might show up in the log.
    QObject::connect(session.endpoints(), &FleetEndpoints::endpointReady, &log,
                     [&log](const Azure::AzureEndpoint &endpoint) { log.addKnownSecret(endpoint.key); });
    QObject::connect(session.endpoints(), &FleetEndpoints::endpointMissing, &log,
                     [&log](const QString &host, const QString &reason) { log.append(LogLevel::Warning, host, reason); });

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

    MainWindow window(&session, &log, &activity);
    QSettings settings;
    RecentWorkspaces recent(&settings);
    WorkspaceFileActions fileActions(&recent, &window);
    fileActions.populate(window.fileMenu());
    const auto openWorkspace = [&](const Workspace &workspace, const QString &source, const QString &path) {
        learnEndpoints(workspace);
        fileActions.setCurrent(workspace, path);
        session.open(workspace, source);
    };
    QObject::connect(&fileActions, &WorkspaceFileActions::workspaceOpened, &window,
                     [&](const Workspace &workspace, const QString &path) { openWorkspace(workspace, path, path); });

    QAction *keysAction = window.menuBar()->addAction(QCoreApplication::translate("main", "Endpoint &keys…"));
    keysAction->setObjectName(QStringLiteral("endpointKeysAction"));
    QObject::connect(keysAction, &QAction::triggered, &window, [&] {
        auto *dialog = new CredentialDialog(&credentials, &probe, &window);
        dialog->setAttribute(Qt::WA_DeleteOnClose);
        dialog->setKnownEndpoints(endpointKinds);
        dialog->open();
    });
    credentials.load();

    ScriptedRun scripted(session.statusModel(), session.monitor(), &window);
    scripted.setScreenshot(options->screenshotPath);
    if (!options->probeReportPath.isEmpty())
        scripted.setProbe(std::make_unique<ProbeReport>(options->probeReportPath, started), options->probeRefreshes);
    if (!options->page.isEmpty())
        window.showPage(options->page);
    if (!options->findId.isEmpty()) {
        // Asked once every stamp's key has been read, so the answer is not "no key yet"; a
        // screenshot waits for the answer.
        scripted.addHold();
        QObject::connect(&session, &FleetSession::endpointsSettledChanged, &window,
                         [&window, id = options->findId] { window.findDevice(id); }, Qt::SingleShotConnection);
        QObject::connect(window.lookup(), &DeviceLookupPage::answered, &scripted, &ScriptedRun::releaseHold,
                         Qt::SingleShotConnection);
    }
    window.show();

    DemoLauncher launcher;
    DemoCredentialImporter demoKeys(&credentials);
    EmulatorEndpoints demoEndpoints;
    if (options->demo) {
        QObject::connect(&launcher, &DemoLauncher::ready, &window, [&](const EmulatorEndpoints &endpoints) {
            if (ProbeReport *report = scripted.probe())
                report->markEmulatorReady();
            demoEndpoints = endpoints;
            // The emulator's per-run keys go to the demo keychain, and nowhere else; the board
            // opens once they are there, so its endpoints are read back as a real fleet's are.
            const QList<QSslCertificate> ca = QSslCertificate::fromPath(endpoints.caCertificate);
            for (const auto &hub : endpoints.hubs)
                probe.setExtraCaCertificates(hub.hostName, ca);
            for (const auto &dps : endpoints.dps)
                probe.setExtraCaCertificates(dps.hostName, ca);
            demoKeys.import(endpoints);
        });
        QObject::connect(&demoKeys, &DemoCredentialImporter::finished, &window, [&](int, const QStringList &problems) {
            if (!problems.isEmpty())
                window.showProblem(problems.join(QLatin1Char(' ')));
            WorkspaceError error;
            const auto workspace = Workspace::load(demoEndpoints.workspace, &error);
            if (workspace)
                openWorkspace(*workspace, QCoreApplication::translate("main", "the demo fleet"), demoEndpoints.workspace);
            else
                window.showProblem(QCoreApplication::translate("main", "The demo workspace is not valid: %1").arg(error.toString()));
        });
        QObject::connect(&launcher, &DemoLauncher::failed, &window, &MainWindow::showProblem);
        launcher.start(options->emulatorPath, options->emulatorArguments);
    } else if (!options->workspacePath.isEmpty()) {
        if (!fileActions.open(options->workspacePath))
            window.showProblem(QCoreApplication::translate("main", "The workspace %1 could not be opened.").arg(options->workspacePath));
    } else {
        window.showProblem(QCoreApplication::translate("main", "Open a workspace (File ▸ Open…), or try the demo fleet with --demo."));
    }
    return QApplication::exec();
}
