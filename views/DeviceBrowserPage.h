#pragma once

#include "DeviceQueryFilter.h"
#include "Workspace.h"

#include "DeviceIdentity.h"

#include <QPointer>
#include <QWidget>

#include <functional>
#include <optional>

class QComboBox;
class QLabel;
class QPlainTextEdit;
class QPushButton;
class QTableView;

namespace StampDeck {

namespace Azure {
class AzureTransport;
class HubRegistryClient;
} // namespace Azure

class DeviceFilterBar;
class DeviceTableModel;

// Per stamp, the hub's devices as a table that scrolls through a million rows (DeviceTableModel),
// a server-side filter, a detail pane (identity and twin) and Disable / Enable / Delete with a
// confirmation that explains what DPS does next.
class DeviceBrowserPage : public QWidget
{
    Q_OBJECT

public:
    // The hub client of a stamp (owned by the caller), or nullptr while its key is not there.
    using HubProvider = std::function<Azure::HubRegistryClient *(const Stamp &stamp)>;
    // Asks the user; calls answer(true) to go ahead. The default opens a message box (open(), not
    // exec()); tests put in an answer of their own.
    using Confirmation = std::function<void(const QString &title, const QString &text, std::function<void(bool)> answer)>;

    explicit DeviceBrowserPage(Azure::AzureTransport *transport, QWidget *parent = nullptr);

    void setWorkspace(const Workspace &workspace);
    void setHubProvider(HubProvider provider);
    void setConfirmation(Confirmation confirmation);
    // Lists this hub's devices (nullptr: none), whatever the stamp picker shows.
    void setHub(Azure::HubRegistryClient *hub);
    // Picks the stamp by id (asks the provider for its hub).
    void showStamp(const QString &stampId);
    // Asks the provider again when the picked stamp had no hub client yet (its key arrived since):
    // connect FleetEndpoints::endpointReady here, after the provider's own owner.
    void retryHub();

    DeviceTableModel *model() const { return m_model; }
    QTableView *table() const { return m_table; }
    // The identity shown in the detail pane, if any.
    std::optional<Azure::DeviceIdentity> currentDevice() const { return m_device; }

Q_SIGNALS:
    // The detail pane shows deviceId (identity and twin read).
    void deviceShown(const QString &deviceId);
    // A disable, enable or delete finished (ok or not), message for the user.
    void actionFinished(bool ok, const QString &message);

private:
    enum class Action { Disable, Enable, Delete };

    void onStampPicked(int index);
    void onFilterApplied(const DeviceQueryFilter &filter, const QString &tagColumn);
    void onCurrentRowChanged();
    void showDevice(const QString &deviceId);
    void updateDetails();
    void updateButtons();
    void updateCount();
    void confirmAndRun(Action action);
    void run(Action action, const Azure::DeviceIdentity &device);
    // The identity is gone from the hub: its row goes, the next device takes its place.
    void forgetDevice(const QString &deviceId);
    void finishAction(bool ok, const QString &message, const QString &deviceId);
    QString stampLabel() const;

    Azure::AzureTransport *m_transport;
    Workspace m_workspace;
    HubProvider m_provider;
    Confirmation m_confirmation;
    QPointer<Azure::HubRegistryClient> m_hub;

    DeviceTableModel *m_model;
    QComboBox *m_stamps;
    DeviceFilterBar *m_filterBar;
    QLabel *m_count;
    QLabel *m_message;
    QTableView *m_table;
    QPlainTextEdit *m_details;
    QPushButton *m_disable;
    QPushButton *m_enable;
    QPushButton *m_delete;

    QString m_shownId;
    std::optional<Azure::DeviceIdentity> m_device;
    QString m_twinText;
    int m_readGeneration = 0; // answers for a device no longer shown are dropped
    bool m_busy = false;
};

} // namespace StampDeck
