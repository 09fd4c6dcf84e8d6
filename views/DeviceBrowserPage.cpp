#include "DeviceBrowserPage.h"

#include "DeviceDetailsText.h"
#include "DeviceFilterBar.h"
#include "DeviceTableModel.h"

#include "HubRegistryClient.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QLocale>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSplitter>
#include <QTableView>
#include <QVBoxLayout>

#include <algorithm>

namespace StampDeck {

using namespace Azure;

DeviceBrowserPage::DeviceBrowserPage(AzureTransport *transport, QWidget *parent)
    : QWidget(parent)
    , m_transport(transport)
    , m_model(new DeviceTableModel(transport, this))
    , m_stamps(new QComboBox(this))
    , m_filterBar(new DeviceFilterBar(this))
    , m_count(new QLabel(this))
    , m_message(new QLabel(this))
    , m_table(new QTableView(this))
    , m_details(new QPlainTextEdit(this))
    , m_disable(new QPushButton(tr("Disable"), this))
    , m_enable(new QPushButton(tr("Enable"), this))
    , m_delete(new QPushButton(tr("Delete identity"), this))
{
    m_stamps->setObjectName(QStringLiteral("stampPicker"));
    m_count->setObjectName(QStringLiteral("matchCount"));
    m_message->setObjectName(QStringLiteral("browserMessage"));
    m_message->setWordWrap(true);
    m_table->setObjectName(QStringLiteral("deviceTable"));
    m_details->setObjectName(QStringLiteral("deviceDetails"));
    m_disable->setObjectName(QStringLiteral("disableButton"));
    m_enable->setObjectName(QStringLiteral("enableButton"));
    m_delete->setObjectName(QStringLiteral("deleteButton"));

    m_table->setModel(m_model);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setSortingEnabled(false); // the hub cannot sort (header tooltip says why)
    m_table->verticalHeader()->setDefaultSectionSize(m_table->fontMetrics().height() + 6);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::Interactive);
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->setColumnWidth(DeviceTableModel::DeviceIdColumn, 260);
    m_details->setReadOnly(true);
    m_details->setPlaceholderText(tr("Select a device to see its identity and twin."));

    auto *top = new QHBoxLayout;
    top->addWidget(new QLabel(tr("Stamp:"), this));
    top->addWidget(m_stamps);
    top->addWidget(m_filterBar, 1);
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_disable);
    buttons->addWidget(m_enable);
    buttons->addWidget(m_delete);
    buttons->addStretch(1);
    auto *detailPane = new QWidget(this);
    auto *detailLayout = new QVBoxLayout(detailPane);
    detailLayout->setContentsMargins(0, 0, 0, 0);
    detailLayout->addWidget(m_details, 1);
    detailLayout->addLayout(buttons);
    auto *splitter = new QSplitter(Qt::Horizontal, this);
    splitter->addWidget(m_table);
    splitter->addWidget(detailPane);
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 2);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addWidget(m_count);
    layout->addWidget(splitter, 1);
    layout->addWidget(m_message);

    m_confirmation = [this](const QString &title, const QString &text, std::function<void(bool)> answer) {
        auto *box = new QMessageBox(QMessageBox::Warning, title, text, QMessageBox::Yes | QMessageBox::Cancel, this);
        box->setDefaultButton(QMessageBox::Cancel);
        box->setAttribute(Qt::WA_DeleteOnClose);
        connect(box, &QMessageBox::finished, this, [answer](int result) { answer(result == QMessageBox::Yes); });
        box->open();
    };

    connect(m_stamps, &QComboBox::currentIndexChanged, this, &DeviceBrowserPage::onStampPicked);
    connect(m_filterBar, &DeviceFilterBar::applied, this, &DeviceBrowserPage::onFilterApplied);
    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this, &DeviceBrowserPage::onCurrentRowChanged);
    connect(m_model, &DeviceTableModel::matchingCountChanged, this, &DeviceBrowserPage::updateCount);
    connect(m_model, &QAbstractItemModel::modelReset, this, [this] {
        showDevice(QString());
        updateCount();
    });
    connect(m_model, &DeviceTableModel::errorOccurred, m_message, &QLabel::setText);
    // A selected row whose page was read again: show the device once its id is known.
    connect(m_model, &QAbstractItemModel::dataChanged, this, [this] {
        if (m_shownId.isEmpty())
            onCurrentRowChanged();
    });
    connect(m_disable, &QPushButton::clicked, this, [this] { confirmAndRun(Action::Disable); });
    connect(m_enable, &QPushButton::clicked, this, [this] { confirmAndRun(Action::Enable); });
    connect(m_delete, &QPushButton::clicked, this, [this] { confirmAndRun(Action::Delete); });
    updateCount();
    updateButtons();
}

