#include "DistributionChartView.h"

#include "FleetStatusModel.h"

#include <QBarCategoryAxis>
#include <QBarSet>
#include <QStackedBarSeries>
#include <QValueAxis>

#include <algorithm>

namespace StampDeck {

DistributionChartView::DistributionChartView(QWidget *parent)
    : QChartView(parent), m_series(new QStackedBarSeries), m_stampAxis(new QBarCategoryAxis),
      m_valueAxis(new QValueAxis)
{
    setObjectName(QStringLiteral("devicesByStampChart"));
    setRenderHint(QPainter::Antialiasing);
    auto *chart = new QChart;
    chart->addSeries(m_series);
    chart->addAxis(m_stampAxis, Qt::AlignBottom);
    chart->addAxis(m_valueAxis, Qt::AlignLeft);
    m_series->attachAxis(m_stampAxis);
    m_series->attachAxis(m_valueAxis);
    m_valueAxis->setLabelFormat(QStringLiteral("%.0f"));
    m_valueAxis->setTitleText(tr("Devices"));
    chart->legend()->setAlignment(Qt::AlignRight);
    chart->setAnimationOptions(QChart::NoAnimation);
    setChart(chart);
    setAccessibleName(tr("Devices by stamp"));
}

QStringList DistributionChartView::stampLabels(const FleetStatusModel &model)
{
    // Stamp ids: short enough for an axis (display names get cut to "West Europe pr…"), unique,
    // and what operators type; the bars' tooltips carry the display names.
    QStringList labels;
    for (int row = 0; row < model.rowCount(); ++row)
        labels << model.stampAt(row).id;
    return labels;
}

void DistributionChartView::refresh(const FleetStatusModel &model)
{
    const int stamps = model.rowCount();
    const QStringList names = stampLabels(model);
    QList<QHash<QString, qint64>> counts;
    QList<qint64> totals;
    QHash<QString, qint64> keyTotals;
    for (int row = 0; row < stamps; ++row) {
        const StampStatus status = model.statusAt(row);
        counts << (m_stackBy == StackBy::Tenant ? status.registrationsByTenant : status.registrationsByGroup);
        totals << qMax<qint64>(status.totalDevices, 0);
        for (auto it = counts.last().cbegin(); it != counts.last().cend(); ++it)
            keyTotals[it.key()] += it.value();
    }
    m_stacked = !keyTotals.isEmpty();

    // The biggest tenants or groups get their own colour, the rest share "Other".
    QStringList keys = keyTotals.keys();
    std::sort(keys.begin(), keys.end(), [&](const QString &a, const QString &b) {
        return keyTotals.value(a) != keyTotals.value(b) ? keyTotals.value(a) > keyTotals.value(b) : a < b;
    });
    const bool withOther = keys.size() > MaxStacks;
    const QStringList shown = withOther ? keys.mid(0, MaxStacks - 1) : keys;
    const QString other = tr("Other");
    const QString pending = tr("Not counted yet");
    QList<QList<qreal>> values;
    QStringList labels;
    if (!m_stacked) {
        labels << tr("Devices");
        values << QList<qreal>(totals.cbegin(), totals.cend());
    } else {
        labels = shown;
        for (int k = 0; k < shown.size(); ++k) {
            QList<qreal> column;
            for (int row = 0; row < stamps; ++row)
                column << qreal(counts.at(row).value(shown.at(k)));
            values << column;
        }
        QList<qreal> rest(stamps, 0), uncounted(stamps, 0);
        for (int row = 0; row < stamps; ++row) {
            for (auto it = counts.at(row).cbegin(); it != counts.at(row).cend(); ++it) {
                if (!shown.contains(it.key()))
                    rest[row] += qreal(it.value());
            }
            // A stamp the census has not reached yet still shows its devices, marked as such.
            if (counts.at(row).isEmpty())
                uncounted[row] = qreal(totals.at(row));
        }
        if (withOther) {
            labels << other;
            values << rest;
        }
        if (std::any_of(uncounted.cbegin(), uncounted.cend(), [](qreal v) { return v > 0; })) {
            labels << pending;
            values << uncounted;
        }
    }

    // Same stamps and stacks as before: change the values in place (no flicker); else rebuild.
    if (labels != m_setLabels || m_stampAxis->categories() != names) {
        m_series->clear();
        m_stampAxis->setCategories(names);
        for (int k = 0; k < labels.size(); ++k) {
            auto *set = new QBarSet(labels.at(k));
            set->append(values.at(k));
            m_series->append(set);
        }
        m_setLabels = labels;
    } else {
        const QList<QBarSet *> sets = m_series->barSets();
        for (int k = 0; k < sets.size(); ++k) {
            for (int row = 0; row < stamps; ++row) {
                if (sets.at(k)->at(row) != values.at(k).at(row))
                    sets.at(k)->replace(row, values.at(k).at(row));
            }
        }
    }

    qreal top = 0;
    for (int row = 0; row < stamps; ++row) {
        qreal sum = 0;
        for (const QList<qreal> &column : std::as_const(values))
            sum += column.at(row);
        top = qMax(top, sum);
    }
    m_valueAxis->setRange(0, qMax<qreal>(top * 1.1, 10));
    m_valueAxis->applyNiceNumbers();

    const QString by = m_stackBy == StackBy::Tenant ? tr("tenant") : tr("enrollment group");
    chart()->setTitle(m_stacked ? tr("Devices by stamp, stacked by %1 (DPS registrations)").arg(by)
                                : tr("Devices by stamp (the DPS registration census is running; showing total devices)"));
}

} // namespace StampDeck
