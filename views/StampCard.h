#pragma once

#include "HealthThresholds.h"
#include "StampStatus.h"
#include "Workspace.h"

#include <QDateTime>
#include <QFrame>

class QLabel;

namespace StampDeck {

class CapacityGauge;

// One stamp on the board: name and id, where it runs, its capacity gauge, device counts, the
// connected ratio, DPS registrations, the health badge with its reasons and how old the figures
// are. Focusable so the board works from the keyboard; Enter opens the stamp.
class StampCard : public QFrame
{
    Q_OBJECT

public:
    // How the figures stand, for the age line and the greying.
    enum class Freshness { NoFigures, Fresh, Stale, Unreachable };

    explicit StampCard(const Stamp &stamp, QWidget *parent = nullptr);

    QString stampId() const { return m_stamp.id; }
    const Stamp &stamp() const { return m_stamp; }
    const StampStatus &status() const { return m_status; }

    void setStatus(const StampStatus &status, const QDateTime &now);
    // Only the age line changes with time; the board calls this once a second.
    void refreshAge(const QDateTime &now);
    void setThresholds(const HealthThresholds &thresholds);
    // Figures older than this (while the stamp answers) are stale.
    void setStaleAfter(int seconds);

    Freshness freshness() const { return m_freshness; }

    static QColor healthColour(HealthLevel level);
    static QString ringLabel(Stamp::Ring ring);    // translated
    static QString ageText(qint64 seconds);        // "12 s", "3 min", "2 h"

Q_SIGNALS:
    void activated(const QString &stampId);
    // An arrow key: the board picks the neighbouring card.
    void stepRequested(StampDeck::StampCard *card, int key);
    void focusEntered(StampDeck::StampCard *card);

protected:
    void keyPressEvent(QKeyEvent *event) override;
    void mouseDoubleClickEvent(QMouseEvent *event) override;
    void mousePressEvent(QMouseEvent *event) override;
    void focusInEvent(QFocusEvent *event) override;
    void focusOutEvent(QFocusEvent *event) override;
    void paintEvent(QPaintEvent *event) override;

private:
    QLabel *addLabel(const QString &objectName);
    void showFigures();
    void describe();

    Stamp m_stamp;
    StampStatus m_status;
    QDateTime m_now;
    int m_staleAfter = 90;
    Freshness m_freshness = Freshness::NoFigures;

    QLabel *m_name;
    QLabel *m_badge;
    QLabel *m_id;
    QLabel *m_placement;
    QWidget *m_figures;
    CapacityGauge *m_gauge;
    QLabel *m_capacity;
    QLabel *m_devices;
    QLabel *m_connected;
    QLabel *m_registrations;
    QLabel *m_reasons;
    QLabel *m_age;
};

} // namespace StampDeck
