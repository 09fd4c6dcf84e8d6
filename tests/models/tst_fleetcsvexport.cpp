// FleetCsvExport: RFC 4180 quoting, one row per stamp in workspace order, numbers unformatted
// whatever the locale, ISO times, unknown figures as empty cells, and the file written whole.
#include "FleetCsvExport.h"
#include "FleetStatusModel.h"

#include <QFile>
#include <QLocale>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

using namespace StampDeck;

namespace {

Stamp makeStamp(const QString &id, const QString &name, qint64 planned)
{
    Stamp stamp;
    stamp.id = id;
    stamp.name = name;
    stamp.region = QStringLiteral("westeurope");
    stamp.ring = Stamp::Ring::Canary;
    stamp.tenancy = Stamp::Tenancy::Shared;
    stamp.tenants = {QStringLiteral("contoso"), QStringLiteral("fabrikam")};
    stamp.hub.hostName = id + QStringLiteral(".azure-devices.net");
    stamp.plannedCapacity = planned;
    return stamp;
}

// A strict RFC 4180 reader, so the test checks what a spreadsheet would read back.
QList<QStringList> parseCsv(const QString &text)
{
    QList<QStringList> rows;
    QStringList row;
    QString field;
    bool quoted = false;
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text.at(i);
        if (quoted) {
            if (c == QLatin1Char('"') && i + 1 < text.size() && text.at(i + 1) == QLatin1Char('"')) {
                field += c;
                ++i;
            } else if (c == QLatin1Char('"')) {
                quoted = false;
            } else {
                field += c;
            }
        } else if (c == QLatin1Char('"')) {
            quoted = true;
        } else if (c == QLatin1Char(',')) {
            row << field;
            field.clear();
        } else if (c == QLatin1Char('\r') && i + 1 < text.size() && text.at(i + 1) == QLatin1Char('\n')) {
            row << field;
            rows << row;
            row.clear();
            field.clear();
            ++i;
        } else {
            field += c;
        }
    }
    return rows;
}

} // namespace

class TestFleetCsvExport : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void field_data();
    void field();
    void headerAndRows();
    void commaInName();
    void unknownFiguresAreEmpty();
    void knownFiguresUnformatted();
    void writesFile();
    void reportsUnwritablePath();

private:
    FleetStatusModel m_model;
    int column(const QString &name) const { return int(FleetCsvExport::header().indexOf(name)); }
};

void TestFleetCsvExport::initTestCase()
{
    // A locale with "." grouping and "," decimals: the export must not use either.
    QLocale::setDefault(QLocale(QLocale::German, QLocale::Germany));
    Workspace workspace;
    workspace.stamps << makeStamp(QStringLiteral("weu-1"), QStringLiteral("West Europe 1"), 500000)
                     << makeStamp(QStringLiteral("weu-2"), QStringLiteral("Contoso, Fabrikam \"shared\""), 250000);
    m_model.setWorkspace(workspace);

    StampStatus status;
    status.stampId = QStringLiteral("weu-1");
    status.reachable = true;
    status.lastAttempt = QDateTime(QDate(2026, 11, 23), QTime(13, 0, 5), Qt::UTC);
    status.lastSuccess = QDateTime(QDate(2026, 11, 23), QTime(13, 0, 0), Qt::UTC);
    status.totalDevices = 1234567;
    status.enabledDevices = 1234000;
    status.disabledDevices = 567;
    status.connectedDevices = 1000000;
    status.registrations = 1200000;
    status.plannedCapacity = 500000;
    status.plannedUsed = 2.469134;
    status.hubLimitUsed = 1.234567;
    status.health = HealthLevel::Critical;
    status.reasons = {QStringLiteral("Over the planned capacity"), QStringLiteral("Over the hub's limit, by far")};
    m_model.updateStatus(status);
}

void TestFleetCsvExport::field_data()
{
    QTest::addColumn<QString>("value");
    QTest::addColumn<QString>("expected");
    QTest::addRow("plain") << QStringLiteral("weu-1") << QStringLiteral("weu-1");
    QTest::addRow("empty") << QString() << QString();
    QTest::addRow("comma") << QStringLiteral("a,b") << QStringLiteral("\"a,b\"");
    QTest::addRow("quote") << QStringLiteral("say \"hi\"") << QStringLiteral("\"say \"\"hi\"\"\"");
    QTest::addRow("line feed") << QStringLiteral("a\nb") << QStringLiteral("\"a\nb\"");
    QTest::addRow("carriage return") << QStringLiteral("a\rb") << QStringLiteral("\"a\rb\"");
    QTest::addRow("spaces stay bare") << QStringLiteral(" a b ") << QStringLiteral(" a b ");
}

void TestFleetCsvExport::field()
{
    QFETCH(QString, value);
    QFETCH(QString, expected);
    QCOMPARE(FleetCsvExport::field(value), expected);
}

