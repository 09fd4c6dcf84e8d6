#pragma once

#include <QCoreApplication>
#include <QImage>
#include <QString>

class QWidget;

namespace StampDeck {

// Writes what a chart view shows to a file: PNG (a raster copy) or SVG (vectors, for reports).
// Takes a path, never asks for one, so tests and scripts can call it.
class ChartExport
{
    Q_DECLARE_TR_FUNCTIONS(ChartExport)

public:
    enum class Format { Png, Svg };

    static QImage toImage(QWidget *view);
    static QByteArray toSvg(QWidget *view, const QString &title);
    static bool savePng(QWidget *view, const QString &path, QString *error);
    static bool saveSvg(QWidget *view, const QString &path, const QString &title, QString *error);
    // By the path's suffix: .svg is SVG, everything else PNG.
    static Format formatOf(const QString &path);
};

} // namespace StampDeck
