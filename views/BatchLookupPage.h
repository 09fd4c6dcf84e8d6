#pragma once

#include <QWidget>

class QLabel;
class QPlainTextEdit;
class QProgressBar;
class QPushButton;
class QTableView;

namespace StampDeck {

class BatchLookup;
class BatchLookupModel;
class DeviceLocator;

// Batch lookup: paste or open a list of device or registration IDs (thousands), get the stamp of
// each in a table as the answers come in, with progress, paced by the transport, and export it
// to CSV. Opening a row asks for the single lookup with its whole answer.
class BatchLookupPage : public QWidget
{
    Q_OBJECT

public:
    explicit BatchLookupPage(DeviceLocator *locator, QWidget *parent = nullptr);

    BatchLookupModel *results() const { return m_model; }
    BatchLookup *batch() const { return m_batch; }
    QPlainTextEdit *input() const { return m_input; }
    QString statusText() const;

    // Starts on the IDs in the text (one per line, or separated by commas, semicolons or blanks).
    void start(const QString &text);
    bool exportCsv(const QString &path, QString *error) const;

Q_SIGNALS:
    void lookupRequested(const QString &id);

private:
    void chooseInputFile();
    void chooseCsvFile();
    void updateButtons();

    BatchLookupModel *m_model;
    BatchLookup *m_batch;
    QPlainTextEdit *m_input;
    QPushButton *m_open;
    QPushButton *m_start;
    QPushButton *m_cancel;
    QPushButton *m_export;
    QProgressBar *m_progress;
    QLabel *m_status;
    QTableView *m_table;
};

} // namespace StampDeck