void TestFleetCsvExport::headerAndRows()
{
    const QString csv = FleetCsvExport::toCsv(m_model);
    QVERIFY(csv.endsWith(QStringLiteral("\r\n")));
    QCOMPARE(csv.count(QStringLiteral("\r\n")), 3); // header + two stamps
    QVERIFY(!csv.contains(QRegularExpression(QStringLiteral("[^\\r]\\n"))));
    const QList<QStringList> rows = parseCsv(csv);
    QCOMPARE(rows.size(), 3);
    QCOMPARE(rows.at(0), FleetCsvExport::header());
    for (const QStringList &row : rows)
        QCOMPARE(row.size(), FleetCsvExport::header().size());
    QCOMPARE(rows.at(1).at(column(QStringLiteral("stamp_id"))), QStringLiteral("weu-1"));
    QCOMPARE(rows.at(2).at(column(QStringLiteral("stamp_id"))), QStringLiteral("weu-2"));
    QCOMPARE(rows.at(1).at(column(QStringLiteral("ring"))), QStringLiteral("canary"));
    QCOMPARE(rows.at(1).at(column(QStringLiteral("tenants"))), QStringLiteral("contoso;fabrikam"));
    QCOMPARE(rows.at(1).at(column(QStringLiteral("health"))), QStringLiteral("critical"));
    QCOMPARE(rows.at(1).at(column(QStringLiteral("reasons"))),
             QStringLiteral("Over the planned capacity; Over the hub's limit, by far"));
}

void TestFleetCsvExport::commaInName()
{
    const QString csv = FleetCsvExport::toCsv(m_model);
    QVERIFY2(csv.contains(QStringLiteral(",\"Contoso, Fabrikam \"\"shared\"\"\",")), qPrintable(csv));
    const QList<QStringList> rows = parseCsv(csv);
    QCOMPARE(rows.at(2).at(column(QStringLiteral("name"))), QStringLiteral("Contoso, Fabrikam \"shared\""));
    QCOMPARE(rows.at(2).at(column(QStringLiteral("region"))), QStringLiteral("westeurope"));
}

void TestFleetCsvExport::unknownFiguresAreEmpty()
{
    const QStringList row = parseCsv(FleetCsvExport::toCsv(m_model)).at(2);
    for (const char *name : {"total_devices", "enabled_devices", "disabled_devices", "connected_devices",
                             "dps_registrations", "planned_used", "hub_limit_used", "dps_limit_used",
                             "reachable", "last_success", "last_attempt"})
        QVERIFY2(row.at(column(QLatin1String(name))).isEmpty(), name);
    // The plan comes from the workspace, so it is known before any figure.
    QCOMPARE(row.at(column(QStringLiteral("planned_capacity"))), QStringLiteral("250000"));
    QCOMPARE(row.at(column(QStringLiteral("health"))), QStringLiteral("unknown"));
}

void TestFleetCsvExport::knownFiguresUnformatted()
{
    const QStringList row = parseCsv(FleetCsvExport::toCsv(m_model)).at(1);
    QCOMPARE(row.at(column(QStringLiteral("total_devices"))), QStringLiteral("1234567"));
    QCOMPARE(row.at(column(QStringLiteral("disabled_devices"))), QStringLiteral("567"));
    QCOMPARE(row.at(column(QStringLiteral("connected_devices"))), QStringLiteral("1000000"));
    QCOMPARE(row.at(column(QStringLiteral("dps_registrations"))), QStringLiteral("1200000"));
    QCOMPARE(row.at(column(QStringLiteral("planned_capacity"))), QStringLiteral("500000"));
    QCOMPARE(row.at(column(QStringLiteral("planned_used"))), QStringLiteral("2.4691"));
    QCOMPARE(row.at(column(QStringLiteral("hub_limit_used"))), QStringLiteral("1.2346"));
    QCOMPARE(row.at(column(QStringLiteral("reachable"))), QStringLiteral("true"));
    QCOMPARE(row.at(column(QStringLiteral("last_success"))), QStringLiteral("2026-11-23T13:00:00Z"));
    QCOMPARE(row.at(column(QStringLiteral("last_attempt"))), QStringLiteral("2026-11-23T13:00:05Z"));
}

void TestFleetCsvExport::writesFile()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString path = dir.filePath(QStringLiteral("fleet.csv"));
    QString error;
    QVERIFY2(FleetCsvExport::write(m_model, path, &error), qPrintable(error));
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    QCOMPARE(QString::fromUtf8(file.readAll()), FleetCsvExport::toCsv(m_model));
}

void TestFleetCsvExport::reportsUnwritablePath()
{
    QTemporaryDir dir;
    QString error;
    QVERIFY(!FleetCsvExport::write(m_model, dir.filePath(QStringLiteral("missing/folder/fleet.csv")), &error));
    QVERIFY(error.contains(QStringLiteral("fleet.csv")));
}

QTEST_GUILESS_MAIN(TestFleetCsvExport)
#include "tst_fleetcsvexport.moc"
