#pragma once

#include "EmulatorEndpoints.h"
#include "EndpointCredential.h"

#include <QList>
#include <QObject>
#include <QStringList>

namespace StampDeck {

class CredentialBook;

// `stampdeck --demo`: moves the emulator's per-run connection strings (from its endpoints file)
// into the credential book, whose keychain store is the demo-scoped CredentialVault
// ("StampDeck Demo"), so demo keys never mix with real ones and are written nowhere else.
// When no keychain answers, the demo's throwaway keys are kept in memory for this run and
// finished() says so, with the keychain's reason, for the user to see. The emulator's keys and
// ports change with every run, so the previous demo's entries are forgotten first instead of
// piling up. One key at a time, so the keychain's list is read once and rewritten in order.
class DemoCredentialImporter : public QObject
{
    Q_OBJECT

public:
    explicit DemoCredentialImporter(CredentialBook *book, QObject *parent = nullptr);

    void import(const EmulatorEndpoints &endpoints);

Q_SIGNALS:
    // stored: endpoints whose key is now in the book; problems: sentences for the user (empty
    // when every key went to the keychain).
    void finished(int stored, const QStringList &problems);

private:
    struct Entry
    {
        EndpointCredential::Kind kind;
        QString name;
        QString connectionString;
    };

    void forgetNext();
    void saveNext();

    CredentialBook *m_book;
    QList<Entry> m_queue;
    QList<EndpointCredential> m_stale;
    int m_stored = 0;
    QStringList m_problems;
    bool m_useMemory = false;
};

} // namespace StampDeck
