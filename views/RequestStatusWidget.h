#pragma once

#include <QColor>
#include <QWidget>

class QLabel;

namespace StampDeck {

class RequestActivity;

// The status bar's request figures: "3 requests in flight · 2 throttled (5 min) · 1 error (5 min)".
// Throttled and error figures are marked (a sign and a colour) when they are not zero. Clicking
// it, or Enter/Space while it has focus, asks for the log (logRequested).
class RequestStatusWidget : public QWidget
{
    Q_OBJECT

public:
    explicit RequestStatusWidget(RequestActivity *activity, QWidget *parent = nullptr);

    // The figures as plain text (what a screen reader gets).
    QString plainText() const;
    static QColor throttledColour() { return QColor(0x9a, 0x5b, 0x00); }
    static QColor errorColour() { return QColor(0xb0, 0x00, 0x20); }

Q_SIGNALS:
    void logRequested();

protected:
    void mousePressEvent(QMouseEvent *event) override;
    void mouseReleaseEvent(QMouseEvent *event) override;
    void keyPressEvent(QKeyEvent *event) override;

private:
    void refresh();

    RequestActivity *m_activity;
    QLabel *m_label;
};

} // namespace StampDeck
