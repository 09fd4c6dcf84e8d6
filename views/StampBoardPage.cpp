#include "StampBoardPage.h"

#include "CardFlowLayout.h"
#include "FleetCsvExport.h"
#include "FleetStatusModel.h"
#include "StampCard.h"

#include <QComboBox>
#include <QDir>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QScrollArea>
#include <QTimer>
#include <QVBoxLayout>

#include <limits>
#include <map>

namespace StampDeck {

StampBoardPage::StampBoardPage(FleetStatusModel *model, QWidget *parent)
    : QWidget(parent), m_model(model), m_clock([] { return QDateTime::currentDateTimeUtc(); }),
      m_groupCombo(new QComboBox(this)), m_message(new QLabel(this)), m_scroll(new QScrollArea(this)),
      m_ageTimer(new QTimer(this))
{
    setObjectName(QStringLiteral("stampBoard"));
    m_groupCombo->setObjectName(QStringLiteral("groupBy"));
    m_groupCombo->addItem(tr("Region"), int(GroupBy::Region));
    m_groupCombo->addItem(tr("Ring"), int(GroupBy::Ring));
    auto *groupLabel = new QLabel(tr("&Group by:"), this);
    groupLabel->setBuddy(m_groupCombo);
    auto *exportButton = new QPushButton(tr("&Export figures to CSV…"), this);
    exportButton->setObjectName(QStringLiteral("exportCsv"));

    auto *toolbar = new QHBoxLayout;
    toolbar->addWidget(groupLabel);
    toolbar->addWidget(m_groupCombo);
    toolbar->addStretch(1);
    toolbar->addWidget(exportButton);

    m_message->setObjectName(QStringLiteral("boardMessage"));
    m_message->setWordWrap(true);
    m_message->hide();
    m_scroll->setObjectName(QStringLiteral("boardScroll"));
    m_scroll->setWidgetResizable(true);
    m_scroll->setFrameShape(QFrame::NoFrame);
    m_scroll->setFocusPolicy(Qt::NoFocus); // Tab goes to the cards, not to the frame around them

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(toolbar);
    layout->addWidget(m_message);
    layout->addWidget(m_scroll, 1);

    connect(m_groupCombo, &QComboBox::currentIndexChanged, this,
            [this] { setGroupBy(GroupBy(m_groupCombo->currentData().toInt())); });
    connect(exportButton, &QPushButton::clicked, this, &StampBoardPage::chooseCsvFile);
    connect(m_model, &QAbstractItemModel::modelReset, this, &StampBoardPage::rebuild);
    connect(m_model, &QAbstractItemModel::rowsInserted, this, &StampBoardPage::rebuild);
    connect(m_model, &QAbstractItemModel::rowsRemoved, this, &StampBoardPage::rebuild);
    connect(m_model, &QAbstractItemModel::rowsMoved, this, &StampBoardPage::rebuild);
    connect(m_model, &QAbstractItemModel::dataChanged, this,
            [this](const QModelIndex &topLeft, const QModelIndex &bottomRight) { updateRows(topLeft.row(), bottomRight.row()); });
    // Only the "updated 12 s ago" lines move with time.
    m_ageTimer->setInterval(1000);
    connect(m_ageTimer, &QTimer::timeout, this, &StampBoardPage::refreshAges);
    m_ageTimer->start();
    rebuild();
}

void StampBoardPage::setGroupBy(GroupBy groupBy)
{
    const int index = m_groupCombo->findData(int(groupBy));
    if (m_groupCombo->currentIndex() != index)
        m_groupCombo->setCurrentIndex(index); // comes back here through currentIndexChanged
    if (m_groupBy == groupBy)
        return;
    m_groupBy = groupBy;
    rebuild();
}

void StampBoardPage::setThresholds(const HealthThresholds &thresholds)
{
    m_thresholds = thresholds;
    for (StampCard *card : std::as_const(m_cards))
        card->setThresholds(thresholds);
}

void StampBoardPage::setStaleAfter(int seconds)
{
    m_staleAfter = seconds;
    for (StampCard *card : std::as_const(m_cards))
        card->setStaleAfter(seconds);
}

void StampBoardPage::setClock(std::function<QDateTime()> clock)
{
    m_clock = std::move(clock);
    refreshAges();
}

QStringList StampBoardPage::groupTitles() const
{
    QStringList titles;
    for (const QLabel *header : m_headers)
        titles << header->text();
    return titles;
}

bool StampBoardPage::exportCsv(const QString &path, QString *error) const
{
    return FleetCsvExport::write(*m_model, path, error);
}

QString StampBoardPage::groupKey(int row) const
{
    const Stamp &stamp = m_model->stampAt(row);
    if (m_groupBy == GroupBy::Ring)
        return QString::number(int(stamp.ring)); // sorts test, canary, production: the rollout order
    return stamp.region.toLower();
}

QString StampBoardPage::groupTitle(const QString &key, int count) const
{
    QString name;
    if (m_groupBy == GroupBy::Ring)
        name = tr("%1 ring").arg(StampCard::ringLabel(Stamp::Ring(key.toInt())));
    else
        name = key.isEmpty() ? tr("No region") : key;
    return tr("%1 · %n stamp(s)", nullptr, count).arg(name);
}

void StampBoardPage::rebuild()
{
    // A card that has focus is about to go; keep the focus on the same stamp afterwards.
    QString focusedId;
    for (StampCard *card : std::as_const(m_cards)) {
        if (card->hasFocus())
            focusedId = card->stampId();
    }
    if (QWidget *old = m_scroll->takeWidget())
        old->deleteLater();
    m_cards.clear();
    m_cardById.clear();
    m_headers.clear();

    m_board = new QWidget;
    m_board->setObjectName(QStringLiteral("boardCards"));
    auto *layout = new QVBoxLayout(m_board);
    layout->setSpacing(8);

    std::map<QString, QList<int>> groups;
    for (int row = 0; row < m_model->rowCount(); ++row)
        groups[groupKey(row)].append(row);

    if (groups.empty()) {
        auto *empty = new QLabel(tr("No stamps yet: open a workspace, or start the console with --demo for the demo fleet."), m_board);
        empty->setObjectName(QStringLiteral("boardEmpty"));
        empty->setWordWrap(true);
        layout->addWidget(empty);
    }
    const QDateTime now = m_clock();
    for (const auto &[key, rows] : groups) {
        auto *header = new QLabel(groupTitle(key, int(rows.size())), m_board);
        header->setObjectName(QStringLiteral("groupHeader"));
        QFont font = header->font();
        font.setBold(true);
        font.setPointSizeF(font.pointSizeF() * 1.2);
        header->setFont(font);
        header->setAccessibleName(header->text());
        layout->addWidget(header);
        m_headers << header;

        auto *group = new QWidget(m_board);
        auto *flow = new CardFlowLayout(group);
        for (int row : rows) {
            auto *card = new StampCard(m_model->stampAt(row), group);
            card->setThresholds(m_thresholds);
            card->setStaleAfter(m_staleAfter);
            card->setStatus(m_model->statusAt(row), now);
            connect(card, &StampCard::activated, this, &StampBoardPage::stampActivated);
            connect(card, &StampCard::stepRequested, this, &StampBoardPage::step);
            connect(card, &StampCard::focusEntered, this, [this](StampCard *entered) { m_scroll->ensureWidgetVisible(entered); });
            flow->addWidget(card);
            m_cards << card;
            m_cardById.insert(card->stampId(), card);
        }
        layout->addWidget(group);
    }
    layout->addStretch(1);
    m_scroll->setWidget(m_board);
    if (StampCard *card = m_cardById.value(focusedId))
        card->setFocus(Qt::OtherFocusReason);
}

void StampBoardPage::updateRows(int first, int last)
{
    const QDateTime now = m_clock();
    for (int row = qMax(first, 0); row <= last && row < m_model->rowCount(); ++row) {
        if (StampCard *card = m_cardById.value(m_model->stampAt(row).id))
            card->setStatus(m_model->statusAt(row), now);
    }
}

void StampBoardPage::refreshAges()
{
    const QDateTime now = m_clock();
    for (StampCard *card : std::as_const(m_cards))
        card->refreshAge(now);
}

void StampBoardPage::step(StampCard *from, int key)
{
    const qsizetype index = m_cards.indexOf(from);
    if (index < 0 || m_cards.isEmpty())
        return;
    StampCard *target = nullptr;
    switch (key) {
    case Qt::Key_Left: target = m_cards.value(index - 1); break;
    case Qt::Key_Right: target = m_cards.value(index + 1); break;
    case Qt::Key_Home: target = m_cards.first(); break;
    case Qt::Key_End: target = m_cards.last(); break;
    case Qt::Key_Up:
    case Qt::Key_Down: {
        // The nearest card on the next line above or below, as the eye would move.
        const QPoint origin = from->mapTo(m_board, from->rect().center());
        const int direction = key == Qt::Key_Up ? -1 : 1;
        qint64 best = std::numeric_limits<qint64>::max();
        for (StampCard *card : std::as_const(m_cards)) {
            const QPoint centre = card->mapTo(m_board, card->rect().center());
            const int dy = (centre.y() - origin.y()) * direction;
            if (dy <= from->height() / 4)
                continue;
            const qint64 distance = qint64(dy) * 100000 + qAbs(centre.x() - origin.x());
            if (distance < best) {
                best = distance;
                target = card;
            }
        }
        break;
    }
    default: break;
    }
    if (target)
        target->setFocus(Qt::OtherFocusReason);
}

void StampBoardPage::chooseCsvFile()
{
    // open(), not exec(): the board keeps updating while the dialog is up.
    auto *dialog = new QFileDialog(this, tr("Export the board's figures"), QDir::homePath(), tr("CSV files (*.csv)"));
    dialog->setObjectName(QStringLiteral("exportCsvDialog"));
    dialog->setAcceptMode(QFileDialog::AcceptSave);
    dialog->setDefaultSuffix(QStringLiteral("csv"));
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QFileDialog::fileSelected, this, [this](const QString &path) {
        QString error;
        const bool written = exportCsv(path, &error);
        m_message->setText(written ? tr("Figures of %n stamp(s) exported to %1.", nullptr, m_model->rowCount()).arg(QDir::toNativeSeparators(path))
                                   : tr("Could not export the figures: %1").arg(error));
        m_message->show();
    });
    dialog->open();
}

} // namespace StampDeck
