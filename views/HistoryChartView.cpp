#include "HistoryChartView.h"

#include "FleetStatusModel.h"

#include <QDateTimeAxis>
#include <QLineSeries>
#include <QValueAxis>

#include <algorithm>
#include <limits>

namespace StampDeck {

namespace {

QList<QPointF> points(const QList<StampSample> &series, qint64 StampSample::*field)
{
    QList<QPointF> result;
    for (const StampSample &sample : series) {
        if (sample.at.isValid() && sample.*field >= 0)
            result << QPointF(qreal(sample.at.toMSecsSinceEpoch()), qreal(sample.*field));
    }
    return result;
}

} // namespace

HistoryChartView::HistoryChartView(QWidget *parent)
    : QChartView(parent), m_connected(new QLineSeries), m_registrations(new QLineSeries),
      m_timeAxis(new QDateTimeAxis), m_valueAxis(new QValueAxis)
{
    setObjectName(QStringLiteral("historyChart"));
    setRenderHint(QPainter::Antialiasing);
    m_connected->setName(tr("Connected devices"));
    m_registrations->setName(tr("DPS registrations"));
    m_connected->setPointsVisible(true);
    m_registrations->setPointsVisible(true);
    auto *chart = new QChart;
    chart->setAnimationOptions(QChart::NoAnimation);
    chart->addSeries(m_connected);
    chart->addSeries(m_registrations);
    chart->addAxis(m_timeAxis, Qt::AlignBottom);
    chart->addAxis(m_valueAxis, Qt::AlignLeft);
    m_timeAxis->setFormat(QStringLiteral("HH:mm:ss"));
    m_timeAxis->setTitleText(tr("Time"));
    m_valueAxis->setLabelFormat(QStringLiteral("%.0f"));
    m_valueAxis->setTitleText(tr("Devices"));
    for (QLineSeries *series : {m_connected, m_registrations}) {
        series->attachAxis(m_timeAxis);
        series->attachAxis(m_valueAxis);
    }
    chart->legend()->setAlignment(Qt::AlignBottom);
    setChart(chart);
    setAccessibleName(tr("Connected devices and DPS registrations over time"));
}

QList<QPointF> HistoryChartView::fleetSum(const QList<QList<QPointF>> &perStamp)
{
    QList<qreal> times;
    for (const QList<QPointF> &stamp : perStamp) {
        for (const QPointF &point : stamp)
            times << point.x();
    }
    std::sort(times.begin(), times.end());
    times.erase(std::unique(times.begin(), times.end()), times.end());

    QList<QPointF> sum;
    QList<qsizetype> next(perStamp.size(), 0);
    for (qreal time : std::as_const(times)) {
        qreal total = 0;
        bool complete = true;
        for (int s = 0; s < perStamp.size(); ++s) {
            const QList<QPointF> &stamp = perStamp.at(s);
            if (stamp.isEmpty())
                continue;
            while (next[s] < stamp.size() && stamp.at(next[s]).x() <= time)
                ++next[s];
            if (next[s] == 0)
                complete = false;
            else
                total += stamp.at(next[s] - 1).y();
        }
        if (complete)
            sum << QPointF(time, total);
    }
    return sum;
}

void HistoryChartView::refresh(const FleetStatusModel &model)
{
    QList<QPointF> connected, registrations;
    QString title;
    const int row = m_scope.isEmpty() ? -1 : model.rowOf(m_scope);
    if (row >= 0) {
        const QList<StampSample> series = model.statusAt(row).series;
        connected = points(series, &StampSample::connectedDevices);
        registrations = points(series, &StampSample::registrations);
        title = tr("Connected devices and DPS registrations over time: %1").arg(model.stampAt(row).name);
    } else {
        QList<QList<QPointF>> connectedPerStamp, registrationsPerStamp;
        for (int r = 0; r < model.rowCount(); ++r) {
            const QList<StampSample> series = model.statusAt(r).series;
            connectedPerStamp << points(series, &StampSample::connectedDevices);
            registrationsPerStamp << points(series, &StampSample::registrations);
        }
        connected = fleetSum(connectedPerStamp);
        registrations = fleetSum(registrationsPerStamp);
        title = tr("Connected devices and DPS registrations over time: whole fleet");
    }
    // One replace() per series and tick, never point by point.
    m_connected->replace(connected);
    m_registrations->replace(registrations);
    chart()->setTitle(title);

    qreal first = std::numeric_limits<qreal>::max(), last = std::numeric_limits<qreal>::lowest(), top = 0;
    for (const QList<QPointF> *line : {&connected, &registrations}) {
        for (const QPointF &point : *line) {
            first = qMin(first, point.x());
            last = qMax(last, point.x());
            top = qMax(top, point.y());
        }
    }
    if (first > last) {
        chart()->setTitle(title + QLatin1Char(' ') + tr("(no samples yet)"));
        const QDateTime now = QDateTime::currentDateTime();
        m_timeAxis->setRange(now.addSecs(-300), now);
    } else {
        // At least a minute wide, so a single sample is not a dot on the axis' edge.
        const qreal middle = (first + last) / 2;
        const qreal half = qMax<qreal>((last - first) / 2, 30'000);
        m_timeAxis->setRange(QDateTime::fromMSecsSinceEpoch(qint64(middle - half)), QDateTime::fromMSecsSinceEpoch(qint64(middle + half)));
    }
    m_valueAxis->setRange(0, qMax<qreal>(top * 1.1, 10));
    m_valueAxis->applyNiceNumbers();
}

} // namespace StampDeck
