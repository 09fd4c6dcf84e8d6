#include "DeviceLookupCache.h"

#include <QAtomicInt>
#include <QDir>
#include <QFileInfo>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

namespace StampDeck {

namespace {

QAtomicInt connectionCounter;

} // namespace

// Prepared once: parsing a statement cost more than running it.
struct DeviceLookupCache::Statements
{
    explicit Statements(const QSqlDatabase &db)
        : byDevice(db)
        , byRegistration(db)
        , touch(db)
        , exists(db)
        , upsert(db)
        , remove(db)
    {
    }

    bool prepare()
    {
        const QString columns = QStringLiteral("SELECT device_id, registration_id, hub_host, dps_host, confirmed_ms FROM devices");
        return byDevice.prepare(columns + QStringLiteral(" WHERE device_id = ?"))
            && byRegistration.prepare(QStringLiteral("SELECT device_id FROM devices WHERE registration_id = ?"))
            && touch.prepare(QStringLiteral("UPDATE devices SET used = ? WHERE device_id = ?"))
            && exists.prepare(QStringLiteral("SELECT 1 FROM devices WHERE device_id = ?"))
            && upsert.prepare(QStringLiteral("INSERT OR REPLACE INTO devices (device_id, registration_id, hub_host, dps_host,"
                                             " confirmed_ms, used) VALUES (?, ?, ?, ?, ?, ?)"))
            && remove.prepare(QStringLiteral("DELETE FROM devices WHERE device_id = ?"));
    }

    QSqlQuery byDevice;
    QSqlQuery byRegistration;
    QSqlQuery touch;
    QSqlQuery exists;
    QSqlQuery upsert;
    QSqlQuery remove;
};

DeviceLookupCache::DeviceLookupCache(const QString &path, int maxEntries)
    : m_path(path)
    , m_connection(QStringLiteral("stampdeck-lookup-cache-%1").arg(connectionCounter.fetchAndAddRelaxed(1)))
    , m_maxEntries(qMax(1, maxEntries))
{
    m_commitTimer.setSingleShot(true);
    m_commitTimer.setInterval(CommitDelayMs);
    m_commitTimer.callOnTimeout(&m_commitTimer, [this]() { flush(); });
    // SQLite makes the file, not its folder (AppLocalDataLocation may not exist on a first run).
    QDir().mkpath(QFileInfo(path).absolutePath());
    QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), m_connection);
    db.setDatabaseName(path);
    if (!db.open()) {
        m_error = tr("The lookup cache %1 cannot be opened: %2").arg(path, db.lastError().text());
        return;
    }
    m_open = exec(QStringLiteral("PRAGMA journal_mode=WAL")) && exec(QStringLiteral("PRAGMA synchronous=NORMAL"))
             && exec(QStringLiteral("CREATE TABLE IF NOT EXISTS devices (device_id TEXT PRIMARY KEY, registration_id TEXT,"
                                    " hub_host TEXT NOT NULL, dps_host TEXT, confirmed_ms INTEGER, used INTEGER)"))
             && exec(QStringLiteral("CREATE INDEX IF NOT EXISTS devices_registration ON devices(registration_id)"))
             && exec(QStringLiteral("CREATE INDEX IF NOT EXISTS devices_used ON devices(used)"));
    if (!m_open)
        return;
    m_statements = std::make_unique<Statements>(db);
    if (!m_statements->prepare()) {
        m_error = tr("The lookup cache %1 failed: %2").arg(path, db.lastError().text());
        m_statements.reset();
        m_open = false;
        return;
    }
    QSqlQuery query(db);
    if (query.exec(QStringLiteral("SELECT COUNT(*), COALESCE(MAX(used), 0) FROM devices")) && query.next()) {
        m_size = query.value(0).toInt();
        m_useCounter = query.value(1).toLongLong();
    }
    evict();
}

DeviceLookupCache::~DeviceLookupCache()
{
    flush();
    m_statements.reset(); // the statements go before their connection
    {
        QSqlDatabase db = QSqlDatabase::database(m_connection, false);
        db.close();
    }
    QSqlDatabase::removeDatabase(m_connection);
}

bool DeviceLookupCache::exec(const QString &statement)
{
    QSqlQuery query(QSqlDatabase::database(m_connection, false));
    if (query.exec(statement))
        return true;
    m_error = tr("The lookup cache %1 failed: %2").arg(m_path, query.lastError().text());
    return false;
}

void DeviceLookupCache::setMaxEntries(int maxEntries)
{
    m_maxEntries = qMax(1, maxEntries);
    evict();
}

std::optional<DeviceLookupCache::Entry> DeviceLookupCache::selectByDevice(const QString &deviceId)
{
    QSqlQuery &query = m_statements->byDevice;
    query.bindValue(0, deviceId);
    std::optional<Entry> entry;
    if (query.exec() && query.next()) {
        entry = Entry{};
        entry->deviceId = query.value(0).toString();
        entry->registrationId = query.value(1).toString();
        entry->hubHost = query.value(2).toString();
        entry->dpsHost = query.value(3).toString();
        if (!query.value(4).isNull())
            entry->lastConfirmed = QDateTime::fromMSecsSinceEpoch(query.value(4).toLongLong(), Qt::UTC);
    }
    query.finish();
    return entry;
}

bool DeviceLookupCache::existsInFile(const QString &deviceId)
{
    QSqlQuery &exists = m_statements->exists;
    exists.bindValue(0, deviceId);
    const bool found = exists.exec() && exists.next();
    exists.finish();
    return found;
}

void DeviceLookupCache::touch(const QString &deviceId)
{
    m_touches.insert(deviceId, ++m_useCounter);
    scheduleFlush();
}

