#include "ConsoleOptions.h"

#include <QTest>

using namespace StampDeck;

// The console's command line (README, "The console's command line"): what scripts and ticket
// links pass in, and the clear refusal of a bad value, naming the option.
class TestConsoleOptions : public QObject
{
    Q_OBJECT

    static std::optional<ConsoleOptions> parse(QStringList arguments, QString *error)
    {
        arguments.prepend(QStringLiteral("stampdeck"));
        return ConsoleOptions::parse(arguments, error);
    }

private Q_SLOTS:
    void demoWithItsFleetSize()
    {
        QString error;
        const auto options = parse({QStringLiteral("--demo"), QStringLiteral("--demo-devices"), QStringLiteral("5000"),
                                    QStringLiteral("--demo-stamps"), QStringLiteral("6")}, &error);
        QVERIFY2(options, qPrintable(error));
        QVERIFY(options->demo);
        QCOMPARE(options->emulatorArguments, (QStringList{QStringLiteral("--devices"), QStringLiteral("5000"),
                                                          QStringLiteral("--stamps"), QStringLiteral("6")}));
    }

    void findTakesTheIdTrimmed()
    {
        QString error;
        const auto options = parse({QStringLiteral("--demo"), QStringLiteral("--find"), QStringLiteral("  tenant-a-00c0ffee ")}, &error);
        QVERIFY2(options, qPrintable(error));
        QCOMPARE(options->findId, QStringLiteral("tenant-a-00c0ffee"));
        QVERIFY(parse({QStringLiteral("--demo")}, &error)->findId.isEmpty());
    }

    void badValuesAreRefusedNamingTheOption_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::addColumn<QString>("named");
        QTest::newRow("empty find") << QStringList{QStringLiteral("--demo"), QStringLiteral("--find"), QStringLiteral(" ")}
                                    << QStringLiteral("--find");
        QTest::newRow("unknown page") << QStringList{QStringLiteral("--page"), QStringLiteral("moves")} << QStringLiteral("--page");
        QTest::newRow("stamps out of range") << QStringList{QStringLiteral("--demo"), QStringLiteral("--demo-stamps"), QStringLiteral("3")}
                                             << QStringLiteral("--demo-stamps");
        QTest::newRow("demo size without demo") << QStringList{QStringLiteral("--demo-devices"), QStringLiteral("10")}
                                                << QStringLiteral("--demo-devices");
        QTest::newRow("demo and workspace") << QStringList{QStringLiteral("--demo"), QStringLiteral("--workspace"), QStringLiteral("w.json")}
                                            << QStringLiteral("--workspace");
    }

    void badValuesAreRefusedNamingTheOption()
    {
        QFETCH(QStringList, arguments);
        QFETCH(QString, named);
        QString error;
        QVERIFY(!parse(arguments, &error));
        QVERIFY2(error.contains(named), qPrintable(error));
    }
};

QTEST_GUILESS_MAIN(TestConsoleOptions)
#include "tst_consoleoptions.moc"
