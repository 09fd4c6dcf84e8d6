#include "StampCard.h"

#include "CapacityGauge.h"
#include "FleetStatusModel.h"

#include <QHBoxLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QLocale>
#include <QPainter>
#include <QVBoxLayout>

namespace StampDeck {

StampCard::StampCard(const Stamp &stamp, QWidget *parent)
    : QFrame(parent), m_stamp(stamp)
{
    setObjectName(QStringLiteral("stampCard"));
    setFocusPolicy(Qt::StrongFocus);
    setFixedWidth(300);
    setAutoFillBackground(false);

    m_name = new QLabel(this);
    m_name->setObjectName(QStringLiteral("cardName"));
    QFont bold = m_name->font();
    bold.setBold(true);
    bold.setPointSizeF(bold.pointSizeF() * 1.15);
    m_name->setFont(bold);
    m_name->setWordWrap(true);
    m_badge = new QLabel(this);
    m_badge->setObjectName(QStringLiteral("healthBadge"));
    m_badge->setAlignment(Qt::AlignCenter);
    m_badge->setContentsMargins(6, 1, 6, 1);
    auto *top = new QHBoxLayout;
    top->addWidget(m_name, 1);
    top->addWidget(m_badge, 0, Qt::AlignTop);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(14, 10, 10, 10);
    layout->setSpacing(3);
    layout->addLayout(top);
    m_id = addLabel(QStringLiteral("cardId"));
    m_placement = addLabel(QStringLiteral("cardPlacement"));
    layout->addWidget(m_id);
    layout->addWidget(m_placement);

    // The figures sit in one widget so an unreachable stamp can grey them all at once.
    m_figures = new QWidget(this);
    auto *figures = new QVBoxLayout(m_figures);
    figures->setContentsMargins(0, 4, 0, 0);
    figures->setSpacing(3);
    m_gauge = new CapacityGauge(m_figures);
    figures->addWidget(m_gauge);
    m_capacity = addLabel(QStringLiteral("cardCapacity"));
    m_devices = addLabel(QStringLiteral("cardDevices"));
    m_connected = addLabel(QStringLiteral("cardConnected"));
    m_registrations = addLabel(QStringLiteral("cardRegistrations"));
    for (QLabel *label : {m_capacity, m_devices, m_connected, m_registrations}) {
        label->setParent(m_figures);
        figures->addWidget(label);
    }
    layout->addWidget(m_figures);
    m_reasons = addLabel(QStringLiteral("cardReasons"));
    m_age = addLabel(QStringLiteral("cardAge"));
    layout->addWidget(m_reasons);
    layout->addWidget(m_age);
    layout->addStretch(1);

    m_name->setText(stamp.name.isEmpty() ? stamp.id : stamp.name);
    m_id->setText(stamp.id);
    const QString tenancy = stamp.tenancy == Stamp::Tenancy::Dedicated
        ? tr("dedicated to %1").arg(stamp.tenants.join(QStringLiteral(", ")))
        : (stamp.tenants.isEmpty() ? tr("shared") : tr("shared by %1").arg(stamp.tenants.join(QStringLiteral(", "))));
    m_placement->setText(tr("%1 · %2 ring · %3").arg(stamp.region, ringLabel(stamp.ring), tenancy));

    StampStatus initial;
    initial.stampId = stamp.id;
    initial.plannedCapacity = stamp.plannedCapacity;
    setStatus(initial, QDateTime::currentDateTimeUtc());
}

QLabel *StampCard::addLabel(const QString &objectName)
{
    auto *label = new QLabel(this);
    label->setObjectName(objectName);
    label->setWordWrap(true);
    return label;
}

void StampCard::setStatus(const StampStatus &status, const QDateTime &now)
{
    m_status = status;
    if (m_status.plannedCapacity <= 0)
        m_status.plannedCapacity = m_stamp.plannedCapacity;
    showFigures();
    refreshAge(now);
}

void StampCard::setThresholds(const HealthThresholds &thresholds)
{
    m_gauge->setThresholds(thresholds);
}

void StampCard::setStaleAfter(int seconds)
{
    m_staleAfter = seconds;
    if (m_now.isValid())
        refreshAge(m_now);
}

void StampCard::showFigures()
{
    const QLocale locale;
    const StampStatus &s = m_status;
    const auto percent = [](qint64 part, qint64 whole) { return whole > 0 ? qRound(100.0 * double(part) / double(whole)) : 0; };

    m_gauge->setCapacity(s.totalDevices, s.plannedCapacity);
    if (s.totalDevices < 0)
        m_capacity->setText(tr("Planned for %1 devices").arg(locale.toString(s.plannedCapacity)));
    else if (s.plannedCapacity > 0)
        m_capacity->setText(tr("%1% of the planned %2 devices · %3% of the hub limit")
                                .arg(locale.toString(percent(s.totalDevices, s.plannedCapacity)),
                                     locale.toString(s.plannedCapacity),
                                     locale.toString(100.0 * double(s.totalDevices) / double(CapacityGauge::HubDeviceLimit), 'f', 1)));
    else
        m_capacity->setText(tr("No planned capacity · %1% of the hub limit")
                                .arg(locale.toString(100.0 * double(s.totalDevices) / double(CapacityGauge::HubDeviceLimit), 'f', 1)));

    if (s.totalDevices < 0)
        m_devices->setText(tr("Devices: not known yet"));
    else if (s.enabledDevices >= 0 && s.disabledDevices >= 0)
        m_devices->setText(tr("%1 devices: %2 enabled, %3 disabled")
                               .arg(locale.toString(s.totalDevices), locale.toString(s.enabledDevices), locale.toString(s.disabledDevices)));
    else
        m_devices->setText(tr("%1 devices").arg(locale.toString(s.totalDevices)));

    if (s.connectedDevices < 0 || s.totalDevices < 0)
        m_connected->setText(tr("Connected: not known yet"));
    else
        m_connected->setText(tr("%1 of %2 connected (%3%)")
                                 .arg(locale.toString(s.connectedDevices), locale.toString(s.totalDevices),
                                      locale.toString(percent(s.connectedDevices, s.totalDevices))));

    m_registrations->setVisible(s.registrations >= 0);
    if (s.registrations >= 0) {
        QString text = tr("%1 DPS registrations").arg(locale.toString(s.registrations));
        if (s.dpsLimitUsed >= 0)
            text += QLatin1Char(' ') + tr("(DPS at %1% of its limit)").arg(locale.toString(100.0 * s.dpsLimitUsed, 'f', 1));
        m_registrations->setText(text);
    }

    // Colour and text together: the badge never relies on colour alone.
    const QColor colour = healthColour(s.health);
    m_badge->setText(FleetStatusModel::healthName(s.health));
    m_badge->setStyleSheet(QStringLiteral("QLabel { background: %1; color: white; border-radius: 3px; font-weight: bold; }")
                               .arg(colour.name()));

    QStringList reasons = s.reasons;
    if (reasons.isEmpty() && !s.reachable && !s.lastError.isEmpty())
        reasons << s.lastError;
    m_reasons->setText(reasons.join(QLatin1Char('\n')));
    m_reasons->setVisible(!reasons.isEmpty());
    update();
}

void StampCard::refreshAge(const QDateTime &now)
{
    m_now = now;
    const StampStatus &s = m_status;
    const qint64 age = s.ageSeconds(now);
    const bool failed = s.health == HealthLevel::Unreachable || (!s.reachable && s.lastAttempt.isValid());
    if (failed)
        m_freshness = Freshness::Unreachable;
    else if (!s.lastSuccess.isValid())
        m_freshness = Freshness::NoFigures;
    else if (age > m_staleAfter)
        m_freshness = Freshness::Stale;
    else
        m_freshness = Freshness::Fresh;

    QString text;
    switch (m_freshness) {
    case Freshness::NoFigures: text = tr("Waiting for the first figures"); break;
    case Freshness::Fresh: text = tr("Updated %1 ago").arg(ageText(age)); break;
    case Freshness::Stale: text = tr("Stale: updated %1 ago").arg(ageText(age)); break;
    case Freshness::Unreachable:
        text = age >= 0 ? tr("Unreachable: figures from %1 ago").arg(ageText(age)) : tr("Unreachable: no figures yet");
        break;
    }
    m_age->setText(text);
    QFont font = m_age->font();
    font.setBold(m_freshness == Freshness::Stale || m_freshness == Freshness::Unreachable);
    m_age->setFont(font);
    // The last figures stay readable, but greyed, while the stamp does not answer.
    m_figures->setEnabled(m_freshness != Freshness::Unreachable);
    describe();
}

void StampCard::describe()
{
    setAccessibleName(tr("Stamp %1 (%2)").arg(m_name->text(), m_stamp.id));
    QStringList parts{m_badge->text()};
    if (!m_reasons->text().isEmpty())
        parts << m_reasons->text();
    parts << m_devices->text() << m_connected->text();
    if (m_status.registrations >= 0)
        parts << m_registrations->text();
    parts << m_capacity->text() << m_age->text();
    setAccessibleDescription(parts.join(QStringLiteral(". ")));
}

QColor StampCard::healthColour(HealthLevel level)
{
    switch (level) {
    case HealthLevel::Healthy: return {0x2e, 0x7d, 0x32};
    case HealthLevel::Warning: return {0xb2, 0x6a, 0x00};
    case HealthLevel::Critical: return {0xc6, 0x28, 0x28};
    case HealthLevel::Unreachable: return {0x55, 0x55, 0x55};
    case HealthLevel::Unknown: break;
    }
    return {0x78, 0x78, 0x78};
}

QString StampCard::ringLabel(Stamp::Ring ring)
{
    switch (ring) {
    case Stamp::Ring::Test: return tr("test");
    case Stamp::Ring::Canary: return tr("canary");
    case Stamp::Ring::Production: return tr("production");
    }
    return {};
}

QString StampCard::ageText(qint64 seconds)
{
    if (seconds < 60)
        return tr("%1 s").arg(QLocale().toString(qMax<qint64>(seconds, 0)));
    if (seconds < 3600)
        return tr("%1 min").arg(QLocale().toString(seconds / 60));
    if (seconds < 2 * 86400)
        return tr("%1 h").arg(QLocale().toString(seconds / 3600));
    return tr("%1 days").arg(QLocale().toString(seconds / 86400));
}

void StampCard::keyPressEvent(QKeyEvent *event)
{
    switch (event->key()) {
    case Qt::Key_Return:
    case Qt::Key_Enter:
    case Qt::Key_Space:
        Q_EMIT activated(m_stamp.id);
        return;
    case Qt::Key_Left:
    case Qt::Key_Right:
    case Qt::Key_Up:
    case Qt::Key_Down:
    case Qt::Key_Home:
    case Qt::Key_End:
        Q_EMIT stepRequested(this, event->key());
        return;
    default:
        QFrame::keyPressEvent(event);
    }
}

void StampCard::mousePressEvent(QMouseEvent *event)
{
    setFocus(Qt::MouseFocusReason);
    QFrame::mousePressEvent(event);
}

void StampCard::mouseDoubleClickEvent(QMouseEvent *)
{
    Q_EMIT activated(m_stamp.id);
}

void StampCard::focusInEvent(QFocusEvent *event)
{
    QFrame::focusInEvent(event);
    update();
    Q_EMIT focusEntered(this);
}

void StampCard::focusOutEvent(QFocusEvent *event)
{
    QFrame::focusOutEvent(event);
    update();
}

void StampCard::paintEvent(QPaintEvent *)
{
    QPainter painter(this);
    painter.setRenderHint(QPainter::Antialiasing);
    const QRectF box = QRectF(rect()).adjusted(1.5, 1.5, -1.5, -1.5);
    const bool focused = hasFocus();
    painter.setPen(QPen(focused ? palette().color(QPalette::Highlight) : palette().color(QPalette::Mid), focused ? 3 : 1));
    painter.setBrush(palette().color(QPalette::Base));
    painter.drawRoundedRect(box, 6, 6);
    // A health stripe down the left edge, so the board reads at a glance (the badge says it in words).
    painter.setPen(Qt::NoPen);
    painter.setBrush(healthColour(m_status.health));
    painter.drawRoundedRect(QRectF(box.left() + 2, box.top() + 6, 5, box.height() - 12), 2, 2);
}

} // namespace StampDeck