std::optional<DeviceLookupCache::Entry> DeviceLookupCache::find(const QString &id)
{
    if (!m_open || id.isEmpty())
        return std::nullopt;
    // The device ID first: a registration ID that is another device's ID must not shadow it.
    const auto pending = m_pending.find(id);
    if (pending != m_pending.end() && pending->entry) {
        pending->used = ++m_useCounter;
        return pending->entry;
    }
    if (pending == m_pending.end()) {
        if (std::optional<Entry> entry = selectByDevice(id)) {
            touch(entry->deviceId);
            return entry;
        }
    }
    for (auto it = m_pending.begin(); it != m_pending.end(); ++it) {
        if (it->entry && it->entry->registrationId == id) {
            it->used = ++m_useCounter;
            return it->entry;
        }
    }
    // Rows whose device has a waiting write are out of date (that write was checked above).
    QSqlQuery &query = m_statements->byRegistration;
    query.bindValue(0, id);
    QString deviceId;
    if (query.exec()) {
        while (deviceId.isEmpty() && query.next()) {
            const QString candidate = query.value(0).toString();
            if (!m_pending.contains(candidate))
                deviceId = candidate;
        }
    }
    query.finish();
    if (deviceId.isEmpty())
        return std::nullopt;
    std::optional<Entry> entry = selectByDevice(deviceId);
    if (entry)
        touch(entry->deviceId);
    return entry;
}

void DeviceLookupCache::remember(Entry entry)
{
    if (!m_open || entry.deviceId.isEmpty() || entry.hubHost.isEmpty())
        return;
    if (!entry.lastConfirmed.isValid())
        entry.lastConfirmed = QDateTime::currentDateTimeUtc();
    const auto pending = m_pending.constFind(entry.deviceId);
    const bool isNew = pending != m_pending.cend() ? !pending->entry.has_value() : !existsInFile(entry.deviceId);
    const QString deviceId = entry.deviceId;
    m_pending.insert(deviceId, Pending{std::move(entry), ++m_useCounter});
    m_touches.remove(deviceId);
    if (isNew)
        ++m_size;
    scheduleFlush();
    evict();
}

void DeviceLookupCache::forget(const QString &deviceId)
{
    if (!m_open || deviceId.isEmpty())
        return;
    const auto pending = m_pending.constFind(deviceId);
    const bool existed = pending != m_pending.cend() ? pending->entry.has_value() : existsInFile(deviceId);
    m_pending.insert(deviceId, Pending{std::nullopt, 0});
    m_touches.remove(deviceId);
    if (existed)
        m_size = qMax(0, m_size - 1);
    scheduleFlush();
}

void DeviceLookupCache::clear()
{
    if (!m_open)
        return;
    m_pending.clear();
    m_touches.clear();
    m_commitTimer.stop();
    if (exec(QStringLiteral("DELETE FROM devices")))
        m_size = 0;
}

void DeviceLookupCache::scheduleFlush()
{
    if (m_pending.size() + m_touches.size() >= CommitAfterWrites)
        QMetaObject::invokeMethod(&m_commitTimer, [this]() { flush(); }, Qt::QueuedConnection);
    else if (!m_commitTimer.isActive())
        m_commitTimer.start();
}

void DeviceLookupCache::flush()
{
    m_commitTimer.stop();
    if (!m_open || (m_pending.isEmpty() && m_touches.isEmpty()))
        return;
    QSqlDatabase db = QSqlDatabase::database(m_connection, false);
    const bool transaction = db.transaction(); // one commit for all of them (else one each)
    bool ok = true;
    for (auto it = m_pending.cbegin(); it != m_pending.cend() && ok; ++it) {
        if (!it->entry) {
            QSqlQuery &remove = m_statements->remove;
            remove.bindValue(0, it.key());
            ok = remove.exec();
            continue;
        }
        const Entry &entry = *it->entry;
        QSqlQuery &query = m_statements->upsert;
        query.bindValue(0, entry.deviceId);
        query.bindValue(1, entry.registrationId.isEmpty() ? QVariant() : QVariant(entry.registrationId));
        query.bindValue(2, entry.hubHost);
        query.bindValue(3, entry.dpsHost.isEmpty() ? QVariant() : QVariant(entry.dpsHost));
        query.bindValue(4, entry.lastConfirmed.toMSecsSinceEpoch());
        query.bindValue(5, it->used);
        ok = query.exec();
    }
    for (auto it = m_touches.cbegin(); it != m_touches.cend() && ok; ++it) {
        QSqlQuery &query = m_statements->touch;
        query.bindValue(0, it.value());
        query.bindValue(1, it.key());
        ok = query.exec();
    }
    if (ok && transaction)
        ok = db.commit();
    if (!ok) {
        // A hint cache: what did not reach the file is learned again by later lookups.
        m_error = tr("The lookup cache %1 failed: %2").arg(m_path, db.lastError().text());
        if (transaction)
            db.rollback();
    }
    m_pending.clear();
    m_touches.clear();
}

void DeviceLookupCache::evict()
{
    if (!m_open || m_size <= m_maxEntries)
        return;
    // Evict a little more than needed so a full cache does not delete on every insert.
    const int excess = m_size - m_maxEntries + qMin(m_maxEntries / 100, 1000);
    flush(); // the order of use includes the waiting writes
    QSqlQuery query(QSqlDatabase::database(m_connection, false));
    query.prepare(QStringLiteral("DELETE FROM devices WHERE device_id IN (SELECT device_id FROM devices ORDER BY used ASC LIMIT ?)"));
    query.addBindValue(excess);
    if (query.exec())
        m_size = qMax(0, m_size - query.numRowsAffected());
}

} // namespace StampDeck
