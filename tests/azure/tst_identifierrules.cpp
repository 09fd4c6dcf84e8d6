#include "IdentifierRules.h"

#include <QTest>

using namespace StampDeck::Azure;

class TestIdentifierRules : public QObject
{
    Q_OBJECT

private slots:
    void deviceIds_data()
    {
        QTest::addColumn<QString>("id");
        QTest::addColumn<bool>("valid");
        QTest::addColumn<QString>("expectedError");
        QTest::addRow("simple") << QStringLiteral("sensor-thl-001") << true << QString();
        QTest::addRow("all specials") << QStringLiteral("a-.+%_#*?!(),=@$'z") << true << QString();
        QTest::addRow("mixed case") << QStringLiteral("Sensor") << true << QString();
        QTest::addRow("128 chars") << QString(128, u'a') << true << QString();
        QTest::addRow("129 chars") << QString(129, u'a') << false << QStringLiteral("at most 128 characters; this one has 129");
        QTest::addRow("empty") << QString() << false << QStringLiteral("must not be empty");
        QTest::addRow("slash") << QStringLiteral("abcd/e") << false << QStringLiteral("character 5 ('/') is not allowed in a device ID");
        QTest::addRow("space") << QStringLiteral("a b") << false << QStringLiteral("character 2 (' ' (space)) is not allowed in a device ID");
        QTest::addRow("colon") << QStringLiteral("a:b") << false << QStringLiteral("character 2 (':')");
        QTest::addRow("semicolon") << QStringLiteral("a;b") << false << QStringLiteral("character 2 (';')");
        QTest::addRow("non ascii") << QStringLiteral("caf\u00e9") << false << QStringLiteral("character 4");
        QTest::addRow("control") << QStringLiteral("a\tb") << false << QStringLiteral("character 2 (U+0009)");
        QTest::addRow("ampersand") << QStringLiteral("a&b") << false << QStringLiteral("character 2 ('&')");
    }
    void deviceIds()
    {
        QFETCH(QString, id);
        QFETCH(bool, valid);
        QFETCH(QString, expectedError);
        QString error;
        QCOMPARE(IdentifierRules::isValidDeviceId(id, &error), valid);
        if (!valid)
            QVERIFY2(error.contains(expectedError), qPrintable(error));
        QCOMPARE(IdentifierRules::isValidModuleId(id), valid);
    }

    void registrationIds_data()
    {
        QTest::addColumn<QString>("id");
        QTest::addColumn<bool>("valid");
        QTest::addColumn<QString>("expectedError");
        QTest::addRow("simple") << QStringLiteral("my-symkey-device") << true << QString();
        QTest::addRow("specials inside") << QStringLiteral("a:b.c_d-e") << true << QString();
        QTest::addRow("ends with dash (docs rule)") << QStringLiteral("device-") << true << QString();
        QTest::addRow("starts with dash (permissive)") << QStringLiteral("-device") << true << QString();
        QTest::addRow("starts with dot (permissive)") << QStringLiteral(".device") << true << QString();
        QTest::addRow("upper case") << QStringLiteral("MyDevice") << true << QString();
        QTest::addRow("128") << QString(128, u'r') << true << QString();
        QTest::addRow("129") << QString(129, u'r') << false << QStringLiteral("at most 128 characters");
        QTest::addRow("ends with dot") << QStringLiteral("device.") << false << QStringLiteral("character 7 ('.') is not allowed at the end");
        QTest::addRow("ends with colon") << QStringLiteral("device:") << false << QStringLiteral("at the end of a registration ID");
        QTest::addRow("ends with underscore") << QStringLiteral("device_") << false << QStringLiteral("at the end");
        QTest::addRow("plus") << QStringLiteral("a+b") << false << QStringLiteral("character 2 ('+') is not allowed in a registration ID");
        QTest::addRow("slash") << QStringLiteral("a/b") << false << QStringLiteral("character 2 ('/')");
        QTest::addRow("empty") << QString() << false << QStringLiteral("must not be empty");
    }
    void registrationIds()
    {
        QFETCH(QString, id);
        QFETCH(bool, valid);
        QFETCH(QString, expectedError);
        QString error;
        QCOMPARE(IdentifierRules::isValidRegistrationId(id, &error), valid);
        if (!valid)
            QVERIFY2(error.contains(expectedError), qPrintable(error));
        // Enrollment group IDs follow the same rule, with their own noun.
        QCOMPARE(IdentifierRules::isValidEnrollmentGroupId(id, &error), valid);
        if (!valid)
            QVERIFY2(error.contains(QStringLiteral("enrollment group ID")), qPrintable(error));
    }

    void idScopes_data()
    {
        QTest::addColumn<QString>("scope");
        QTest::addColumn<bool>("valid");
        QTest::addRow("docs") << QStringLiteral("0ne00111111") << true;
        QTest::addRow("hex letters") << QStringLiteral("0ne00AD4BA6") << true;
        QTest::addRow("lower case") << QStringLiteral("0NE00ad4ba6") << true;
        QTest::addRow("short") << QStringLiteral("0ne0011111") << false;
        QTest::addRow("long") << QStringLiteral("0ne001111111") << false;
        QTest::addRow("wrong prefix") << QStringLiteral("1ne00111111") << false;
        QTest::addRow("dash") << QStringLiteral("0ne0011-111") << false;
        QTest::addRow("empty") << QString() << false;
    }
    void idScopes()
    {
        QFETCH(QString, scope);
        QFETCH(bool, valid);
        QString error;
        QCOMPARE(IdentifierRules::isValidIdScope(scope, &error), valid);
        QCOMPARE(error.isEmpty(), valid);
    }

    void caseRules()
    {
        QVERIFY(IdentifierRules::sameRegistrationId(u"My-Device", u"my-device"));
        QCOMPARE(IdentifierRules::normalizedRegistrationId(u"My-Device"), QStringLiteral("my-device"));
        QVERIFY(IdentifierRules::sameIdScope(u"0ne00AD4BA6", u"0ne00ad4ba6"));
        QCOMPARE(IdentifierRules::deviceIdSpecialCharacters().size(), 16);
        QCOMPARE(IdentifierRules::registrationIdSpecialCharacters(), QLatin1StringView(":._-"));
    }
};

QTEST_GUILESS_MAIN(TestIdentifierRules)
#include "tst_identifierrules.moc"
