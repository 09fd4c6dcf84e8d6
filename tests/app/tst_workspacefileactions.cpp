// WorkspaceFileActions with its seams answered: the File menu's order, opening (and the refused
// file whose error names the field), Open Recent, Edit (saving reopens the fleet), Save As, New.
#include "RecentWorkspaces.h"
#include "WorkspaceFileActions.h"

#include <QAction>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLineEdit>
#include <QMenu>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace StampDeck;

namespace {

Workspace sample(const QString &name)
{
    Stamp stamp;
    stamp.id = QStringLiteral("weu-1");
    stamp.name = QStringLiteral("West Europe 1");
    stamp.region = QStringLiteral("westeurope");
    stamp.hub.hostName = QStringLiteral("localhost:40121");
    stamp.plannedCapacity = 1000;
    Workspace workspace;
    workspace.name = name;
    workspace.stamps = {stamp};
    return workspace;
}

} // namespace

class TestWorkspaceFileActions : public QObject
{
    Q_OBJECT

private:
    QAction *action(const QString &name) const { return m_actions->findChild<QAction *>(name); }

    QTemporaryDir m_dir;
    std::unique_ptr<QSettings> m_settings;
    std::unique_ptr<RecentWorkspaces> m_recent;
    std::unique_ptr<QWidget> m_window;
    std::unique_ptr<WorkspaceFileActions> m_actions;
    QStringList m_problems;
    QString m_chosen; // what the file choosers answer

private Q_SLOTS:
    void init()
    {
        m_settings = std::make_unique<QSettings>(m_dir.filePath(QStringLiteral("settings.ini")), QSettings::IniFormat);
        m_settings->clear();
        m_recent = std::make_unique<RecentWorkspaces>(m_settings.get());
        m_window = std::make_unique<QWidget>();
        m_actions = std::make_unique<WorkspaceFileActions>(m_recent.get(), m_window.get());
        m_problems.clear();
        m_actions->setProblemReporter([this](QWidget *, const QString &message) { m_problems << message; });
        const auto choose = [this](QWidget *, const QString &, const QString &, WorkspaceEditor::PathChosen chosen) { chosen(m_chosen); };
        m_actions->setOpenChooser(choose);
        m_actions->setSaveChooser(choose);
    }

    void cleanup()
    {
        m_actions.reset();
        m_window.reset();
    }

    void populatesTheFileMenuAboveQuit()
    {
        QMenu file;
        QAction *quit = file.addAction(QStringLiteral("Quit"));
        m_actions->populate(&file);
        QStringList names;
        for (QAction *a : file.actions())
            names << (a->menu() ? a->menu()->objectName() : a->isSeparator() ? QStringLiteral("-") : a->objectName());
        QCOMPARE(names, (QStringList{QStringLiteral("newWorkspaceAction"), QStringLiteral("openWorkspaceAction"),
                                     QStringLiteral("openRecentMenu"), QStringLiteral("editWorkspaceAction"),
                                     QStringLiteral("saveWorkspaceAsAction"), QStringLiteral("-"), QString()}));
        QCOMPARE(file.actions().last(), quit);
        QVERIFY(!action(QStringLiteral("editWorkspaceAction"))->isEnabled());
        QVERIFY(!action(QStringLiteral("saveWorkspaceAsAction"))->isEnabled());
    }

    void opensAndRemembersAWorkspace()
    {
        const QString path = m_dir.filePath(QStringLiteral("fleet.json"));
        QVERIFY(sample(QStringLiteral("Fleet")).save(path, nullptr));
        QSignalSpy opened(m_actions.get(), &WorkspaceFileActions::workspaceOpened);
        m_chosen = path;
        action(QStringLiteral("openWorkspaceAction"))->trigger();
        QCOMPARE(opened.size(), 1);
        QCOMPARE(opened.at(0).at(0).value<Workspace>().name, QStringLiteral("Fleet"));
        QCOMPARE(opened.at(0).at(1).toString(), path);
        QCOMPARE(m_recent->paths(), QStringList{QFileInfo(path).canonicalFilePath()});
        QVERIFY(action(QStringLiteral("editWorkspaceAction"))->isEnabled());

        // Open Recent lists it and opens it again.
        QAction *recent = m_window->findChild<QMenu *>(QStringLiteral("openRecentMenu"))->findChild<QAction *>(QStringLiteral("recentWorkspaceAction0"));
        QVERIFY(recent);
        QCOMPARE(recent->data().toString(), QFileInfo(path).canonicalFilePath());
        recent->trigger();
        QCOMPARE(opened.size(), 2);
        QVERIFY(m_problems.isEmpty());
    }

