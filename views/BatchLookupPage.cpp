#include "BatchLookupPage.h"

#include "BatchLookup.h"
#include "BatchLookupModel.h"

#include <QFile>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QPlainTextEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QSplitter>
#include <QTableView>
#include <QVBoxLayout>

namespace StampDeck {

BatchLookupPage::BatchLookupPage(DeviceLocator *locator, QWidget *parent)
    : QWidget(parent), m_model(new BatchLookupModel(this)), m_batch(new BatchLookup(locator, m_model, this)),
      m_input(new QPlainTextEdit(this)), m_open(new QPushButton(tr("&Open list…"), this)),
      m_start(new QPushButton(tr("&Look up all"), this)), m_cancel(new QPushButton(tr("S&top"), this)),
      m_export(new QPushButton(tr("&Export CSV…"), this)), m_progress(new QProgressBar(this)), m_status(new QLabel(this)),
      m_table(new QTableView(this))
{
    m_input->setObjectName(QStringLiteral("batchInput"));
    m_input->setPlaceholderText(tr("Paste device or registration IDs here: one per line, or separated by commas, semicolons or blanks."));
    m_open->setObjectName(QStringLiteral("batchOpenButton"));
    m_start->setObjectName(QStringLiteral("batchStartButton"));
    m_cancel->setObjectName(QStringLiteral("batchStopButton"));
    m_export->setObjectName(QStringLiteral("batchExportButton"));
    m_progress->setObjectName(QStringLiteral("batchProgress"));
    m_status->setObjectName(QStringLiteral("batchStatus"));
    m_table->setObjectName(QStringLiteral("batchTable"));
    m_table->setModel(m_model);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->setToolTip(tr("Double-click or press Enter for the whole answer."));
    m_progress->setRange(0, 1);
    m_progress->setValue(0);

    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_open);
    buttons->addWidget(m_start);
    buttons->addWidget(m_cancel);
    buttons->addWidget(m_progress, 1);
    buttons->addWidget(m_export);
    auto *top = new QWidget(this);
    auto *topLayout = new QVBoxLayout(top);
    topLayout->setContentsMargins(0, 0, 0, 0);
    topLayout->addWidget(m_input);
    topLayout->addLayout(buttons);
    topLayout->addWidget(m_status);
    auto *split = new QSplitter(Qt::Vertical, this);
    split->addWidget(top);
    split->addWidget(m_table);
    split->setStretchFactor(1, 3);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(split);

    connect(m_open, &QPushButton::clicked, this, &BatchLookupPage::chooseInputFile);
    connect(m_start, &QPushButton::clicked, this, [this] { start(m_input->toPlainText()); });
    connect(m_cancel, &QPushButton::clicked, m_batch, &BatchLookup::cancel);
    connect(m_export, &QPushButton::clicked, this, &BatchLookupPage::chooseCsvFile);
    connect(m_table, &QTableView::activated, this, [this](const QModelIndex &index) {
        Q_EMIT lookupRequested(m_model->index(index.row(), 0).data().toString());
    });
    connect(m_batch, &BatchLookup::progressed, this, [this](int done, int total) {
        m_progress->setRange(0, qMax(1, total));
        m_progress->setValue(done);
        m_status->setText(tr("%1 of %2 looked up…").arg(QLocale().toString(done), QLocale().toString(total)));
    });
    connect(m_batch, &BatchLookup::finished, this, [this](bool cancelled) {
        m_status->setText(cancelled ? tr("Stopped after %1 of %2.").arg(m_batch->done()).arg(m_batch->total())
                                    : tr("%n ID(s) looked up.", nullptr, m_batch->total()));
        updateButtons();
    });
    updateButtons();
}

QString BatchLookupPage::statusText() const
{
    return m_status->text();
}

void BatchLookupPage::start(const QString &text)
{
    const QStringList ids = BatchLookup::parseIds(text);
    if (ids.isEmpty()) {
        m_status->setText(tr("No IDs found in the list."));
        return;
    }
    m_batch->start(ids);
    m_status->setText(tr("Looking up %n ID(s)…", nullptr, static_cast<int>(ids.size())));
    updateButtons();
}

bool BatchLookupPage::exportCsv(const QString &path, QString *error) const
{
    return m_model->writeCsv(path, error);
}

void BatchLookupPage::updateButtons()
{
    const bool running = m_batch->isRunning();
    m_start->setEnabled(!running);
    m_open->setEnabled(!running);
    m_cancel->setEnabled(running);
    m_export->setEnabled(!running && m_model->rowCount() > 0);
}

void BatchLookupPage::chooseInputFile()
{
    auto *dialog = new QFileDialog(this, tr("Open a list of IDs"), QString(), tr("Lists (*.txt *.csv);;All files (*)"));
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QFileDialog::fileSelected, this, [this](const QString &path) {
        QFile file(path);
        if (!file.open(QIODevice::ReadOnly | QIODevice::Text)) {
            m_status->setText(tr("Cannot read %1: %2").arg(path, file.errorString()));
            return;
        }
        m_input->setPlainText(QString::fromUtf8(file.readAll()));
    });
    dialog->open();
}

void BatchLookupPage::chooseCsvFile()
{
    auto *dialog = new QFileDialog(this, tr("Export the answers"), QString(), tr("CSV files (*.csv)"));
    dialog->setAcceptMode(QFileDialog::AcceptSave);
    dialog->setDefaultSuffix(QStringLiteral("csv"));
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QFileDialog::fileSelected, this, [this](const QString &path) {
        QString error;
        m_status->setText(exportCsv(path, &error) ? tr("Exported to %1.").arg(path) : error);
    });
    dialog->open();
}

} // namespace StampDeck
