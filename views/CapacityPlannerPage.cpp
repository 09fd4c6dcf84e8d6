#include "CapacityPlannerPage.h"

#include <QChart>
#include <QChartView>
#include <QComboBox>
#include <QDateTimeAxis>
#include <QDoubleSpinBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineSeries>
#include <QSpinBox>
#include <QValueAxis>
#include <QVBoxLayout>

#include <algorithm>
#include <climits>

namespace StampDeck {

namespace {

qreal msecs(const QDate &date)
{
    return qreal(date.startOfDay().toMSecsSinceEpoch());
}

int toSpin(qint64 value)
{
    return int(std::clamp<qint64>(value, 0, INT_MAX));
}

} // namespace

CapacityPlannerPage::CapacityPlannerPage(QWidget *parent)
    : QWidget(parent)
    , m_today(QDate::currentDate())
    , m_stamp(new QComboBox(this))
    , m_tier(new QComboBox(this))
    , m_units(new QSpinBox(this))
    , m_currentDevices(new QSpinBox(this))
    , m_plannedCapacity(new QSpinBox(this))
    , m_messagesPerDevice(new QDoubleSpinBox(this))
    , m_growth(new QDoubleSpinBox(this))
    , m_growthUnit(new QComboBox(this))
    , m_leadTime(new QSpinBox(this))
    , m_results(new QLabel(this))
    , m_chart(new QChart)
    , m_chartView(new QChartView(m_chart, this))
    , m_projection(new QLineSeries)
    , m_limit(new QLineSeries)
    , m_due(new QLineSeries)
    , m_dateAxis(new QDateTimeAxis)
    , m_deviceAxis(new QValueAxis)
{
    m_stamp->setObjectName(QStringLiteral("plannerStamp"));
    m_tier->setObjectName(QStringLiteral("plannerTier"));
    for (const char *tier : {"F1", "B1", "B2", "B3", "S1", "S2", "S3"})
        m_tier->addItem(QString::fromLatin1(tier));
    m_tier->setCurrentText(QStringLiteral("S1"));
    m_units->setObjectName(QStringLiteral("plannerUnits"));
    m_units->setRange(1, 200);
    m_currentDevices->setObjectName(QStringLiteral("plannerCurrentDevices"));
    m_currentDevices->setRange(0, INT_MAX);
    m_currentDevices->setGroupSeparatorShown(true);
    m_plannedCapacity->setObjectName(QStringLiteral("plannerPlannedCapacity"));
    m_plannedCapacity->setRange(0, INT_MAX);
    m_plannedCapacity->setGroupSeparatorShown(true);
    m_plannedCapacity->setSpecialValueText(tr("none planned"));
    m_messagesPerDevice->setObjectName(QStringLiteral("plannerMessagesPerDevice"));
    m_messagesPerDevice->setRange(0, 10'000'000);
    m_messagesPerDevice->setDecimals(2);
    m_messagesPerDevice->setValue(100);
    m_growth->setObjectName(QStringLiteral("plannerGrowth"));
    m_growth->setRange(0, 10'000'000);
    m_growth->setDecimals(2);
    m_growthUnit->setObjectName(QStringLiteral("plannerGrowthUnit"));
    m_growthUnit->addItem(tr("devices per day"), int(CapacityPlanInput::GrowthUnit::DevicesPerDay));
    m_growthUnit->addItem(tr("% per month"), int(CapacityPlanInput::GrowthUnit::PercentPerMonth));
    m_leadTime->setObjectName(QStringLiteral("plannerLeadTime"));
    m_leadTime->setRange(0, 3650);
    m_leadTime->setValue(30);
    m_leadTime->setSuffix(tr(" days"));
    m_results->setObjectName(QStringLiteral("plannerResults"));
    m_results->setWordWrap(true);
    m_results->setTextInteractionFlags(Qt::TextSelectableByMouse);

    m_projection->setObjectName(QStringLiteral("projection"));
    m_projection->setName(tr("Projected devices"));
    m_limit->setObjectName(QStringLiteral("limit"));
    m_due->setObjectName(QStringLiteral("newStampDue"));
    m_due->setName(tr("New stamp due"));
    QPen duePen(Qt::DashLine);
    duePen.setWidth(2);
    m_due->setPen(duePen);
    m_dateAxis->setFormat(QStringLiteral("MMM yyyy"));
    m_dateAxis->setTitleText(tr("Date"));
    m_deviceAxis->setLabelFormat(QStringLiteral("%.0f"));
    m_deviceAxis->setTitleText(tr("Devices"));
    m_chart->addAxis(m_dateAxis, Qt::AlignBottom);
    m_chart->addAxis(m_deviceAxis, Qt::AlignLeft);
    for (QLineSeries *series : {m_projection, m_limit, m_due}) {
        m_chart->addSeries(series);
        series->attachAxis(m_dateAxis);
        series->attachAxis(m_deviceAxis);
    }
    m_chart->legend()->setAlignment(Qt::AlignBottom);
    m_chartView->setObjectName(QStringLiteral("plannerChart"));
    m_chartView->setRenderHint(QPainter::Antialiasing);
    m_chartView->setMinimumHeight(240);

    auto *growthRow = new QHBoxLayout;
    growthRow->addWidget(m_growth, 1);
    growthRow->addWidget(m_growthUnit);
    auto *form = new QFormLayout;
    form->addRow(tr("&Stamp:"), m_stamp);
    form->addRow(tr("&Tier:"), m_tier);
    form->addRow(tr("&Units:"), m_units);
    form->addRow(tr("&Devices now:"), m_currentDevices);
    form->addRow(tr("&Planned capacity:"), m_plannedCapacity);
    form->addRow(tr("&Messages per device per day:"), m_messagesPerDevice);
    auto *growthLabel = new QLabel(tr("&Growth:"), this);
    growthLabel->setBuddy(m_growth); // a row holding a layout gets no buddy of its own
    form->addRow(growthLabel, growthRow);
    form->addRow(tr("&Lead time for a new stamp:"), m_leadTime);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_results);
    layout->addWidget(m_chartView, 1);