    void namesTheFieldOfAWorkspaceItRefuses()
    {
        const QString path = m_dir.filePath(QStringLiteral("broken.json"));
        QJsonObject json = sample(QStringLiteral("Broken")).toJson();
        QJsonArray stamps = json.value(QStringLiteral("stamps")).toArray();
        QJsonObject stamp = stamps.at(0).toObject();
        stamp.insert(QStringLiteral("hub"), QJsonObject{{QStringLiteral("hostName"), QStringLiteral("localhost:40121")},
                                                        {QStringLiteral("tier"), QStringLiteral("S3")}, {QStringLiteral("units"), 500}});
        stamps[0] = stamp;
        json.insert(QStringLiteral("stamps"), stamps);
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(QJsonDocument(json).toJson());
        file.close();

        QSignalSpy opened(m_actions.get(), &WorkspaceFileActions::workspaceOpened);
        QVERIFY(!m_actions->open(path));
        QCOMPARE(opened.size(), 0);
        QCOMPARE(m_problems.size(), 1);
        QVERIFY2(m_problems.first().contains(QStringLiteral("stamps[0].hub.units: 500 is out of range (1 to 10)")), qPrintable(m_problems.first()));
        QVERIFY(m_recent->paths().isEmpty());
    }

    void savingInTheEditorReopensTheFleet()
    {
        const QString path = m_dir.filePath(QStringLiteral("edited.json"));
        QVERIFY(sample(QStringLiteral("Before")).save(path, nullptr));
        QVERIFY(m_actions->open(path));
        QSignalSpy opened(m_actions.get(), &WorkspaceFileActions::workspaceOpened);
        int setups = 0;
        m_actions->setEditorSetup([&setups](WorkspaceEditor *) { ++setups; });
        action(QStringLiteral("editWorkspaceAction"))->trigger();
        QVERIFY(m_actions->editor());
        QCOMPARE(setups, 1);
        QCOMPARE(m_actions->editor()->path(), path);
        m_actions->editor()->findChild<QLineEdit *>(QStringLiteral("workspaceName"))->setText(QStringLiteral("After"));
        m_actions->editor()->findChild<QPushButton *>(QStringLiteral("saveButton"))->click();
        QCOMPARE(opened.size(), 1);
        QCOMPARE(opened.at(0).at(0).value<Workspace>().name, QStringLiteral("After"));
        QCOMPARE(m_actions->current().name, QStringLiteral("After"));

        // A second Edit while the editor is open does not open another one.
        action(QStringLiteral("editWorkspaceAction"))->trigger();
        QCOMPARE(setups, 1);
    }

    void savesAsAndStartsNew()
    {
        const QString path = m_dir.filePath(QStringLiteral("first.json"));
        QVERIFY(sample(QStringLiteral("First")).save(path, nullptr));
        QVERIFY(m_actions->open(path));
        m_chosen = m_dir.filePath(QStringLiteral("copy.json"));
        action(QStringLiteral("saveWorkspaceAsAction"))->trigger();
        QCOMPARE(Workspace::load(m_chosen, nullptr)->name, QStringLiteral("First"));
        QCOMPARE(m_actions->currentPath(), m_chosen);
        QCOMPARE(m_recent->paths().first(), QFileInfo(m_chosen).canonicalFilePath());

        action(QStringLiteral("newWorkspaceAction"))->trigger();
        QVERIFY(m_actions->editor());
        QVERIFY(m_actions->editor()->path().isEmpty());
        QVERIFY(m_actions->editor()->workspace().stamps.isEmpty());
    }
};

QTEST_MAIN(TestWorkspaceFileActions)
#include "tst_workspacefileactions.moc"
