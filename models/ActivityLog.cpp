#include "ActivityLog.h"

#include "AzureTransport.h"

#include <QBrush>
#include <QColor>
#include <QLocale>
#include <QMutexLocker>
#include <QPointer>
#include <QThread>

namespace StampDeck {

namespace {

// The message handler bridge: one log at a time, guarded because messages come from any thread.
QBasicMutex s_handlerLock;
ActivityLog *s_handlerLog = nullptr;
QtMessageHandler s_previousHandler = nullptr;
thread_local bool t_inHandler = false; // a message raised while logging one goes to the console only

QString seconds(qint64 ms)
{
    return QLocale().toString(double(ms) / 1000.0, 'f', ms < 10'000 ? 1 : 0);
}

} // namespace

ActivityLog::ActivityLog(QObject *parent)
    : QAbstractListModel(parent)
{
    m_summaryTimer.setSingleShot(true);
    m_summaryTimer.setInterval(DefaultSummaryIntervalMs);
    connect(&m_summaryTimer, &QTimer::timeout, this, &ActivityLog::flushSummary);
}

ActivityLog::~ActivityLog()
{
    removeMessageHandler();
}

void ActivityLog::setCapacity(int capacity)
{
    capacity = qMax(1, capacity);
    if (capacity == m_capacity)
        return;
    QList<LogEntry> lines;
    lines.reserve(m_ring.size());
    for (int row = 0; row < m_count; ++row)
        lines.append(entry(row));
    beginResetModel();
    m_capacity = capacity;
    if (lines.size() > capacity)
        lines.remove(0, lines.size() - capacity);
    m_ring = lines;
    m_count = int(lines.size());
    m_head = 0;
    endResetModel();
}

void ActivityLog::setVerbose(bool verbose)
{
    m_verbose = verbose;
}

void ActivityLog::setSummaryIntervalMs(int ms)
{
    m_summaryTimer.setInterval(qMax(0, ms));
    if (ms <= 0)
        m_summaryTimer.stop();
}

void ActivityLog::addKnownSecret(const QString &secret)
{
    QMutexLocker lock(&m_redactorLock);
    m_redactor.addKnownSecret(secret);
}

void ActivityLog::forgetKnownSecret(const QString &secret)
{
    QMutexLocker lock(&m_redactorLock);
    m_redactor.forgetKnownSecret(secret);
}

QString ActivityLog::redact(const QString &text) const
{
    QMutexLocker lock(&m_redactorLock);
    return m_redactor.redact(text);
}

void ActivityLog::attach(Azure::AzureTransport *transport)
{
    connect(transport, &Azure::AzureTransport::exchangeFinished, this, &ActivityLog::record);
}

QString ActivityLog::describe(const Azure::TransportEvent &event) const
{
    QString what
        = event.errorName.isEmpty() ? QString(Azure::AzureErrorCodeTable::kindName(event.errorKind)) : event.errorName;
    if (event.httpStatus > 0)
        what = tr("%1 (HTTP %2)").arg(what).arg(event.httpStatus);
    if (!event.message.isEmpty())
        what = tr("%1: %2").arg(what, event.message);
    return what;
}

void ActivityLog::record(const Azure::TransportEvent &event)
{
    const QString source = event.host.isEmpty() ? tr("transport") : event.host;
    const QString request = QString::fromLatin1(event.method) + u' ' + event.path;
    if (event.isSuccess()) {
        if (event.attempt > 1) {
            append(LogLevel::Info, source, tr("%1 answered after %n attempt(s)", nullptr, event.attempt).arg(request));
        } else if (m_verbose) {
            append(LogLevel::Info, source,
                   tr("%1: HTTP %2 in %3 ms").arg(request).arg(event.httpStatus).arg(event.durationMs));
        } else {
            ++m_answered;
            m_answeringHosts.insert(source);
            if (!m_summaryTimer.isActive() && m_summaryTimer.interval() > 0)
                m_summaryTimer.start();
        }
        return;
    }
    if (event.throttled) {
        if (event.willRetry)
            append(LogLevel::Warning, source,
                   tr("%1 throttled (HTTP 429), retrying in %2 s").arg(request, seconds(event.retryDelayMs)));
        else
            append(LogLevel::Error, source,
                   tr("%1 throttled (HTTP 429), gave up after %n attempt(s)", nullptr, event.attempt).arg(request));
        return;
    }
    if (event.isFailure()) {
        if (event.willRetry)
            append(LogLevel::Warning, source,
                   tr("%1 failed, retrying in %2 s (attempt %3): %4")
                       .arg(request, seconds(event.retryDelayMs))
                       .arg(event.attempt)
                       .arg(describe(event)));
        else if (event.attempt > 1)
            append(LogLevel::Error, source,
                   tr("%1 failed after %n attempt(s): %2", nullptr, event.attempt).arg(request, describe(event)));
        else
            append(LogLevel::Error, source, tr("%1 failed: %2").arg(request, describe(event)));
        return;
    }
    // An answer the client expects and handles (not found, already exists, etag mismatch).
    if (m_verbose) {
        append(LogLevel::Info, source, tr("%1: %2").arg(request, describe(event)));
    } else {
        ++m_expectedErrors;
        m_answeringHosts.insert(source);
        if (!m_summaryTimer.isActive() && m_summaryTimer.interval() > 0)
            m_summaryTimer.start();
    }
}

void ActivityLog::flushSummary()
{
    if (m_answered == 0 && m_expectedErrors == 0)
        return;
    QString message = tr("%Ln request(s) answered by %1", nullptr, int(m_answered))
                          .arg(tr("%Ln endpoint(s)", nullptr, int(m_answeringHosts.size())));
    if (m_expectedErrors > 0)
        message += tr(", %Ln with an expected error (not found, conflict)", nullptr, int(m_expectedErrors));
    m_answered = 0;
    m_expectedErrors = 0;
    m_answeringHosts.clear();
    append(LogLevel::Info, tr("transport"), message);
}

void ActivityLog::append(LogLevel level, const QString &source, const QString &message)
{
    appendRedacted(level, redact(source), redact(message), QDateTime::currentDateTimeUtc());
}

void ActivityLog::appendRedacted(LogLevel level, const QString &source, const QString &message, const QDateTime &time)
{
    if (m_count > 0) {
        // The same line again right after itself: count it instead of repeating it.
        LogEntry &last = m_ring[(m_head + m_count - 1) % m_ring.size()];
        if (last.level == level && last.source == source && last.message == message) {
            ++last.repeats;
            last.time = time;
            const QModelIndex index = this->index(m_count - 1);
            Q_EMIT dataChanged(index, index);
            return;
        }
    }
    LogEntry line { time, level, source, message, 1 };
    if (m_count < m_capacity) {
        // Not full yet: the ring is still linear (m_head is 0).
        beginInsertRows({}, m_count, m_count);
        m_ring.append(std::move(line));
        ++m_count;
        endInsertRows();
        return;
    }
    // Full: the oldest line goes, its slot takes the new one.
    const qsizetype slot = m_head;
    beginRemoveRows({}, 0, 0);
    m_head = (m_head + 1) % m_ring.size();
    --m_count;
    endRemoveRows();
    beginInsertRows({}, m_count, m_count);
    m_ring[slot] = std::move(line);
    ++m_count;
    endInsertRows();
}

void ActivityLog::clear()
{
    beginResetModel();
    m_ring.clear();
    m_count = 0;
    m_head = 0;
    endResetModel();
}

LogEntry ActivityLog::entry(int row) const
{
    if (row < 0 || row >= m_count)
        return {};
    return m_ring.at((m_head + row) % m_ring.size());
}

QString ActivityLog::levelName(LogLevel level)
{
    switch (level) {
    case LogLevel::Info:
        return tr("info");
    case LogLevel::Warning:
        return tr("warning");
    case LogLevel::Error:
        return tr("error");
    }
    return {};
}

QString ActivityLog::lineText(int row) const
{
    const LogEntry line = entry(row);
    return QLocale().toString(line.time.toLocalTime(), QStringLiteral("yyyy-MM-dd HH:mm:ss")) + u'\t'
        + levelName(line.level) + u'\t' + line.source + u'\t' + data(index(row), MessageRole).toString();
}

int ActivityLog::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : m_count;
}

QVariant ActivityLog::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const LogEntry &line = m_ring.at((m_head + index.row()) % m_ring.size());
    switch (role) {
    case Qt::DisplayRole:
        return QString(QLocale().toString(line.time.toLocalTime().time(), QStringLiteral("HH:mm:ss"))
                       + QStringLiteral("  ") + levelName(line.level) + QStringLiteral("  ") + line.source
                       + QStringLiteral("  ") + data(index, MessageRole).toString());
    case Qt::ToolTipRole:
        return lineText(index.row());
    case Qt::ForegroundRole:
        // Mid tones, readable on light and dark palettes; info keeps the palette's text colour.
        if (line.level == LogLevel::Error)
            return QBrush(QColor(0xd0, 0x30, 0x30));
        if (line.level == LogLevel::Warning)
            return QBrush(QColor(0xc0, 0x78, 0x00));
        return {};
    case TimeRole:
        return line.time;
    case LevelRole:
        return QVariant::fromValue(line.level);
    case SourceRole:
        return line.source;
    case MessageRole:
        return line.repeats > 1 ? tr("%1 (×%2)").arg(line.message).arg(line.repeats) : line.message;
    case RepeatsRole:
        return line.repeats;
    default:
        return {};
    }
}

