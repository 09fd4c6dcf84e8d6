#pragma once

#include <QDateTime>
#include <QMetaType>
#include <QString>

namespace StampDeck {

// How much a log line matters to the operator (ordered: a filter keeps this level and above).
enum class LogLevel { Info, Warning, Error };

// One line of the activity log, already redacted. repeats counts identical lines that followed
// each other and were folded into this one (time is the latest).
struct LogEntry
{
    QDateTime time; // UTC
    LogLevel level = LogLevel::Info;
    QString source; // endpoint host, or a component ("workspace", "keychain", a logging category)
    QString message;
    int repeats = 1;
};

} // namespace StampDeck

Q_DECLARE_METATYPE(StampDeck::LogLevel)
