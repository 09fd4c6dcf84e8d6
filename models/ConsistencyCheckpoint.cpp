#include "ConsistencyCheckpoint.h"

#include <QAtomicInt>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

namespace StampDeck {

namespace {

QAtomicInt connectionCounter;

const QChar Separator(u'\n'); // host names and ids never hold a line break

} // namespace

ConsistencyCheckpoint::ConsistencyCheckpoint() = default;

ConsistencyCheckpoint::~ConsistencyCheckpoint()
{
    if (m_connection.isEmpty())
        return;
    QSqlDatabase::database(m_connection, false).close();
    QSqlDatabase::removeDatabase(m_connection);
}

bool ConsistencyCheckpoint::exec(const QString &statement)
{
    QSqlQuery query(QSqlDatabase::database(m_connection, false));
    if (!query.exec(statement)) {
        m_error = query.lastError().text();
        return false;
    }
    return true;
}

QString ConsistencyCheckpoint::meta(const QString &key) const
{
    QSqlQuery query(QSqlDatabase::database(m_connection, false));
    query.prepare(QStringLiteral("SELECT value FROM meta WHERE key = ?"));
    query.addBindValue(key);
    if (query.exec() && query.next())
        return query.value(0).toString();
    return {};
}

QString ConsistencyCheckpoint::setMeta(const QString &key, const QString &value)
{
    QSqlQuery query(QSqlDatabase::database(m_connection, false));
    query.prepare(QStringLiteral("INSERT OR REPLACE INTO meta(key, value) VALUES(?, ?)"));
    query.addBindValue(key);
    query.addBindValue(value);
    return query.exec() ? QString() : query.lastError().text();
}

bool ConsistencyCheckpoint::open(const QString &path, const QString &fingerprint)
{
    m_connection = QStringLiteral("stampdeck-consistency-%1").arg(connectionCounter.fetchAndAddRelaxed(1));
    QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), m_connection);
    db.setDatabaseName(path);
    if (!db.open()) {
        m_error = tr("cannot open the checkpoint %1: %2").arg(path, db.lastError().text());
        return false;
    }
    // The checkpoint can be rebuilt by reading the fleet again: speed over durability.
    const QStringList schema{
        QStringLiteral("PRAGMA journal_mode = WAL"),
        QStringLiteral("PRAGMA synchronous = OFF"),
        QStringLiteral("PRAGMA cache_size = -65536"), // 64 MB: the device table's index stays in memory
        QStringLiteral("CREATE TABLE IF NOT EXISTS meta(key TEXT PRIMARY KEY, value TEXT)"),
        QStringLiteral("CREATE TABLE IF NOT EXISTS sources(name TEXT PRIMARY KEY, done INTEGER, token TEXT, items INTEGER)"),
        QStringLiteral("CREATE TABLE IF NOT EXISTS devices(id TEXT PRIMARY KEY, inHubs INTEGER, enabledIn INTEGER, "
                       "registeredTo INTEGER, enrollment INTEGER, dps INTEGER, status INTEGER, registrationId TEXT, problem TEXT) WITHOUT ROWID"),
        QStringLiteral("CREATE TABLE IF NOT EXISTS groups(idx INTEGER PRIMARY KEY, dps INTEGER, id TEXT, hubs TEXT)"),
        QStringLiteral("CREATE TABLE IF NOT EXISTS enrollments(dps INTEGER, id TEXT, hubs TEXT, PRIMARY KEY(dps, id))"),
    };
    for (const QString &statement : schema) {
        if (!exec(statement)) {
            m_error = tr("cannot use the checkpoint %1: %2").arg(path, m_error);
            return false;
        }
    }
    if (meta(QStringLiteral("fingerprint")) != fingerprint || meta(QStringLiteral("complete")) == QLatin1StringView("1")) {
        if (!clear())
            return false;
        const QString error = setMeta(QStringLiteral("fingerprint"), fingerprint);
        if (!error.isEmpty()) {
            m_error = error;
            return false;
        }
    }
    return true;
}

bool ConsistencyCheckpoint::clear()
{
    return exec(QStringLiteral("DELETE FROM meta")) && exec(QStringLiteral("DELETE FROM sources"))
        && exec(QStringLiteral("DELETE FROM devices")) && exec(QStringLiteral("DELETE FROM groups"))
        && exec(QStringLiteral("DELETE FROM enrollments"));
}

bool ConsistencyCheckpoint::markComplete()
{
    m_error = setMeta(QStringLiteral("complete"), QStringLiteral("1"));
    return m_error.isEmpty();
}

QHash<QString, ConsistencyCheckpoint::Source> ConsistencyCheckpoint::sources() const
{
    QHash<QString, Source> sources;
    QSqlQuery query(QSqlDatabase::database(m_connection, false));
    if (!query.exec(QStringLiteral("SELECT name, done, token, items FROM sources")))
        return sources;
    while (query.next())
        sources.insert(query.value(0).toString(), Source{query.value(1).toInt() != 0, query.value(2).toString(), query.value(3).toLongLong()});
    return sources;
}

