#include "StampForm.h"

#include <QComboBox>
#include <QFileDialog>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPointer>
#include <QPushButton>
#include <QRegularExpression>
#include <QSpinBox>
#include <QTableWidget>
#include <QVBoxLayout>

namespace StampDeck {

namespace {

constexpr int HubDeviceLimit = 1'000'000;

QString cellText(const QTableWidget *table, int row, int column)
{
    const QTableWidgetItem *item = table->item(row, column);
    return item ? item->text().trimmed() : QString();
}

} // namespace

StampForm::StampForm(QWidget *parent)
    : QWidget(parent), m_id(new QLineEdit(this)), m_name(new QLineEdit(this)), m_region(new QLineEdit(this)),
      m_ring(new QComboBox(this)), m_tenancy(new QComboBox(this)), m_tenants(new QLineEdit(this)),
      m_hubHost(new QLineEdit(this)), m_hubName(new QLineEdit(this)), m_tier(new QComboBox(this)),
      m_units(new QSpinBox(this)), m_unitsLimit(new QLabel(this)), m_dps(new QTableWidget(0, DpsColumnCount, this)),
      m_addDps(new QPushButton(tr("Add DPS"), this)), m_removeDps(new QPushButton(tr("Remove DPS"), this)),
      m_capacity(new QSpinBox(this)), m_certificate(new QLineEdit(this)), m_browse(new QPushButton(tr("Browse…"), this))
{
    m_id->setObjectName(QStringLiteral("stampId"));
    m_name->setObjectName(QStringLiteral("stampName"));
    m_region->setObjectName(QStringLiteral("stampRegion"));
    m_region->setPlaceholderText(tr("e.g. westeurope"));
    m_ring->setObjectName(QStringLiteral("stampRing"));
    m_ring->addItem(tr("Test"), static_cast<int>(Stamp::Ring::Test));
    m_ring->addItem(tr("Canary"), static_cast<int>(Stamp::Ring::Canary));
    m_ring->addItem(tr("Production"), static_cast<int>(Stamp::Ring::Production));
    m_tenancy->setObjectName(QStringLiteral("stampTenancy"));
    m_tenancy->addItem(tr("Shared"), static_cast<int>(Stamp::Tenancy::Shared));
    m_tenancy->addItem(tr("Dedicated"), static_cast<int>(Stamp::Tenancy::Dedicated));
    m_tenants->setObjectName(QStringLiteral("stampTenants"));
    m_tenants->setPlaceholderText(tr("tenant names, separated by commas"));
    m_hubHost->setObjectName(QStringLiteral("hubHostName"));
    m_hubHost->setPlaceholderText(tr("e.g. contoso-weu-1.azure-devices.net"));
    m_hubName->setObjectName(QStringLiteral("hubName"));
    m_hubName->setPlaceholderText(tr("optional"));
    m_tier->setObjectName(QStringLiteral("hubTier"));
    m_tier->addItems(Workspace::hubTiers());
    m_units->setObjectName(QStringLiteral("hubUnits"));
    m_units->setMinimum(1);
    m_unitsLimit->setObjectName(QStringLiteral("hubUnitsLimit"));
    m_dps->setObjectName(QStringLiteral("dpsTable"));
    m_dps->setHorizontalHeaderLabels({tr("Host name"), tr("ID scope"), tr("Name"), tr("Region")});
    m_dps->horizontalHeader()->setStretchLastSection(true);
    m_dps->verticalHeader()->hide();
    m_dps->setSelectionBehavior(QAbstractItemView::SelectItems);
    m_dps->setSelectionMode(QAbstractItemView::SingleSelection);
    m_addDps->setObjectName(QStringLiteral("addDpsButton"));
    m_removeDps->setObjectName(QStringLiteral("removeDpsButton"));
    m_capacity->setObjectName(QStringLiteral("plannedCapacity"));
    m_capacity->setRange(1, HubDeviceLimit);
    m_capacity->setGroupSeparatorShown(true);
    m_capacity->setSuffix(tr(" devices"));
    m_certificate->setObjectName(QStringLiteral("caCertificate"));
    m_certificate->setPlaceholderText(tr("optional: PEM file trusted for this stamp's endpoints"));
    m_browse->setObjectName(QStringLiteral("browseCaButton"));

    auto *units = new QHBoxLayout;
    units->addWidget(m_units);
    units->addWidget(m_unitsLimit, 1);
    auto *dpsButtons = new QHBoxLayout;
    dpsButtons->addWidget(m_addDps);
    dpsButtons->addWidget(m_removeDps);
    dpsButtons->addStretch(1);
    auto *dps = new QVBoxLayout;
    dps->addWidget(m_dps);
    dps->addLayout(dpsButtons);
    auto *certificate = new QHBoxLayout;
    certificate->addWidget(m_certificate, 1);
    certificate->addWidget(m_browse);

    auto *form = new QFormLayout(this);
    form->addRow(tr("Stamp &id:"), m_id);
    form->addRow(tr("&Display name:"), m_name);
    form->addRow(tr("&Region:"), m_region);
    form->addRow(tr("R&ing:"), m_ring);
    form->addRow(tr("&Tenancy:"), m_tenancy);
    form->addRow(tr("T&enants:"), m_tenants);
    form->addRow(tr("&Hub host name:"), m_hubHost);
    form->addRow(tr("Hub &name:"), m_hubName);
    form->addRow(tr("Hub tie&r:"), m_tier);
    form->addRow(tr("&Units:"), units);
    form->addRow(tr("Linked &DPS:"), dps);
    form->addRow(tr("&Planned capacity:"), m_capacity);
    form->addRow(tr("Extra &CA certificate:"), certificate);

    for (QLineEdit *edit : {m_id, m_name, m_region, m_tenants, m_hubHost, m_hubName, m_certificate})
        connect(edit, &QLineEdit::textChanged, this, &StampForm::emitChanged);
    for (QComboBox *combo : {m_ring, m_tenancy})
        connect(combo, &QComboBox::currentIndexChanged, this, &StampForm::emitChanged);
    connect(m_tier, &QComboBox::currentIndexChanged, this, &StampForm::onTierChanged);
    connect(m_units, &QSpinBox::valueChanged, this, &StampForm::emitChanged);
    connect(m_capacity, &QSpinBox::valueChanged, this, &StampForm::emitChanged);
    connect(m_dps, &QTableWidget::itemChanged, this, &StampForm::emitChanged);
    connect(m_addDps, &QPushButton::clicked, this, &StampForm::addDps);
    connect(m_removeDps, &QPushButton::clicked, this, &StampForm::removeDps);
    connect(m_browse, &QPushButton::clicked, this, &StampForm::browseCertificate);
    onTierChanged();
}

void StampForm::setStamp(const Stamp &stamp)
{
    m_loading = true;
    m_id->setText(stamp.id);
    m_name->setText(stamp.name);
    m_region->setText(stamp.region);
    m_ring->setCurrentIndex(m_ring->findData(static_cast<int>(stamp.ring)));
    m_tenancy->setCurrentIndex(m_tenancy->findData(static_cast<int>(stamp.tenancy)));
    m_tenants->setText(stamp.tenants.join(QStringLiteral(", ")));
    m_hubHost->setText(stamp.hub.hostName);
    m_hubName->setText(stamp.hub.name);
    m_tier->setCurrentIndex(std::max(0, m_tier->findText(stamp.hub.tier)));
    onTierChanged();
    m_units->setValue(stamp.hub.units);
    m_dps->setRowCount(0);
    for (const Stamp::LinkedDps &linked : stamp.dps) {
        const int row = m_dps->rowCount();
        m_dps->insertRow(row);
        m_dps->setItem(row, DpsHostColumn, new QTableWidgetItem(linked.hostName));
        m_dps->setItem(row, DpsScopeColumn, new QTableWidgetItem(linked.idScope));
        m_dps->setItem(row, DpsNameColumn, new QTableWidgetItem(linked.name));
        m_dps->setItem(row, DpsRegionColumn, new QTableWidgetItem(linked.region));
    }
    m_capacity->setValue(static_cast<int>(std::clamp<qint64>(stamp.plannedCapacity, 1, HubDeviceLimit)));
    m_certificate->setText(stamp.caCertificate);
    m_loading = false;
}

Stamp StampForm::stamp() const
{
    Stamp stamp;
    stamp.id = m_id->text().trimmed();
    stamp.name = m_name->text().trimmed();
    stamp.region = m_region->text().trimmed();
    stamp.ring = static_cast<Stamp::Ring>(m_ring->currentData().toInt());
    stamp.tenancy = static_cast<Stamp::Tenancy>(m_tenancy->currentData().toInt());
    for (const QString &tenant : m_tenants->text().split(QLatin1Char(','), Qt::SkipEmptyParts)) {
        if (!tenant.trimmed().isEmpty())
            stamp.tenants.append(tenant.trimmed());
    }
    stamp.hub.hostName = m_hubHost->text().trimmed();
    stamp.hub.name = m_hubName->text().trimmed();
    stamp.hub.tier = m_tier->currentText();
    stamp.hub.units = m_units->value();
    for (int row = 0; row < m_dps->rowCount(); ++row) {
        stamp.dps.append({cellText(m_dps, row, DpsHostColumn), cellText(m_dps, row, DpsScopeColumn),
                          cellText(m_dps, row, DpsNameColumn), cellText(m_dps, row, DpsRegionColumn)});
    }
    stamp.plannedCapacity = m_capacity->value();
    stamp.caCertificate = m_certificate->text().trimmed();
    return stamp;
}

QWidget *StampForm::showField(const QString &path)
{
    static const QRegularExpression dpsField(QStringLiteral("^dps\\[(\\d+)\\](?:\\.(\\w+))?$"));
    const QRegularExpressionMatch dps = dpsField.match(path);
    if (dps.hasMatch()) {
        static const QStringList columns = {QStringLiteral("hostName"), QStringLiteral("idScope"),
                                            QStringLiteral("name"), QStringLiteral("region")};
        const int row = dps.captured(1).toInt();
        m_dps->setCurrentCell(row, std::max<int>(0, static_cast<int>(columns.indexOf(dps.captured(2)))));
        return m_dps;
    }
    if (path == QLatin1String("dps"))
        return m_dps;
    if (path.startsWith(QLatin1String("tenancy.tenants")))
        return m_tenants;
    const QList<std::pair<QLatin1String, QWidget *>> fields = {
        {QLatin1String("id"), m_id}, {QLatin1String("name"), m_name}, {QLatin1String("region"), m_region},
        {QLatin1String("ring"), m_ring}, {QLatin1String("tenancy"), m_tenancy}, {QLatin1String("tenancy.mode"), m_tenancy},
        {QLatin1String("hub"), m_hubHost}, {QLatin1String("hub.hostName"), m_hubHost}, {QLatin1String("hub.name"), m_hubName},
        {QLatin1String("hub.tier"), m_tier}, {QLatin1String("hub.units"), m_units},
        {QLatin1String("plannedCapacity"), m_capacity}, {QLatin1String("caCertificate"), m_certificate}};
    for (const auto &[field, widget] : fields) {
        if (path == field)
            return widget;
    }
    return nullptr;
}

void StampForm::onTierChanged()
{
    // The spin box cannot go past what the tier allows; a value above it drops to the tier's
    // maximum, which the label next to it states.
    const int maximum = Workspace::maxHubUnits(m_tier->currentText());
    m_units->setMaximum(maximum);
    m_unitsLimit->setText(tr("%1 allows 1 to %2 units").arg(m_tier->currentText()).arg(maximum));
    emitChanged();
}

void StampForm::addDps()
{
    const int row = m_dps->rowCount();
    m_loading = true;
    m_dps->insertRow(row);
    for (int column = 0; column < DpsColumnCount; ++column)
        m_dps->setItem(row, column, new QTableWidgetItem);
    m_loading = false;
    m_dps->setCurrentCell(row, DpsHostColumn);
    m_dps->setFocus();
    m_dps->editItem(m_dps->item(row, DpsHostColumn));
    emitChanged();
}

void StampForm::removeDps()
{
    const int row = m_dps->currentRow();
    if (row < 0)
        return;
    m_dps->removeRow(row);
    emitChanged();
}

void StampForm::browseCertificate()
{
    // open(), not exec(): the GUI thread keeps running while the user looks for the file.
    auto *dialog = new QFileDialog(this, tr("Extra CA certificate"), m_certificate->text(),
                                   tr("PEM certificates (*.pem *.crt *.cer);;All files (*)"));
    dialog->setObjectName(QStringLiteral("caCertificateChooser"));
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setFileMode(QFileDialog::ExistingFile);
    connect(dialog, &QFileDialog::fileSelected, this, [this](const QString &file) { m_certificate->setText(file); });
    dialog->open();
}

void StampForm::emitChanged()
{
    if (!m_loading)
        Q_EMIT changed();
}

} // namespace StampDeck
