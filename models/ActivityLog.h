#pragma once

#include "LogEntry.h"
#include "LogRedactor.h"
#include "TransportEvent.h"

#include <QAbstractListModel>
#include <QList>
#include <QMutex>
#include <QTimer>

#include <atomic>

namespace StampDeck {

namespace Azure {
class AzureTransport;
}

// The console's log: a bounded ring of redacted lines, newest last, oldest dropped. Every message
// passes the LogRedactor before it is stored. Fed by the transport (attach: throttling, retries,
// errors; successful requests one by one only in verbose mode, else summed up once a minute so
// the log stays readable with 20 stamps polling), by the app (append), and optionally by Qt's
// message handler (qWarning and friends land here, redacted, and go on redacted to the console).
class ActivityLog : public QAbstractListModel
{
    Q_OBJECT

public:
    enum Role {
        TimeRole = Qt::UserRole + 1, // QDateTime, UTC
        LevelRole, // LogLevel
        SourceRole, // QString
        MessageRole, // QString (with " (×N)" when repeated)
        RepeatsRole, // int
    };
    static constexpr int DefaultCapacity = 5'000;
    static constexpr int DefaultSummaryIntervalMs = 60'000;

    explicit ActivityLog(QObject *parent = nullptr);
    ~ActivityLog() override;

    int capacity() const { return m_capacity; }
    void setCapacity(int capacity); // at least 1; drops the oldest lines beyond it

    // Verbose: one info line per successful request and per expected client error (404, 409).
    bool isVerbose() const { return m_verbose; }
    void setVerbose(bool verbose);
    // How often successful requests are summed up when not verbose; 0 turns the summary off.
    int summaryIntervalMs() const { return m_summaryTimer.interval(); }
    void setSummaryIntervalMs(int ms);

    // Keys the app loaded: redacted wherever they appear (LogRedactor::addKnownSecret).
    void addKnownSecret(const QString &secret);
    void forgetKnownSecret(const QString &secret);
    QString redact(const QString &text) const;

    // Follows the transport's finished attempts (several transports may be attached).
    void attach(Azure::AzureTransport *transport);
    void record(const Azure::TransportEvent &event);

    void append(LogLevel level, const QString &source, const QString &message);
    void clear();

    LogEntry entry(int row) const;
    // Time, level, source and message, tab-separated (what Copy puts on the clipboard).
    QString lineText(int row) const;
    static QString levelName(LogLevel level);

    // Routes Qt's messages (qInfo, qWarning, qCritical; qDebug in verbose mode) into this log,
    // redacted, and hands the redacted text on to the handler installed before. One log at a time.
    void installMessageHandler();
    void removeMessageHandler();
    bool isMessageHandlerInstalled() const;

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QHash<int, QByteArray> roleNames() const override;

private:
    static void handleMessage(QtMsgType type, const QMessageLogContext &context, const QString &message);
    void appendRedacted(LogLevel level, const QString &source, const QString &message, const QDateTime &time);
    void flushSummary();
    QString describe(const Azure::TransportEvent &event) const;

    QList<LogEntry> m_ring; // circular once full
    qsizetype m_head = 0; // index in m_ring of the oldest line
    int m_count = 0; // lines shown (m_ring may hold a slot being replaced)
    int m_capacity = DefaultCapacity;
    std::atomic<bool> m_verbose { false }; // read by the message handler on any thread
    mutable QMutex m_redactorLock; // the message handler redacts on any thread
    LogRedactor m_redactor;
    QTimer m_summaryTimer;
    qint64 m_answered = 0; // successful requests since the last summary
    qint64 m_expectedErrors = 0; // 404s, 409s ... answers the clients expect
    QSet<QString> m_answeringHosts;
};

} // namespace StampDeck