    connect(m_stamp, &QComboBox::currentIndexChanged, this, &CapacityPlannerPage::fillFromStamp);
    connect(m_tier, &QComboBox::currentTextChanged, this, &CapacityPlannerPage::recompute);
    connect(m_growthUnit, &QComboBox::currentIndexChanged, this, &CapacityPlannerPage::recompute);
    for (QSpinBox *spin : {m_units, m_currentDevices, m_plannedCapacity, m_leadTime})
        connect(spin, &QSpinBox::valueChanged, this, &CapacityPlannerPage::recompute);
    for (QDoubleSpinBox *spin : {m_messagesPerDevice, m_growth})
        connect(spin, &QDoubleSpinBox::valueChanged, this, &CapacityPlannerPage::recompute);
    recompute();
}

void CapacityPlannerPage::setFleet(const Workspace &workspace, const QHash<QString, qint64> &devicesByStamp)
{
    const QString previous = selectedStamp();
    m_workspace = workspace;
    m_devices = devicesByStamp;
    {
        const QSignalBlocker blocker(m_stamp);
        m_stamp->clear();
        for (const Stamp &stamp : std::as_const(m_workspace.stamps))
            m_stamp->addItem(stamp.name.isEmpty() ? stamp.id : stamp.name, stamp.id);
        const int index = m_stamp->findData(previous);
        m_stamp->setCurrentIndex(index >= 0 ? index : 0);
    }
    fillFromStamp();
}

void CapacityPlannerPage::setToday(const QDate &today)
{
    m_today = today;
    recompute();
}

QString CapacityPlannerPage::selectedStamp() const
{
    return m_stamp->currentData().toString();
}

void CapacityPlannerPage::selectStamp(const QString &stampId)
{
    const int index = m_stamp->findData(stampId);
    if (index >= 0)
        m_stamp->setCurrentIndex(index);
}

void CapacityPlannerPage::fillFromStamp()
{
    const Stamp *stamp = m_workspace.stamp(selectedStamp());
    if (!stamp) {
        recompute();
        return;
    }
    // One recompute for the whole stamp, not one per field.
    m_filling = true;
    const int tier = m_tier->findText(stamp->hub.tier.toUpper());
    if (tier >= 0)
        m_tier->setCurrentIndex(tier);
    m_units->setValue(stamp->hub.units);
    m_currentDevices->setValue(toSpin(m_devices.value(stamp->id)));
    m_plannedCapacity->setValue(toSpin(stamp->plannedCapacity));
    m_filling = false;
    recompute();
}

void CapacityPlannerPage::recompute()
{
    if (m_filling)
        return;
    m_input.tier = m_tier->currentText();
    m_input.units = m_units->value();
    m_input.currentDevices = m_currentDevices->value();
    m_input.plannedCapacity = m_plannedCapacity->value();
    m_input.messagesPerDevicePerDay = m_messagesPerDevice->value();
    m_input.growth = m_growth->value();
    m_input.growthUnit = CapacityPlanInput::GrowthUnit(m_growthUnit->currentData().toInt());
    m_input.leadTimeDays = m_leadTime->value();
    m_input.today = m_today;
    m_plan = CapacityPlanner::plan(m_input);
    m_results->setText(CapacityPlanner::summary(m_input, m_plan));
    updateChart();
}

void CapacityPlannerPage::updateChart()
{
    // One replace() per series: the chart redraws once, not per point.
    QList<QPointF> projection;
    projection.reserve(m_plan.projection.size());
    qreal top = qreal(m_plan.deviceLimit);
    for (const CapacityPlan::Point &point : std::as_const(m_plan.projection)) {
        projection.append({msecs(point.date), qreal(point.devices)});
        top = std::max(top, qreal(point.devices));
    }
    top = std::max<qreal>(10.0, top * 1.1);
    m_projection->replace(projection);

    const QDate first = m_plan.projection.isEmpty() ? m_today : m_plan.projection.first().date;
    const QDate last = m_plan.projection.isEmpty() ? m_today.addDays(1) : m_plan.projection.last().date;
    m_limit->setName(tr("Limit: %1").arg(CapacityPlanner::limitText(m_plan.bindingLimit)));
    m_limit->replace({{msecs(first), qreal(m_plan.deviceLimit)}, {msecs(last), qreal(m_plan.deviceLimit)}});

    QList<QPointF> due;
    if (m_plan.due != CapacityPlan::Due::Never) {
        const qreal x = msecs(m_plan.due == CapacityPlan::Due::OnDate ? m_plan.newStampDue : first);
        due = {{x, 0.0}, {x, top}};
    }
    m_due->replace(due);
    m_due->setVisible(!due.isEmpty());

    m_dateAxis->setRange(first.startOfDay(), last.startOfDay());
    m_deviceAxis->setRange(0, top);
    m_deviceAxis->applyNiceNumbers();
    m_chart->setTitle(m_plan.due == CapacityPlan::Due::OnDate
                          ? tr("New stamp due %1").arg(QLocale().toString(m_plan.newStampDue, QLocale::ShortFormat))
                          : CapacityPlanner::dueText(m_plan));
}

} // namespace StampDeck
