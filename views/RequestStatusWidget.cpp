#include "RequestStatusWidget.h"

#include "RequestActivity.h"

#include <QHBoxLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QMouseEvent>

namespace StampDeck {

namespace {

const QString Separator = QStringLiteral(" \u00b7 ");

QString marked(const QString &sign, const QString &text, const QColor &colour)
{
    return QStringLiteral("<span style=\"color:%1; font-weight:600\">%2 %3</span>")
        .arg(colour.name(), sign, text.toHtmlEscaped());
}

} // namespace

RequestStatusWidget::RequestStatusWidget(RequestActivity *activity, QWidget *parent)
    : QWidget(parent)
    , m_activity(activity)
    , m_label(new QLabel(this))
{
    setObjectName(QStringLiteral("requestStatus"));
    m_label->setObjectName(QStringLiteral("requestStatusLabel"));
    m_label->setTextFormat(Qt::RichText);
    m_label->setAttribute(Qt::WA_TransparentForMouseEvents); // the whole widget is one button
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(4, 0, 4, 0);
    layout->addWidget(m_label);
    setCursor(Qt::PointingHandCursor);
    setFocusPolicy(Qt::TabFocus);
    setToolTip(tr("Requests to the hubs and DPS instances; click to open the log"));
    connect(m_activity, &RequestActivity::changed, this, &RequestStatusWidget::refresh);
    refresh();
}

QString RequestStatusWidget::plainText() const
{
    return QStringList { tr("%Ln request(s) in flight", nullptr, m_activity->inFlight()),
                         tr("%Ln throttled (5 min)", nullptr, int(m_activity->throttled())),
                         tr("%Ln error(s) (5 min)", nullptr, int(m_activity->errors())) }
        .join(Separator);
}

void RequestStatusWidget::refresh()
{
    const int throttled = int(m_activity->throttled());
    const int errors = int(m_activity->errors());
    const QString throttledText = tr("%Ln throttled (5 min)", nullptr, throttled);
    const QString errorText = tr("%Ln error(s) (5 min)", nullptr, errors);
    const QString rich
        = QStringList { tr("%Ln request(s) in flight", nullptr, m_activity->inFlight()).toHtmlEscaped(),
                        throttled > 0 ? marked(QStringLiteral("\u26a0"), throttledText, throttledColour())
                                      : throttledText.toHtmlEscaped(),
                        errors > 0 ? marked(QStringLiteral("\u2716"), errorText, errorColour())
                                   : errorText.toHtmlEscaped() }
              .join(Separator);
    m_label->setText(rich);
    setAccessibleName(plainText());
}

void RequestStatusWidget::mousePressEvent(QMouseEvent *event)
{
    // Taken, so the release comes here too.
    if (event->button() == Qt::LeftButton) {
        event->accept();
        return;
    }
    QWidget::mousePressEvent(event);
}

void RequestStatusWidget::mouseReleaseEvent(QMouseEvent *event)
{
    if (event->button() == Qt::LeftButton && rect().contains(event->position().toPoint())) {
        Q_EMIT logRequested();
        event->accept();
        return;
    }
    QWidget::mouseReleaseEvent(event);
}

void RequestStatusWidget::keyPressEvent(QKeyEvent *event)
{
    if (event->key() == Qt::Key_Return || event->key() == Qt::Key_Enter || event->key() == Qt::Key_Space) {
        Q_EMIT logRequested();
        event->accept();
        return;
    }
    QWidget::keyPressEvent(event);
}

} // namespace StampDeck
