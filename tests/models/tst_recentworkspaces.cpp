// RecentWorkspaces over a QSettings file in a temporary folder: order, the cap of eight, one entry
// per file, pruning of files that are gone, and that a new RecentWorkspaces reads what was stored.
#include "RecentWorkspaces.h"

#include <QDir>
#include <QFile>
#include <QSettings>
#include <QTemporaryDir>
#include <QTest>

using namespace StampDeck;

class TestRecentWorkspaces : public QObject
{
    Q_OBJECT

private:
    QString makeFile(const QString &name)
    {
        const QString path = QDir(m_dir.path()).filePath(name);
        QFile file(path);
        if (!file.open(QIODevice::WriteOnly))
            return {};
        file.write("{}");
        return QFileInfo(path).canonicalFilePath();
    }

    QString settingsPath() const { return QDir(m_dir.path()).filePath(QStringLiteral("settings.ini")); }

    QTemporaryDir m_dir;

private Q_SLOTS:
    void init()
    {
        QSettings settings(settingsPath(), QSettings::IniFormat);
        settings.clear();
    }

    void mostRecentFirstAndOnceEach()
    {
        QSettings settings(settingsPath(), QSettings::IniFormat);
        RecentWorkspaces recent(&settings);
        QVERIFY(recent.paths().isEmpty());
        const QString a = makeFile(QStringLiteral("a.json"));
        const QString b = makeFile(QStringLiteral("b.json"));
        recent.add(a);
        recent.add(b);
        QCOMPARE(recent.paths(), (QStringList{b, a}));
        // The same file in another spelling moves up instead of appearing twice.
        QVERIFY(QDir(m_dir.path()).mkpath(QStringLiteral("sub")));
        recent.add(QDir(m_dir.path()).filePath(QStringLiteral("sub/../a.json")));
        QCOMPARE(recent.paths(), (QStringList{a, b}));
        recent.remove(b);
        QCOMPARE(recent.paths(), QStringList{a});
        recent.clear();
        QVERIFY(recent.paths().isEmpty());
    }

    void keepsTheLastEight()
    {
        QSettings settings(settingsPath(), QSettings::IniFormat);
        RecentWorkspaces recent(&settings);
        QStringList expected;
        for (int i = 0; i < 10; ++i) {
            const QString path = makeFile(QStringLiteral("fleet-%1.json").arg(i));
            recent.add(path);
            expected.prepend(path);
        }
        QCOMPARE(recent.paths().size(), RecentWorkspaces::MaxCount);
        QCOMPARE(recent.paths(), expected.mid(0, RecentWorkspaces::MaxCount));
    }

    void prunesFilesThatAreGone()
    {
        const QString kept = makeFile(QStringLiteral("kept.json"));
        const QString gone = makeFile(QStringLiteral("gone.json"));
        {
            QSettings settings(settingsPath(), QSettings::IniFormat);
            RecentWorkspaces recent(&settings);
            recent.add(kept);
            recent.add(gone);
        }
        QVERIFY(QFile::remove(gone));

        // A later run reads what the earlier one stored, without the missing file, and forgets it.
        QSettings settings(settingsPath(), QSettings::IniFormat);
        RecentWorkspaces recent(&settings);
        QCOMPARE(recent.paths(), QStringList{kept});
        QCOMPARE(settings.value(QStringLiteral("workspaces/recent")).toStringList(), QStringList{kept});
        QVERIFY(makeFile(QStringLiteral("gone.json")) == gone);
        QCOMPARE(recent.paths(), QStringList{kept}); // pruned for good, not hidden
    }
};

QTEST_GUILESS_MAIN(TestRecentWorkspaces)
#include "tst_recentworkspaces.moc"
