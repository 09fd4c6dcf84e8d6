#pragma once

#include <QCoreApplication>
#include <QDateTime>
#include <QString>

#include <optional>

namespace StampDeck {

// The lookup's memory of where devices live: device ID -> hub host (with the registration ID and
// DPS host when known, and when the hub last confirmed it), in an SQLite file so it outlives the
// console (the app keeps it in AppLocalDataLocation/lookup-cache.sqlite). Only IDs and host names:
// no key or token is ever written. Bounded: past maxEntries the least recently used go.
//
// A hint, never an answer: DeviceLocator always asks the cached hub before it says "found".
// Writes are single small statements (WAL, synchronous=NORMAL), cheap enough for the GUI thread.
class DeviceLookupCache
{
    Q_DECLARE_TR_FUNCTIONS(DeviceLookupCache)

public:
    static constexpr int DefaultMaxEntries = 200'000;

    struct Entry
    {
        QString deviceId;
        QString registrationId; // empty when not known
        QString hubHost;
        QString dpsHost;        // empty when not known
        QDateTime lastConfirmed; // UTC: when a hub last confirmed the identity there
    };

    // Opens (creates) the file; isOpen() false and errorString() when it cannot be used (the
    // lookup then works without a cache).
    explicit DeviceLookupCache(const QString &path, int maxEntries = DefaultMaxEntries);
    ~DeviceLookupCache();
    DeviceLookupCache(const DeviceLookupCache &) = delete;
    DeviceLookupCache &operator=(const DeviceLookupCache &) = delete;

    bool isOpen() const { return m_open; }
    QString errorString() const { return m_error; }
    QString path() const { return m_path; }

    int maxEntries() const { return m_maxEntries; }
    // Evicts at once when the cache holds more.
    void setMaxEntries(int maxEntries);
    int size() const { return m_size; }

    // By device ID, else by registration ID; marks the entry as used (for the eviction order).
    std::optional<Entry> find(const QString &id);
    // Stores or replaces the entry of entry.deviceId (confirmed now when lastConfirmed is invalid).
    void remember(Entry entry);
    void forget(const QString &deviceId);
    void clear();

private:
    bool exec(const QString &statement);
    void evict();

    QString m_path;
    QString m_connection;
    QString m_error;
    int m_maxEntries;
    int m_size = 0;
    qint64 m_useCounter = 0; // monotonic "last used" stamp: wall clocks can repeat within a ms
    bool m_open = false;
};

} // namespace StampDeck
