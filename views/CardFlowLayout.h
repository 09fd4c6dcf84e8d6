#pragma once

#include <QLayout>
#include <QList>

namespace StampDeck {

// Lays cards out left to right and wraps to the next line when the width runs out, so the board
// reflows with the window (Qt's flow layout example, trimmed to what the board needs).
class CardFlowLayout : public QLayout
{
public:
    explicit CardFlowLayout(QWidget *parent = nullptr, int spacing = 12);
    ~CardFlowLayout() override;

    void addItem(QLayoutItem *item) override;
    int count() const override;
    QLayoutItem *itemAt(int index) const override;
    QLayoutItem *takeAt(int index) override;
    Qt::Orientations expandingDirections() const override;
    bool hasHeightForWidth() const override;
    int heightForWidth(int width) const override;
    QSize minimumSize() const override;
    QSize sizeHint() const override;
    void setGeometry(const QRect &rect) override;

private:
    int arrange(const QRect &rect, bool dryRun) const;

    QList<QLayoutItem *> m_items;
    int m_spacing;
};

} // namespace StampDeck
