// qcustomplot.h uses Q_FOREACH in its templates; the project bans it (QT_NO_FOREACH), so allow
// it in this one translation unit, before any Qt header is read.
#undef QT_NO_FOREACH

#include "charts/customplotrender.h"

#include <QPicture>
#include <qcustomplot.h>

namespace herkomst::ui {

void renderCustomPlot(QCustomPlot &plot, QPainter &painter, const QRectF &plotRect)
{
    // QCustomPlot paints through its own QCPPainter; record it as a picture so it replays as
    // vectors into whatever device the caller's painter is on.
    QPicture picture;
    {
        QCPPainter recorder(&picture);
        recorder.setMode(QCPPainter::pmVectorized);
        recorder.setMode(QCPPainter::pmNoCaching);
        plot.toPainter(&recorder, qRound(plotRect.width()), qRound(plotRect.height()));
    }
    painter.save();
    painter.translate(plotRect.topLeft());
    // A picture replays scaled by the target's resolution over its own; the caller's painter is
    // already scaled to logical pixels, so undo that second scaling.
    if (const QPaintDevice *device = painter.device()) {
        painter.scale(double(picture.logicalDpiX()) / device->logicalDpiX(),
                      double(picture.logicalDpiY()) / device->logicalDpiY());
    }
    painter.drawPicture(QPointF(0, 0), picture);
    painter.restore();
    plot.replot(QCustomPlot::rpQueuedReplot); // back to the on-screen layout
}

QCustomPlot *newScreenPlot(QWidget *parent)
{
    auto *plot = new QCustomPlot(parent);
    plot->setBackground(Qt::white); // QCustomPlot fills its whole viewport with it
    plot->setAttribute(Qt::WA_OpaquePaintEvent);
    plot->setMouseTracking(true);
    plot->setMinimumHeight(160);
    return plot;
}

} // namespace herkomst::ui
