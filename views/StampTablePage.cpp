#include "StampTablePage.h"

#include "StampListModel.h"

#include <QHeaderView>
#include <QLabel>
#include <QSortFilterProxyModel>
#include <QTableView>
#include <QVBoxLayout>

namespace StampDeck {

StampTablePage::StampTablePage(StampListModel *model, QWidget *parent)
    : QWidget(parent), m_message(new QLabel(this)), m_table(new QTableView(this))
{
    auto *proxy = new QSortFilterProxyModel(this);
    proxy->setSourceModel(model);
    m_table->setObjectName(QStringLiteral("stampTable"));
    m_table->setModel(proxy);
    m_table->setSortingEnabled(true);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->verticalHeader()->hide();
    m_message->setObjectName(QStringLiteral("stampTableMessage"));
    m_message->setWordWrap(true);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_message);
    layout->addWidget(m_table, 1);
    connect(model, &QAbstractItemModel::modelReset, m_table, &QTableView::resizeColumnsToContents);
}

void StampTablePage::setMessage(const QString &message)
{
    m_message->setText(message);
    m_message->setVisible(!message.isEmpty());
}

} // namespace StampDeck
