#include "FleetChartsPage.h"

#include "CapacityChartView.h"
#include "FleetStatusModel.h"
#include "HistoryChartView.h"

#include <QComboBox>
#include <QDir>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QScrollArea>
#include <QTimer>
#include <QVBoxLayout>

namespace StampDeck {

FleetChartsPage::FleetChartsPage(FleetStatusModel *model, QWidget *parent)
    : QWidget(parent), m_model(model), m_devices(new DistributionChartView), m_capacity(new CapacityChartView),
      m_history(new HistoryChartView), m_stackCombo(new QComboBox), m_scopeCombo(new QComboBox),
      m_message(new QLabel(this)), m_refreshTimer(new QTimer(this))
{
    setObjectName(QStringLiteral("fleetCharts"));
    m_stackCombo->setObjectName(QStringLiteral("stackBy"));
    m_stackCombo->addItem(tr("Stack by tenant"), int(DistributionChartView::StackBy::Tenant));
    m_stackCombo->addItem(tr("Stack by enrollment group"), int(DistributionChartView::StackBy::EnrollmentGroup));
    m_stackCombo->setAccessibleName(tr("Stack devices by"));
    m_scopeCombo->setObjectName(QStringLiteral("historyScope"));
    m_scopeCombo->setAccessibleName(tr("Stamps shown over time"));
    m_message->setObjectName(QStringLiteral("chartsMessage"));
    m_message->setWordWrap(true);
    m_message->hide();

    auto *charts = new QWidget;
    auto *chartsLayout = new QVBoxLayout(charts);
    chartsLayout->addWidget(section(Chart::DevicesByStamp, m_stackCombo));
    chartsLayout->addWidget(section(Chart::Capacity, nullptr));
    chartsLayout->addWidget(section(Chart::History, m_scopeCombo));
    auto *scroll = new QScrollArea(this);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setWidget(charts);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_message);
    layout->addWidget(scroll, 1);

    connect(m_stackCombo, &QComboBox::currentIndexChanged, this,
            [this] { setStackBy(DistributionChartView::StackBy(m_stackCombo->currentData().toInt())); });
    connect(m_scopeCombo, &QComboBox::currentIndexChanged, this, [this] {
        m_history->setScope(m_scopeCombo->currentData().toString());
        m_history->refresh(*m_model);
    });

    // A poll round updates many stamps one after the other: draw once when the burst is over.
    m_refreshTimer->setSingleShot(true);
    m_refreshTimer->setInterval(RefreshDelayMs);
    connect(m_refreshTimer, &QTimer::timeout, this, &FleetChartsPage::refreshNow);
    const auto schedule = [this] {
        if (!m_refreshTimer->isActive())
            m_refreshTimer->start();
    };
    connect(m_model, &QAbstractItemModel::dataChanged, this, schedule);
    connect(m_model, &QAbstractItemModel::modelReset, this, [this, schedule] {
        rebuildScopes();
        schedule();
    });
    rebuildScopes();
    refreshNow();
}

QWidget *FleetChartsPage::section(Chart chart, QWidget *control)
{
    QChartView *view = chartView(chart);
    view->setMinimumHeight(320);
    auto *box = new QWidget;
    auto *header = new QHBoxLayout;
    if (control)
        header->addWidget(control);
    header->addStretch(1);
    const QString suffix = chart == Chart::DevicesByStamp ? QStringLiteral("Devices")
                           : chart == Chart::Capacity     ? QStringLiteral("Capacity")
                                                          : QStringLiteral("History");
    auto *png = new QPushButton(tr("Export PNG…"), box);
    png->setObjectName(QStringLiteral("exportPng") + suffix);
    png->setAccessibleName(tr("Export %1 as PNG").arg(view->accessibleName()));
    auto *svg = new QPushButton(tr("Export SVG…"), box);
    svg->setObjectName(QStringLiteral("exportSvg") + suffix);
    svg->setAccessibleName(tr("Export %1 as SVG").arg(view->accessibleName()));
    header->addWidget(png);
    header->addWidget(svg);
    connect(png, &QPushButton::clicked, this, [this, chart] { chooseExportFile(chart, ChartExport::Format::Png); });
    connect(svg, &QPushButton::clicked, this, [this, chart] { chooseExportFile(chart, ChartExport::Format::Svg); });
    auto *layout = new QVBoxLayout(box);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(header);
    layout->addWidget(view);
    return box;
}

