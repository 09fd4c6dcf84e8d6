#pragma once

#include <QChartView>
#include <QPointF>

class QDateTimeAxis;
class QLineSeries;
class QValueAxis;

namespace StampDeck {

class FleetStatusModel;

// Connected devices and DPS registrations over time, for the whole fleet (summed) or one stamp.
// Two lines read better than forty; the operator narrows to a stamp when one looks odd.
class HistoryChartView : public QChartView
{
    Q_OBJECT

public:
    explicit HistoryChartView(QWidget *parent = nullptr);

    // Empty: the whole fleet.
    void setScope(const QString &stampId) { m_scope = stampId; }
    QString scope() const { return m_scope; }
    void refresh(const FleetStatusModel &model);

    QLineSeries *connectedSeries() const { return m_connected; }
    QLineSeries *registrationsSeries() const { return m_registrations; }

    // The fleet's total at each sample time, each stamp's last value carried forward; a time is
    // left out until every stamp with figures has one (else the line would climb as stamps arrive).
    static QList<QPointF> fleetSum(const QList<QList<QPointF>> &perStamp);

private:
    QLineSeries *m_connected;
    QLineSeries *m_registrations;
    QDateTimeAxis *m_timeAxis;
    QValueAxis *m_valueAxis;
    QString m_scope;
};

} // namespace StampDeck
