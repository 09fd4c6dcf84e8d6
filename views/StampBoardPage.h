#pragma once

#include "HealthThresholds.h"

#include <QDateTime>
#include <QHash>
#include <QList>
#include <QWidget>

#include <functional>

class QComboBox;
class QLabel;
class QScrollArea;
class QTimer;
class QVBoxLayout;

namespace StampDeck {

class FleetStatusModel;
class StampCard;

// The console's home: every stamp of the workspace as a card, grouped by region or by ring, with a
// toolbar to regroup and to export the figures to CSV. Cards are rebuilt when the workspace
// changes and updated in place when a stamp's figures change.
class StampBoardPage : public QWidget
{
    Q_OBJECT

public:
    enum class GroupBy { Region, Ring };

    explicit StampBoardPage(FleetStatusModel *model, QWidget *parent = nullptr);

    void setGroupBy(GroupBy groupBy);
    GroupBy groupBy() const { return m_groupBy; }
    void setThresholds(const HealthThresholds &thresholds);
    void setStaleAfter(int seconds);
    // A seam for tests: where "now" comes from for the figures' age.
    void setClock(std::function<QDateTime()> clock);

    QList<StampCard *> cards() const { return m_cards; } // in board order
    StampCard *card(const QString &stampId) const { return m_cardById.value(stampId); }
    QStringList groupTitles() const;

    // Writes the board's figures to path as CSV; false with a message on failure.
    bool exportCsv(const QString &path, QString *error) const;

Q_SIGNALS:
    void stampActivated(const QString &stampId);

private:
    void rebuild();
    void updateRows(int first, int last);
    void refreshAges();
    void step(StampCard *from, int key);
    void chooseCsvFile();
    QString groupKey(int row) const;
    QString groupTitle(const QString &key, int count) const;

    FleetStatusModel *m_model;
    GroupBy m_groupBy = GroupBy::Region;
    HealthThresholds m_thresholds;
    int m_staleAfter = 90;
    std::function<QDateTime()> m_clock;

    QComboBox *m_groupCombo;
    QLabel *m_message;
    QScrollArea *m_scroll;
    QWidget *m_board = nullptr;
    QList<StampCard *> m_cards;
    QHash<QString, StampCard *> m_cardById;
    QList<QLabel *> m_headers;
    QTimer *m_ageTimer;
};

} // namespace StampDeck
