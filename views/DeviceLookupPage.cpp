#include "DeviceLookupPage.h"

#include "DeviceLocator.h"
#include "DeviceLookup.h"

#include <QApplication>
#include <QClipboard>
#include <QFontDatabase>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QJsonDocument>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QLocale>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSplitter>
#include <QVBoxLayout>

namespace StampDeck {

namespace {

// The fields of the answer, in the order support staff read them (object names for tests).
struct Field
{
    const char *name;
    const char *label;
};
const Field Fields[] = {
    {"stamp", QT_TRANSLATE_NOOP("StampDeck::DeviceLookupPage", "Stamp")},
    {"hub", QT_TRANSLATE_NOOP("StampDeck::DeviceLookupPage", "IoT hub")},
    {"dps", QT_TRANSLATE_NOOP("StampDeck::DeviceLookupPage", "DPS instance")},
    {"enrollment", QT_TRANSLATE_NOOP("StampDeck::DeviceLookupPage", "Enrollment")},
    {"registrationId", QT_TRANSLATE_NOOP("StampDeck::DeviceLookupPage", "Registration ID")},
    {"deviceId", QT_TRANSLATE_NOOP("StampDeck::DeviceLookupPage", "Device ID")},
    {"registration", QT_TRANSLATE_NOOP("StampDeck::DeviceLookupPage", "Registration")},
    {"identity", QT_TRANSLATE_NOOP("StampDeck::DeviceLookupPage", "Identity")},
    {"connection", QT_TRANSLATE_NOOP("StampDeck::DeviceLookupPage", "Connection")},
    {"resolved", QT_TRANSLATE_NOOP("StampDeck::DeviceLookupPage", "Found by")},
};

QString orDash(const QString &text)
{
    return text.isEmpty() ? QStringLiteral("—") : text;
}

} // namespace

DeviceLookupPage::DeviceLookupPage(DeviceLocator *locator, QWidget *parent)
    : QWidget(parent), m_locator(locator), m_search(new QLineEdit(this)), m_find(new QPushButton(tr("&Find"), this)),
      m_copy(new QPushButton(tr("&Copy as text"), this)), m_headline(new QLabel(this)), m_steps(new QListWidget(this)),
      m_twin(new QPlainTextEdit(this))
{
    m_search->setObjectName(QStringLiteral("lookupField"));
    m_search->setPlaceholderText(tr("Device ID or registration ID (Ctrl+F)"));
    m_search->setClearButtonEnabled(true);
    m_find->setObjectName(QStringLiteral("findButton"));
    m_copy->setObjectName(QStringLiteral("copyAnswerButton"));
    m_copy->setEnabled(false);
    m_headline->setObjectName(QStringLiteral("lookupHeadline"));
    m_headline->setWordWrap(true);
    m_headline->setTextInteractionFlags(Qt::TextSelectableByMouse);
    QFont bold = m_headline->font();
    bold.setBold(true);
    bold.setPointSizeF(bold.pointSizeF() * 1.15);
    m_headline->setFont(bold);
    m_headline->setText(tr("Type a device ID or a registration ID and press Enter."));

    auto *searchRow = new QHBoxLayout;
    searchRow->addWidget(m_search, 1);
    searchRow->addWidget(m_find);
    searchRow->addWidget(m_copy);

    auto *answerBox = new QGroupBox(tr("Where it lives now"), this);
    m_form = new QFormLayout(answerBox);
    for (const Field &field : Fields) {
        auto *value = new QLabel(QStringLiteral("—"), answerBox);
        value->setObjectName(QLatin1String(field.name));
        value->setTextInteractionFlags(Qt::TextSelectableByMouse);
        value->setWordWrap(true);
        m_form->addRow(tr(field.label) + QLatin1Char(':'), value);
        m_fields.insert(QLatin1String(field.name), value);
    }

    auto *whyBox = new QGroupBox(tr("Why it is there (the steps of the lookup)"), this);
    auto *whyLayout = new QVBoxLayout(whyBox);
    m_steps->setObjectName(QStringLiteral("lookupSteps"));
    m_steps->setWordWrap(true);
    whyLayout->addWidget(m_steps);

    auto *twinBox = new QGroupBox(tr("Twin: tags and reported properties"), this);
    auto *twinLayout = new QVBoxLayout(twinBox);
    m_twin->setObjectName(QStringLiteral("lookupTwin"));
    m_twin->setReadOnly(true);
    m_twin->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    twinLayout->addWidget(m_twin);

    auto *split = new QSplitter(Qt::Horizontal, this);
    auto *left = new QWidget(split);
    auto *leftLayout = new QVBoxLayout(left);
    leftLayout->setContentsMargins(0, 0, 0, 0);
    leftLayout->addWidget(answerBox);
    leftLayout->addWidget(whyBox, 1);
    split->addWidget(left);
    split->addWidget(twinBox);
    split->setStretchFactor(0, 3);
    split->setStretchFactor(1, 2);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(searchRow);
    layout->addWidget(m_headline);
    layout->addWidget(split, 1);

    connect(m_search, &QLineEdit::returnPressed, this, [this] { lookup(m_search->text()); });
    connect(m_find, &QPushButton::clicked, this, [this] { lookup(m_search->text()); });
    connect(m_copy, &QPushButton::clicked, this, &DeviceLookupPage::copyAnswer);
}

void DeviceLookupPage::focusSearch()
{
    m_search->setFocus(Qt::ShortcutFocusReason);
    m_search->selectAll();
}

void DeviceLookupPage::lookup(const QString &id)
{
    const QString trimmed = id.trimmed();
    if (m_search->text() != trimmed)
        m_search->setText(trimmed);
    if (trimmed.isEmpty()) {
        m_headline->setText(tr("Type a device ID or a registration ID and press Enter."));
        return;
    }
    delete m_pending; // a new question cancels the one still out
    m_pending = m_locator->lookup(trimmed, this);
    connect(m_pending, &DeviceLookup::finished, this, &DeviceLookupPage::onFinished);
    m_headline->setText(tr("Looking for %1 in every stamp…").arg(trimmed));
    m_copy->setEnabled(false);
}

void DeviceLookupPage::onFinished()
{
    DeviceLookup *lookup = m_pending;
    if (!lookup)
        return;
    const DeviceLookupAnswer answer = lookup->answer();
    lookup->deleteLater();
    m_pending.clear();
    showAnswer(answer);
    Q_EMIT answered(answer);
}

QString DeviceLookupPage::headline() const
{
    return m_headline->text();
}

void DeviceLookupPage::setField(const QString &name, const QString &value)
{
    if (QLabel *label = m_fields.value(name))
        label->setText(orDash(value));
}

void DeviceLookupPage::showAnswer(const DeviceLookupAnswer &a)
{
    m_answer = a;
    const QLocale locale;
    if (!a.found) {
        m_headline->setText(tr("%1 was not found anywhere: asked %2 and %3.")
                                .arg(a.askedId, tr("%n hub(s)", nullptr, static_cast<int>(a.askedHubs.size())),
                                     tr("%n DPS instance(s)", nullptr, static_cast<int>(a.askedDps.size()))));
    } else if (a.isAssigning()) {
        m_headline->setText(tr("%1 is being provisioned right now (registration assigning) by %2; it has no hub yet.")
                                .arg(a.askedId, orDash(a.dpsHost)));
    } else {
        const QString stamp = a.stampName.isEmpty() ? a.hubHost : QStringLiteral("%1 (%2)").arg(a.stampName, a.stampId);
        m_headline->setText(tr("%1 lives on stamp %2.").arg(a.askedId, stamp));
    }
    if (!a.problems.isEmpty())
        m_headline->setText(m_headline->text() + QLatin1Char(' ') + tr("Not every stamp answered: %1").arg(a.problems.join(QStringLiteral("; "))));

    setField(QStringLiteral("stamp"), a.stampName.isEmpty() ? a.stampId : QStringLiteral("%1 (%2)").arg(a.stampName, a.stampId));
    setField(QStringLiteral("hub"), a.hubHost);
    setField(QStringLiteral("dps"), a.dpsHost);
    setField(QStringLiteral("enrollment"), a.enrollmentText());
    setField(QStringLiteral("registrationId"), a.registrationId);
    setField(QStringLiteral("deviceId"), a.idsDiffer() ? tr("%1 (differs from the registration ID)").arg(a.deviceId) : a.deviceId);
    QString registration;
    if (a.registrationStatus) {
        registration = Azure::Wire::toString(*a.registrationStatus);
        if (a.registrationSubstatus)
            registration += QStringLiteral(" · ") + Azure::Wire::toString(*a.registrationSubstatus);
        if (a.registrationUpdated.isValid())
            registration += QLatin1Char(' ') + tr("(updated %1)").arg(locale.toString(a.registrationUpdated.toLocalTime(), QLocale::ShortFormat));
    }
    setField(QStringLiteral("registration"), registration);
    QString identity;
    if (a.identityFound && a.identityStatus) {
        identity = Azure::Wire::toString(*a.identityStatus);
        if (!a.statusReason.isEmpty())
            identity += QStringLiteral(" (%1)").arg(a.statusReason);
    } else if (a.found) {
        identity = tr("no identity on the hub");
    }
    setField(QStringLiteral("identity"), identity);
    QString connection;
    if (a.connectionState) {
        connection = Azure::Wire::toString(*a.connectionState);
        connection += QStringLiteral(" · ")
                      + (a.lastActivity.isValid() ? tr("last activity %1").arg(locale.toString(a.lastActivity.toLocalTime(), QLocale::ShortFormat))
                                                  : tr("no activity recorded"));
    }
    setField(QStringLiteral("connection"), connection);
    setField(QStringLiteral("resolved"), tr("%1 in %2 ms").arg(DeviceLookupAnswer::resolutionName(a.resolution)).arg(a.elapsedMs));

    m_steps->clear();
    m_steps->addItems(a.steps);
    QJsonObject twin;
    if (!a.tags.isEmpty())
        twin.insert(QStringLiteral("tags"), a.tags);
    if (!a.reported.isEmpty())
        twin.insert(QStringLiteral("reported"), a.reported);
    m_twin->setPlainText(twin.isEmpty() ? tr("No twin read.") : QString::fromUtf8(QJsonDocument(twin).toJson(QJsonDocument::Indented)));
    m_copy->setEnabled(true);
}

void DeviceLookupPage::copyAnswer()
{
    QApplication::clipboard()->setText(m_answer.toText());
}

} // namespace StampDeck
