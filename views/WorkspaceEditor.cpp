#include "WorkspaceEditor.h"

#include "StampForm.h"

#include <QDialogButtonBox>
#include <QDir>
#include <QDoubleSpinBox>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMessageBox>
#include <QPushButton>
#include <QRegularExpression>
#include <QStyle>
#include <QVBoxLayout>

namespace StampDeck {

namespace {

const char *const InvalidProperty = "invalid";

QDoubleSpinBox *percentBox(QWidget *parent, const QString &objectName)
{
    auto *box = new QDoubleSpinBox(parent);
    box->setObjectName(objectName);
    box->setRange(1, 100);
    box->setDecimals(1);
    box->setSuffix(QStringLiteral(" %"));
    return box;
}

QPushButton *button(const QString &text, const QString &objectName, QWidget *parent)
{
    auto *result = new QPushButton(text, parent);
    result->setObjectName(objectName);
    return result;
}

} // namespace

WorkspaceEditor::WorkspaceEditor(QWidget *parent)
    : QDialog(parent), m_asker(askWithMessageBox), m_chooser(chooseSavePath), m_name(new QLineEdit(this)),
      m_endpoint(new QLineEdit(this)), m_amber(percentBox(this, QStringLiteral("amberPercent"))),
      m_red(percentBox(this, QStringLiteral("redPercent"))), m_stampList(new QListWidget(this)),
      m_addStamp(button(tr("&Add"), QStringLiteral("addStampButton"), this)),
      m_duplicateStamp(button(tr("Du&plicate"), QStringLiteral("duplicateStampButton"), this)),
      m_removeStamp(button(tr("Remo&ve"), QStringLiteral("removeStampButton"), this)),
      m_moveUp(button(tr("Move &up"), QStringLiteral("moveStampUpButton"), this)),
      m_moveDown(button(tr("Move do&wn"), QStringLiteral("moveStampDownButton"), this)), m_form(new StampForm(this)),
      m_message(new QLabel(this)), m_save(button(tr("&Save"), QStringLiteral("saveButton"), this)),
      m_saveAs(button(tr("Save &As…"), QStringLiteral("saveAsButton"), this)),
      m_cancel(button(tr("Cancel"), QStringLiteral("cancelButton"), this))
{
    setObjectName(QStringLiteral("workspaceEditor"));
    // A red frame on the one field validation points at (see mark()).
    setStyleSheet(QStringLiteral("*[invalid=\"true\"] { border: 2px solid #c62828; }"));
    m_name->setObjectName(QStringLiteral("workspaceName"));
    m_name->setPlaceholderText(tr("optional, e.g. Contoso fleet"));
    m_endpoint->setObjectName(QStringLiteral("provisioningDeviceEndpoint"));
    m_endpoint->setPlaceholderText(Workspace().provisioningDeviceEndpoint);
    m_stampList->setObjectName(QStringLiteral("stampList"));
    m_form->setObjectName(QStringLiteral("stampForm"));
    m_message->setObjectName(QStringLiteral("messageLine"));
    m_message->setWordWrap(true);
    m_message->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_save->setDefault(true);

    auto *workspaceBox = new QGroupBox(tr("Workspace"), this);
    auto *workspaceForm = new QFormLayout(workspaceBox);
    workspaceForm->addRow(tr("&Name:"), m_name);
    workspaceForm->addRow(tr("DPS device &endpoint:"), m_endpoint);
    auto *thresholds = new QHBoxLayout;
    thresholds->addWidget(new QLabel(tr("amber at"), this));
    thresholds->addWidget(m_amber);
    thresholds->addWidget(new QLabel(tr("red at"), this));
    thresholds->addWidget(m_red);
    thresholds->addStretch(1);
    workspaceForm->addRow(tr("Capacity &health:"), thresholds);
    m_amber->setToolTip(tr("Capacity used, against the plan and the 1,000,000 limits, at which a stamp turns amber"));
    m_red->setToolTip(tr("Capacity used at which a stamp turns red"));

    auto *stampButtons = new QVBoxLayout;
    for (QPushButton *b : {m_addStamp, m_duplicateStamp, m_removeStamp, m_moveUp, m_moveDown})
        stampButtons->addWidget(b);
    stampButtons->addStretch(1);
    auto *stampColumn = new QHBoxLayout;
    stampColumn->addWidget(m_stampList, 1);
    stampColumn->addLayout(stampButtons);
    auto *stampsBox = new QGroupBox(tr("Stamps"), this);
    auto *stamps = new QHBoxLayout(stampsBox);
    stamps->addLayout(stampColumn, 2);
    stamps->addWidget(m_form, 5);

    auto *buttons = new QDialogButtonBox(this);
    buttons->addButton(m_save, QDialogButtonBox::AcceptRole);
    buttons->addButton(m_saveAs, QDialogButtonBox::ActionRole);
    buttons->addButton(m_cancel, QDialogButtonBox::RejectRole);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(workspaceBox);
    layout->addWidget(stampsBox, 1);
    layout->addWidget(m_message);
    layout->addWidget(buttons);

    connect(m_name, &QLineEdit::textChanged, this, &WorkspaceEditor::onWorkspaceFieldChanged);
    connect(m_endpoint, &QLineEdit::textChanged, this, &WorkspaceEditor::onWorkspaceFieldChanged);
    connect(m_amber, &QDoubleSpinBox::valueChanged, this, &WorkspaceEditor::onWorkspaceFieldChanged);
    connect(m_red, &QDoubleSpinBox::valueChanged, this, &WorkspaceEditor::onWorkspaceFieldChanged);
    connect(m_stampList, &QListWidget::currentRowChanged, this, &WorkspaceEditor::onStampSelected);
    connect(m_form, &StampForm::changed, this, &WorkspaceEditor::onStampChanged);
    connect(m_addStamp, &QPushButton::clicked, this, &WorkspaceEditor::addStamp);
    connect(m_duplicateStamp, &QPushButton::clicked, this, &WorkspaceEditor::duplicateStamp);
    connect(m_removeStamp, &QPushButton::clicked, this, &WorkspaceEditor::removeStamp);
    connect(m_moveUp, &QPushButton::clicked, this, [this] { moveStamp(-1); });
    connect(m_moveDown, &QPushButton::clicked, this, [this] { moveStamp(1); });
    // Not QDialogButtonBox::accepted: Save keeps the editor open, and a refused save must not close it.
    connect(m_save, &QPushButton::clicked, this, &WorkspaceEditor::save);
    connect(m_saveAs, &QPushButton::clicked, this, &WorkspaceEditor::saveAs);
    connect(m_cancel, &QPushButton::clicked, this, &WorkspaceEditor::reject);

    setWorkspace(Workspace(), {});
    resize(960, 640);
}

void WorkspaceEditor::setWorkspace(const Workspace &workspace, const QString &path)
{
    m_workspace = workspace;
    m_path = path;
    fillWorkspaceFields();
    rebuildStampList(0);
    setDirty(false);
    check(false);
}

void WorkspaceEditor::setAsker(Asker asker)
{
    m_asker = std::move(asker);
}

void WorkspaceEditor::setPathChooser(PathChooser chooser)
{
    m_chooser = std::move(chooser);
}

void WorkspaceEditor::askWithMessageBox(QWidget *parent, const QString &title, const QString &question, Answer answer)
{
    auto *box = new QMessageBox(QMessageBox::Question, title, question, QMessageBox::Yes | QMessageBox::No, parent);
    box->setObjectName(QStringLiteral("workspaceEditorQuestion"));
    box->setAttribute(Qt::WA_DeleteOnClose);
    QObject::connect(box, &QMessageBox::finished, box, [box, answer](int) {
        answer(box->clickedButton() == box->button(QMessageBox::Yes));
    });
    box->open();
}

void WorkspaceEditor::chooseSavePath(QWidget *parent, const QString &title, const QString &suggested, PathChosen chosen)
{
    auto *dialog = new QFileDialog(parent, title, suggested, tr("StampDeck workspaces (*.json);;All files (*)"));
    dialog->setObjectName(QStringLiteral("workspacePathChooser"));
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setAcceptMode(QFileDialog::AcceptSave);
    dialog->setDefaultSuffix(QStringLiteral("json"));
    QObject::connect(dialog, &QFileDialog::finished, dialog, [dialog, chosen](int result) {
        const QStringList files = dialog->selectedFiles();
        chosen(result == QDialog::Accepted && !files.isEmpty() ? files.first() : QString());
    });
    dialog->open();
}

bool WorkspaceEditor::save()
{
    if (check(true))
        return false;
    if (m_path.isEmpty()) {
        saveAs();
        return false;
    }
    return writeTo(m_path);
}

void WorkspaceEditor::saveAs()
{
    if (check(true))
        return;
    const QString suggested = m_path.isEmpty() ? tr("workspace.json") : m_path;
    m_chooser(this, tr("Save workspace as"), suggested, [editor = QPointer<WorkspaceEditor>(this)](const QString &path) {
        if (editor && !path.isEmpty())
            editor->writeTo(path);
    });
}

void WorkspaceEditor::reject()
{
    if (!m_dirty) {
        QDialog::reject();
        return;
    }
    const QString question = m_path.isEmpty() ? tr("Discard the new workspace?")
                                              : tr("Discard your changes to %1?").arg(QFileInfo(m_path).fileName());
    m_asker(this, tr("Discard changes"), question, [editor = QPointer<WorkspaceEditor>(this)](bool yes) {
        if (editor && yes)
            editor->QDialog::reject();
    });
}

void WorkspaceEditor::fillWorkspaceFields()
{
    m_loading = true;
    m_name->setText(m_workspace.name);
    m_endpoint->setText(m_workspace.provisioningDeviceEndpoint == Workspace().provisioningDeviceEndpoint
                            ? QString() : m_workspace.provisioningDeviceEndpoint);
    m_amber->setValue(m_workspace.thresholds.amber * 100);
    m_red->setValue(m_workspace.thresholds.red * 100);
    m_loading = false;
}

void WorkspaceEditor::rebuildStampList(int selectRow)
{
    m_loading = true;
    m_stampList->clear();
    for (const Stamp &stamp : std::as_const(m_workspace.stamps))
        m_stampList->addItem(stampTitle(stamp));
    m_loading = false;
    const bool any = !m_workspace.stamps.isEmpty();
    m_form->setEnabled(any);
    m_duplicateStamp->setEnabled(any);
    m_removeStamp->setEnabled(any);
    m_stampList->setCurrentRow(any ? std::clamp(selectRow, 0, static_cast<int>(m_workspace.stamps.size()) - 1) : -1);
    onStampSelected(m_stampList->currentRow());
}

void WorkspaceEditor::onStampSelected(int row)
{
    if (m_loading)
        return;
    m_loading = true;
    m_form->setStamp(row >= 0 && row < m_workspace.stamps.size() ? m_workspace.stamps.at(row) : Stamp());
    m_loading = false;
    m_moveUp->setEnabled(row > 0);
    m_moveDown->setEnabled(row >= 0 && row + 1 < m_workspace.stamps.size());
    check(false);
}

void WorkspaceEditor::onWorkspaceFieldChanged()
{
    if (m_loading)
        return;
    m_workspace.name = m_name->text().trimmed();
    // An empty endpoint is the public one (the placeholder shows it).
    const QString endpoint = m_endpoint->text().trimmed();
    m_workspace.provisioningDeviceEndpoint = endpoint.isEmpty() ? Workspace().provisioningDeviceEndpoint : endpoint;
    m_workspace.thresholds = {m_amber->value() / 100, m_red->value() / 100};
    setDirty(true);
    check(false);
}

void WorkspaceEditor::onStampChanged()
{
    const int row = m_stampList->currentRow();
    if (m_loading || row < 0 || row >= m_workspace.stamps.size())
        return;
    m_workspace.stamps[row] = m_form->stamp();
    m_stampList->item(row)->setText(stampTitle(m_workspace.stamps.at(row)));
    setDirty(true);
    check(false);
}

void WorkspaceEditor::addStamp()
{
    // Everything a new stamp cannot guess stays empty, so the message line asks for it next.
    Stamp stamp;
    stamp.id = uniqueStampId(QStringLiteral("stamp"));
    stamp.name = tr("New stamp");
    stamp.ring = Stamp::Ring::Test;
    stamp.plannedCapacity = 100'000;
    m_workspace.stamps.append(stamp);
    rebuildStampList(static_cast<int>(m_workspace.stamps.size()) - 1);
    setDirty(true);
    check(false);
    if (QWidget *field = m_form->showField(QStringLiteral("id")))
        field->setFocus();
}

void WorkspaceEditor::duplicateStamp()
{
    const int row = m_stampList->currentRow();
    if (row < 0)
        return;
    // The copy keeps the hub host name on purpose: validation then points at it, the one field
    // that must differ besides the id.
    Stamp copy = m_workspace.stamps.at(row);
    copy.id = uniqueStampId(copy.id + QStringLiteral("-copy"));
    copy.name = tr("%1 (copy)").arg(copy.name);
    m_workspace.stamps.insert(row + 1, copy);
    rebuildStampList(row + 1);
    setDirty(true);
    check(false);
}

void WorkspaceEditor::removeStamp()
{
    const int row = m_stampList->currentRow();
    if (row < 0)
        return;
    m_workspace.stamps.removeAt(row);
    rebuildStampList(row);
    setDirty(true);
    check(false);
}

void WorkspaceEditor::moveStamp(int step)
{
    const int row = m_stampList->currentRow();
    const int target = row + step;
    if (row < 0 || target < 0 || target >= m_workspace.stamps.size())
        return;
    m_workspace.stamps.swapItemsAt(row, target);
    rebuildStampList(target);
    setDirty(true);
    check(false);
}

QString WorkspaceEditor::uniqueStampId(const QString &base) const
{
    QString id = base;
    for (int n = 2; m_workspace.stamp(id); ++n)
        id = base + QLatin1Char('-') + QString::number(n);
    return id;
}

QString WorkspaceEditor::stampTitle(const Stamp &stamp) const
{
    const QString id = stamp.id.isEmpty() ? tr("(no id)") : stamp.id;
    return stamp.name.isEmpty() ? id : tr("%1 — %2").arg(id, stamp.name);
}

std::optional<WorkspaceError> WorkspaceEditor::check(bool reveal)
{
    mark(nullptr, {});
    const std::optional<WorkspaceError> error = m_workspace.validate();
    m_save->setToolTip(error ? tr("Correct the marked field first") : QString());
    // The stamp with the problem carries a warning sign in the list, even when another is shown.
    static const QRegularExpression stampIndex(QStringLiteral("^stamps\\[(\\d+)\\]"));
    const QRegularExpressionMatch wrongStamp = stampIndex.match(error ? error->field : QString());
    for (int row = 0; row < m_stampList->count(); ++row) {
        const bool wrong = wrongStamp.hasMatch() && wrongStamp.captured(1).toInt() == row;
        m_stampList->item(row)->setIcon(wrong ? style()->standardIcon(QStyle::SP_MessageBoxWarning) : QIcon());
        m_stampList->item(row)->setToolTip(wrong ? error->message : QString());
    }
    if (!error) {
        setMessage(m_dirty ? tr("Unsaved changes.") : QString(), false);
        return error;
    }
    setMessage(error->toString(), true);
    if (QWidget *widget = widgetForField(error->field, reveal)) {
        mark(widget, error->message);
        if (reveal)
            widget->setFocus(Qt::OtherFocusReason);
    }
    return error;
}

QWidget *WorkspaceEditor::widgetForField(const QString &field, bool reveal)
{
    if (field == QLatin1String("name"))
        return m_name;
    if (field == QLatin1String("provisioningDeviceEndpoint"))
        return m_endpoint;
    if (field == QLatin1String("health") || field == QLatin1String("health.amberPercent"))
        return m_amber;
    if (field == QLatin1String("health.redPercent"))
        return m_red;
    static const QRegularExpression stampField(QStringLiteral("^stamps\\[(\\d+)\\](?:\\.(.+))?$"));
    const QRegularExpressionMatch match = stampField.match(field);
    if (!match.hasMatch())
        return field == QLatin1String("stamps") ? m_stampList : nullptr;
    const int row = match.captured(1).toInt();
    // While the user types, only the stamp on screen gets its field marked; Save brings the
    // stamp with the problem on screen first.
    if (row != m_stampList->currentRow()) {
        if (!reveal)
            return nullptr;
        m_stampList->setCurrentRow(row);
    }
    QWidget *widget = m_form->showField(match.captured(2));
    return widget ? widget : m_stampList;
}

void WorkspaceEditor::mark(QWidget *widget, const QString &message)
{
    // One marked widget at a time: the one the first error names.
    for (QWidget *w : {m_marked.data(), widget}) {
        if (!w)
            continue;
        w->setProperty(InvalidProperty, w == widget);
        w->setToolTip(w == widget ? message : QString());
        w->style()->unpolish(w);
        w->style()->polish(w);
    }
    m_marked = widget;
}

bool WorkspaceEditor::writeTo(const QString &path)
{
    QString error;
    if (!m_workspace.save(path, &error)) {
        setMessage(tr("Not saved: %1").arg(error), true);
        return false;
    }
    m_path = path;
    setDirty(false);
    setMessage(tr("Saved to %1.").arg(QDir::toNativeSeparators(path)), false);
    Q_EMIT saved(m_workspace, path);
    return true;
}

void WorkspaceEditor::setDirty(bool dirty)
{
    m_dirty = dirty;
    const QString name = m_path.isEmpty() ? tr("New workspace") : QFileInfo(m_path).fileName();
    setWindowTitle(tr("Edit workspace — %1").arg(name) + (dirty ? QStringLiteral(" *") : QString()));
}

void WorkspaceEditor::setMessage(const QString &text, bool problem)
{
    m_message->setText(text);
    m_message->setStyleSheet(problem ? QStringLiteral("color: #c62828;") : QString());
}

} // namespace StampDeck
