// Emulator: the state file (--state) and stopping. Split from Emulator.cpp, which builds and
// starts the instances.
#include "fleet/Emulator.h"

#include "fleet/EmulatorInstances.h"
#include "fleet/StateFile.h"

#include <QDateTime>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QPointer>
#include <QThreadPool>

#include <algorithm>

namespace StampDeck::Emulator {

QByteArray Emulator::serializeState() const
{
    QByteArray bytes;
    // The last size is a good guess: growing a 100 MB buffer by doubling copies it several times.
    bytes.reserve(qsizetype(m_lastSave.bytes + m_lastSave.bytes / 8 + 4096));
    QDataStream out(&bytes, QIODevice::WriteOnly);
    const QJsonObject meta{
        {QStringLiteral("layout"), m_layout.toJson()},
        {QStringLiteral("deviceEndpointPort"), int(m_deviceEndpoint ? m_deviceEndpoint->port() : 0)},
        {QStringLiteral("savedAt"), QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs)},
        {QStringLiteral("emulatorVersion"), version()},
    };
    StateFile::writeHeader(out, meta);
    for (const auto &hub : m_hubs) {
        StateFile::writePolicies(out, hub->policies);
        hub->registry->save(out);
    }
    for (const auto &dps : m_dps) {
        StateFile::writePolicies(out, dps->policies);
        dps->store->save(out);
    }
    StateFile::writeTrailer(out);
    return bytes;
}

bool Emulator::saveState(QString *error)
{
    if (m_options.stateFile.isEmpty()) {
        *error = QStringLiteral("no --state file was given");
        return false;
    }
    m_saveThread->waitForDone(); // a background write of older bytes must not land after this one
    m_saveInFlight = false;
    m_saveTimer.stop();
    QElapsedTimer timer;
    timer.start();
    const QByteArray bytes = serializeState();
    m_lastSave.serializeMs = timer.restart();
    const bool ok = StateFile::writeAtomically(m_options.stateFile, bytes, error);
    m_lastSave.writeMs = timer.elapsed();
    m_lastSave.bytes = bytes.size();
    return ok;
}

void Emulator::markChanged()
{
    // The first change after a save starts the clock; later ones ride along, so a steady stream
    // of changes is still saved every few seconds. Serialising blocks the event loop (about a
    // second for a million devices), so the delay grows with it: at most a tenth of the loop's
    // time goes to saving.
    if (m_options.stateFile.isEmpty() || m_stopping || m_saveTimer.isActive())
        return;
    m_saveTimer.start(int(std::max<qint64>(m_saveDelayMs, SaveCostFactor * m_lastSave.serializeMs)));
}

void Emulator::saveInBackground()
{
    if (m_stopping)
        return;
    if (m_saveInFlight) { // the previous write is still going: try again shortly
        m_saveTimer.start(1000);
        return;
    }
    QElapsedTimer timer;
    timer.start();
    const QByteArray bytes = serializeState();
    m_lastSave.serializeMs = timer.elapsed();
    m_lastSave.bytes = bytes.size();
    m_saveInFlight = true;
    const QString path = m_options.stateFile;
    QPointer<Emulator> self(this);
    m_saveThread->start([bytes, path, self] {
        QElapsedTimer writeTimer;
        writeTimer.start();
        QString error;
        const bool ok = StateFile::writeAtomically(path, bytes, &error);
        const qint64 writeMs = writeTimer.elapsed();
        // Back on the emulator's thread; dropped if the emulator is gone by then.
        QMetaObject::invokeMethod(self, [self, ok, error, writeMs] {
            if (self)
                self->finishBackgroundSave(ok, error, writeMs);
        }, Qt::QueuedConnection);
    });
}

void Emulator::finishBackgroundSave(bool ok, const QString &error, qint64 writeMs)
{
    m_saveInFlight = false;
    m_lastSave.writeMs = writeMs;
    if (!ok) {
        emit message(QStringLiteral("state not saved: %1").arg(error));
        return;
    }
    emit message(QStringLiteral("state saved to %1 (%2 bytes; %3 ms to serialise, %4 ms to write)")
                     .arg(m_options.stateFile).arg(m_lastSave.bytes).arg(m_lastSave.serializeMs).arg(writeMs));
}

void Emulator::stop()
{
    if (m_stopping)
        return;
    m_stopping = true;
    m_saveTimer.stop();
    int exitCode = 0;
    if (m_running && !m_options.stateFile.isEmpty()) {
        QString error;
        if (saveState(&error)) {
            emit message(QStringLiteral("state saved to %1 (%2 bytes; %3 ms to serialise, %4 ms to write)")
                             .arg(m_options.stateFile).arg(m_lastSave.bytes).arg(m_lastSave.serializeMs)
                             .arg(m_lastSave.writeMs));
        } else {
            emit message(QStringLiteral("state not saved: %1").arg(error));
            exitCode = 1;
        }
    }
    m_saveInFlight = false;
    for (const auto &hub : m_hubs)
        hub->endpoint->close();
    for (const auto &dps : m_dps)
        dps->endpoint->close();
    if (m_deviceEndpoint)
        m_deviceEndpoint->close();
    if (m_adminEndpoint)
        m_adminEndpoint->close();
    m_running = false;
    // From the event loop, so a caller connected to stopped() may quit it.
    QMetaObject::invokeMethod(this, [this, exitCode] { emit stopped(exitCode); }, Qt::QueuedConnection);
}

} // namespace StampDeck::Emulator
