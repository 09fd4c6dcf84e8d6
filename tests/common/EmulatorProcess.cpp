#include "EmulatorProcess.h"

#ifdef Q_OS_LINUX
#include <sys/prctl.h>

#include <csignal>
#endif

#include <QCoreApplication>
#include <QDeadlineTimer>
#include <QDir>
#include <QEventLoop>
#include <QFile>
#include <QFileInfo>
#include <QFileSystemWatcher>
#include <QJsonDocument>
#include <QSslCertificate>
#include <QTimer>

#include <algorithm>
#include <cstdio>

namespace StampDeck::Testing {

namespace {

constexpr qsizetype OutputKeep = 256 * 1024;

void keepTail(QByteArray &buffer, const QByteArray &more)
{
    buffer += more;
    if (buffer.size() > OutputKeep)
        buffer.remove(0, buffer.size() - OutputKeep);
}

} // namespace

EmulatorProcess::EmulatorProcess(QStringList arguments, QObject *parent)
    : QObject(parent)
    , m_extraArguments(std::move(arguments))
{
    m_process.setProcessChannelMode(QProcess::SeparateChannels);
#ifdef Q_OS_LINUX
    // A crashed or killed test must not leave its emulator running.
    m_process.setChildProcessModifier([] { ::prctl(PR_SET_PDEATHSIG, SIGTERM); });
#endif
    // Read continuously so a chatty emulator never blocks on a full pipe.
    connect(&m_process, &QProcess::readyReadStandardError, this, &EmulatorProcess::drainOutput);
    connect(&m_process, &QProcess::readyReadStandardOutput, this, &EmulatorProcess::drainOutput);
    connect(&m_process, &QProcess::finished, this, [this](int exitCode, QProcess::ExitStatus status) {
        m_exitCode = status == QProcess::NormalExit ? exitCode : -1;
    });
}

EmulatorProcess::~EmulatorProcess()
{
    stop();
}

void EmulatorProcess::setWorkingDirectory(const QString &path)
{
    m_directory = QDir(path).absolutePath();
}

QString EmulatorProcess::emulatorBinary()
{
    const QString fromEnvironment = qEnvironmentVariable("STAMPDECK_EMULATOR");
    if (!fromEnvironment.isEmpty())
        return fromEnvironment;
    return QDir(QCoreApplication::applicationDirPath()).filePath(QStringLiteral("stampdeck-emulator"));
}

QString EmulatorProcess::directory() const
{
    return m_directory;
}

QString EmulatorProcess::stateDirectory() const
{
    return QDir(m_directory).filePath(QStringLiteral("state"));
}

QString EmulatorProcess::endpointsFilePath() const
{
    return QDir(m_directory).filePath(QStringLiteral("endpoints.json"));
}

QStringList EmulatorProcess::arguments() const
{
    // Ours first: a repeated option takes its last value, so the test's own arguments win.
    QStringList arguments{QStringLiteral("--endpoints"), endpointsFilePath(),
                          QStringLiteral("--state-dir"), stateDirectory()};
    arguments += m_extraArguments;
    return arguments;
}

bool EmulatorProcess::isRunning() const
{
    return m_process.state() != QProcess::NotRunning;
}

qint64 EmulatorProcess::processId() const
{
    return m_process.processId();
}

void EmulatorProcess::drainOutput()
{
    if (!m_process.isOpen())
        return; // never started
    const QByteArray err = m_process.readAllStandardError();
    const QByteArray out = m_process.readAllStandardOutput();
    keepTail(m_stderr, err);
    keepTail(m_stdout, out);
    if (qEnvironmentVariableIsSet("STAMPDECK_EMULATOR_LOG")) {
        std::fwrite(out.constData(), 1, size_t(out.size()), stderr);
        std::fwrite(err.constData(), 1, size_t(err.size()), stderr);
    }
}

bool EmulatorProcess::fail(const QString &message)
{
    if (isRunning()) {
        m_process.kill();
        m_process.waitForFinished(5000);
    }
    drainOutput();
    m_errorString = QStringLiteral("%1\n  command: %2 %3\n--- emulator stderr ---\n%4--- end ---")
                        .arg(message, m_process.program(), arguments().join(QLatin1Char(' ')),
                             standardError());
    return false;
}

bool EmulatorProcess::tryReadEndpoints(QString *problem)
{
    QFile file(endpointsFilePath());
    if (!file.open(QIODevice::ReadOnly))
        return false; // not there yet
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(file.readAll(), &parseError);
    if (!document.isObject()) {
        *problem = QStringLiteral("the endpoints file is not a JSON object: %1").arg(parseError.errorString());
        return false;
    }
    QString error;
    const auto endpoints = EmulatorEndpoints::fromJson(document.object(), &error);
    if (!endpoints) {
        *problem = error;
        return false;
    }
    const QList<QSslCertificate> ca = QSslCertificate::fromPath(endpoints->caCertificate, QSsl::Pem);
    if (ca.isEmpty()) {
        *problem = QStringLiteral("no certificate in caCertificate %1").arg(endpoints->caCertificate);
        return false;
    }
    m_endpoints = *endpoints;
    m_sslConfiguration = QSslConfiguration::defaultConfiguration();
    m_sslConfiguration.setCaCertificates(ca); // the emulator CA and nothing else
    return true;
}

bool EmulatorProcess::start(int timeoutMs)
{
    if (isRunning())
        return fail(QStringLiteral("the emulator is already running"));
    m_errorString.clear();
    m_exitCode = -1;
    m_stderr.clear();
    m_stdout.clear();
    const QString binary = emulatorBinary();
    if (!QFileInfo(binary).isExecutable())
        return fail(QStringLiteral("no emulator binary at %1 (set STAMPDECK_EMULATOR)").arg(binary));
    if (m_directory.isEmpty()) {
        m_temporaryDirectory = std::make_unique<QTemporaryDir>();
        if (!m_temporaryDirectory->isValid())
            return fail(QStringLiteral("cannot create a temporary folder: %1")
                            .arg(m_temporaryDirectory->errorString()));
        m_directory = m_temporaryDirectory->path();
    }
    if (!QDir().mkpath(m_directory))
        return fail(QStringLiteral("cannot create %1").arg(m_directory));
    QFile::remove(endpointsFilePath()); // left by an earlier run in the same folder

    m_process.setProgram(binary);
    m_process.setArguments(arguments());
    m_process.setWorkingDirectory(m_directory);
    m_process.start();
    if (!m_process.waitForStarted(10'000))
        return fail(QStringLiteral("cannot start %1: %2").arg(binary, m_process.errorString()));

    // Wake on every change in the folder (the file appears by an atomic rename), when the
    // emulator exits, and at the latest every 200 ms in case a notification is missed.
    QFileSystemWatcher watcher({m_directory});
    const QDeadlineTimer deadline(timeoutMs);
    while (true) {
        QString problem;
        if (tryReadEndpoints(&problem))
            return true;
        if (!problem.isEmpty())
            return fail(problem);
        if (!isRunning()) {
            return fail(QStringLiteral("the emulator exited (%1, code %2) before writing %3")
                            .arg(m_process.exitStatus() == QProcess::NormalExit ? QStringLiteral("normal exit")
                                                                                : QStringLiteral("crashed"))
                            .arg(m_process.exitCode())
                            .arg(endpointsFilePath()));
        }
        if (deadline.hasExpired())
            return fail(QStringLiteral("no endpoints file after %1 ms").arg(timeoutMs));
        QEventLoop loop;
        connect(&watcher, &QFileSystemWatcher::directoryChanged, &loop, &QEventLoop::quit);
        connect(&m_process, &QProcess::finished, &loop, &QEventLoop::quit);
        QTimer::singleShot(int(std::clamp<qint64>(deadline.remainingTime(), 1, 200)), &loop, &QEventLoop::quit);
        loop.exec();
    }
}

int EmulatorProcess::stop(int timeoutMs)
{
    if (!isRunning())
        return m_exitCode;
    m_process.terminate(); // SIGTERM: the emulator saves its state and exits 0
    if (!m_process.waitForFinished(timeoutMs)) {
        m_process.kill();
        m_process.waitForFinished(5000);
        drainOutput();
        m_exitCode = -1;
        return m_exitCode;
    }
    drainOutput();
    m_exitCode = m_process.exitStatus() == QProcess::NormalExit ? m_process.exitCode() : -1;
    return m_exitCode;
}

} // namespace StampDeck::Testing
