#include "LogPanel.h"

#include "ActivityLog.h"
#include "ActivityLogFilter.h"

#include <QAction>
#include <QClipboard>
#include <QComboBox>
#include <QFontDatabase>
#include <QGuiApplication>
#include <QHBoxLayout>
#include <QItemSelectionModel>
#include <QLineEdit>
#include <QListView>
#include <QPushButton>
#include <QScrollBar>
#include <QVBoxLayout>

#include <algorithm>

namespace StampDeck {

LogPanel::LogPanel(ActivityLog *log, QWidget *parent)
    : QWidget(parent)
    , m_log(log)
    , m_filter(new ActivityLogFilter(this))
    , m_level(new QComboBox(this))
    , m_text(new QLineEdit(this))
    , m_copy(new QPushButton(tr("Copy"), this))
    , m_clear(new QPushButton(tr("Clear"), this))
    , m_view(new QListView(this))
{
    setObjectName(QStringLiteral("logPanel"));
    m_filter->setSourceModel(m_log);

    m_level->setObjectName(QStringLiteral("levelFilter"));
    m_level->addItem(tr("All levels"), QVariant::fromValue(LogLevel::Info));
    m_level->addItem(tr("Warnings and errors"), QVariant::fromValue(LogLevel::Warning));
    m_level->addItem(tr("Errors only"), QVariant::fromValue(LogLevel::Error));
    m_level->setAccessibleName(tr("Level"));
    m_text->setObjectName(QStringLiteral("textFilter"));
    m_text->setPlaceholderText(tr("Filter by text or host"));
    m_text->setClearButtonEnabled(true);
    m_text->setAccessibleName(tr("Text filter"));
    m_copy->setObjectName(QStringLiteral("copyButton"));
    m_copy->setToolTip(tr("Copy the selected lines"));
    m_clear->setObjectName(QStringLiteral("clearButton"));
    m_clear->setToolTip(tr("Remove every line from the log"));

    m_view->setObjectName(QStringLiteral("logView"));
    m_view->setModel(m_filter);
    m_view->setUniformItemSizes(true); // 5,000 lines lay out in no time
    m_view->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_view->setAccessibleName(tr("Activity log"));

    auto *copyAction = new QAction(tr("Copy"), m_view);
    copyAction->setObjectName(QStringLiteral("copyAction"));
    copyAction->setShortcut(QKeySequence::Copy);
    copyAction->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    m_view->addAction(copyAction);
    connect(copyAction, &QAction::triggered, this, &LogPanel::copySelected);

    auto *bar = new QHBoxLayout;
    bar->addWidget(m_level);
    bar->addWidget(m_text, 1);
    bar->addWidget(m_copy);
    bar->addWidget(m_clear);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(bar);
    layout->addWidget(m_view, 1);

    connect(m_level, &QComboBox::currentIndexChanged, this,
            [this]() { m_filter->setMinimumLevel(m_level->currentData().value<LogLevel>()); });
    connect(m_text, &QLineEdit::textChanged, m_filter, &ActivityLogFilter::setText);
    connect(m_copy, &QPushButton::clicked, this, &LogPanel::copySelected);
    connect(m_clear, &QPushButton::clicked, m_log, &ActivityLog::clear);

    // Follow the newest line while the view sits at the end; stop when the user scrolls up to
    // read, and follow again once they are back at the end.
    QScrollBar *scroll = m_view->verticalScrollBar();
    connect(scroll, &QScrollBar::valueChanged, this,
            [this, scroll](int value) { m_followNewest = value >= scroll->maximum(); });
    connect(scroll, &QScrollBar::rangeChanged, this, [this, scroll](int, int maximum) {
        if (m_followNewest)
            scroll->setValue(maximum);
    });

    connect(m_view->selectionModel(), &QItemSelectionModel::selectionChanged, this, &LogPanel::updateButtons);
    connect(m_filter, &QAbstractItemModel::rowsInserted, this, &LogPanel::updateButtons);
    connect(m_filter, &QAbstractItemModel::rowsRemoved, this, &LogPanel::updateButtons);
    connect(m_filter, &QAbstractItemModel::modelReset, this, &LogPanel::updateButtons);
    updateButtons();
}

QString LogPanel::selectedText() const
{
    QList<int> rows;
    const QModelIndexList selected = m_view->selectionModel()->selectedIndexes();
    for (const QModelIndex &index : selected)
        rows.append(m_filter->mapToSource(index).row());
    std::sort(rows.begin(), rows.end());
    QStringList lines;
    for (int row : std::as_const(rows))
        lines.append(m_log->lineText(row));
    return lines.join(u'\n');
}

void LogPanel::copySelected()
{
    const QString text = selectedText();
    if (!text.isEmpty())
        QGuiApplication::clipboard()->setText(text);
}

void LogPanel::updateButtons()
{
    m_copy->setEnabled(m_view->selectionModel()->hasSelection());
    m_clear->setEnabled(m_log->rowCount() > 0);
}

} // namespace StampDeck
