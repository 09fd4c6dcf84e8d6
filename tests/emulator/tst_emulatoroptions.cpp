// EmulatorOptions: every option is parsed into the right field, and every bad value is refused
// with a message that names the option and the value.
#include "fleet/EmulatorOptions.h"

#include <QTest>

using namespace StampDeck::Emulator;
using Action = EmulatorOptions::Outcome::Action;

class TestEmulatorOptions : public QObject
{
    Q_OBJECT

private slots:
    void defaults();
    void everyOption();
    void helpAndVersion();
    void badValues_data();
    void badValues();

private:
    static QStringList args(const QStringList &options)
    {
        return QStringList{QStringLiteral("stampdeck-emulator")} + options;
    }
};

void TestEmulatorOptions::defaults()
{
    EmulatorOptions options;
    options.devices = -1; // parse() must overwrite every field
    const auto outcome = EmulatorOptions::parse(args({}), &options);
    QCOMPARE(outcome.action, Action::Run);
    QVERIFY(!options.demo);
    QCOMPARE(options.devices, 200'000);
    QCOMPARE(options.stamps, 4);
    QCOMPARE(options.hubs, 2);
    QCOMPARE(options.portBase, 0);
    QCOMPARE(options.timeScale, 1.0);
    QVERIFY(options.quotas);
    QVERIFY(!options.faultsEnabled());
    QVERIFY(options.faultTargets.isEmpty());
    QVERIFY(!options.seed);
    QVERIFY(options.endpointsFile.isEmpty());
    QVERIFY(options.stateFile.isEmpty());
    QCOMPARE(options.stateDir, EmulatorOptions::defaultStateDir());
    QVERIFY(!options.stateDir.isEmpty());
}

void TestEmulatorOptions::everyOption()
{
    EmulatorOptions options;
    const auto outcome = EmulatorOptions::parse(
        args({QStringLiteral("--demo"), QStringLiteral("--devices"), QStringLiteral("1_000_000"),
              QStringLiteral("--stamps=20"), QStringLiteral("--endpoints"), QStringLiteral("/tmp/e.json"),
              QStringLiteral("--state"), QStringLiteral("/tmp/s.bin"), QStringLiteral("--state-dir"),
              QStringLiteral("/tmp/ca"), QStringLiteral("--port-base"), QStringLiteral("41000"),
              QStringLiteral("--time-scale"), QStringLiteral("60"), QStringLiteral("--no-quotas"),
              QStringLiteral("--fault-error-rate"), QStringLiteral("0.25"), QStringLiteral("--fault-latency-ms"),
              QStringLiteral("150"), QStringLiteral("--fault-drop-rate"), QStringLiteral("1"),
              QStringLiteral("--fault-target"), QStringLiteral("hub-weu-prod-1, dps-weu"), QStringLiteral("--seed"),
              QStringLiteral("42"), QStringLiteral("--quota"), QStringLiteral("dps-registrations=50"),
              QStringLiteral("--quota=hub-registry=0")}),
        &options);
    QCOMPARE(outcome.action, Action::Run);
    QVERIFY2(outcome.text.isEmpty(), qPrintable(outcome.text));
    QVERIFY(options.demo);
    QCOMPARE(options.devices, 1'000'000);
    QCOMPARE(options.stamps, 20);
    QCOMPARE(options.endpointsFile, QStringLiteral("/tmp/e.json"));
    QCOMPARE(options.stateFile, QStringLiteral("/tmp/s.bin"));
    QCOMPARE(options.stateDir, QStringLiteral("/tmp/ca"));
    QCOMPARE(options.portBase, 41000);
    QCOMPARE(options.timeScale, 60.0);
    QVERIFY(!options.quotas);
    QCOMPARE(options.faultErrorRate, 0.25);
    QCOMPARE(options.faultLatencyMs, 150);
    QCOMPARE(options.faultDropRate, 1.0);
    QVERIFY(options.faultsEnabled());
    QCOMPARE(options.faultTargets, (QStringList{QStringLiteral("hub-weu-prod-1"), QStringLiteral("dps-weu")}));
    QCOMPARE(options.seed, std::optional<quint64>(42));
    QCOMPARE(options.quotaOverrides.size(), 2);
    QCOMPARE(options.quotaOverrides[0].first, QuotaClass::DpsRegistrations);
    QCOMPARE(options.quotaOverrides[0].second, 50.0);
    QCOMPARE(options.quotaOverrides[1].first, QuotaClass::HubRegistryOperations);
    QCOMPARE(options.quotaOverrides[1].second, 0.0);
    QVERIFY(EmulatorOptions::isHubQuotaClass(QuotaClass::HubRegistryOperations));
    QVERIFY(!EmulatorOptions::isHubQuotaClass(QuotaClass::DpsRegistrations));
    QCOMPARE(EmulatorOptions::quotaClassNames().size(), 8);

    EmulatorOptions plain;
    QCOMPARE(EmulatorOptions::parse(args({QStringLiteral("--hubs"), QStringLiteral("5")}), &plain).action, Action::Run);
    QCOMPARE(plain.hubs, 5);
}

void TestEmulatorOptions::helpAndVersion()
{
    EmulatorOptions options;
    const auto help = EmulatorOptions::parse(args({QStringLiteral("--help")}), &options);
    QCOMPARE(help.action, Action::ShowHelp);
    for (const char *option : {"--demo", "--devices", "--stamps", "--hubs", "--endpoints", "--state ",
                               "--state-dir", "--port-base", "--time-scale", "--no-quotas", "--fault-error-rate",
                               "--fault-latency-ms", "--fault-drop-rate", "--fault-target", "--seed", "--version",
                               "--quota"})
        QVERIFY2(help.text.contains(QLatin1String(option)), option);
    QCOMPARE(EmulatorOptions::parse(args({QStringLiteral("--version")}), &options).action, Action::ShowVersion);
}

void TestEmulatorOptions::badValues_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<QString>("message"); // must appear in the error
    auto row = [](const char *name, QStringList arguments, const char *message) {
        QTest::addRow("%s", name) << arguments << QString::fromUtf8(message);
    };
    row("devices negative", {QStringLiteral("--demo"), QStringLiteral("--devices"), QStringLiteral("-5")},
        "invalid value '-5' for --devices");
    row("devices word", {QStringLiteral("--demo"), QStringLiteral("--devices=lots")}, "invalid value 'lots' for --devices");
    row("devices too many", {QStringLiteral("--demo"), QStringLiteral("--devices=20000001")}, "--devices");
    row("stamps below 4", {QStringLiteral("--demo"), QStringLiteral("--stamps=3")},
        "invalid value '3' for --stamps: expected an integer from 4 to 50");
    row("stamps above 50", {QStringLiteral("--demo"), QStringLiteral("--stamps=51")}, "invalid value '51' for --stamps");
    row("hubs zero", {QStringLiteral("--hubs=0")}, "invalid value '0' for --hubs");
    row("hubs with demo", {QStringLiteral("--demo"), QStringLiteral("--hubs=2")}, "--hubs");
    row("devices without demo", {QStringLiteral("--devices=10")}, "--devices needs --demo");
    row("port privileged", {QStringLiteral("--port-base=80")}, "invalid value '80' for --port-base");
    row("port too high", {QStringLiteral("--port-base=70000")}, "invalid value '70000' for --port-base");
    row("time scale zero", {QStringLiteral("--time-scale=0")}, "invalid value '0' for --time-scale");
    row("time scale nan", {QStringLiteral("--time-scale=nan")}, "invalid value 'nan' for --time-scale");
    row("error rate above 1", {QStringLiteral("--fault-error-rate=1.5")}, "invalid value '1.5' for --fault-error-rate");
    row("drop rate negative", {QStringLiteral("--fault-drop-rate=-0.1")}, "invalid value '-0.1' for --fault-drop-rate");
    row("latency word", {QStringLiteral("--fault-latency-ms=slow")}, "invalid value 'slow' for --fault-latency-ms");
    row("empty target", {QStringLiteral("--fault-target=hub-1,,hub-2")}, "invalid value 'hub-1,,hub-2' for --fault-target");
    row("quota without value", {QStringLiteral("--quota=dps-registrations")}, "invalid value 'dps-registrations' for --quota");
    row("quota unknown class", {QStringLiteral("--quota=registrations=5")}, "CLASS one of hub-registry");
    row("quota negative", {QStringLiteral("--quota=hub-queries=-1")}, "invalid value 'hub-queries=-1' for --quota");
    row("seed negative", {QStringLiteral("--seed=-1")}, "invalid value '-1' for --seed");
    row("empty endpoints", {QStringLiteral("--endpoints=")}, "for --endpoints");
    row("same file", {QStringLiteral("--endpoints=/tmp/x"), QStringLiteral("--state=/tmp/x")}, "same file");
    row("unknown option", {QStringLiteral("--frobnicate")}, "frobnicate");
    row("missing value", {QStringLiteral("--devices")}, "devices");
    row("positional", {QStringLiteral("extra")}, "unexpected argument 'extra'");
}

void TestEmulatorOptions::badValues()
{
    QFETCH(QStringList, arguments);
    QFETCH(QString, message);
    EmulatorOptions options;
    options.devices = 77; // untouched on error
    const auto outcome = EmulatorOptions::parse(args(arguments), &options);
    QCOMPARE(outcome.action, Action::UsageError);
    QVERIFY2(outcome.text.contains(message), qPrintable(outcome.text));
    QCOMPARE(options.devices, 77);
}

QTEST_GUILESS_MAIN(TestEmulatorOptions)
#include "tst_emulatoroptions.moc"
