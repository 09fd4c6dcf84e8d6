#pragma once

#include "DeviceQueryFilter.h"

#include <QWidget>

class QComboBox;
class QLineEdit;

namespace StampDeck {

// The device browser's server-side filter: status, connection state, tag = value and an ID
// prefix, plus the tag shown as the table's last column. Apply (or Enter) hands them on.
class DeviceFilterBar : public QWidget
{
    Q_OBJECT

public:
    explicit DeviceFilterBar(QWidget *parent = nullptr);

    DeviceQueryFilter filter() const;
    QString tagColumn() const;

Q_SIGNALS:
    void applied(const StampDeck::DeviceQueryFilter &filter, const QString &tagColumn);

private:
    void apply();

    QComboBox *m_status;
    QComboBox *m_connection;
    QLineEdit *m_tagName;
    QLineEdit *m_tagValue;
    QLineEdit *m_prefix;
};

} // namespace StampDeck
