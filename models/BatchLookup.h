#pragma once

#include <QHash>
#include <QObject>
#include <QPointer>
#include <QStringList>

namespace StampDeck {

class BatchLookupModel;
class DeviceLocator;
class DeviceLookup;

// Looks up a list of IDs (pasted or from a file, thousands) into a BatchLookupModel, a bounded
// number at a time (the transport paces each hub's and DPS's requests to their quotas on top).
class BatchLookup : public QObject
{
    Q_OBJECT

public:
    static constexpr int DefaultMaxInFlight = 16;

    BatchLookup(DeviceLocator *locator, BatchLookupModel *model, QObject *parent = nullptr);
    ~BatchLookup() override;

    // IDs from pasted text or a file: separated by line breaks, commas, semicolons or blanks;
    // a "deviceId"-like header, blank entries and repeats are dropped, the order kept.
    static QStringList parseIds(const QString &text);

    void setMaxInFlight(int lookups) { m_maxInFlight = qMax(1, lookups); }
    int maxInFlight() const { return m_maxInFlight; }

    // Starts over: the model gets one row per ID (a batch running is cancelled first).
    void start(const QStringList &ids);
    // Stops the lookups in flight; rows not answered stay empty. finished(true) follows.
    void cancel();

    bool isRunning() const { return m_running; }
    int done() const { return m_done; }
    int total() const { return int(m_ids.size()); }

Q_SIGNALS:
    void progressed(int done, int total);
    void finished(bool cancelled);

private:
    void launchMore();
    void onLookupFinished(DeviceLookup *lookup);

    QPointer<DeviceLocator> m_locator;
    BatchLookupModel *m_model;
    QStringList m_ids;
    QHash<DeviceLookup *, int> m_inFlight; // lookup -> row
    int m_next = 0;
    int m_done = 0;
    int m_maxInFlight = DefaultMaxInFlight;
    bool m_running = false;
};

} // namespace StampDeck
