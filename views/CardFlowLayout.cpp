#include "CardFlowLayout.h"

#include <QWidget>

namespace StampDeck {

CardFlowLayout::CardFlowLayout(QWidget *parent, int spacing)
    : QLayout(parent), m_spacing(spacing)
{
    setContentsMargins(0, 0, 0, 0);
}

CardFlowLayout::~CardFlowLayout()
{
    while (QLayoutItem *item = takeAt(0))
        delete item;
}

void CardFlowLayout::addItem(QLayoutItem *item)
{
    m_items.append(item);
}

int CardFlowLayout::count() const
{
    return static_cast<int>(m_items.size());
}

QLayoutItem *CardFlowLayout::itemAt(int index) const
{
    return m_items.value(index);
}

QLayoutItem *CardFlowLayout::takeAt(int index)
{
    return index >= 0 && index < m_items.size() ? m_items.takeAt(index) : nullptr;
}

Qt::Orientations CardFlowLayout::expandingDirections() const
{
    return {};
}

bool CardFlowLayout::hasHeightForWidth() const
{
    return true;
}

int CardFlowLayout::heightForWidth(int width) const
{
    return arrange(QRect(0, 0, width, 0), true);
}

QSize CardFlowLayout::minimumSize() const
{
    QSize size;
    for (const QLayoutItem *item : m_items)
        size = size.expandedTo(item->minimumSize());
    const QMargins margins = contentsMargins();
    return size + QSize(margins.left() + margins.right(), margins.top() + margins.bottom());
}

QSize CardFlowLayout::sizeHint() const
{
    return minimumSize();
}

void CardFlowLayout::setGeometry(const QRect &rect)
{
    QLayout::setGeometry(rect);
    arrange(rect, false);
}

int CardFlowLayout::arrange(const QRect &rect, bool dryRun) const
{
    const QMargins margins = contentsMargins();
    const QRect area = rect.marginsRemoved(margins);
    int x = area.x();
    int y = area.y();
    int lineHeight = 0;
    for (QLayoutItem *item : m_items) {
        if (item->isEmpty())
            continue;
        QSize hint = item->sizeHint();
        // Cards wrap their reasons, so their height follows their width.
        if (item->hasHeightForWidth())
            hint.setHeight(item->heightForWidth(hint.width()));
        if (x + hint.width() > area.right() + 1 && lineHeight > 0) {
            x = area.x();
            y += lineHeight + m_spacing;
            lineHeight = 0;
        }
        if (!dryRun)
            item->setGeometry(QRect(QPoint(x, y), hint));
        x += hint.width() + m_spacing;
        lineHeight = qMax(lineHeight, hint.height());
    }
    return y + lineHeight - rect.y() + margins.bottom();
}

} // namespace StampDeck
