#pragma once

#include <QWidget>

class QLabel;
class QTableView;

namespace StampDeck {

class StampListModel;

// The fleet's stamps as a sortable table: the console's first page until the stamp board lands.
class StampTablePage : public QWidget
{
    Q_OBJECT

public:
    explicit StampTablePage(StampListModel *model, QWidget *parent = nullptr);

    void setMessage(const QString &message);

private:
    QLabel *m_message;
    QTableView *m_table;
};

} // namespace StampDeck
