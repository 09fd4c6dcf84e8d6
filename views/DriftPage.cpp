#include "DriftPage.h"

#include "DriftTableModel.h"

#include <QBarCategoryAxis>
#include <QBarSeries>
#include <QBarSet>
#include <QChart>
#include <QChartView>
#include <QCheckBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QSortFilterProxyModel>
#include <QSplitter>
#include <QStyle>
#include <QTableView>
#include <QValueAxis>
#include <QVBoxLayout>

#include <algorithm>
#include <climits>

namespace StampDeck {

DriftPage::DriftPage(DriftTableModel *model, QWidget *parent)
    : QWidget(parent)
    , m_model(model)
    , m_censusState(new QLabel(this))
    , m_onlyFlagged(new QCheckBox(tr("Only flagged"), this))
    , m_proxy(new QSortFilterProxyModel(this))
    , m_table(new QTableView(this))
    , m_groupNote(new QLabel(this))
    , m_chart(new QChart)
    , m_chartView(new QChartView(m_chart, this))
{
    m_model->setFlagIcon(style()->standardIcon(QStyle::SP_MessageBoxWarning));
    m_proxy->setSourceModel(m_model);
    m_proxy->setSortRole(DriftTableModel::SortRole);
    m_proxy->setFilterRole(DriftTableModel::FlaggedRole);

    m_censusState->setObjectName(QStringLiteral("driftCensusState"));
    m_censusState->setWordWrap(true);
    m_censusState->setText(tr("No census yet."));
    m_onlyFlagged->setObjectName(QStringLiteral("driftOnlyFlagged"));
    m_table->setObjectName(QStringLiteral("driftTable"));
    m_table->setModel(m_proxy);
    m_table->setSortingEnabled(true);
    m_table->sortByColumn(DriftTableModel::GroupColumn, Qt::AscendingOrder);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->verticalHeader()->hide();
    m_groupNote->setObjectName(QStringLiteral("driftGroupNote"));
    m_groupNote->setWordWrap(true);
    m_chartView->setObjectName(QStringLiteral("driftChart"));
    m_chartView->setRenderHint(QPainter::Antialiasing);
    m_chartView->setMinimumHeight(220);
    m_chart->legend()->setAlignment(Qt::AlignBottom);

    auto *top = new QHBoxLayout;
    top->addWidget(m_censusState, 1);
    top->addWidget(m_onlyFlagged);
    auto *chartPane = new QWidget(this);
    auto *chartLayout = new QVBoxLayout(chartPane);
    chartLayout->setContentsMargins(0, 0, 0, 0);
    chartLayout->addWidget(m_groupNote);
    chartLayout->addWidget(m_chartView, 1);
    auto *splitter = new QSplitter(Qt::Vertical, this);
    splitter->addWidget(m_table);
    splitter->addWidget(chartPane);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addWidget(splitter, 1);

    connect(m_onlyFlagged, &QCheckBox::toggled, this, [this](bool only) {
        m_proxy->setFilterFixedString(only ? QStringLiteral("true") : QString());
    });
    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this, &DriftPage::onSelectionChanged);
    connect(m_model, &QAbstractItemModel::modelReset, this, &DriftPage::onModelReset);
    onModelReset();
}

void DriftPage::setCensusState(const QString &state)
{
    m_censusState->setText(state);
}

void DriftPage::selectGroup(const QString &groupKey)
{
    for (int row = 0; row < m_proxy->rowCount(); ++row) {
        const QModelIndex index = m_proxy->index(row, 0);
        if (index.data(DriftTableModel::GroupKeyRole).toString() == groupKey) {
            m_table->selectionModel()->setCurrentIndex(
                index, QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
            break;
        }
    }
    // A group filtered out of the table can still be charted.
    showGroup(groupKey);
}

void DriftPage::onSelectionChanged()
{
    const QModelIndex current = m_table->selectionModel()->currentIndex();
    if (current.isValid())
        showGroup(current.data(DriftTableModel::GroupKeyRole).toString());
}

void DriftPage::onModelReset()
{
    m_table->resizeColumnsToContents();
    const DriftReport &report = m_model->report();
    if (m_group.isEmpty() || !report.group(m_group)) {
        // Start where the eye should go: the first flagged group, else the first group.
        const auto flagged = std::find_if(report.groups.cbegin(), report.groups.cend(),
                                          [](const DriftGroupSummary &g) { return g.flagged; });
        if (flagged != report.groups.cend())
            m_group = flagged->groupKey();
        else
            m_group = report.groups.isEmpty() ? QString() : report.groups.first().groupKey();
    }
    showGroup(m_group);
}

void DriftPage::showGroup(const QString &groupKey)
{
    m_chart->removeAllSeries();
    const auto axes = m_chart->axes();
    for (QAbstractAxis *axis : axes) {
        m_chart->removeAxis(axis);
        delete axis;
    }
    const DriftReport &report = m_model->report();
    const DriftGroupSummary *summary = report.group(groupKey);
    m_group = summary ? groupKey : QString();
    if (!summary) {
        m_chart->setTitle(QString());
        m_groupNote->setText(report.groups.isEmpty() ? tr("No enrollment groups counted yet.") : QString());
        return;
    }

    const QList<DriftRow> rows = report.rowsOf(groupKey);
    const bool anyIntended = std::any_of(rows.cbegin(), rows.cend(), [](const DriftRow &r) {
        return r.intendedShare.has_value() && r.onHubList;
    });
    auto *intended = new QBarSet(tr("Intended share"));
    auto *actual = new QBarSet(tr("Actual share"));
    QStringList hubs;
    double top = 0;
    for (const DriftRow &row : rows) {
        hubs << (row.onHubList ? row.hubLabel() : tr("%1 (off list)").arg(row.hubLabel()));
        const double intendedPercent = row.intendedShare.value_or(0.0) * 100.0;
        intended->append(intendedPercent);
        actual->append(row.actualShare * 100.0);
        top = std::max({top, intendedPercent, row.actualShare * 100.0});
    }
    auto *series = new QBarSeries;
    series->setName(tr("Share per hub"));
    if (anyIntended)
        series->append(intended);
    else
        delete intended; // geo-latency and custom intend no split that could be drawn
    series->append(actual);
    m_chart->addSeries(series);

    auto *hubAxis = new QBarCategoryAxis;
    hubAxis->append(hubs);
    m_chart->addAxis(hubAxis, Qt::AlignBottom);
    series->attachAxis(hubAxis);
    auto *shareAxis = new QValueAxis;
    shareAxis->setRange(0, std::min(100.0, std::max(10.0, top * 1.1)));
    shareAxis->applyNiceNumbers();
    shareAxis->setLabelFormat(QStringLiteral("%.0f%%"));
    shareAxis->setTitleText(tr("Share of the group's registrations"));
    m_chart->addAxis(shareAxis, Qt::AlignLeft);
    series->attachAxis(shareAxis);

    m_chart->setTitle(tr("%1 (%2): %Ln registration(s)", nullptr, int(std::min<qint64>(summary->total, INT_MAX)))
                          .arg(summary->groupId, DistributionDrift::policyText(summary->allocationPolicy)));
    QString note = summary->note;
    if (summary->flagged)
        note = tr("Flagged. %1").arg(note);
    m_groupNote->setText(note);
}

} // namespace StampDeck