QChartView *FleetChartsPage::chartView(Chart chart) const
{
    switch (chart) {
    case Chart::DevicesByStamp: return m_devices;
    case Chart::Capacity: return m_capacity;
    case Chart::History: return m_history;
    }
    return nullptr;
}

void FleetChartsPage::setStackBy(DistributionChartView::StackBy stackBy)
{
    const int index = m_stackCombo->findData(int(stackBy));
    if (m_stackCombo->currentIndex() != index)
        m_stackCombo->setCurrentIndex(index);
    if (m_devices->stackBy() == stackBy)
        return;
    m_devices->setStackBy(stackBy);
    m_devices->refresh(*m_model);
}

void FleetChartsPage::setThresholds(const HealthThresholds &thresholds)
{
    m_capacity->setThresholds(thresholds);
}

void FleetChartsPage::setHistoryScope(const QString &stampId)
{
    const int index = m_scopeCombo->findData(stampId);
    m_scopeCombo->setCurrentIndex(qMax(index, 0));
}

void FleetChartsPage::rebuildScopes()
{
    const QString current = m_scopeCombo->currentData().toString();
    const QSignalBlocker blocker(m_scopeCombo);
    m_scopeCombo->clear();
    m_scopeCombo->addItem(tr("Whole fleet"), QString());
    for (int row = 0; row < m_model->rowCount(); ++row)
        m_scopeCombo->addItem(m_model->stampAt(row).name, m_model->stampAt(row).id);
    const int index = qMax(m_scopeCombo->findData(current), 0);
    m_scopeCombo->setCurrentIndex(index);
    m_history->setScope(m_scopeCombo->itemData(index).toString());
}

void FleetChartsPage::refreshNow()
{
    m_refreshTimer->stop();
    m_devices->refresh(*m_model);
    m_capacity->refresh(*m_model);
    m_history->refresh(*m_model);
}

bool FleetChartsPage::exportChart(Chart chart, const QString &path, QString *error) const
{
    QChartView *view = chartView(chart);
    if (ChartExport::formatOf(path) == ChartExport::Format::Svg)
        return ChartExport::saveSvg(view, path, view->chart()->title(), error);
    return ChartExport::savePng(view, path, error);
}

void FleetChartsPage::chooseExportFile(Chart chart, ChartExport::Format format)
{
    const bool svg = format == ChartExport::Format::Svg;
    // open(), not exec(): the charts keep updating while the dialog is up.
    auto *dialog = new QFileDialog(this, tr("Export the chart"), QDir::homePath(),
                                   svg ? tr("SVG images (*.svg)") : tr("PNG images (*.png)"));
    dialog->setAcceptMode(QFileDialog::AcceptSave);
    dialog->setDefaultSuffix(svg ? QStringLiteral("svg") : QStringLiteral("png"));
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QFileDialog::fileSelected, this, [this, chart, svg](const QString &chosen) {
        QString path = chosen;
        if (svg != (ChartExport::formatOf(path) == ChartExport::Format::Svg))
            path += svg ? QStringLiteral(".svg") : QStringLiteral(".png");
        QString error;
        const bool written = exportChart(chart, path, &error);
        m_message->setText(written ? tr("Chart exported to %1.").arg(QDir::toNativeSeparators(path))
                                   : tr("Could not export the chart: %1").arg(error));
        m_message->show();
    });
    dialog->open();
}

} // namespace StampDeck
