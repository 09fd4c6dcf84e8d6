#pragma once

#include <QAbstractButton>
#include <QFileDialog>
#include <QTest>

namespace StampDeck::Testing {

// Drives a page's own file dialog as a user would: clicks the button, waits for the dialog the
// page opens (with open(), never exec()), picks path and accepts it. Offscreen there is no native
// dialog, so this is Qt's own QFileDialog. false when no dialog opened or it did not close.
struct FileDialogPick
{
    static QFileDialog *openDialog(const QWidget *page)
    {
        const QList<QFileDialog *> dialogs = page->findChildren<QFileDialog *>();
        for (QFileDialog *dialog : dialogs) {
            if (dialog->isVisible())
                return dialog;
        }
        return nullptr;
    }

    static bool choose(const QWidget *page, QAbstractButton *button, const QString &path)
    {
        if (!button || !button->isEnabled())
            return false;
        QTest::mouseClick(button, Qt::LeftButton);
        if (!QTest::qWaitFor([page] { return openDialog(page) != nullptr; }, 5'000))
            return false;
        QFileDialog *dialog = openDialog(page);
        dialog->selectFile(path);
        static_cast<QDialog *>(dialog)->accept(); // QFileDialog::accept (protected there), as its OK button does
        return QTest::qWaitFor([page] { return openDialog(page) == nullptr; }, 5'000);
    }
};

} // namespace StampDeck::Testing