QHash<int, QByteArray> ActivityLog::roleNames() const
{
    QHash<int, QByteArray> names = QAbstractListModel::roleNames();
    names.insert(TimeRole, "time");
    names.insert(LevelRole, "level");
    names.insert(SourceRole, "source");
    names.insert(MessageRole, "message");
    names.insert(RepeatsRole, "repeats");
    return names;
}

void ActivityLog::installMessageHandler()
{
    QMutexLocker lock(&s_handlerLock);
    if (s_handlerLog == this)
        return;
    if (!s_handlerLog)
        s_previousHandler = qInstallMessageHandler(&ActivityLog::handleMessage);
    s_handlerLog = this;
}

void ActivityLog::removeMessageHandler()
{
    QMutexLocker lock(&s_handlerLock);
    if (s_handlerLog != this)
        return;
    s_handlerLog = nullptr;
    qInstallMessageHandler(s_previousHandler);
    s_previousHandler = nullptr;
}

bool ActivityLog::isMessageHandlerInstalled() const
{
    QMutexLocker lock(&s_handlerLock);
    return s_handlerLog == this;
}

void ActivityLog::handleMessage(QtMsgType type, const QMessageLogContext &context, const QString &message)
{
    QtMessageHandler previous = nullptr;
    QString redacted;
    QPointer<ActivityLog> directLog;
    LogLevel level = LogLevel::Info;
    QString source;
    {
        QMutexLocker lock(&s_handlerLock);
        ActivityLog *log = s_handlerLog;
        previous = s_previousHandler;
        redacted = log ? log->redact(message) : LogRedactor::redactShapes(message);
        const bool wanted = log && !t_inHandler && (type != QtDebugMsg || log->m_verbose);
        if (wanted) {
            level = type == QtWarningMsg                        ? LogLevel::Warning
                : (type == QtCriticalMsg || type == QtFatalMsg) ? LogLevel::Error
                                                                : LogLevel::Info;
            const QString category = QString::fromLatin1(context.category ? context.category : "default");
            source = category == QLatin1StringView("default") ? tr("application") : category;
            if (QThread::currentThread() == log->thread()) {
                directLog = log;
            } else {
                const QDateTime time = QDateTime::currentDateTimeUtc();
                QMetaObject::invokeMethod(
                    log, [log, level, source, redacted, time]() { log->appendRedacted(level, source, redacted, time); },
                    Qt::QueuedConnection);
            }
        }
    }
    if (directLog) {
        t_inHandler = true;
        directLog->appendRedacted(level, source, redacted, QDateTime::currentDateTimeUtc());
        t_inHandler = false;
    }
    if (previous)
        previous(type, context, redacted);
}

} // namespace StampDeck
