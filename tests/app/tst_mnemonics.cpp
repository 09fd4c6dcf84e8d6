#include "ActivityLog.h"
#include "CredentialBook.h"
#include "FleetSession.h"
#include "MainWindow.h"
#include "MemorySecretStore.h"
#include "RequestActivity.h"

#include "AzureTransport.h"
#include "SystemClock.h"

#include <QApplication>
#include <QMenuBar>
#include <QNetworkAccessManager>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTranslator>

using namespace StampDeck;
using namespace StampDeck::Azure;

// Alt+letter in the main window: every menu and page has a mnemonic of its own, in each shipped
// language (German once had &Datei and &Diagramme on the same D).
class TestMnemonics : public QObject
{
    Q_OBJECT

    static QChar mnemonicOf(const QString &text)
    {
        for (qsizetype i = 0; i + 1 < text.size(); ++i) {
            if (text.at(i) != u'&')
                continue;
            if (text.at(i + 1) == u'&') {
                ++i; // a literal ampersand
                continue;
            }
            return text.at(i + 1).toLower();
        }
        return {};
    }

private Q_SLOTS:
    void everyMenuAndPageHasItsOwnKey_data()
    {
        QTest::addColumn<QString>("language");
        QTest::newRow("en") << QStringLiteral("en");
        QTest::newRow("de") << QStringLiteral("de");
    }

    void everyMenuAndPageHasItsOwnKey()
    {
        QFETCH(QString, language);
        QTranslator translator;
        QVERIFY2(translator.load(QStringLiteral(STAMPDECK_QM_DIR "/stampdeck_%1.qm").arg(language)), qPrintable(language));
        QCoreApplication::installTranslator(&translator);

        MemorySecretStore keychain;
        MemorySecretStore memory;
        CredentialBook book(&keychain, &memory);
        QNetworkAccessManager network;
        SystemClock clock;
        AzureTransport transport(&network, &clock);
        ActivityLog log;
        RequestActivity activity(&clock);
        QTemporaryDir data;
        QVERIFY(data.isValid());
        FleetSession session(&transport, &book, data.path());
        MainWindow window(&session, &log, &activity);

        QStringList texts;
        for (const QAction *action : window.menuBar()->actions())
            texts.append(action->text());
        for (int i = 0; i < window.tabs()->count(); ++i)
            texts.append(window.tabs()->tabText(i));
        QVERIFY(texts.size() >= 10);
        QHash<QChar, QString> taken;
        for (const QString &text : std::as_const(texts)) {
            const QChar key = mnemonicOf(text);
            QVERIFY2(!key.isNull(), qPrintable(QStringLiteral("%1 has no Alt key").arg(text)));
            QVERIFY2(!taken.contains(key), qPrintable(QStringLiteral("%1 and %2 share Alt+%3").arg(taken.value(key), text, key)));
            taken.insert(key, text);
        }
        QCoreApplication::removeTranslator(&translator);
    }
};

QTEST_MAIN(TestMnemonics)
#include "tst_mnemonics.moc"
