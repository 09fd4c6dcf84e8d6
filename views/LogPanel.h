#pragma once

#include <QWidget>

class QComboBox;
class QLineEdit;
class QListView;
class QPushButton;

namespace StampDeck {

class ActivityLog;
class ActivityLogFilter;

// The activity log in a dock: newest line last, following new lines unless the user scrolled up
// to read; a level filter, a text filter, Copy (the selected lines, tab-separated; Ctrl+C too)
// and Clear. Lines are redacted before they reach the log, so copying them is safe.
class LogPanel : public QWidget
{
    Q_OBJECT

public:
    explicit LogPanel(ActivityLog *log, QWidget *parent = nullptr);

    ActivityLogFilter *filter() const { return m_filter; }
    QListView *view() const { return m_view; }
    // True while the view follows new lines (the user has not scrolled away from the end).
    bool isFollowingNewest() const { return m_followNewest; }
    // The selected lines as Copy puts them on the clipboard, oldest first.
    QString selectedText() const;

public Q_SLOTS:
    void copySelected();

private:
    void updateButtons();

    ActivityLog *m_log;
    ActivityLogFilter *m_filter;
    QComboBox *m_level;
    QLineEdit *m_text;
    QPushButton *m_copy;
    QPushButton *m_clear;
    QListView *m_view;
    bool m_followNewest = true;
};

} // namespace StampDeck
