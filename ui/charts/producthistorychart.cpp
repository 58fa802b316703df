#include "charts/producthistorychart.h"

#include "charts/chartstyle.h"
#include "domain/numberformat.h"

#include <QFontMetricsF>
#include <QPainter>
#include <QPainterPath>

#include <algorithm>
#include <cmath>
#include <functional>
#include <optional>

namespace herkomst::ui {

namespace {

constexpr double kHeading = 22.0;    // "Verloop 2018–2020"
constexpr double kPlotHeight = 86.0; // one small plot with its title and year labels
constexpr double kGap = 10.0;
constexpr double kTwoByTwoBelow = 520.0; // narrower than this, two plots a row

struct Series {
    QString title;
    std::function<double(const ProductYear &)> value;
    std::function<QString(double)> text;
    std::optional<Metric> metric; // whose criterion's threshold is drawn
};

std::vector<Series> seriesList()
{
    return {
        {ProductHistoryChart::tr("Grootste niet-EU-aandeel"), [](const ProductYear &p) { return p.supplierShare; },
         [](double v) { return NumberFormat::share(v, 0); }, Metric::SupplierShare},
        {ProductHistoryChart::tr("Wereld-HHI"), [](const ProductYear &p) { return p.worldHhi; },
         [](double v) { return NumberFormat::index(v); }, Metric::WorldMarketHhi},
        {ProductHistoryChart::tr("Invoer (mln)"), [](const ProductYear &p) { return p.importValue; },
         [](double v) { return NumberFormat::millions(v, 1); }, std::nullopt},
        {ProductHistoryChart::tr("Invoer/uitvoer"), [](const ProductYear &p) { return p.importExportRatio; },
         [](double v) { return NumberFormat::ratio(v, v >= 100 ? 0 : 2); }, Metric::ImportExportRatio},
    };
}

int columnsFor(double width)
{
    return width < kTwoByTwoBelow ? 2 : 4;
}

void drawSeries(QPainter &painter, const QRectF &cell, const Series &series, const std::vector<ProductYear> &history,
                const std::optional<double> &threshold)
{
    const QFont caption = ChartStyle::captionFont();
    const QFontMetricsF metrics(caption);
    painter.setFont(caption);
    painter.setPen(ChartStyle::textColour());
    const QRectF titleRect(cell.left(), cell.top(), cell.width(), metrics.height());
    painter.drawText(titleRect, Qt::AlignLeft | Qt::AlignVCenter,
                     metrics.elidedText(series.title, Qt::ElideRight, cell.width()));
    const QRectF plot(cell.left() + 4.0, titleRect.bottom() + metrics.height() + 2.0, cell.width() - 8.0,
                      cell.height() - 3.0 * metrics.height() - 6.0);
    // The scale: from 0 to the largest value or threshold; a ratio of 9999 (no exports) is off the
    // scale and drawn at its top, labelled.
    double top = threshold.value_or(0.0);
    for (const ProductYear &year : history) {
        const double v = series.value(year);
        if (std::isfinite(v) && v < 1000.0)
            top = std::max(top, v);
    }
    top = top > 0 ? top * 1.1 : 1.0;
    const auto xOf = [&](size_t i) {
        return history.size() < 2 ? plot.center().x()
                                  : plot.left() + plot.width() * double(i) / double(history.size() - 1);
    };
    const auto yOf = [&](double v) { return plot.bottom() - plot.height() * std::clamp(v / top, 0.0, 1.0); };
    painter.setPen(QPen(ChartStyle::gridColour(), 1));
    painter.drawLine(QPointF(plot.left(), plot.bottom()), QPointF(plot.right(), plot.bottom()));
    if (threshold) {
        painter.setPen(QPen(ChartStyle::selectionColour(), 1.2, Qt::DashLine));
        painter.drawLine(QPointF(plot.left(), yOf(*threshold)), QPointF(plot.right(), yOf(*threshold)));
    }
    QPainterPath path;
    bool open = false;
    for (size_t i = 0; i < history.size(); ++i) {
        const double v = series.value(history[i]);
        if (std::isnan(v)) {
            open = false; // a gap: a missing year is not zero
            continue;
        }
        const QPointF point(xOf(i), yOf(v));
        open ? path.lineTo(point) : path.moveTo(point);
        open = true;
    }
    painter.setPen(QPen(ChartStyle::mainColour(), 1.8));
    painter.setBrush(Qt::NoBrush);
    painter.drawPath(path);
    painter.setBrush(ChartStyle::mainColour());
    // Labels on every point while they fit side by side; on a narrow plot only the first and the
    // last year and value, so "2018", "2019" and "2020" never run into each other.
    double widest = 0.0;
    for (const ProductYear &year : history) {
        const double v = series.value(year);
        widest = std::max({widest, metrics.horizontalAdvance(QString::number(year.year)),
                           metrics.horizontalAdvance(std::isnan(v) ? QStringLiteral("–") : series.text(v))});
    }
    const bool everyLabel = history.size() < 3 || plot.width() / double(history.size() - 1) >= widest + 6.0;
    for (size_t i = 0; i < history.size(); ++i) {
        const double v = series.value(history[i]);
        const double x = xOf(i);
        const bool labelled = everyLabel || i == 0 || i + 1 == history.size();
        if (!labelled) {
            if (!std::isnan(v)) {
                painter.setPen(Qt::NoPen);
                painter.drawEllipse(QPointF(x, yOf(v)), 2.5, 2.5);
            }
            continue;
        }
        const QString yearText = QString::number(history[i].year);
        painter.setPen(ChartStyle::mutedTextColour());
        const QRectF yearRect(x - 30.0, plot.bottom() + 1.0, 60.0, metrics.height());
        const Qt::Alignment along = i == 0 && history.size() > 1                    ? Qt::AlignLeft
                                    : i + 1 == history.size() && history.size() > 1 ? Qt::AlignRight
                                                                                    : Qt::AlignHCenter;
        const QRectF shifted = along == Qt::AlignLeft    ? yearRect.translated(30.0, 0)
                               : along == Qt::AlignRight ? yearRect.translated(-30.0, 0)
                                                         : yearRect;
        painter.drawText(shifted, along | Qt::AlignTop, yearText);
        const QString valueText = std::isnan(v) ? QStringLiteral("–") : series.text(v);
        const double y = std::isnan(v) ? plot.bottom() : yOf(v);
        if (!std::isnan(v)) {
            painter.setPen(Qt::NoPen);
            painter.drawEllipse(QPointF(x, y), 2.5, 2.5);
        }
        painter.setPen(std::isnan(v) ? ChartStyle::mutedTextColour() : ChartStyle::textColour());
        painter.drawText(QRectF(shifted.left(), y - metrics.height() - 2.0, shifted.width(), metrics.height()),
                         along | Qt::AlignBottom, valueText);
    }
    painter.setBrush(Qt::NoBrush);
}

} // namespace

double ProductHistoryChart::height(const std::vector<ProductYear> &history, double width)
{
    if (history.size() < 2)
        return 0.0;
    const int rows = 4 / columnsFor(width);
    return kGap + kHeading + rows * kPlotHeight + (rows - 1) * kGap;
}

void ProductHistoryChart::draw(QPainter &painter, const QRectF &area, const std::vector<ProductYear> &history,
                               const std::vector<Criterion> &criteria)
{
    if (history.size() < 2)
        return;
    painter.save();
    painter.setClipRect(area);
    painter.setRenderHint(QPainter::Antialiasing);
    painter.setFont(ChartStyle::strongLabelFont());
    painter.setPen(ChartStyle::textColour());
    const QRectF heading(area.left(), area.top() + kGap, area.width(), kHeading);
    const QString title = tr("Verloop %1–%2").arg(history.front().year).arg(history.back().year);
    const double titleWidth = QFontMetricsF(painter.font()).horizontalAdvance(title);
    painter.drawText(heading, Qt::AlignLeft | Qt::AlignVCenter, title);
    // The key to the dashed line, right of the heading, when it fits beside it.
    painter.setFont(ChartStyle::captionFont());
    const QString key = tr("drempel");
    const double keyWidth = QFontMetricsF(painter.font()).horizontalAdvance(key);
    if (titleWidth + 12.0 + 26.0 + keyWidth <= heading.width()) {
        painter.drawText(heading, Qt::AlignRight | Qt::AlignVCenter, key);
        painter.setPen(QPen(ChartStyle::selectionColour(), 1.2, Qt::DashLine));
        const double keyY = heading.center().y();
        painter.drawLine(QPointF(heading.right() - keyWidth - 26.0, keyY),
                         QPointF(heading.right() - keyWidth - 4.0, keyY));
    }
    const int columns = columnsFor(area.width());
    const double cellWidth = (area.width() - (columns - 1) * kGap) / columns;
    const std::vector<Series> list = seriesList();
    for (size_t i = 0; i < list.size(); ++i) {
        std::optional<double> threshold;
        for (const Criterion &c : criteria) {
            if (c.enabled && list[i].metric && c.metric == *list[i].metric)
                threshold = c.threshold;
        }
        const int row = int(i) / columns, column = int(i) % columns;
        const QRectF cell(area.left() + column * (cellWidth + kGap),
                          area.top() + kGap + kHeading + row * (kPlotHeight + kGap), cellWidth, kPlotHeight);
        drawSeries(painter, cell, list[i], history, threshold);
    }
    painter.restore();
}

} // namespace herkomst::ui
