#include "ProbeReport.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QSaveFile>

#include <algorithm>

namespace StampDeck {

ProbeReport::ProbeReport(const QString &path, const QElapsedTimer &started, QObject *parent)
    : QObject(parent), m_path(path), m_started(started)
{
    m_stalls.start();
}

void ProbeReport::markEmulatorReady()
{
    m_emulatorReadyMs = nowMs();
}

void ProbeReport::markBoardPopulated()
{
    if (m_boardPopulatedMs < 0)
        m_boardPopulatedMs = nowMs();
}

void ProbeReport::markStartupOver()
{
    m_startupStallMs = m_stalls.longestStallMs();
    m_stalls.reset();
}

void ProbeReport::markRefreshStarted()
{
    m_refreshStartedMs = nowMs();
}

void ProbeReport::markRefreshFinished()
{
    if (m_refreshStartedMs >= 0)
        m_refreshMs.append(nowMs() - m_refreshStartedMs);
    m_refreshStartedMs = -1;
}

QJsonObject ProbeReport::toJson() const
{
    QJsonArray refreshes;
    for (qint64 ms : m_refreshMs)
        refreshes.append(ms);
    const qint64 longestRefresh = m_refreshMs.isEmpty() ? -1 : *std::max_element(m_refreshMs.begin(), m_refreshMs.end());
    return {
        {QStringLiteral("emulatorReadyMs"), m_emulatorReadyMs},
        {QStringLiteral("boardPopulatedMs"), m_boardPopulatedMs},
        {QStringLiteral("populatedAfterEmulatorReadyMs"),
         m_emulatorReadyMs >= 0 && m_boardPopulatedMs >= 0 ? m_boardPopulatedMs - m_emulatorReadyMs : -1},
        {QStringLiteral("startupLongestStallMs"), m_startupStallMs},
        {QStringLiteral("refreshes"), refreshes},
        {QStringLiteral("longestRefreshMs"), longestRefresh},
        {QStringLiteral("refreshLongestStallMs"), m_stalls.longestStallMs()},
        {QStringLiteral("refreshStallsOver16Ms"), m_stalls.stallsOver16Ms()},
        {QStringLiteral("probeTicks"), m_stalls.ticks()},
    };
}

bool ProbeReport::write(QString *error) const
{
    QSaveFile file(m_path);
    if (!file.open(QIODevice::WriteOnly)) {
        *error = tr("Cannot write the probe report %1: %2").arg(m_path, file.errorString());
        return false;
    }
    file.write(QJsonDocument(toJson()).toJson());
    if (!file.commit()) {
        *error = tr("Cannot write the probe report %1: %2").arg(m_path, file.errorString());
        return false;
    }
    return true;
}

} // namespace StampDeck
