#include "ConsistencyReportPage.h"

#include "ConsistencyFindingsModel.h"

#include <QComboBox>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QProgressBar>
#include <QPushButton>
#include <QSortFilterProxyModel>
#include <QTableView>
#include <QVBoxLayout>

namespace StampDeck {

ConsistencyReportPage::ConsistencyReportPage(FleetConsistencyCheck *check, QWidget *parent)
    : QWidget(parent), m_check(check), m_model(new ConsistencyFindingsModel(this)), m_proxy(new QSortFilterProxyModel(this)),
      m_start(new QPushButton(tr("&Run check"), this)), m_stop(new QPushButton(tr("S&top"), this)),
      m_export(new QPushButton(tr("&Export CSV…"), this)), m_kind(new QComboBox(this)), m_progress(new QProgressBar(this)),
      m_status(new QLabel(this)), m_table(new QTableView(this))
{
    m_start->setObjectName(QStringLiteral("runCheckButton"));
    m_stop->setObjectName(QStringLiteral("stopCheckButton"));
    m_export->setObjectName(QStringLiteral("exportFindingsButton"));
    m_kind->setObjectName(QStringLiteral("findingKindFilter"));
    m_progress->setObjectName(QStringLiteral("checkProgress"));
    m_status->setObjectName(QStringLiteral("checkStatus"));
    m_table->setObjectName(QStringLiteral("findingsTable"));
    m_start->setToolTip(tr("Reads every hub's identities and every DPS instance's enrollments and registrations, "
                           "paced to a share of the quotas. A stopped check resumes where it was."));

    m_kind->addItem(tr("All findings"), -1);
    using Kind = ConsistencyFinding::Kind;
    for (Kind kind : {Kind::IdentityWithoutRegistration, Kind::RegistrationWithoutIdentity, Kind::EnabledInTwoHubs,
                      Kind::EnrollmentNamesUnknownHub, Kind::StuckRegistration})
        m_kind->addItem(ConsistencyFinding::kindName(kind), static_cast<int>(kind));

    m_proxy->setSourceModel(m_model);
    m_proxy->setFilterRole(ConsistencyFindingsModel::KindRole);
    m_table->setModel(m_proxy);
    m_table->setSortingEnabled(true);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->setToolTip(tr("Double-click or press Enter to look the device up."));

    auto *bar = new QHBoxLayout;
    bar->addWidget(m_start);
    bar->addWidget(m_stop);
    bar->addWidget(m_progress, 1);
    bar->addWidget(new QLabel(tr("Show:"), this));
    bar->addWidget(m_kind);
    bar->addWidget(m_export);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(bar);
    m_status->setWordWrap(true);
    layout->addWidget(m_status);
    layout->addWidget(m_table, 1);
    m_status->setText(tr("Not run yet. Finds identities without a DPS registration, registrations whose device is missing "
                         "from its hub, devices enabled in two hubs, enrollments naming hubs outside the workspace and "
                         "registrations stuck in assigning or failed."));

    connect(m_start, &QPushButton::clicked, m_check, &FleetConsistencyCheck::start);
    connect(m_stop, &QPushButton::clicked, m_check, &FleetConsistencyCheck::cancel);
    connect(m_export, &QPushButton::clicked, this, &ConsistencyReportPage::chooseCsvFile);
    connect(m_kind, &QComboBox::currentIndexChanged, this, [this] {
        const int kind = m_kind->currentData().toInt();
        m_proxy->setFilterRegularExpression(kind < 0 ? QString() : QStringLiteral("^%1$").arg(kind));
    });
    connect(m_table, &QTableView::activated, this, &ConsistencyReportPage::openRow);
    connect(m_check, &FleetConsistencyCheck::progressed, this, &ConsistencyReportPage::onProgress);
    connect(m_check, &FleetConsistencyCheck::finished, this, &ConsistencyReportPage::onFinished);
    updateButtons();
}

QString ConsistencyReportPage::statusText() const
{
    return m_status->text();
}

bool ConsistencyReportPage::exportCsv(const QString &path, QString *error) const
{
    return m_model->writeCsv(path, error);
}

void ConsistencyReportPage::onProgress(const FleetConsistencyCheck::Progress &progress)
{
    const QLocale locale;
    if (progress.estimatedTotal > 0) {
        m_progress->setRange(0, 1000);
        m_progress->setValue(static_cast<int>(qMin<qint64>(1000, progress.itemsRead * 1000 / progress.estimatedTotal)));
    } else {
        m_progress->setRange(0, 0); // busy: no estimate yet
    }
    m_status->setText(tr("%1: %2 items read, %3 of %4 sources done.")
                          .arg(FleetConsistencyCheck::phaseName(progress.phase), locale.toString(progress.itemsRead))
                          .arg(progress.sourcesDone)
                          .arg(progress.sourcesKnown));
    updateButtons();
}

void ConsistencyReportPage::onFinished()
{
    m_model->setFindings(m_check->findings());
    m_progress->setRange(0, 1);
    m_progress->setValue(m_check->phase() == FleetConsistencyCheck::Phase::Finished ? 1 : 0);
    switch (m_check->phase()) {
    case FleetConsistencyCheck::Phase::Finished: {
        QString text = tr("Finished: %n finding(s).", nullptr, m_model->rowCount());
        const QList<FleetConsistencyCheck::NotChecked> gaps = m_check->notChecked();
        if (!gaps.isEmpty()) {
            QStringList lines;
            for (const FleetConsistencyCheck::NotChecked &gap : gaps)
                lines.append(tr("%1: %2").arg(gap.where, gap.reason));
            text += u' '
                    + tr("Not checked, because they did not answer: %1. Findings only they could confirm are left out; "
                         "run the check again to check them.").arg(lines.join(QStringLiteral("; ")));
        }
        m_status->setText(text);
        break;
    }
    case FleetConsistencyCheck::Phase::Cancelled:
        m_status->setText(tr("Stopped. Run the check again to resume where it stopped."));
        break;
    default:
        m_status->setText(tr("The check failed: %1").arg(m_check->errorString()));
        break;
    }
    updateButtons();
}

void ConsistencyReportPage::updateButtons()
{
    const bool running = m_check->isRunning();
    m_start->setEnabled(!running);
    m_stop->setEnabled(running);
    m_export->setEnabled(!running && m_model->rowCount() > 0);
}

void ConsistencyReportPage::chooseCsvFile()
{
    auto *dialog = new QFileDialog(this, tr("Export findings"), QString(), tr("CSV files (*.csv)"));
    dialog->setAcceptMode(QFileDialog::AcceptSave);
    dialog->setDefaultSuffix(QStringLiteral("csv"));
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QFileDialog::fileSelected, this, [this](const QString &path) {
        QString error;
        if (!exportCsv(path, &error))
            m_status->setText(error);
        else
            m_status->setText(tr("%n finding(s) exported to %1.", nullptr, m_model->rowCount()).arg(path));
    });
    dialog->open();
}

void ConsistencyReportPage::openRow(const QModelIndex &index)
{
    const QModelIndex source = m_proxy->mapToSource(index);
    QString id = m_model->data(source, ConsistencyFindingsModel::DeviceIdRole).toString();
    if (id.isEmpty())
        id = m_model->data(source, ConsistencyFindingsModel::RegistrationIdRole).toString();
    if (!id.isEmpty())
        Q_EMIT lookupRequested(id);
}

} // namespace StampDeck
