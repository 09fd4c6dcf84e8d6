#include "ActivityLogFilter.h"

#include "ActivityLog.h"

namespace StampDeck {

ActivityLogFilter::ActivityLogFilter(QObject *parent)
    : QSortFilterProxyModel(parent)
{
}

void ActivityLogFilter::setMinimumLevel(LogLevel level)
{
    if (level == m_minimumLevel)
        return;
    m_minimumLevel = level;
    invalidateRowsFilter();
}

void ActivityLogFilter::setText(const QString &text)
{
    const QString trimmed = text.trimmed();
    if (trimmed == m_text)
        return;
    m_text = trimmed;
    invalidateRowsFilter();
}

bool ActivityLogFilter::filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const
{
    const QModelIndex index = sourceModel()->index(sourceRow, 0, sourceParent);
    if (index.data(ActivityLog::LevelRole).value<LogLevel>() < m_minimumLevel)
        return false;
    if (m_text.isEmpty())
        return true;
    return index.data(ActivityLog::MessageRole).toString().contains(m_text, Qt::CaseInsensitive)
        || index.data(ActivityLog::SourceRole).toString().contains(m_text, Qt::CaseInsensitive);
}

} // namespace StampDeck
