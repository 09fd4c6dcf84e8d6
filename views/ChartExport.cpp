#include "ChartExport.h"

#include <QBuffer>
#include <QPainter>
#include <QSaveFile>
#include <QSvgGenerator>
#include <QWidget>

namespace StampDeck {

namespace {

bool writeFile(const QString &path, const QByteArray &bytes, QString *error)
{
    QSaveFile file(path);
    if (file.open(QIODevice::WriteOnly) && file.write(bytes) == bytes.size() && file.commit())
        return true;
    if (error)
        *error = ChartExport::tr("Cannot write %1: %2").arg(path, file.errorString());
    return false;
}

} // namespace

QImage ChartExport::toImage(QWidget *view)
{
    const qreal ratio = view->devicePixelRatioF();
    QImage image(view->size() * ratio, QImage::Format_ARGB32_Premultiplied);
    image.setDevicePixelRatio(ratio);
    // A white page, not a transparent one: the picture goes into reports and chats.
    image.fill(Qt::white);
    QPainter painter(&image);
    view->render(&painter);
    painter.end();
    return image;
}

QByteArray ChartExport::toSvg(QWidget *view, const QString &title)
{
    QBuffer buffer;
    buffer.open(QIODevice::WriteOnly);
    QSvgGenerator generator;
    generator.setOutputDevice(&buffer);
    generator.setSize(view->size());
    generator.setViewBox(QRect(QPoint(0, 0), view->size()));
    generator.setTitle(title);
    generator.setDescription(tr("Exported from StampDeck"));
    QPainter painter(&generator);
    view->render(&painter);
    painter.end();
    return buffer.data();
}

bool ChartExport::savePng(QWidget *view, const QString &path, QString *error)
{
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    if (!toImage(view).save(&buffer, "PNG")) {
        if (error)
            *error = tr("Cannot draw the chart as PNG.");
        return false;
    }
    return writeFile(path, bytes, error);
}

bool ChartExport::saveSvg(QWidget *view, const QString &path, const QString &title, QString *error)
{
    return writeFile(path, toSvg(view, title), error);
}

ChartExport::Format ChartExport::formatOf(const QString &path)
{
    return path.endsWith(QLatin1String(".svg"), Qt::CaseInsensitive) ? Format::Svg : Format::Png;
}

} // namespace StampDeck
