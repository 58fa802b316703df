#include "export/chartexporter.h"

#include "charts/chartstyle.h"
#include "charts/chartwidget.h"
#include "export/portablesvg.h"
#include "export/savefile.h"

#include <QBuffer>
#include <QClipboard>
#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QGuiApplication>
#include <QMimeData>
#include <QPageLayout>
#include <QPainter>
#include <QPdfWriter>
#include <QSvgGenerator>

#include <cmath>

namespace herkomst::ui {

namespace {

constexpr double kLogicalDpi = 96.0;
constexpr int kPdfResolution = 1200; // coordinate precision only; the PDF stays vector

class ChartExportText {
    Q_DECLARE_TR_FUNCTIONS(ChartExport)
};

bool validOptions(const ChartExportOptions &options, QString *error)
{
    if (options.widthCm > 0.5 && options.widthCm <= 200.0 && options.heightCm >= 0 && options.heightCm <= 200.0 &&
        options.dpi >= 30 && options.dpi <= 2400)
        return true;
    if (error)
        *error = ChartExportText::tr("Ongeldige afmetingen: breedte %1 cm, hoogte %2 cm, %3 dpi.")
                     .arg(options.widthCm)
                     .arg(options.heightCm)
                     .arg(options.dpi);
    return false;
}

} // namespace

QSizeF chartExportSize(const ChartWidget &chart, const ChartExportOptions &options)
{
    const double width = options.widthCm * ChartStyle::kPixelsPerCm;
    const double height =
        options.heightCm > 0 ? options.heightCm * ChartStyle::kPixelsPerCm : chart.naturalHeight(width);
    return {width, height};
}

QImage renderChartImage(ChartWidget &chart, const ChartExportOptions &options)
{
    const QSizeF logical = chartExportSize(chart, options);
    const double scale = options.dpi / kLogicalDpi;
    QImage image(qRound(logical.width() * scale), qRound(logical.height() * scale),
                 QImage::Format_ARGB32_Premultiplied);
    const int dotsPerMeter = qRound(options.dpi / 0.0254);
    image.setDotsPerMeterX(dotsPerMeter);
    image.setDotsPerMeterY(dotsPerMeter);
    image.fill(Qt::white);
    QPainter painter(&image);
    painter.setRenderHint(QPainter::Antialiasing);
    painter.setRenderHint(QPainter::TextAntialiasing);
    painter.setRenderHint(QPainter::SmoothPixmapTransform);
    painter.scale(double(image.width()) / logical.width(), double(image.height()) / logical.height());
    chart.render(painter, QRectF(QPointF(0, 0), logical));
    painter.end();
    return image;
}

QByteArray renderChartSvg(ChartWidget &chart, const ChartExportOptions &options)
{
    const QSizeF logical = chartExportSize(chart, options);
    QBuffer buffer;
    QSvgGenerator generator;
    generator.setOutputDevice(&buffer);
    generator.setResolution(int(kLogicalDpi));
    generator.setSize(logical.toSize());
    generator.setViewBox(QRectF(QPointF(0, 0), logical));
    generator.setTitle(chart.title());
    QPainter painter(&generator);
    chart.render(painter, QRectF(QPointF(0, 0), logical));
    painter.end();
    return portableSvg(buffer.data(), options.svgTextAsPaths ? SvgTextMode::Paths : SvgTextMode::Anchored);
}

bool exportChartPng(ChartWidget &chart, const QString &path, const ChartExportOptions &options, QString *error)
{
    if (!validOptions(options, error))
        return false;
    const QImage image = renderChartImage(chart, options);
    QByteArray data;
    QBuffer buffer(&data);
    buffer.open(QIODevice::WriteOnly);
    if (!image.save(&buffer, "PNG")) {
        if (error)
            *error = ChartExportText::tr("Kan de afbeelding niet als PNG opslaan.");
        return false;
    }
    return saveFile(path, data, error);
}

bool exportChartSvg(ChartWidget &chart, const QString &path, const ChartExportOptions &options, QString *error)
{
    if (!validOptions(options, error))
        return false;
    return saveFile(path, renderChartSvg(chart, options), error);
}

bool exportChartPdf(ChartWidget &chart, const QString &path, const ChartExportOptions &options, QString *error)
{
    if (!validOptions(options, error))
        return false;
    const QSizeF logical = chartExportSize(chart, options);
    QByteArray data;
    QBuffer buffer(&data);
    buffer.open(QIODevice::WriteOnly);
    {
        QPdfWriter writer(&buffer);
        writer.setTitle(chart.title());
        writer.setCreator(QStringLiteral("Herkomst"));
        writer.setResolution(kPdfResolution);
        const QSizeF millimetres = logical / kLogicalDpi * 25.4;
        writer.setPageLayout(QPageLayout(QPageSize(millimetres, QPageSize::Millimeter), QPageLayout::Portrait,
                                         QMarginsF(0, 0, 0, 0), QPageLayout::Millimeter));
        QPainter painter;
        if (!painter.begin(&writer)) {
            if (error)
                *error = ChartExportText::tr("Kan geen PDF maken voor %1.").arg(QDir::toNativeSeparators(path));
            return false;
        }
        painter.scale(kPdfResolution / kLogicalDpi, kPdfResolution / kLogicalDpi);
        chart.render(painter, QRectF(QPointF(0, 0), logical));
        painter.end();
    }
    return saveFile(path, data, error);
}

void copyChartToClipboard(ChartWidget &chart, const ChartExportOptions &options)
{
    // Word takes the PNG at its physical size (the resolution is in the file); LibreOffice and
    // Inkscape take the SVG.
    const QImage image = renderChartImage(chart, options).convertToFormat(QImage::Format_RGB32);
    QByteArray png;
    QBuffer buffer(&png);
    buffer.open(QIODevice::WriteOnly);
    image.save(&buffer, "PNG");
    auto *mime = new QMimeData;
    mime->setImageData(image);
    mime->setData(QStringLiteral("image/png"), png);
    mime->setData(QStringLiteral("image/svg+xml"), renderChartSvg(chart, options));
    QGuiApplication::clipboard()->setMimeData(mime);
}

} // namespace herkomst::ui
