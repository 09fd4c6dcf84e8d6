#pragma once

#include "LogEntry.h"

#include <QSortFilterProxyModel>

namespace StampDeck {

// The lines of an ActivityLog the log panel shows: this level and above, and (when set) only
// lines whose source or message contains the text, case-insensitively.
class ActivityLogFilter : public QSortFilterProxyModel
{
    Q_OBJECT

public:
    explicit ActivityLogFilter(QObject *parent = nullptr);

    LogLevel minimumLevel() const { return m_minimumLevel; }
    void setMinimumLevel(LogLevel level);
    QString text() const { return m_text; }
    void setText(const QString &text);

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;

private:
    LogLevel m_minimumLevel = LogLevel::Info;
    QString m_text;
};

} // namespace StampDeck
