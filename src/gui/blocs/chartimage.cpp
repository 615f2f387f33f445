#include "chartimage.h"

#include <QChart>
#include <QChartView>
#include <QGraphicsLayout>
#include <QPainter>

namespace Rapporteur::Gui {

QImage chartImage(QChartView *view, QSize minimum)
{
    if (view->isVisible() && view->width() >= minimum.width() && view->height() >= minimum.height())
        return view->grab().toImage();
    // Lay the chart out at the export size, draw its scene, and give it back its own geometry.
    QChart *chart = view->chart();
    const QRectF shown = chart->geometry();
    const QSize size = minimum.expandedTo(view->size());
    chart->setGeometry(QRectF(QPointF(0, 0), size));
    if (QGraphicsLayout *layout = chart->layout())
        layout->activate();
    QImage image(size, QImage::Format_ARGB32_Premultiplied);
    image.fill(Qt::white);
    {
        QPainter painter(&image);
        painter.setRenderHint(QPainter::Antialiasing);
        view->scene()->render(&painter, QRectF(QPointF(0, 0), size), QRectF(QPointF(0, 0), size));
    }
    chart->setGeometry(shown);
    if (QGraphicsLayout *layout = chart->layout())
        layout->activate();
    return image;
}

} // namespace Rapporteur::Gui
