#pragma once

#include "StallProbe.h"

#include <QElapsedTimer>
#include <QJsonObject>
#include <QList>
#include <QObject>
#include <QString>

namespace StampDeck {

// What the console measures about itself for the benchmark (--probe-report FILE): when the
// emulator was ready, when the board was fully populated, how long each of N forced refreshes
// took and the longest GUI-thread stall while they ran. Written as JSON when the run ends.
class ProbeReport : public QObject
{
    Q_OBJECT

public:
    // started: the console's clock from main()'s first line.
    ProbeReport(const QString &path, const QElapsedTimer &started, QObject *parent = nullptr);

    StallProbe *stallProbe() { return &m_stalls; }

    void markEmulatorReady();
    void markBoardPopulated();
    void markRefreshStarted();
    void markRefreshFinished();
    // The longest stall seen since the probe started (start-up included), kept apart from the
    // refresh window's.
    void markStartupOver();

    QJsonObject toJson() const;
    // False with a reason when the file cannot be written.
    bool write(QString *error) const;

private:
    qint64 nowMs() const { return m_started.elapsed(); }

    QString m_path;
    QElapsedTimer m_started;
    StallProbe m_stalls;
    qint64 m_emulatorReadyMs = -1;
    qint64 m_boardPopulatedMs = -1;
    qint64 m_refreshStartedMs = -1;
    double m_startupStallMs = -1;
    QList<qint64> m_refreshMs;
};

} // namespace StampDeck
