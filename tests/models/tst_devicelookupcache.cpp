#include "DeviceLookupCache.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace StampDeck;

// The lookup cache: kept between runs, bounded with least-recently-used eviction, found by device
// ID or registration ID, and holding nothing but IDs and host names.
class TestDeviceLookupCache : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;

    static DeviceLookupCache::Entry entry(int i)
    {
        return {QStringLiteral("dev-%1").arg(i), QStringLiteral("reg-%1").arg(i), QStringLiteral("hub-%1.example.net").arg(i % 3),
                QStringLiteral("dps-1.example.net"), {}};
    }

private Q_SLOTS:
    void persistsBetweenInstances()
    {
        const QString path = m_dir.filePath(QStringLiteral("persist.sqlite"));
        {
            DeviceLookupCache cache(path);
            QVERIFY2(cache.isOpen(), qPrintable(cache.errorString()));
            cache.remember(entry(1));
            cache.remember(entry(2));
            QCOMPARE(cache.size(), 2);
        }
        DeviceLookupCache again(path);
        QVERIFY(again.isOpen());
        QCOMPARE(again.size(), 2);
        const auto found = again.find(QStringLiteral("dev-2"));
        QVERIFY(found);
        QCOMPARE(found->hubHost, QStringLiteral("hub-2.example.net"));
        QCOMPARE(found->registrationId, QStringLiteral("reg-2"));
        QCOMPARE(found->dpsHost, QStringLiteral("dps-1.example.net"));
        QVERIFY(found->lastConfirmed.isValid());
        QVERIFY(qAbs(found->lastConfirmed.secsTo(QDateTime::currentDateTimeUtc())) < 60);
    }

    void findsByRegistrationId()
    {
        DeviceLookupCache cache(m_dir.filePath(QStringLiteral("byreg.sqlite")));
        cache.remember(entry(5));
        const auto found = cache.find(QStringLiteral("reg-5"));
        QVERIFY(found);
        QCOMPARE(found->deviceId, QStringLiteral("dev-5"));
        QVERIFY(!cache.find(QStringLiteral("dev-6")));
    }

    void replacesAndForgets()
    {
        DeviceLookupCache cache(m_dir.filePath(QStringLiteral("replace.sqlite")));
        cache.remember(entry(1));
        DeviceLookupCache::Entry moved = entry(1);
        moved.hubHost = QStringLiteral("hub-new.example.net");
        cache.remember(moved);
        QCOMPARE(cache.size(), 1);
        QCOMPARE(cache.find(QStringLiteral("dev-1"))->hubHost, QStringLiteral("hub-new.example.net"));
        cache.forget(QStringLiteral("dev-1"));
        QCOMPARE(cache.size(), 0);
        QVERIFY(!cache.find(QStringLiteral("dev-1")));
    }

    void evictsLeastRecentlyUsed()
    {
        DeviceLookupCache cache(m_dir.filePath(QStringLiteral("bound.sqlite")), 10);
        for (int i = 0; i < 10; ++i)
            cache.remember(entry(i));
        QVERIFY(cache.find(QStringLiteral("dev-0"))); // used: now the most recent
        for (int i = 10; i < 25; ++i)
            cache.remember(entry(i));
        QVERIFY(cache.size() <= 10);
        QVERIFY(cache.size() >= 9);
        QVERIFY(cache.find(QStringLiteral("dev-24")));
        QVERIFY(!cache.find(QStringLiteral("dev-1")));
        // A smaller bound applies at once, also to a cache reopened with it.
        cache.setMaxEntries(3);
        QVERIFY(cache.size() <= 3);
        QVERIFY(cache.find(QStringLiteral("dev-24")));
    }

    void boundAppliesOnReopen()
    {
        const QString path = m_dir.filePath(QStringLiteral("reopen.sqlite"));
        {
            DeviceLookupCache cache(path);
            for (int i = 0; i < 50; ++i)
                cache.remember(entry(i));
        }
        DeviceLookupCache small(path, 20);
        QVERIFY(small.size() <= 20);
        QVERIFY(small.find(QStringLiteral("dev-49")));
    }

    void holdsNoSecret()
    {
        const QString path = m_dir.filePath(QStringLiteral("nosecret.sqlite"));
        {
            DeviceLookupCache cache(path);
            cache.remember(entry(7));
        }
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QByteArray bytes = file.readAll();
        // Only the columns of IDs and hosts exist: no key, token or signature column.
        QVERIFY(!bytes.contains("key"));
        QVERIFY(!bytes.contains("SharedAccess"));
        QVERIFY(!bytes.contains("sig="));
    }

    void makesItsFolder()
    {
        DeviceLookupCache cache(m_dir.filePath(QStringLiteral("new/folder/cache.sqlite")));
        QVERIFY2(cache.isOpen(), qPrintable(cache.errorString()));
        cache.remember(entry(3));
        QVERIFY(cache.find(QStringLiteral("dev-3")));
    }

    void unusableFileIsReported()
    {
        // A folder where the file should be.
        DeviceLookupCache cache(m_dir.path());
        QVERIFY(!cache.isOpen());
        QVERIFY(!cache.errorString().isEmpty());
        cache.remember(entry(1)); // harmless
        QVERIFY(!cache.find(QStringLiteral("dev-1")));
    }

    void commitsSoonAfterALookup()
    {
        // A lookup does not wait for a commit, but another instance sees the write shortly after.
        const QString path = m_dir.filePath(QStringLiteral("commit.sqlite"));
        DeviceLookupCache writer(path);
        DeviceLookupCache reader(path);
        QVERIFY(writer.isOpen() && reader.isOpen());
        writer.remember(entry(1));
        QVERIFY(writer.find(QStringLiteral("dev-1"))); // at once in this instance
        QTRY_VERIFY_WITH_TIMEOUT(reader.find(QStringLiteral("dev-1")), 5 * DeviceLookupCache::CommitDelayMs);
        writer.remember(entry(2));
        writer.flush();
        QVERIFY(reader.find(QStringLiteral("dev-2")));
        writer.forget(QStringLiteral("dev-1"));
        writer.flush();
        QVERIFY(!reader.find(QStringLiteral("dev-1")));
    }
};

QTEST_GUILESS_MAIN(TestDeviceLookupCache)
#include "tst_devicelookupcache.moc"