void DeviceBrowserPage::setWorkspace(const Workspace &workspace)
{
    m_workspace = workspace;
    const QSignalBlocker blocker(m_stamps);
    m_stamps->clear();
    for (const Stamp &stamp : std::as_const(workspace.stamps))
        m_stamps->addItem(stamp.name.isEmpty() ? stamp.id : stamp.name, stamp.id);
    m_stamps->setCurrentIndex(-1);
    setHub(nullptr);
}

void DeviceBrowserPage::setHubProvider(HubProvider provider)
{
    m_provider = std::move(provider);
}

void DeviceBrowserPage::setConfirmation(Confirmation confirmation)
{
    m_confirmation = std::move(confirmation);
}

void DeviceBrowserPage::showStamp(const QString &stampId)
{
    const int index = m_stamps->findData(stampId);
    if (index == m_stamps->currentIndex())
        onStampPicked(index);
    else
        m_stamps->setCurrentIndex(index);
}

void DeviceBrowserPage::retryHub()
{
    if (!m_hub && m_stamps->currentIndex() >= 0)
        onStampPicked(m_stamps->currentIndex());
}

void DeviceBrowserPage::onStampPicked(int index)
{
    if (index < 0 || index >= m_workspace.stamps.size()) {
        setHub(nullptr);
        return;
    }
    const Stamp &stamp = m_workspace.stamps.at(index);
    HubRegistryClient *hub = m_provider ? m_provider(stamp) : nullptr;
    setHub(hub);
    if (!hub)
        m_message->setText(tr("The key of %1's hub is not available yet; add it under Endpoint keys.").arg(stamp.hub.hostName));
}

void DeviceBrowserPage::setHub(HubRegistryClient *hub)
{
    m_hub = hub;
    m_message->clear();
    m_model->setHub(hub);
}

void DeviceBrowserPage::onFilterApplied(const DeviceQueryFilter &filter, const QString &tagColumn)
{
    m_message->clear();
    if (m_model->setFilter(filter) && tagColumn != m_model->tagColumn())
        m_model->setTagColumn(tagColumn);
}

void DeviceBrowserPage::updateCount()
{
    if (!m_hub) {
        m_count->setText(tr("Pick a stamp to list its devices."));
        return;
    }
    const qint64 count = m_model->matchingCount();
    m_count->setText(count < 0 ? tr("Counting devices…")
                               : tr("%1 devices match", nullptr, int(std::min<qint64>(count, INT_MAX))).arg(QLocale().toString(count)));
}

void DeviceBrowserPage::onCurrentRowChanged()
{
    const QModelIndex current = m_table->selectionModel()->currentIndex();
    const QString id = current.isValid() ? m_model->deviceId(current.row()) : QString();
    if (id != m_shownId)
        showDevice(id);
}

void DeviceBrowserPage::showDevice(const QString &deviceId)
{
    const int generation = ++m_readGeneration;
    m_shownId = deviceId;
    m_device.reset();
    m_twinText.clear();
    updateDetails();
    updateButtons();
    if (deviceId.isEmpty() || !m_hub)
        return;
    auto *identity = m_hub->getDevice(deviceId);
    identity->setAutoDelete(true);
    connect(identity, &AzureCall::finished, this, [this, identity, generation, deviceId] {
        if (generation != m_readGeneration)
            return;
        if (identity->isSuccess()) {
            m_device = identity->value();
            m_model->updateDevice(*m_device); // the row agrees with the details
        } else {
            m_message->setText(tr("Could not read %1: %2").arg(deviceId, identity->error().message()));
        }
        updateDetails();
        updateButtons();
        if (m_device && !m_twinText.isEmpty())
            Q_EMIT deviceShown(deviceId);
    });
    auto *twin = m_hub->getTwin(deviceId);
    twin->setAutoDelete(true);
    connect(twin, &AzureCall::finished, this, [this, twin, generation, deviceId] {
        if (generation != m_readGeneration)
            return;
        m_twinText = twin->isSuccess() ? DeviceDetailsText::twin(twin->value())
                                       : tr("Could not read the twin: %1").arg(twin->error().message());
        updateDetails();
        if (m_device)
            Q_EMIT deviceShown(deviceId);
    });
}

void DeviceBrowserPage::updateDetails()
{
    if (m_shownId.isEmpty()) {
        m_details->clear();
        return;
    }
    QString text = m_device ? DeviceDetailsText::identity(*m_device) : tr("Reading %1…").arg(m_shownId);
    if (!m_twinText.isEmpty())
        text += QStringLiteral("\n\n") + m_twinText;
    m_details->setPlainText(text);
}

