#pragma once

#include <QCoreApplication>
#include <QDateTime>
#include <QHash>
#include <QString>
#include <QTimer>

#include <memory>
#include <optional>

namespace StampDeck {

// The lookup's memory of where devices live: device ID -> hub host (with the registration ID and
// DPS host when known, and when the hub last confirmed it), in an SQLite file so it outlives the
// console (the app keeps it in AppLocalDataLocation/lookup-cache.sqlite). Only IDs and host names:
// no key or token is ever written. Bounded: past maxEntries the least recently used go.
//
// A hint, never an answer: DeviceLocator always asks the cached hub before it says "found".
// Cheap enough for the GUI thread and off a lookup's critical path: statements are prepared once,
// and writes (what a lookup learned, forgotten entries, the "last used" mark of a hit) wait in
// memory and are written in one short transaction CommitDelayMs after the first of them (or at
// CommitAfterWrites, flush(), eviction and destruction), so a lookup never waits for a commit.
// find() sees the waiting writes at once; another instance on the same file sees them after the
// commit; a crash loses at most the last CommitDelayMs of learning, which later lookups redo.
class DeviceLookupCache
{
    Q_DECLARE_TR_FUNCTIONS(DeviceLookupCache)

public:
    static constexpr int DefaultMaxEntries = 200'000;
    static constexpr int CommitDelayMs = 250;
    static constexpr int CommitAfterWrites = 512;

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
    // Commits the writes made so far now (also done on a timer and on destruction).
    void flush();

private:
    struct Statements;
    struct Pending
    {
        std::optional<Entry> entry; // nullopt: forgotten
        qint64 used = 0;
    };

    bool exec(const QString &statement);
    void evict();
    std::optional<Entry> selectByDevice(const QString &deviceId);
    bool existsInFile(const QString &deviceId);
    void touch(const QString &deviceId);
    // Starts the commit timer, or commits soon when many writes wait.
    void scheduleFlush();

    QString m_path;
    QString m_connection;
    QString m_error;
    int m_maxEntries;
    int m_size = 0;
    qint64 m_useCounter = 0; // monotonic "last used" stamp: wall clocks can repeat within a ms
    bool m_open = false;
    std::unique_ptr<Statements> m_statements;
    QTimer m_commitTimer;
    QHash<QString, Pending> m_pending; // device ID -> write not yet in the file
    QHash<QString, qint64> m_touches;  // device ID -> "last used" not yet in the file
};

} // namespace StampDeck
