#pragma once

#include "Workspace.h"

#include <QDialog>
#include <QPointer>

#include <functional>
#include <optional>

class QDoubleSpinBox;
class QLabel;
class QLineEdit;
class QListWidget;
class QPushButton;

namespace StampDeck {

class StampForm;

// Edits a workspace in a form: its name, the DPS device endpoint, the health thresholds, and the
// stamps (add, duplicate, remove, reorder; the selected one in a StampForm). Every change is
// checked with Workspace::validate(); the wrong field is marked (property "invalid", red frame)
// and the message line names it. Save and Save As refuse while anything is wrong and then select
// the stamp, focus and mark the widget. Cancel asks before it discards changes.
//
// Questions and the Save As file choice go through replaceable seams (like CredentialDialog's
// Asker) so tests answer them; the defaults open window-modal dialogs with open(), never exec().
class WorkspaceEditor : public QDialog
{
    Q_OBJECT

public:
    using Answer = std::function<void(bool yes)>;
    using Asker = std::function<void(QWidget *parent, const QString &title, const QString &question, Answer answer)>;
    using PathChosen = std::function<void(const QString &path)>; // empty when the user gave up
    using PathChooser = std::function<void(QWidget *parent, const QString &title, const QString &suggested, PathChosen chosen)>;

    explicit WorkspaceEditor(QWidget *parent = nullptr);

    // path is where Save writes; empty for a new workspace (Save then asks like Save As).
    void setWorkspace(const Workspace &workspace, const QString &path);
    const Workspace &workspace() const { return m_workspace; }
    QString path() const { return m_path; }
    bool isDirty() const { return m_dirty; }

    void setAsker(Asker asker);
    void setPathChooser(PathChooser chooser);
    static void askWithMessageBox(QWidget *parent, const QString &title, const QString &question, Answer answer);
    static void chooseSavePath(QWidget *parent, const QString &title, const QString &suggested, PathChosen chosen);

    // Writes the workspace to path() when it is valid (Save As when there is no path yet).
    // False when it refused or failed; the message line says why.
    bool save();
    void saveAs();
    // Cancel: closes at once when nothing changed, otherwise asks first.
    void reject() override;

Q_SIGNALS:
    void saved(const StampDeck::Workspace &workspace, const QString &path);

private:
    void fillWorkspaceFields();
    void rebuildStampList(int selectRow);
    void onStampSelected(int row);
    void onWorkspaceFieldChanged();
    void onStampChanged();
    void addStamp();
    void duplicateStamp();
    void removeStamp();
    void moveStamp(int step);
    QString uniqueStampId(const QString &base) const;
    QString stampTitle(const Stamp &stamp) const;
    // Validates, marks the wrong field, and with reveal also selects its stamp and focuses it.
    std::optional<WorkspaceError> check(bool reveal);
    QWidget *widgetForField(const QString &field, bool reveal);
    void mark(QWidget *widget, const QString &message);
    bool writeTo(const QString &path);
    void setDirty(bool dirty);
    void setMessage(const QString &text, bool problem);

    Workspace m_workspace;
    QString m_path;
    bool m_dirty = false;
    bool m_loading = false;
    Asker m_asker;
    PathChooser m_chooser;
    QPointer<QWidget> m_marked;

    QLineEdit *m_name;
    QLineEdit *m_endpoint;
    QDoubleSpinBox *m_amber;
    QDoubleSpinBox *m_red;
    QListWidget *m_stampList;
    QPushButton *m_addStamp;
    QPushButton *m_duplicateStamp;
    QPushButton *m_removeStamp;
    QPushButton *m_moveUp;
    QPushButton *m_moveDown;
    StampForm *m_form;
    QLabel *m_message;
    QPushButton *m_save;
    QPushButton *m_saveAs;
    QPushButton *m_cancel;
};

} // namespace StampDeck
