#include "CapacityChartView.h"

#include "CapacityGauge.h"
#include "DistributionChartView.h"
#include "FleetStatusModel.h"

#include <QBarCategoryAxis>
#include <QBarSeries>
#include <QBarSet>
#include <QCursor>
#include <QLineSeries>
#include <QLocale>
#include <QToolTip>
#include <QValueAxis>

#include <cmath>

namespace StampDeck {

namespace {

constexpr qint64 DpsRegistrationLimit = 1'000'000;

QLineSeries *thresholdLine(const QString &name, const QColor &colour, Qt::PenStyle style)
{
    auto *line = new QLineSeries;
    line->setName(name);
    line->setPen(QPen(colour, 2, style));
    return line;
}

} // namespace

CapacityChartView::CapacityChartView(QWidget *parent)
    : QChartView(parent), m_bars(new QBarSeries), m_planned(new QBarSet(tr("Planned capacity"))),
      m_hubLimit(new QBarSet(tr("Hub's %1 device limit").arg(QLocale().toString(CapacityGauge::HubDeviceLimit)))),
      m_dpsLimit(new QBarSet(tr("DPS's %1 registration limit").arg(QLocale().toString(DpsRegistrationLimit)))),
      m_amber(thresholdLine(QString(), QColor(0xe0, 0x8e, 0x00), Qt::DashLine)),
      m_red(thresholdLine(QString(), QColor(0xc6, 0x28, 0x28), Qt::DashLine)),
      m_limit(thresholdLine(tr("Limit (100%)"), QColor(0x20, 0x20, 0x20), Qt::SolidLine)),
      m_stampAxis(new QBarCategoryAxis), m_lineAxis(new QValueAxis), m_percentAxis(new QValueAxis)
{
    setObjectName(QStringLiteral("capacityChart"));
    setRenderHint(QPainter::Antialiasing);
    m_bars->append({m_planned, m_hubLimit, m_dpsLimit});
    // Fixed colours, away from the amber and red of the threshold lines.
    m_planned->setColor(QColor(0x1e, 0x88, 0xe5));
    m_hubLimit->setColor(QColor(0x60, 0x7d, 0x8b));
    m_dpsLimit->setColor(QColor(0x7e, 0x57, 0xc2));
    auto *chart = new QChart;
    chart->setTitle(tr("Capacity used per stamp, against its limits"));
    chart->setAnimationOptions(QChart::NoAnimation);
    chart->addSeries(m_bars);
    for (QLineSeries *line : {m_amber, m_red, m_limit})
        chart->addSeries(line);
    chart->addAxis(m_stampAxis, Qt::AlignBottom);
    // The threshold lines run across the bars on a hidden axis with the categories' range.
    chart->addAxis(m_lineAxis, Qt::AlignBottom);
    m_lineAxis->setVisible(false);
    chart->addAxis(m_percentAxis, Qt::AlignLeft);
    m_percentAxis->setTitleText(tr("% used"));
    m_percentAxis->setLabelFormat(QStringLiteral("%.0f%%"));
    m_bars->attachAxis(m_stampAxis);
    m_bars->attachAxis(m_percentAxis);
    for (QLineSeries *line : {m_amber, m_red, m_limit}) {
        line->attachAxis(m_lineAxis);
        line->attachAxis(m_percentAxis);
    }
    chart->legend()->setAlignment(Qt::AlignRight);
    setChart(chart);
    setAccessibleName(tr("Capacity used per stamp"));
    for (QBarSet *set : {m_planned, m_hubLimit, m_dpsLimit})
        connect(set, &QBarSet::hovered, this, [this, set](bool entered, int index) { showDetail(entered, index, set); });
    setThresholds(m_thresholds);
}

void CapacityChartView::setThresholds(const HealthThresholds &thresholds)
{
    m_thresholds = thresholds;
    m_amber->setName(tr("Amber (%1%)").arg(qRound(thresholds.amber * 100)));
    m_red->setName(tr("Red (%1%)").arg(qRound(thresholds.red * 100)));
    placeLines();
}

void CapacityChartView::placeLines()
{
    const qreal left = -0.5;
    const qreal right = qMax<qreal>(m_stampAxis->count(), 1) - 0.5;
    m_lineAxis->setRange(left, right);
    m_amber->replace({{left, m_thresholds.amber * 100}, {right, m_thresholds.amber * 100}});
    m_red->replace({{left, m_thresholds.red * 100}, {right, m_thresholds.red * 100}});
    m_limit->replace({{left, 100}, {right, 100}});
}

void CapacityChartView::refresh(const FleetStatusModel &model)
{
    const QLocale locale;
    const int stamps = model.rowCount();
    const QStringList names = DistributionChartView::stampLabels(model);
    QList<qreal> planned, hub, dps;
    m_details.clear();
    for (int row = 0; row < stamps; ++row) {
        const StampStatus s = model.statusAt(row);
        const qint64 plan = s.plannedCapacity > 0 ? s.plannedCapacity : model.stampAt(row).plannedCapacity;
        // The monitor's fractions when it sent them, else worked out from the counts.
        double plannedUsed = s.plannedUsed;
        if (plannedUsed < 0 && s.totalDevices >= 0 && plan > 0)
            plannedUsed = double(s.totalDevices) / double(plan);
        double hubUsed = s.hubLimitUsed;
        if (hubUsed < 0 && s.totalDevices >= 0)
            hubUsed = double(s.totalDevices) / double(CapacityGauge::HubDeviceLimit);
        planned << qMax(plannedUsed, 0.0) * 100;
        hub << qMax(hubUsed, 0.0) * 100;
        dps << qMax(s.dpsLimitUsed, 0.0) * 100;
        m_details << (s.totalDevices < 0 ? tr("%1: devices not known yet").arg(names.at(row))
                                         : tr("%1: %2 devices, planned %3").arg(names.at(row), locale.toString(s.totalDevices),
                                                                                 locale.toString(plan)));
    }

    if (m_stampAxis->categories() != names) {
        m_stampAxis->setCategories(names);
        for (QBarSet *set : {m_planned, m_hubLimit, m_dpsLimit}) {
            set->remove(0, set->count());
            set->append(QList<qreal>(stamps, 0));
        }
        placeLines();
    }
    // In place, value by value: a redraw without rebuilding the bars.
    const auto apply = [](QBarSet *set, const QList<qreal> &values) {
        for (int i = 0; i < values.size(); ++i) {
            if (set->at(i) != values.at(i))
                set->replace(i, values.at(i));
        }
    };
    apply(m_planned, planned);
    apply(m_hubLimit, hub);
    apply(m_dpsLimit, dps);

    qreal top = 110;
    for (const QList<qreal> *values : {&planned, &hub, &dps}) {
        for (qreal value : *values)
            top = qMax(top, value * 1.1);
    }
    // Round steps (20%, 50%, 100%) so the 80/95/100 lines sit on a readable scale.
    const int step = top <= 200 ? 20 : top <= 500 ? 50 : 100;
    const int ticks = int(std::ceil(top / step));
    m_percentAxis->setRange(0, qreal(ticks * step));
    m_percentAxis->setTickCount(ticks + 1);
}

void CapacityChartView::showDetail(bool entered, int index, QBarSet *set)
{
    if (!entered || index < 0 || index >= m_details.size()) {
        QToolTip::hideText();
        return;
    }
    QToolTip::showText(QCursor::pos(), m_details.at(index) + QLatin1Char('\n')
                                           + tr("%1: %2%").arg(set->label(), QLocale().toString(set->at(index), 'f', 1)), this);
}

} // namespace StampDeck
