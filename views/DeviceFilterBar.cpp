#include "DeviceFilterBar.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>

namespace StampDeck {

using namespace Azure;

DeviceFilterBar::DeviceFilterBar(QWidget *parent)
    : QWidget(parent)
    , m_status(new QComboBox(this))
    , m_connection(new QComboBox(this))
    , m_tagName(new QLineEdit(this))
    , m_tagValue(new QLineEdit(this))
    , m_prefix(new QLineEdit(this))
{
    m_status->setObjectName(QStringLiteral("statusFilter"));
    m_status->addItem(tr("Any status"));
    m_status->addItem(tr("Enabled"), int(DeviceStatus::Enabled));
    m_status->addItem(tr("Disabled"), int(DeviceStatus::Disabled));
    m_connection->setObjectName(QStringLiteral("connectionFilter"));
    m_connection->addItem(tr("Any connection"));
    m_connection->addItem(tr("Connected"), int(ConnectionState::Connected));
    m_connection->addItem(tr("Disconnected"), int(ConnectionState::Disconnected));
    m_tagName->setObjectName(QStringLiteral("tagNameFilter"));
    m_tagName->setPlaceholderText(tr("Tag (e.g. site)"));
    m_tagName->setToolTip(tr("Shown as the last column; with a value, only devices whose tag has that value are listed."));
    m_tagValue->setObjectName(QStringLiteral("tagValueFilter"));
    m_tagValue->setPlaceholderText(tr("Tag value"));
    m_prefix->setObjectName(QStringLiteral("prefixFilter"));
    m_prefix->setPlaceholderText(tr("Device ID starts with"));
    auto *apply = new QPushButton(tr("Apply filter"), this);
    apply->setObjectName(QStringLiteral("applyFilter"));

    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_status);
    layout->addWidget(m_connection);
    layout->addWidget(m_tagName);
    layout->addWidget(new QLabel(QStringLiteral("="), this));
    layout->addWidget(m_tagValue);
    layout->addWidget(m_prefix, 1);
    layout->addWidget(apply);

    connect(apply, &QPushButton::clicked, this, &DeviceFilterBar::apply);
    for (QLineEdit *edit : {m_tagName, m_tagValue, m_prefix})
        connect(edit, &QLineEdit::returnPressed, this, &DeviceFilterBar::apply);
}

DeviceQueryFilter DeviceFilterBar::filter() const
{
    DeviceQueryFilter filter;
    if (m_status->currentData().isValid())
        filter.status = DeviceStatus(m_status->currentData().toInt());
    if (m_connection->currentData().isValid())
        filter.connectionState = ConnectionState(m_connection->currentData().toInt());
    // A tag name alone picks the column; with a value it filters too.
    if (!m_tagValue->text().isEmpty()) {
        filter.tagName = m_tagName->text().trimmed();
        filter.tagValue = m_tagValue->text();
    }
    filter.idPrefix = m_prefix->text().trimmed();
    return filter;
}

QString DeviceFilterBar::tagColumn() const
{
    return m_tagName->text().trimmed();
}

void DeviceFilterBar::apply()
{
    Q_EMIT applied(filter(), tagColumn());
}

} // namespace StampDeck
