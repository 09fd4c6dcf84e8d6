// WorkspaceEditor under the offscreen platform: edit and save a workspace and read the file back;
// invalid fields refuse the save and bring the stamp, widget, mark and message on screen; the
// stamp list's add, duplicate, remove and reorder; Cancel asks through the seam.
#include "StampForm.h"
#include "WorkspaceEditor.h"

#include <QApplication>
#include <QComboBox>
#include <QDoubleSpinBox>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QSignalSpy>
#include <QSpinBox>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>

using namespace StampDeck;

namespace {

Stamp makeStamp(const QString &id, const QString &tier, int units, int dpsCount)
{
    Stamp stamp;
    stamp.id = id;
    stamp.name = QStringLiteral("Stamp %1").arg(id);
    stamp.region = QStringLiteral("westeurope");
    stamp.ring = Stamp::Ring::Canary;
    stamp.tenants = {QStringLiteral("contoso"), QStringLiteral("fabrikam")};
    stamp.hub.hostName = id + QStringLiteral(".azure-devices.net");
    stamp.hub.tier = tier;
    stamp.hub.units = units;
    for (int i = 0; i < dpsCount; ++i)
        stamp.dps.append({QStringLiteral("%1-dps-%2.azure-devices-provisioning.net").arg(id).arg(i),
                          QStringLiteral("0ne0000000%1").arg(i), QStringLiteral("dps-%1").arg(i), QStringLiteral("westeurope")});
    stamp.plannedCapacity = 250'000;
    return stamp;
}

Workspace sampleWorkspace()
{
    Workspace workspace;
    workspace.name = QStringLiteral("Contoso fleet");
    workspace.stamps = {makeStamp(QStringLiteral("weu-1"), QStringLiteral("S2"), 4, 1),
                        makeStamp(QStringLiteral("weu-2"), QStringLiteral("S1"), 2, 2),
                        makeStamp(QStringLiteral("neu-1"), QStringLiteral("S3"), 3, 0)};
    return workspace;
}

QByteArray contents(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

} // namespace

class TestWorkspaceEditor : public QObject
{
    Q_OBJECT

private:
    template<typename T>
    T *find(const QString &name) const
    {
        T *widget = m_editor->findChild<T *>(name);
        if (!widget)
            qWarning("no widget %s", qPrintable(name));
        return widget;
    }
    QListWidget *stampList() const { return find<QListWidget>(QStringLiteral("stampList")); }
    QString message() const { return find<QLabel>(QStringLiteral("messageLine"))->text(); }

    QTemporaryDir m_dir;
    QString m_path;
    WorkspaceEditor *m_editor = nullptr;
    int m_asked = 0;
    bool m_answer = false;

private Q_SLOTS:
    void init()
    {
        m_path = m_dir.filePath(QStringLiteral("fleet.json"));
        QString error;
        QVERIFY2(sampleWorkspace().save(m_path, &error), qPrintable(error));
        const auto loaded = Workspace::load(m_path, nullptr);
        QVERIFY(loaded);
        m_editor = new WorkspaceEditor;
        m_asked = 0;
        m_editor->setAsker([this](QWidget *, const QString &, const QString &, WorkspaceEditor::Answer answer) {
            ++m_asked;
            answer(m_answer);
        });
        m_editor->setWorkspace(*loaded, m_path);
        m_editor->show();
        QVERIFY(QTest::qWaitForWindowActive(m_editor));
        QCOMPARE(stampList()->count(), 3);
        QVERIFY(!m_editor->isDirty());
    }

    void cleanup()
    {
        delete m_editor;
        m_editor = nullptr;
    }

