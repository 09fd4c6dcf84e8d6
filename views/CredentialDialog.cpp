#include "CredentialDialog.h"

#include "ConnectionProbe.h"
#include "CredentialBook.h"
#include "SecretStore.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMessageBox>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

namespace StampDeck {

namespace {

enum Column { HostColumn, PolicyColumn, KindColumn, RightsColumn, StorageColumn, ColumnCount };

// The default Asker: a window-modal question opened with open(), answered through finished().
void askWithMessageBox(QWidget *parent, const QString &title, const QString &question, CredentialDialog::Answer answer)
{
    auto *box = new QMessageBox(QMessageBox::Question, title, question, QMessageBox::Yes | QMessageBox::No, parent);
    box->setObjectName(QStringLiteral("credentialQuestion"));
    box->setAttribute(Qt::WA_DeleteOnClose);
    QObject::connect(box, &QMessageBox::finished, box, [box, answer](int) {
        answer(box->clickedButton() == box->button(QMessageBox::Yes));
    });
    box->open();
}

QString stateMark(ConnectionProbeResult::RightState state)
{
    switch (state) {
    case ConnectionProbeResult::RightState::Granted: return QStringLiteral("✔");
    case ConnectionProbeResult::RightState::Denied: return QStringLiteral("✘");
    case ConnectionProbeResult::RightState::Unknown: break;
    }
    return QStringLiteral("?");
}

} // namespace

CredentialDialog::CredentialDialog(CredentialBook *book, ConnectionProbe *probe, QWidget *parent)
    : QDialog(parent), m_book(book), m_probe(probe), m_asker(askWithMessageBox),
      m_connectionString(new QLineEdit(this)), m_kind(new QComboBox(this)), m_check(new QPushButton(tr("&Check"), this)),
      m_status(new QLabel(this)), m_rights(new QListWidget(this)), m_store(new QPushButton(tr("&Store key"), this)),
      m_keychainProblem(new QLabel(this)), m_memoryOnly(new QPushButton(tr("Keep in &memory for this run only"), this)),
      m_table(new QTableWidget(0, ColumnCount, this)), m_replace(new QPushButton(tr("&Replace…"), this)),
      m_forget(new QPushButton(tr("&Forget"), this))
{
    setObjectName(QStringLiteral("credentialDialog"));
    setWindowTitle(tr("Endpoint keys"));

    m_connectionString->setObjectName(QStringLiteral("connectionStringEdit"));
    // The string carries the key: keep it off the screen while it is pasted.
    m_connectionString->setEchoMode(QLineEdit::Password);
    m_connectionString->setPlaceholderText(tr("HostName=…;SharedAccessKeyName=…;SharedAccessKey=…"));
    m_kind->setObjectName(QStringLiteral("kindCombo"));
    m_kind->addItem(EndpointCredential::kindDisplayName(EndpointCredential::Kind::Hub), static_cast<int>(EndpointCredential::Kind::Hub));
    m_kind->addItem(EndpointCredential::kindDisplayName(EndpointCredential::Kind::Dps), static_cast<int>(EndpointCredential::Kind::Dps));
    m_check->setObjectName(QStringLiteral("checkButton"));
    m_status->setObjectName(QStringLiteral("statusLabel"));
    m_status->setWordWrap(true);
    m_rights->setObjectName(QStringLiteral("rightsList"));
    m_store->setObjectName(QStringLiteral("storeButton"));
    m_store->setEnabled(false);
    m_keychainProblem->setObjectName(QStringLiteral("keychainProblemLabel"));
    m_keychainProblem->setWordWrap(true);
    m_keychainProblem->hide();
    m_memoryOnly->setObjectName(QStringLiteral("memoryOnlyButton"));
    m_memoryOnly->hide();
    m_table->setObjectName(QStringLiteral("credentialTable"));
    m_table->setHorizontalHeaderLabels({tr("Host"), tr("Policy"), tr("Kind"), tr("Rights"), tr("Stored in")});
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->verticalHeader()->hide();
    m_replace->setObjectName(QStringLiteral("replaceButton"));
    m_forget->setObjectName(QStringLiteral("forgetButton"));

    auto *entry = new QGroupBox(tr("Add or replace a key"), this);
    auto *form = new QFormLayout(entry);
    form->addRow(tr("Connection &string:"), m_connectionString);
    auto *kindRow = new QHBoxLayout;
    kindRow->addWidget(m_kind, 1);
    kindRow->addWidget(m_check);
    form->addRow(tr("&Endpoint kind:"), kindRow);
    form->addRow(m_status);
    form->addRow(tr("Rights:"), m_rights);
    form->addRow(m_keychainProblem);
    auto *storeRow = new QHBoxLayout;
    storeRow->addStretch(1);
    storeRow->addWidget(m_memoryOnly);
    storeRow->addWidget(m_store);
    form->addRow(storeRow);

    auto *stored = new QGroupBox(tr("Stored keys"), this);
    auto *storedLayout = new QVBoxLayout(stored);
    storedLayout->addWidget(m_table);
    auto *storedButtons = new QHBoxLayout;
    storedButtons->addStretch(1);
    storedButtons->addWidget(m_replace);
    storedButtons->addWidget(m_forget);
    storedLayout->addLayout(storedButtons);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    buttons->button(QDialogButtonBox::Close)->setObjectName(QStringLiteral("closeButton"));
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(entry);
    layout->addWidget(stored, 1);
    layout->addWidget(buttons);

    connect(m_connectionString, &QLineEdit::textChanged, this, &CredentialDialog::onTextChanged);
    connect(m_connectionString, &QLineEdit::returnPressed, this, &CredentialDialog::check);
    connect(m_kind, &QComboBox::activated, this, &CredentialDialog::onTextChanged);
    connect(m_check, &QPushButton::clicked, this, &CredentialDialog::check);
    connect(m_store, &QPushButton::clicked, this, [this] { storeIn(EndpointCredential::Storage::Keychain); });
    connect(m_memoryOnly, &QPushButton::clicked, this, [this] { storeIn(EndpointCredential::Storage::Memory); });
    connect(m_forget, &QPushButton::clicked, this, &CredentialDialog::forgetSelected);
    connect(m_replace, &QPushButton::clicked, this, &CredentialDialog::replaceSelected);
    connect(m_table, &QTableWidget::itemSelectionChanged, this, [this] {
        const bool selected = selectedCredential().has_value();
        m_forget->setEnabled(selected);
        m_replace->setEnabled(selected);
    });
    connect(m_book, &CredentialBook::credentialsChanged, this, &CredentialDialog::refreshList);

    refreshList();
    if (!m_book->isLoaded()) {
        m_book->load().then(this, [this](const SecretResult &result) {
            if (result.storeUnusable())
                showKeychainProblem(result.errorString);
        });
    }
}

CredentialDialog::~CredentialDialog() = default;

void CredentialDialog::setKnownEndpoints(const QHash<QString, EndpointCredential::Kind> &kinds)
{
    m_knownKinds.clear();
    for (auto it = kinds.cbegin(); it != kinds.cend(); ++it)
        m_knownKinds.insert(it.key().toLower(), it.value());
}

void CredentialDialog::setAsker(Asker asker)
{
    m_asker = std::move(asker);
}

void CredentialDialog::onTextChanged()
{
    // Whatever was checked no longer matches what is entered.
    ++m_generation;
    m_checked.reset();
    m_store->setEnabled(false);
    m_memoryOnly->hide();
    m_rights->clear();
}

EndpointCredential::Kind CredentialDialog::guessKind(const Azure::ConnectionString &connectionString) const
{
    if (connectionString.looksLikeDps())
        return EndpointCredential::Kind::Dps;
    if (connectionString.looksLikeHub())
        return EndpointCredential::Kind::Hub;
    const auto known = m_knownKinds.constFind(connectionString.hostName().toLower());
    if (known != m_knownKinds.constEnd())
        return *known;
    return static_cast<EndpointCredential::Kind>(m_kind->currentData().toInt());
}

void CredentialDialog::check()
{
    onTextChanged();
    QString error;
    const auto parsed = Azure::ConnectionString::parse(m_connectionString->text().trimmed(), &error);
    if (!parsed) {
        // ConnectionString's errors name the wrong part and never echo the key.
        setStatus(tr("This is not a service connection string: %1").arg(error));
        return;
    }
    const EndpointCredential::Kind kind = guessKind(*parsed);
    m_kind->setCurrentIndex(m_kind->findData(static_cast<int>(kind)));
    m_checkedCredential = EndpointCredential{kind, parsed->hostName(), parsed->sharedAccessKeyName(), {},
                                             EndpointCredential::Storage::Keychain};
    setStatus(tr("Checking the key of policy %1 with %2…").arg(parsed->sharedAccessKeyName(), parsed->hostName()));
    m_check->setEnabled(false);
    const int generation = m_generation;
    const Azure::ConnectionString connectionString = *parsed;
    m_probe->probe(connectionString, kind).then(this, [this, generation, connectionString](const ConnectionProbeResult &result) {
        m_check->setEnabled(true);
        if (generation != m_generation)
            return;
        if (result.isVerified())
            m_checked = connectionString;
        onChecked(result);
    });
}

void CredentialDialog::onChecked(const ConnectionProbeResult &result)
{
    m_rights->clear();
    for (const auto &check : result.checks) {
        auto *item = new QListWidgetItem(tr("%1 %2 — %3").arg(stateMark(check.state), EndpointCredential::rightName(check.right), check.detail), m_rights);
        item->setData(Qt::UserRole, static_cast<int>(check.state));
        item->setData(Qt::UserRole + 1, static_cast<int>(check.right));
    }
    m_checkedCredential.rights = result.grantedRights();
    setStatus(result.message);
    m_store->setEnabled(result.isVerified());
    Q_EMIT checked(result);
}

void CredentialDialog::storeIn(EndpointCredential::Storage storage)
{
    if (!m_checked)
        return;
    EndpointCredential credential = m_checkedCredential;
    credential.storage = storage;
    m_store->setEnabled(false);
    m_memoryOnly->setEnabled(false);
    setStatus(tr("Storing the key in %1…").arg(storage == EndpointCredential::Storage::Keychain ? m_book->keychain()->displayName()
                                                                                               : m_book->memory()->displayName()));
    const int generation = m_generation;
    m_book->save(credential, m_checked->sharedAccessKey()).then(this, [this, credential, generation](const SecretResult &result) {
        m_memoryOnly->setEnabled(true);
        if (generation == m_generation)
            onSaved(credential, result);
    });
}

void CredentialDialog::onSaved(const EndpointCredential &credential, const SecretResult &result)
{
    if (result.ok()) {
        m_checked.reset();
        m_connectionString->clear(); // the key leaves the dialog once it is stored
        m_keychainProblem->hide();
        m_memoryOnly->hide();
        setStatus(credential.storage == EndpointCredential::Storage::Keychain
                      ? tr("The key of %1 (policy %2) is stored in the system keychain.").arg(credential.hostName, credential.policyName)
                      : tr("The key of %1 (policy %2) is kept in memory and will be gone when StampDeck quits.")
                            .arg(credential.hostName, credential.policyName));
        Q_EMIT stored(credential);
        return;
    }
    m_store->setEnabled(true);
    if (result.storeUnusable() && credential.storage == EndpointCredential::Storage::Keychain) {
        showKeychainProblem(result.errorString);
        m_memoryOnly->show();
        setStatus(tr("The key was not stored."));
    } else {
        setStatus(tr("The key was not stored: %1").arg(result.errorString));
    }
    Q_EMIT storeFailed(result.errorString);
}

void CredentialDialog::showKeychainProblem(const QString &why)
{
    m_keychainProblem->setText(tr("No keychain can keep keys: %1 StampDeck writes no key to disk. You may keep a key in "
                                  "memory for this run only; it is gone when StampDeck quits.").arg(why));
    m_keychainProblem->show();
}

void CredentialDialog::forgetSelected()
{
    const auto credential = selectedCredential();
    if (!credential)
        return;
    const QString question = tr("Forget the key of %1 (policy %2)? StampDeck cannot reach this endpoint with it any more "
                                "until a key is entered again.").arg(credential->hostName, credential->policyName);
    m_asker(this, tr("Forget key"), question, [dialog = QPointer<CredentialDialog>(this), credential = *credential](bool yes) {
        if (!dialog || !yes)
            return;
        dialog->m_book->forget(credential).then(dialog, [dialog, credential](const SecretResult &result) {
            if (result.ok()) {
                dialog->setStatus(tr("The key of %1 (policy %2) is forgotten.").arg(credential.hostName, credential.policyName));
                Q_EMIT dialog->forgotten(credential);
            } else {
                dialog->setStatus(tr("The key could not be forgotten: %1").arg(result.errorString));
            }
        });
    });
}

void CredentialDialog::replaceSelected()
{
    const auto credential = selectedCredential();
    if (!credential)
        return;
    m_connectionString->clear();
    m_kind->setCurrentIndex(m_kind->findData(static_cast<int>(credential->kind)));
    m_connectionString->setFocus();
    setStatus(tr("Paste the new connection string of %1 (policy %2) and check it; storing it replaces the old key.")
                  .arg(credential->hostName, credential->policyName));
}

void CredentialDialog::refreshList()
{
    const QList<EndpointCredential> credentials = m_book->credentials();
    m_table->setRowCount(static_cast<int>(credentials.size()));
    for (int row = 0; row < credentials.size(); ++row) {
        const EndpointCredential &credential = credentials.at(row);
        const QStringList cells{credential.hostName, credential.policyName, EndpointCredential::kindDisplayName(credential.kind),
                                EndpointCredential::rightNames(credential.rights).join(QStringLiteral(", ")),
                                EndpointCredential::storageDisplayName(credential.storage)};
        for (int column = 0; column < ColumnCount; ++column)
            m_table->setItem(row, column, new QTableWidgetItem(cells.at(column)));
        m_table->item(row, HostColumn)->setData(Qt::UserRole, credential.storageKey());
        m_table->item(row, HostColumn)->setData(Qt::UserRole + 1, static_cast<int>(credential.storage));
    }
    m_table->resizeColumnsToContents();
    const bool selected = selectedCredential().has_value();
    m_forget->setEnabled(selected);
    m_replace->setEnabled(selected);
}

std::optional<EndpointCredential> CredentialDialog::selectedCredential() const
{
    const QList<QTableWidgetItem *> items = m_table->selectedItems();
    if (items.isEmpty())
        return std::nullopt;
    const QTableWidgetItem *host = m_table->item(items.first()->row(), HostColumn);
    const QString key = host->data(Qt::UserRole).toString();
    const auto storage = static_cast<EndpointCredential::Storage>(host->data(Qt::UserRole + 1).toInt());
    const QList<EndpointCredential> credentials = m_book->credentials();
    for (const EndpointCredential &credential : credentials) {
        if (credential.storageKey() == key && credential.storage == storage)
            return credential;
    }
    return std::nullopt;
}

void CredentialDialog::setStatus(const QString &text)
{
    m_status->setText(text);
}

} // namespace StampDeck
