#pragma once

#include <QRectF>

class QCustomPlot;
class QPainter;
class QWidget;

namespace herkomst::ui {

// Draws a QCustomPlot into any painter (screen grab, PNG, SVG, PDF) as vectors, at the size of
// `plotRect` in the painter's logical pixels; the on-screen plot is replotted afterwards. Charts
// that draw with QCustomPlot call it from ChartWidget::render.
void renderCustomPlot(QCustomPlot &plot, QPainter &painter, const QRectF &plotRect);

// The on-screen QCustomPlot of a chart: white, opaque to the window (a replot repaints the plot
// alone, not the cards and splitters behind it), tracking the mouse for tooltips.
QCustomPlot *newScreenPlot(QWidget *parent);

} // namespace herkomst::ui
