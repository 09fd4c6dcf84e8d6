#pragma once

#include <QMainWindow>

namespace StampDeck {

class StampListModel;
class StampTablePage;
struct Workspace;

// Composes the console's pages; holds no logic of its own.
class MainWindow : public QMainWindow
{
    Q_OBJECT

public:
    explicit MainWindow(QWidget *parent = nullptr);

    void showWorkspace(const Workspace &workspace, const QString &source);
    void showProblem(const QString &message);

private:
    StampListModel *m_stamps;
    StampTablePage *m_stampPage;
};

} // namespace StampDeck