bool ConsistencyCheckpoint::loadFacts(ConsistencyFacts *facts) const
{
    QSqlDatabase db = QSqlDatabase::database(m_connection, false);
    QSqlQuery groups(db);
    if (!groups.exec(QStringLiteral("SELECT dps, id, hubs FROM groups ORDER BY idx")))
        return false;
    while (groups.next()) {
        facts->addGroup({groups.value(0).toInt(), groups.value(1).toString(),
                         groups.value(2).toString().split(Separator, Qt::SkipEmptyParts)});
    }
    QSqlQuery enrollments(db);
    if (!enrollments.exec(QStringLiteral("SELECT dps, id, hubs FROM enrollments")))
        return false;
    while (enrollments.next()) {
        facts->addEnrollment({enrollments.value(0).toInt(), enrollments.value(1).toString(),
                              enrollments.value(2).toString().split(Separator, Qt::SkipEmptyParts)});
    }
    QSqlQuery devices(db);
    devices.setForwardOnly(true);
    if (!devices.exec(QStringLiteral("SELECT id, inHubs, enabledIn, registeredTo, enrollment, dps, status, registrationId, problem FROM devices")))
        return false;
    while (devices.next()) {
        ConsistencyFacts::Device device;
        device.inHubs = quint64(devices.value(1).toLongLong());
        device.enabledIn = quint64(devices.value(2).toLongLong());
        device.registeredTo = quint64(devices.value(3).toLongLong());
        device.enrollment = devices.value(4).toInt();
        device.dps = qint16(devices.value(5).toInt());
        device.status = quint8(devices.value(6).toInt());
        facts->restoreDevice(devices.value(0).toString(), device, devices.value(7).toString(), devices.value(8).toString());
    }
    return true;
}

ConsistencyCheckpoint::PageRows ConsistencyCheckpoint::rows(const QString &sourceKey, const Source &source,
                                                            const ConsistencyFacts &facts, const PageFacts &page)
{
    PageRows rows{sourceKey, source, {}, {}, page.enrollments};
    rows.devices.reserve(page.devices.size());
    for (const QString &id : page.devices) {
        const QString registrationId = facts.registrationIdOf(id);
        rows.devices.append({id, facts.device(id), registrationId == id ? QString() : registrationId, facts.problemOf(id)});
    }
    for (const int index : page.groups)
        rows.groups.append({index, facts.groups().at(index)});
    return rows;
}

bool ConsistencyCheckpoint::writeRows(const PageRows &rows)
{
    QSqlDatabase db = QSqlDatabase::database(m_connection, false);
    if (!db.transaction()) {
        m_error = db.lastError().text();
        return false;
    }
    if (!writePage(rows)) {
        db.rollback();
        return false;
    }
    if (!db.commit()) {
        m_error = db.lastError().text();
        return false;
    }
    return true;
}

bool ConsistencyCheckpoint::writePage(const PageRows &rows)
{
    QSqlDatabase db = QSqlDatabase::database(m_connection, false);
    const auto failed = [this](const QSqlQuery &query) {
        m_error = query.lastError().text();
        return false;
    };
    QSqlQuery device(db);
    device.prepare(QStringLiteral("INSERT OR REPLACE INTO devices(id, inHubs, enabledIn, registeredTo, enrollment, dps, "
                                  "status, registrationId, problem) VALUES(?, ?, ?, ?, ?, ?, ?, ?, ?)"));
    for (const DeviceRow &row : rows.devices) {
        device.bindValue(0, row.id);
        device.bindValue(1, qint64(row.device.inHubs));
        device.bindValue(2, qint64(row.device.enabledIn));
        device.bindValue(3, qint64(row.device.registeredTo));
        device.bindValue(4, row.device.enrollment);
        device.bindValue(5, int(row.device.dps));
        device.bindValue(6, int(row.device.status));
        device.bindValue(7, row.registrationId.isEmpty() ? QVariant() : QVariant(row.registrationId));
        device.bindValue(8, row.problem.isEmpty() ? QVariant() : QVariant(row.problem));
        if (!device.exec())
            return failed(device);
    }
    QSqlQuery group(db);
    group.prepare(QStringLiteral("INSERT OR REPLACE INTO groups(idx, dps, id, hubs) VALUES(?, ?, ?, ?)"));
    for (const auto &[index, record] : rows.groups) {
        group.bindValue(0, index);
        group.bindValue(1, record.dps);
        group.bindValue(2, record.groupId);
        group.bindValue(3, record.hubs.join(Separator));
        if (!group.exec())
            return failed(group);
    }
    QSqlQuery enrollment(db);
    enrollment.prepare(QStringLiteral("INSERT OR REPLACE INTO enrollments(dps, id, hubs) VALUES(?, ?, ?)"));
    for (const ConsistencyFacts::Enrollment &record : rows.enrollments) {
        enrollment.bindValue(0, record.dps);
        enrollment.bindValue(1, record.registrationId);
        enrollment.bindValue(2, record.hubs.join(Separator));
        if (!enrollment.exec())
            return failed(enrollment);
    }
    QSqlQuery state(db);
    state.prepare(QStringLiteral("INSERT OR REPLACE INTO sources(name, done, token, items) VALUES(?, ?, ?, ?)"));
    state.addBindValue(rows.sourceKey);
    state.addBindValue(rows.source.done ? 1 : 0);
    state.addBindValue(rows.source.continuationToken);
    state.addBindValue(rows.source.items);
    return state.exec() || failed(state);
}

} // namespace StampDeck
