#pragma once

#include "ConsistencyFacts.h"

#include <QCoreApplication>
#include <QHash>
#include <QString>
#include <QStringList>

namespace StampDeck {

// The fleet consistency check's progress on disk (SQLite), so a check stopped by the user, a
// crash or a failing stamp continues where it was: per source (a hub's identities, a DPS
// instance's enrollment groups, individual enrollments or one group's registration states) whether
// it is done, the continuation token of its next page and the items read; and the facts gathered.
// A page's facts and its source's new token are written in one transaction, so they never disagree.
// Holds ids and host names only; no key or token of any service. A checkpoint is used by one
// thread at a time, the one that opened it (a Qt SQL rule).
class ConsistencyCheckpoint
{
    Q_DECLARE_TR_FUNCTIONS(ConsistencyCheckpoint)

public:
    struct Source
    {
        bool done = false;
        QString continuationToken; // of the next page; empty before the first
        qint64 items = 0;
    };

    ConsistencyCheckpoint();
    ~ConsistencyCheckpoint();
    ConsistencyCheckpoint(const ConsistencyCheckpoint &) = delete;
    ConsistencyCheckpoint &operator=(const ConsistencyCheckpoint &) = delete;

    // Opens (or creates) the file. A checkpoint of another fleet (fingerprint: the hubs and DPS
    // instances) or of a finished check is emptied. False with errorString() when it cannot be used.
    bool open(const QString &path, const QString &fingerprint);
    bool isOpen() const { return !m_connection.isEmpty(); }
    QString errorString() const { return m_error; }

    // Everything read so far (empty after open() of a new or emptied file).
    QHash<QString, Source> sources() const;
    bool loadFacts(ConsistencyFacts *facts) const;

    // What one page added to the facts.
    struct PageFacts
    {
        QStringList devices;   // touched: their whole current facts are written
        QList<int> groups;     // indices of groups the page added
        QList<ConsistencyFacts::Enrollment> enrollments;
    };

    // A page's rows taken out of the facts, so another thread can write them while the facts change.
    struct DeviceRow
    {
        QString id;
        ConsistencyFacts::Device device;
        QString registrationId; // empty when it is the device id
        QString problem;
    };
    struct PageRows
    {
        QString sourceKey;
        Source source;
        QList<DeviceRow> devices;
        QList<QPair<int, ConsistencyFacts::Group>> groups;
        QList<ConsistencyFacts::Enrollment> enrollments;
    };
    static PageRows rows(const QString &sourceKey, const Source &source, const ConsistencyFacts &facts, const PageFacts &page);

    // One page: the source's state and what it added, in one transaction.
    bool savePage(const QString &sourceKey, const Source &source, const ConsistencyFacts &facts, const PageFacts &page)
    {
        return writeRows(rows(sourceKey, source, facts, page));
    }
    bool writeRows(const PageRows &rows);
    // The check completed: the next open() starts over.
    bool markComplete();
    bool clear();

private:
    bool exec(const QString &statement);
    bool writePage(const PageRows &rows);
    QString setMeta(const QString &key, const QString &value);
    QString meta(const QString &key) const;

    QString m_connection;
    QString m_error;
};

} // namespace StampDeck
