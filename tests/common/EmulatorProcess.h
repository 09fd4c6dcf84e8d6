#pragma once

#include "EmulatorEndpoints.h"

#include <QObject>
#include <QProcess>
#include <QSslConfiguration>
#include <QStringList>
#include <QTemporaryDir>

#include <memory>

namespace StampDeck::Testing {

// Runs the real stampdeck-emulator binary for a test: in a temporary folder (or one the test
// gives, to share the CA between runs), with --endpoints <folder>/endpoints.json and
// --state-dir <folder>/state plus the test's arguments; waits for the endpoints file and parses
// it. The destructor sends SIGTERM and waits (SIGKILL after a timeout).
//
//     EmulatorProcess emulator({QStringLiteral("--demo"), QStringLiteral("--devices"), QStringLiteral("2000")});
//     QVERIFY2(emulator.start(), qPrintable(emulator.errorString()));
//     request.setSslConfiguration(emulator.sslConfiguration());
//
// The binary is $STAMPDECK_EMULATOR (ctest sets it), else stampdeck-emulator beside the test.
// Set STAMPDECK_EMULATOR_LOG=1 to see the emulator's output live.
class EmulatorProcess : public QObject
{
    Q_OBJECT

public:
    explicit EmulatorProcess(QStringList arguments = {}, QObject *parent = nullptr);
    ~EmulatorProcess() override;

    // Before start(): run in this folder instead of a fresh temporary one (kept afterwards).
    void setWorkingDirectory(const QString &path);

    // Starts the emulator and waits until its endpoints file exists and parses. On failure
    // (no binary, exit before listening, timeout, bad file) returns false and errorString()
    // tells why, with the emulator's stderr.
    bool start(int timeoutMs = 60'000);
    // SIGTERM, then waits; SIGKILL after timeoutMs. Returns the exit code, or -1 when the
    // emulator crashed or had to be killed. Safe to call when not running (returns the last code).
    int stop(int timeoutMs = 20'000);

    bool isRunning() const;
    qint64 processId() const;
    QString errorString() const { return m_errorString; }

    const EmulatorEndpoints &endpoints() const { return m_endpoints; }
    // A client configuration trusting the emulator's CA only (never ignore SSL errors instead).
    QSslConfiguration sslConfiguration() const { return m_sslConfiguration; }

    QString directory() const;        // the working folder
    QString stateDirectory() const;   // <folder>/state: ca.pem, server.pem, ...
    QString endpointsFilePath() const;
    QStringList arguments() const;    // the full argument list passed to the binary

    // What the emulator wrote so far (the last 256 KiB of each).
    QString standardError() const { return QString::fromUtf8(m_stderr); }
    QString standardOutput() const { return QString::fromUtf8(m_stdout); }

    static QString emulatorBinary();

private:
    bool fail(const QString &message);
    bool tryReadEndpoints(QString *problem);
    void drainOutput();

    QStringList m_extraArguments;
    std::unique_ptr<QTemporaryDir> m_temporaryDirectory;
    QString m_directory;
    QProcess m_process;
    QByteArray m_stdout;
    QByteArray m_stderr;
    QString m_errorString;
    EmulatorEndpoints m_endpoints;
    QSslConfiguration m_sslConfiguration;
    int m_exitCode = -1;
};

} // namespace StampDeck::Testing
