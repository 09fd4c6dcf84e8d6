#include "BatchLookup.h"

#include "BatchLookupModel.h"
#include "DeviceLocator.h"
#include "DeviceLookup.h"

#include <QRegularExpression>
#include <QSet>

namespace StampDeck {

BatchLookup::BatchLookup(DeviceLocator *locator, BatchLookupModel *model, QObject *parent)
    : QObject(parent)
    , m_locator(locator)
    , m_model(model)
{
}

BatchLookup::~BatchLookup()
{
    qDeleteAll(m_inFlight.keys()); // cancels their requests
}

QStringList BatchLookup::parseIds(const QString &text)
{
    static const QRegularExpression separators(QStringLiteral("[\\s,;]+"));
    QStringList ids;
    QSet<QString> seen;
    const QStringList parts = text.split(separators, Qt::SkipEmptyParts);
    for (int i = 0; i < parts.size(); ++i) {
        QString id = parts.at(i);
        if (id.size() >= 2 && id.startsWith(u'"') && id.endsWith(u'"'))
            id = id.mid(1, id.size() - 2);
        // A spreadsheet's header cell is not an ID.
        if (i == 0 && (id.compare(QLatin1StringView("deviceId"), Qt::CaseInsensitive) == 0
                       || id.compare(QLatin1StringView("registrationId"), Qt::CaseInsensitive) == 0
                       || id.compare(QLatin1StringView("id"), Qt::CaseInsensitive) == 0))
            continue;
        if (id.isEmpty() || seen.contains(id))
            continue;
        seen.insert(id);
        ids.append(id);
    }
    return ids;
}

void BatchLookup::start(const QStringList &ids)
{
    if (m_running)
        cancel();
    m_ids = ids;
    m_next = 0;
    m_done = 0;
    m_model->setIds(ids);
    m_running = true;
    Q_EMIT progressed(0, total());
    if (ids.isEmpty()) {
        m_running = false;
        Q_EMIT finished(false);
        return;
    }
    launchMore();
}

void BatchLookup::cancel()
{
    if (!m_running)
        return;
    const QList<DeviceLookup *> lookups = m_inFlight.keys();
    m_inFlight.clear();
    qDeleteAll(lookups);
    m_running = false;
    Q_EMIT finished(true);
}

void BatchLookup::launchMore()
{
    if (m_running && !m_locator) { // the locator went away: nothing more can be answered
        cancel();
        return;
    }
    while (m_running && m_locator && m_inFlight.size() < m_maxInFlight && m_next < m_ids.size()) {
        const int row = m_next++;
        DeviceLookup *lookup = m_locator->lookup(m_ids.at(row), this);
        m_inFlight.insert(lookup, row);
        connect(lookup, &DeviceLookup::finished, this, [this, lookup] { onLookupFinished(lookup); });
    }
}

void BatchLookup::onLookupFinished(DeviceLookup *lookup)
{
    const auto it = m_inFlight.constFind(lookup);
    if (it == m_inFlight.constEnd())
        return;
    const int row = it.value();
    m_inFlight.erase(it);
    m_model->setAnswer(row, lookup->answer());
    lookup->deleteLater();
    ++m_done;
    Q_EMIT progressed(m_done, total());
    if (m_done == total()) {
        m_running = false;
        Q_EMIT finished(false);
        return;
    }
    launchMore();
}

} // namespace StampDeck
