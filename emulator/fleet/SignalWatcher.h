#pragma once

#include <QObject>

QT_BEGIN_NAMESPACE
class QSocketNotifier;
QT_END_NAMESPACE

namespace StampDeck::Emulator {

// Turns SIGTERM and SIGINT into a Qt signal on the event loop. The handler only writes the
// signal number to a pipe (async-signal-safe); a QSocketNotifier on the other end emits
// terminationRequested(), where the real work (saving state, closing listeners) can happen.
// One instance per process: the handlers are process-wide.
class SignalWatcher : public QObject
{
    Q_OBJECT

public:
    explicit SignalWatcher(QObject *parent = nullptr);
    ~SignalWatcher() override; // restores the default handlers

    // False (see errorString()) when the pipe or the handlers could not be installed.
    bool isWatching() const { return m_notifier != nullptr; }
    QString errorString() const { return m_errorString; }

signals:
    void terminationRequested(int signalNumber);

private:
    void readPipe();

    QSocketNotifier *m_notifier = nullptr;
    QString m_errorString;
    bool m_ownsPipe = false;
};

} // namespace StampDeck::Emulator
