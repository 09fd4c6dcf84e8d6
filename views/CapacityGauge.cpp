#include "CapacityGauge.h"

#include <QEvent>
#include <QLocale>
#include <QPainter>

namespace StampDeck {

namespace {

const QColor Green(0x2e, 0x7d, 0x32);
const QColor Amber(0xe0, 0x8e, 0x00);
const QColor Red(0xc6, 0x28, 0x28);

} // namespace

CapacityGauge::CapacityGauge(QWidget *parent)
    : QWidget(parent)
{
    setObjectName(QStringLiteral("capacityGauge"));
    setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Fixed);
    describe();
}

void CapacityGauge::setCapacity(qint64 used, qint64 planned)
{
    if (used == m_used && planned == m_planned)
        return;
    m_used = used;
    m_planned = planned;
    describe();
    update();
}

void CapacityGauge::setThresholds(const HealthThresholds &thresholds)
{
    m_thresholds = thresholds;
    describe();
    update();
}

qint64 CapacityGauge::scaleMaximum() const
{
    qint64 top = qMax<qint64>(qMax(m_planned, m_used), 1);
    if (showsHubLimit())
        top = qMax(top, HubDeviceLimit);
    // A little room past the last mark so a full stamp's bar still shows its end.
    return top + top / 20;
}

bool CapacityGauge::showsHubLimit() const
{
    // Far below 1M the mark would squash the bar to a sliver, so it appears only within reach.
    return qMax(m_planned, m_used) * 2 >= HubDeviceLimit;
}

double CapacityGauge::worstFraction() const
{
    if (m_used < 0)
        return -1;
    double worst = double(m_used) / double(HubDeviceLimit);
    if (m_planned > 0)
        worst = qMax(worst, double(m_used) / double(m_planned));
    return worst;
}

QSize CapacityGauge::sizeHint() const
{
    return {240, 22};
}

QSize CapacityGauge::minimumSizeHint() const
{
    return {80, 22};
}

void CapacityGauge::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::EnabledChange || event->type() == QEvent::PaletteChange)
        update();
    QWidget::changeEvent(event);
}

void CapacityGauge::paintEvent(QPaintEvent *)
{
    QPainter painter(this);
    painter.setRenderHint(QPainter::Antialiasing, false);
    const bool greyed = !isEnabled();
    const QPalette::ColorGroup group = greyed ? QPalette::Disabled : QPalette::Active;
    const QRect bar = rect().adjusted(1, 5, -2, -5);
    const double scale = double(scaleMaximum());
    auto xOf = [&](double devices) { return bar.left() + int(bar.width() * qMin(devices / scale, 1.0)); };

    painter.setPen(palette().color(group, QPalette::Mid));
    painter.setBrush(palette().color(group, QPalette::Base));
    painter.drawRect(bar);

    const double worst = worstFraction();
    if (m_used >= 0) {
        QColor fill = worst >= m_thresholds.red ? Red : worst >= m_thresholds.amber ? Amber : Green;
        if (greyed)
            fill = palette().color(QPalette::Disabled, QPalette::Text);
        QRect filled = bar.adjusted(1, 1, 0, 0);
        filled.setRight(xOf(double(m_used)));
        painter.fillRect(filled, fill);
    }

    auto mark = [&](double devices, const QColor &colour, Qt::PenStyle style) {
        const int x = xOf(devices);
        painter.setPen(QPen(greyed ? palette().color(QPalette::Disabled, QPalette::Text) : colour, 2, style));
        painter.drawLine(x, rect().top(), x, rect().bottom());
    };
    if (m_planned > 0) {
        mark(m_thresholds.amber * double(m_planned), Amber, Qt::SolidLine);
        mark(m_thresholds.red * double(m_planned), Red, Qt::SolidLine);
        mark(double(m_planned), palette().color(group, QPalette::Text), Qt::SolidLine);
    }
    if (showsHubLimit())
        mark(double(HubDeviceLimit), palette().color(group, QPalette::Text), Qt::DashLine);
}

void CapacityGauge::describe()
{
    const QLocale locale;
    QString text;
    if (m_used < 0) {
        text = tr("Capacity not known yet; planned for %1 devices").arg(locale.toString(m_planned));
    } else if (m_planned > 0) {
        text = tr("%1 of %2 planned devices (%3%), %4% of the hub's %5 device limit")
                   .arg(locale.toString(m_used), locale.toString(m_planned),
                        locale.toString(qRound(100.0 * double(m_used) / double(m_planned))),
                        locale.toString(100.0 * double(m_used) / double(HubDeviceLimit), 'f', 1),
                        locale.toString(HubDeviceLimit));
    } else {
        text = tr("%1 devices, no planned capacity; %2% of the hub's %3 device limit")
                   .arg(locale.toString(m_used), locale.toString(100.0 * double(m_used) / double(HubDeviceLimit), 'f', 1),
                        locale.toString(HubDeviceLimit));
    }
    setAccessibleName(tr("Capacity"));
    setAccessibleDescription(text);
    setToolTip(text + QLatin1Char('\n')
               + tr("Marks: amber at %1%, red at %2% of the plan; the plan; the hub limit (dashed).")
                     .arg(qRound(m_thresholds.amber * 100)).arg(qRound(m_thresholds.red * 100)));
}

} // namespace StampDeck
