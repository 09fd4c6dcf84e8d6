#pragma once

#include "DeviceLookupAnswer.h"

#include <QPointer>
#include <QWidget>

class QFormLayout;
class QLabel;
class QLineEdit;
class QListWidget;
class QPlainTextEdit;
class QPushButton;

namespace StampDeck {

class DeviceLocator;
class DeviceLookup;

// Support staff's first stop: one field takes a device ID or a registration ID, and the answer
// says where the device lives now (stamp, hub, DPS, enrollment), in what state (registration,
// identity, connection) and why it is there (the steps the lookup took). The answer copies as
// plain text for a ticket. A new search cancels the one in flight; nothing here waits.
class DeviceLookupPage : public QWidget
{
    Q_OBJECT

public:
    explicit DeviceLookupPage(DeviceLocator *locator, QWidget *parent = nullptr);

    // Puts the cursor in the search field (Ctrl+F from anywhere).
    void focusSearch();
    // Looks id up as if typed and confirmed.
    void lookup(const QString &id);

    bool isBusy() const { return !m_pending.isNull(); }
    const DeviceLookupAnswer &answer() const { return m_answer; }
    QString headline() const;

Q_SIGNALS:
    void answered(const StampDeck::DeviceLookupAnswer &answer);

private:
    void onFinished();
    void showAnswer(const DeviceLookupAnswer &answer);
    void copyAnswer();
    void setField(const QString &name, const QString &value);

    DeviceLocator *m_locator;
    QPointer<DeviceLookup> m_pending;
    DeviceLookupAnswer m_answer;
    QLineEdit *m_search;
    QPushButton *m_find;
    QPushButton *m_copy;
    QLabel *m_headline;
    QFormLayout *m_form;
    QHash<QString, QLabel *> m_fields;
    QListWidget *m_steps;
    QPlainTextEdit *m_twin;
};

} // namespace StampDeck