void DeviceBrowserPage::updateButtons()
{
    const bool ready = m_device.has_value() && !m_busy;
    m_disable->setEnabled(ready && m_device->isEnabled());
    m_enable->setEnabled(ready && !m_device->isEnabled());
    m_delete->setEnabled(ready);
}

QString DeviceBrowserPage::stampLabel() const
{
    return m_hub ? m_hub->endpoint().hostName : QString();
}

void DeviceBrowserPage::confirmAndRun(Action action)
{
    if (!m_device || m_busy)
        return;
    const DeviceIdentity device = *m_device;
    const QString id = device.deviceId;
    QString title;
    QString text;
    switch (action) {
    case Action::Disable:
        title = tr("Disable %1?").arg(id);
        text = tr("The hub %1 will refuse %2 until it is enabled again.\n\n"
                  "A refused device usually provisions again through DPS: if its enrollment still points at "
                  "this hub, it lands here again and stays refused; if the enrollment now points at another "
                  "stamp, the device moves there.").arg(stampLabel(), id);
        break;
    case Action::Enable:
        title = tr("Enable %1?").arg(id);
        text = tr("The hub %1 will accept %2 again the next time it connects.").arg(stampLabel(), id);
        break;
    case Action::Delete:
        title = tr("Delete the identity of %1?").arg(id);
        text = tr("The identity of %1 and its twin are removed from the hub %2.\n\n"
                  "If the device's enrollment stays, a deleted identity is re-created when the device "
                  "provisions again, with the enrollment's initial twin. To retire the device, disable or "
                  "remove its enrollment in DPS as well.").arg(id, stampLabel());
        break;
    }
    QPointer<DeviceBrowserPage> self(this);
    m_confirmation(title, text, [self, action, device](bool yes) {
        if (self && yes)
            self->run(action, device);
    });
}

void DeviceBrowserPage::run(Action action, const DeviceIdentity &device)
{
    if (!m_hub || m_busy)
        return;
    m_busy = true;
    updateButtons();
    const QString id = device.deviceId;
    // Every change carries the etag we showed: a device changed meanwhile is not overwritten.
    const QString etag = device.etag.value_or(QStringLiteral("*"));
    if (action == Action::Delete) {
        auto *call = m_hub->deleteDevice(id, etag);
        call->setAutoDelete(true);
        connect(call, &AzureCall::finished, this, [this, call, id] {
            const bool ok = call->isSuccess();
            // Not found: someone else deleted it meanwhile; it is gone all the same.
            if (ok || call->error().kind() == AzureErrorKind::NotFound)
                forgetDevice(id);
            finishAction(ok, ok ? tr("Deleted the identity of %1.").arg(id) : tr("Could not delete %1: %2").arg(id, call->error().message()),
                         id);
        });
        return;
    }
    DeviceIdentity changed = device;
    changed.status = action == Action::Disable ? DeviceStatus::Disabled : DeviceStatus::Enabled;
    auto *call = m_hub->updateDevice(changed, etag);
    call->setAutoDelete(true);
    const bool disabling = action == Action::Disable;
    connect(call, &AzureCall::finished, this, [this, call, id, disabling] {
        QString message;
        if (call->isSuccess()) {
            message = disabling ? tr("Disabled %1.").arg(id) : tr("Enabled %1.").arg(id);
            m_model->updateDevice(call->value()); // the hub's answer, in place
        } else {
            message = tr("Could not change %1: %2").arg(id, call->error().message());
        }
        finishAction(call->isSuccess(), message, id);
    });
}

void DeviceBrowserPage::forgetDevice(const QString &deviceId)
{
    const int row = m_model->rowOf(deviceId);
    if (row < 0) {
        // Its page is not in memory, so where the rows below start is unknown: list afresh.
        m_model->reload();
        return;
    }
    const bool wasCurrent = m_table->selectionModel()->currentIndex().row() == row;
    // Without this the view would make the row above current while the row goes, and read it.
    if (wasCurrent)
        m_table->selectionModel()->clearCurrentIndex();
    m_model->removeDevice(deviceId);
    if (wasCurrent && m_model->rowCount() > 0)
        m_table->setCurrentIndex(m_model->index(std::min(row, m_model->rowCount() - 1), DeviceTableModel::DeviceIdColumn));
}

void DeviceBrowserPage::finishAction(bool ok, const QString &message, const QString &deviceId)
{
    m_busy = false;
    m_message->setText(message);
    // The details (and with them the row) read again: the hub's word, not ours. A deleted
    // device's place is taken by the next one, which forgetDevice has selected.
    if (m_shownId == deviceId)
        showDevice(deviceId);
    else
        updateButtons();
    Q_EMIT actionFinished(ok, message);
}

} // namespace StampDeck
