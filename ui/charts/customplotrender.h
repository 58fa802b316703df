#pragma once

#include <QRectF>

class QCustomPlot;
class QPainter;

namespace herkomst::ui {

// Draws a QCustomPlot into any painter (screen grab, PNG, SVG, PDF) as vectors, at the size of
// `plotRect` in the painter's logical pixels; the on-screen plot is replotted afterwards. Charts
// that draw with QCustomPlot call it from ChartWidget::render.
void renderCustomPlot(QCustomPlot &plot, QPainter &painter, const QRectF &plotRect);

} // namespace herkomst::ui