    void editsSavesAndReadsBack()
    {
        QSignalSpy saved(m_editor, &WorkspaceEditor::saved);
        stampList()->setCurrentRow(1);
        QCOMPARE(find<QLineEdit>(QStringLiteral("stampId"))->text(), QStringLiteral("weu-2"));
        QCOMPARE(find<QTableWidget>(QStringLiteral("dpsTable"))->rowCount(), 2);
        find<QLineEdit>(QStringLiteral("stampName"))->setText(QStringLiteral("Renamed stamp"));
        find<QLineEdit>(QStringLiteral("stampTenants"))->setText(QStringLiteral("contoso, , adatum "));
        find<QComboBox>(QStringLiteral("stampRing"))->setCurrentIndex(2);
        find<QSpinBox>(QStringLiteral("plannedCapacity"))->setValue(400'000);
        find<QDoubleSpinBox>(QStringLiteral("amberPercent"))->setValue(70);
        find<QTableWidget>(QStringLiteral("dpsTable"))->item(1, StampForm::DpsRegionColumn)->setText(QStringLiteral("northeurope"));
        QVERIFY(m_editor->isDirty());
        QVERIFY(m_editor->windowTitle().endsWith(QLatin1Char('*')));

        find<QPushButton>(QStringLiteral("saveButton"))->click();
        QCOMPARE(saved.size(), 1);
        QCOMPARE(saved.at(0).at(1).toString(), m_path);
        QVERIFY(!m_editor->isDirty());

        Workspace expected = sampleWorkspace();
        Stamp &stamp = expected.stamps[1];
        stamp.name = QStringLiteral("Renamed stamp");
        stamp.tenants = {QStringLiteral("contoso"), QStringLiteral("adatum")};
        stamp.ring = Stamp::Ring::Production;
        stamp.plannedCapacity = 400'000;
        stamp.dps[1].region = QStringLiteral("northeurope");
        expected.thresholds.amber = 0.70;
        WorkspaceError error;
        const auto reloaded = Workspace::load(m_path, &error);
        QVERIFY2(reloaded, qPrintable(error.toString()));
        QCOMPARE(reloaded->toJson(), expected.toJson());
    }

    void refusesAnInvalidSave_data()
    {
        QTest::addColumn<int>("change");
        QTest::addColumn<int>("stampRow"); // -1: a workspace field
        QTest::addColumn<QString>("widget");
        QTest::addColumn<QString>("messagePart");
        QTest::addRow("bad ID scope in DPS row 2") << 0 << 1 << QStringLiteral("dpsTable") << QStringLiteral("stamps[1].dps[1].idScope: '0neXYZ' is not an ID scope");
        QTest::addRow("duplicate stamp id") << 1 << 2 << QStringLiteral("stampId") << QStringLiteral("stamps[2].id: 'weu-1' is used by an earlier stamp");
        QTest::addRow("empty hub host") << 2 << 2 << QStringLiteral("hubHostName") << QStringLiteral("stamps[2].hub.hostName: must be a non-empty string");
        QTest::addRow("dedicated with two tenants") << 3 << 1 << QStringLiteral("stampTenants") << QStringLiteral("stamps[1].tenancy.tenants: a dedicated stamp serves exactly one tenant");
        QTest::addRow("amber above red") << 4 << -1 << QStringLiteral("amberPercent") << QStringLiteral("health.amberPercent: amber (97%) must be below red (95%)");
    }

    void refusesAnInvalidSave()
    {
        QFETCH(int, change);
        QFETCH(int, stampRow);
        QFETCH(QString, widget);
        QFETCH(QString, messagePart);
        const QByteArray before = contents(m_path);
        QSignalSpy saved(m_editor, &WorkspaceEditor::saved);

        switch (change) {
        case 0:
            stampList()->setCurrentRow(1);
            find<QTableWidget>(QStringLiteral("dpsTable"))->item(1, StampForm::DpsScopeColumn)->setText(QStringLiteral("0neXYZ"));
            break;
        case 1:
            stampList()->setCurrentRow(2);
            find<QLineEdit>(QStringLiteral("stampId"))->setText(QStringLiteral("weu-1"));
            break;
        case 2:
            stampList()->setCurrentRow(2);
            find<QLineEdit>(QStringLiteral("hubHostName"))->clear();
            break;
        case 3:
            stampList()->setCurrentRow(1);
            find<QComboBox>(QStringLiteral("stampTenancy"))->setCurrentIndex(1);
            break;
        case 4:
            find<QDoubleSpinBox>(QStringLiteral("amberPercent"))->setValue(97);
            break;
        }
        // Checked as the user types: the message line already says what is wrong.
        QVERIFY2(message().contains(messagePart), qPrintable(message()));

        // Look at another stamp, then save: refused, and the problem comes back on screen.
        stampList()->setCurrentRow(0);
        for (int row = 0; row < stampList()->count(); ++row)
            QCOMPARE(!stampList()->item(row)->icon().isNull(), row == stampRow);
        find<QLineEdit>(QStringLiteral("workspaceName"))->setFocus();
        find<QPushButton>(QStringLiteral("saveButton"))->click();
        QCOMPARE(saved.size(), 0);
        QCOMPARE(contents(m_path), before);
        QVERIFY(m_editor->isDirty());
        QCOMPARE(stampList()->currentRow(), stampRow < 0 ? 0 : stampRow);
        QWidget *wrong = find<QWidget>(widget);
        QVERIFY(wrong);
        QTRY_COMPARE(QApplication::focusWidget(), wrong);
        QVERIFY(wrong->property("invalid").toBool());
        QVERIFY2(wrong->toolTip().size() > 0, "the marked widget explains itself");
        QVERIFY2(message().contains(messagePart), qPrintable(message()));
        if (change == 0) {
            auto *table = find<QTableWidget>(QStringLiteral("dpsTable"));
            QCOMPARE(table->currentRow(), 1);
            QCOMPARE(table->currentColumn(), int(StampForm::DpsScopeColumn));
        }

        // Only one widget is marked, and the mark goes when the field is right again.
        int marked = 0;
        for (QWidget *w : m_editor->findChildren<QWidget *>())
            marked += w->property("invalid").toBool() ? 1 : 0;
        QCOMPARE(marked, 1);
        m_editor->setWorkspace(*Workspace::load(m_path, nullptr), m_path);
        QVERIFY(!wrong->property("invalid").toBool());
    }

    void tierBoundsTheUnits()
    {
        auto *tier = find<QComboBox>(QStringLiteral("hubTier"));
        auto *units = find<QSpinBox>(QStringLiteral("hubUnits"));
        QCOMPARE(tier->currentText(), QStringLiteral("S2"));
        units->setValue(50);
        QCOMPARE(units->value(), 50);
        tier->setCurrentText(QStringLiteral("S3"));
        QCOMPARE(units->maximum(), 10);
        QCOMPARE(units->value(), 10);
        QVERIFY(find<QLabel>(QStringLiteral("hubUnitsLimit"))->text().contains(QStringLiteral("10")));
        QCOMPARE(m_editor->workspace().stamps.at(0).hub.units, 10);
        tier->setCurrentText(QStringLiteral("F1"));
        QCOMPARE(m_editor->workspace().stamps.at(0).hub.units, 1);
        QVERIFY(!m_editor->workspace().validate());
    }

    void addsDuplicatesRemovesAndReordersStamps()
    {
        find<QPushButton>(QStringLiteral("addStampButton"))->click();
        QCOMPARE(stampList()->count(), 4);
        QCOMPARE(stampList()->currentRow(), 3);
        QCOMPARE(m_editor->workspace().stamps.at(3).id, QStringLiteral("stamp"));
        QVERIFY(m_editor->isDirty());
        // A new stamp lacks what cannot be guessed; the message asks for it.
        QVERIFY2(message().startsWith(QStringLiteral("stamps[3].region")), qPrintable(message()));
        QVERIFY(find<QLineEdit>(QStringLiteral("stampRegion"))->property("invalid").toBool());
        find<QPushButton>(QStringLiteral("removeStampButton"))->click();
        QCOMPARE(stampList()->count(), 3);
        QVERIFY(!m_editor->workspace().validate());

        stampList()->setCurrentRow(0);
        find<QPushButton>(QStringLiteral("duplicateStampButton"))->click();
        QCOMPARE(stampList()->count(), 4);
        QCOMPARE(stampList()->currentRow(), 1);
        QCOMPARE(m_editor->workspace().stamps.at(1).id, QStringLiteral("weu-1-copy"));
        // The copy shares the hub host name, which must differ: marked at once.
        QVERIFY(find<QLineEdit>(QStringLiteral("hubHostName"))->property("invalid").toBool());
        find<QLineEdit>(QStringLiteral("hubHostName"))->setText(QStringLiteral("weu-3.azure-devices.net"));
        QVERIFY(!m_editor->workspace().validate());

        find<QPushButton>(QStringLiteral("moveStampDownButton"))->click();
        find<QPushButton>(QStringLiteral("moveStampDownButton"))->click();
        QCOMPARE(stampList()->currentRow(), 3);
        QVERIFY(!find<QPushButton>(QStringLiteral("moveStampDownButton"))->isEnabled());
        find<QPushButton>(QStringLiteral("moveStampUpButton"))->click();
        QStringList ids;
        for (const Stamp &stamp : m_editor->workspace().stamps)
            ids << stamp.id;
        QCOMPARE(ids, (QStringList{QStringLiteral("weu-1"), QStringLiteral("weu-2"), QStringLiteral("weu-1-copy"), QStringLiteral("neu-1")}));
        QCOMPARE(stampList()->item(2)->text(), QStringLiteral("%1 — %2").arg(QStringLiteral("weu-1-copy"), QStringLiteral("Stamp weu-1 (copy)")));

        // DPS rows come and go with the stamp.
        auto *table = find<QTableWidget>(QStringLiteral("dpsTable"));
        QCOMPARE(table->rowCount(), 1);
        find<QPushButton>(QStringLiteral("addDpsButton"))->click();
        QCOMPARE(m_editor->workspace().stamps.at(2).dps.size(), 2);
        QVERIFY2(message().startsWith(QStringLiteral("stamps[2].dps[1].hostName")), qPrintable(message()));
        table->setCurrentCell(1, 0);
        find<QPushButton>(QStringLiteral("removeDpsButton"))->click();
        QCOMPARE(m_editor->workspace().stamps.at(2).dps.size(), 1);
        QVERIFY(!m_editor->workspace().validate());
    }

    void cancelAsksOnlyWhenSomethingChanged()
    {
        QSignalSpy rejected(m_editor, &QDialog::rejected);
        find<QLineEdit>(QStringLiteral("workspaceName"))->setText(QStringLiteral("Changed"));
        m_answer = false;
        find<QPushButton>(QStringLiteral("cancelButton"))->click();
        QCOMPARE(m_asked, 1);
        QVERIFY(m_editor->isVisible());
        QCOMPARE(rejected.size(), 0);
        m_answer = true;
        find<QPushButton>(QStringLiteral("cancelButton"))->click();
        QCOMPARE(m_asked, 2);
        QCOMPARE(rejected.size(), 1);
        QVERIFY(!m_editor->isVisible());

        // Unchanged: no question.
        m_editor->setWorkspace(*Workspace::load(m_path, nullptr), m_path);
        m_editor->show();
        find<QPushButton>(QStringLiteral("cancelButton"))->click();
        QCOMPARE(m_asked, 2);
        QCOMPARE(rejected.size(), 2);
    }

    void aNewWorkspaceIsSavedWhereTheUserChooses()
    {
        const QString chosen = m_dir.filePath(QStringLiteral("new.json"));
        QString suggested;
        m_editor->setPathChooser([&](QWidget *, const QString &, const QString &suggestion, WorkspaceEditor::PathChosen done) {
            suggested = suggestion;
            done(chosen);
        });
        m_editor->setWorkspace(Workspace(), {});
        QCOMPARE(stampList()->count(), 0);
        QVERIFY(!find<StampForm>(QStringLiteral("stampForm"))->isEnabled());
        find<QPushButton>(QStringLiteral("addStampButton"))->click();
        find<QLineEdit>(QStringLiteral("stampRegion"))->setText(QStringLiteral("eastus"));
        find<QLineEdit>(QStringLiteral("hubHostName"))->setText(QStringLiteral("localhost:40121"));
        find<QLineEdit>(QStringLiteral("provisioningDeviceEndpoint"))->setText(QStringLiteral("localhost:40125"));
        QSignalSpy saved(m_editor, &WorkspaceEditor::saved);
        find<QPushButton>(QStringLiteral("saveButton"))->click();
        QCOMPARE(saved.size(), 1);
        QCOMPARE(suggested, QStringLiteral("workspace.json"));
        QCOMPARE(m_editor->path(), chosen);
        const auto loaded = Workspace::load(chosen, nullptr);
        QVERIFY(loaded);
        QCOMPARE(loaded->stamps.size(), 1);
        QCOMPARE(loaded->stamps.at(0).hub.hostName, QStringLiteral("localhost:40121"));
        QCOMPARE(loaded->provisioningDeviceEndpoint, QStringLiteral("localhost:40125"));
    }
};

QTEST_MAIN(TestWorkspaceEditor)
#include "tst_workspaceeditor.moc"
