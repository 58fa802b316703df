#pragma once

#include <QImage>
#include <QString>

namespace herkomst::ui {

class ChartWidget;

struct ChartExportOptions {
    double widthCm = 16.0; // the text width of an A4 letter
    double heightCm = 0;   // 0: the chart's natural aspect
    int dpi = 300;         // PNG and clipboard image only; SVG and PDF are vectors
    // SVG: text as outlines, exactly as drawn, instead of anchored text with a font list
    // (export/portablesvg.h).
    bool svgTextAsPaths = false;
};

// ONE export path for all charts: everything goes through ChartWidget::render in logical pixels
// (1/96 inch), scaled for the device, whichever library draws the chart.

// Size of the export in logical pixels.
QSizeF chartExportSize(const ChartWidget &chart, const ChartExportOptions &options);
// The chart as an image of widthCm at dpi, with that resolution stored so word processors
// place it at its physical size.
QImage renderChartImage(ChartWidget &chart, const ChartExportOptions &options);
// Portable SVG: fonts listed down to a generic family and labels anchored, or text as paths.
QByteArray renderChartSvg(ChartWidget &chart, const ChartExportOptions &options);

bool exportChartPng(ChartWidget &chart, const QString &path, const ChartExportOptions &options, QString *error);
bool exportChartSvg(ChartWidget &chart, const QString &path, const ChartExportOptions &options, QString *error);
bool exportChartPdf(ChartWidget &chart, const QString &path, const ChartExportOptions &options, QString *error);
// For pasting into Word or LibreOffice: the image and its PNG (image/png, at options.dpi, which
// the file records) and the portable SVG (image/svg+xml).
void copyChartToClipboard(ChartWidget &chart, const ChartExportOptions &options);

} // namespace herkomst::ui
