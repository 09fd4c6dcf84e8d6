#pragma once

#include "ConnectionProbeResult.h"
#include "ConnectionString.h"
#include "EndpointCredential.h"
#include "SecretResult.h"

#include <QDialog>
#include <QHash>

#include <functional>
#include <optional>

class QComboBox;
class QLabel;
class QLineEdit;
class QListWidget;
class QPushButton;
class QTableWidget;

namespace StampDeck {

class ConnectionProbe;
class CredentialBook;

// Where endpoint keys are entered, checked, stored, replaced and forgotten. The user pastes a
// connection string; the dialog checks its shape (azure ConnectionString), then calls the
// endpoint through the ConnectionProbe and shows the rights its policy has; "Store" puts the key
// in the keychain through the CredentialBook. When no keychain answers, the dialog says why and
// offers to keep the key in memory for this run only; it never picks that on its own.
// The list shows host, policy, kind, rights and where each key lives; never a key.
//
// Widgets carry object names for tests. Questions go through a replaceable Asker (KeePassXC's
// MessageBox::setNextAnswer idea) that answers asynchronously; the default opens a window-modal
// QMessageBox with open(), never exec().
class CredentialDialog : public QDialog
{
    Q_OBJECT

public:
    using Answer = std::function<void(bool yes)>;
    using Asker = std::function<void(QWidget *parent, const QString &title, const QString &question, Answer answer)>;

    CredentialDialog(CredentialBook *book, ConnectionProbe *probe, QWidget *parent = nullptr);
    ~CredentialDialog() override;

    // Kinds of the workspace's endpoints by host name, for hosts whose name does not tell
    // (the emulator's "localhost:port").
    void setKnownEndpoints(const QHash<QString, EndpointCredential::Kind> &kinds);
    void setAsker(Asker asker);

Q_SIGNALS:
    void checked(const StampDeck::ConnectionProbeResult &result);
    void stored(const StampDeck::EndpointCredential &credential);
    void storeFailed(const QString &why);
    void forgotten(const StampDeck::EndpointCredential &credential);

private:
    void onTextChanged();
    void check();
    void onChecked(const ConnectionProbeResult &result);
    void storeIn(EndpointCredential::Storage storage);
    void onSaved(const EndpointCredential &credential, const SecretResult &result);
    void forgetSelected();
    void replaceSelected();
    void refreshList();
    void showKeychainProblem(const QString &why);
    void setStatus(const QString &text);
    std::optional<EndpointCredential> selectedCredential() const;
    EndpointCredential::Kind guessKind(const Azure::ConnectionString &connectionString) const;

    CredentialBook *m_book;
    ConnectionProbe *m_probe;
    Asker m_asker;
    QHash<QString, EndpointCredential::Kind> m_knownKinds;

    QLineEdit *m_connectionString;
    QComboBox *m_kind;
    QPushButton *m_check;
    QLabel *m_status;
    QListWidget *m_rights;
    QPushButton *m_store;
    QLabel *m_keychainProblem;
    QPushButton *m_memoryOnly;
    QTableWidget *m_table;
    QPushButton *m_replace;
    QPushButton *m_forget;

    // The checked connection string (with its key) until it is stored or the text changes.
    std::optional<Azure::ConnectionString> m_checked;
    EndpointCredential m_checkedCredential;
    int m_generation = 0; // a check answered after the text changed is ignored
};

} // namespace StampDeck
