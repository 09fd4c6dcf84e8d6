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

DeviceLookupCache::DeviceLookupCache(const QString &path, int maxEntries)
    : m_path(path)
    , m_connection(QStringLiteral("stampdeck-lookup-cache-%1").arg(connectionCounter.fetchAndAddRelaxed(1)))
    , m_maxEntries(qMax(1, maxEntries))
{
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
    QSqlQuery query(db);
    if (query.exec(QStringLiteral("SELECT COUNT(*), COALESCE(MAX(used), 0) FROM devices")) && query.next()) {
        m_size = query.value(0).toInt();
        m_useCounter = query.value(1).toLongLong();
    }
    evict();
}

DeviceLookupCache::~DeviceLookupCache()
{
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

std::optional<DeviceLookupCache::Entry> DeviceLookupCache::find(const QString &id)
{
    if (!m_open || id.isEmpty())
        return std::nullopt;
    QSqlDatabase db = QSqlDatabase::database(m_connection, false);
    QSqlQuery query(db);
    // The device ID first: a registration ID that is another device's ID must not shadow it.
    query.prepare(QStringLiteral("SELECT device_id, registration_id, hub_host, dps_host, confirmed_ms FROM devices"
                                 " WHERE device_id = ? OR registration_id = ? ORDER BY device_id = ? DESC LIMIT 1"));
    query.addBindValue(id);
    query.addBindValue(id);
    query.addBindValue(id);
    if (!query.exec() || !query.next())
        return std::nullopt;
    Entry entry;
    entry.deviceId = query.value(0).toString();
    entry.registrationId = query.value(1).toString();
    entry.hubHost = query.value(2).toString();
    entry.dpsHost = query.value(3).toString();
    if (!query.value(4).isNull())
        entry.lastConfirmed = QDateTime::fromMSecsSinceEpoch(query.value(4).toLongLong(), Qt::UTC);
    QSqlQuery touch(db);
    touch.prepare(QStringLiteral("UPDATE devices SET used = ? WHERE device_id = ?"));
    touch.addBindValue(++m_useCounter);
    touch.addBindValue(entry.deviceId);
    touch.exec();
    return entry;
}

void DeviceLookupCache::remember(Entry entry)
{
    if (!m_open || entry.deviceId.isEmpty() || entry.hubHost.isEmpty())
        return;
    if (!entry.lastConfirmed.isValid())
        entry.lastConfirmed = QDateTime::currentDateTimeUtc();
    QSqlDatabase db = QSqlDatabase::database(m_connection, false);
    QSqlQuery exists(db);
    exists.prepare(QStringLiteral("SELECT 1 FROM devices WHERE device_id = ?"));
    exists.addBindValue(entry.deviceId);
    const bool isNew = exists.exec() && !exists.next();
    QSqlQuery query(db);
    query.prepare(QStringLiteral("INSERT OR REPLACE INTO devices (device_id, registration_id, hub_host, dps_host,"
                                 " confirmed_ms, used) VALUES (?, ?, ?, ?, ?, ?)"));
    query.addBindValue(entry.deviceId);
    query.addBindValue(entry.registrationId.isEmpty() ? QVariant() : QVariant(entry.registrationId));
    query.addBindValue(entry.hubHost);
    query.addBindValue(entry.dpsHost.isEmpty() ? QVariant() : QVariant(entry.dpsHost));
    query.addBindValue(entry.lastConfirmed.toMSecsSinceEpoch());
    query.addBindValue(++m_useCounter);
    if (!query.exec()) {
        m_error = tr("The lookup cache %1 failed: %2").arg(m_path, query.lastError().text());
        return;
    }
    if (isNew)
        ++m_size;
    evict();
}

void DeviceLookupCache::forget(const QString &deviceId)
{
    if (!m_open)
        return;
    QSqlQuery query(QSqlDatabase::database(m_connection, false));
    query.prepare(QStringLiteral("DELETE FROM devices WHERE device_id = ?"));
    query.addBindValue(deviceId);
    if (query.exec())
        m_size = qMax(0, m_size - query.numRowsAffected());
}

void DeviceLookupCache::clear()
{
    if (m_open && exec(QStringLiteral("DELETE FROM devices")))
        m_size = 0;
}

void DeviceLookupCache::evict()
{
    if (!m_open || m_size <= m_maxEntries)
        return;
    // Evict a little more than needed so a full cache does not delete on every insert.
    const int excess = m_size - m_maxEntries + qMin(m_maxEntries / 100, 1000);
    QSqlQuery query(QSqlDatabase::database(m_connection, false));
    query.prepare(QStringLiteral("DELETE FROM devices WHERE device_id IN (SELECT device_id FROM devices ORDER BY used ASC LIMIT ?)"));
    query.addBindValue(excess);
    if (query.exec())
        m_size = qMax(0, m_size - query.numRowsAffected());
}

} // namespace StampDeck
