#include "charts/table1chart.h"

#include "charts/chartstyle.h"
#include "domain/numberformat.h"

#include <QPainter>
#include <QPainterPath>
#include <algorithm>
#include <cmath>

namespace herkomst::ui {

namespace {

constexpr double kRowHeight = 17.0;
constexpr double kLegendHeight = 42.0; // two lines: the markers, then the colours
constexpr double kAxisHeight = 34.0;
constexpr double kMarker = 5.0; // radius

QColor sideColour(const RankedPartner &p)
{
    if (p.block || p.side == EuSide::Unknown)
        return ChartStyle::otherColour();
    return p.side == EuSide::IntraEu ? ChartStyle::seriesColour(1) : ChartStyle::mainColour();
}

void drawServicesMarker(QPainter &painter, const QPointF &centre, const QColor &colour)
{
    painter.setPen(QPen(colour.darker(130), 1.0));
    painter.setBrush(colour);
    painter.drawEllipse(centre, kMarker, kMarker);
}

void drawGoodsMarker(QPainter &painter, const QPointF &centre, const QColor &colour)
{
    QPainterPath diamond;
    const double r = kMarker + 1.0;
    diamond.moveTo(centre.x(), centre.y() - r);
    diamond.lineTo(centre.x() + r, centre.y());
    diamond.lineTo(centre.x(), centre.y() + r);
    diamond.lineTo(centre.x() - r, centre.y());
    diamond.closeSubpath();
    painter.setPen(QPen(colour.darker(130), 1.0));
    painter.setBrush(colour);
    painter.drawPath(diamond);
}

// A round step for the axis: 1, 2 or 5 times a power of ten, about `ticks` of them up to max.
double niceStep(double max, int ticks)
{
    const double raw = max / std::max(ticks, 1);
    const double power = std::pow(10.0, std::floor(std::log10(raw)));
    for (const double m : {1.0, 2.0, 5.0, 10.0}) {
        if (m * power >= raw)
            return m * power;
    }
    return 10.0 * power;
}

// The on-screen plot: paints what the chart draws for export.
class Table1Plot : public QWidget {
public:
    explicit Table1Plot(Table1Chart *chart) : QWidget(chart), mChart(chart) {}

protected:
    void paintEvent(QPaintEvent *) override
    {
        QPainter painter(this);
        mChart->drawPlot(painter, QRectF(rect()));
    }

private:
    Table1Chart *mChart;
};

} // namespace

Table1Chart::Table1Chart(QWidget *parent) : ChartWidget(parent), mPlot(new Table1Plot(this))
{
    setPlotWidget(mPlot);
    setMinimumHeight(240);
}

void Table1Chart::setComparison(const PartnerComparison &comparison)
{
    mComparison = comparison;
    mRows.clear();
    for (const RankedPartner &s : mComparison.services) {
        Row row;
        row.services = &s;
        for (const RankedPartner &g : mComparison.goods) {
            if (samePartner(s, g))
                row.goods = &g;
        }
        mRows.push_back(row);
    }
    for (const RankedPartner &g : mComparison.goods) {
        if (!mComparison.inServices(g))
            mRows.push_back(Row{QString(), nullptr, &g});
    }
    const bool both = !mComparison.services.empty() && !mComparison.goods.empty();
    for (Row &row : mRows) {
        const RankedPartner &p = row.services ? *row.services : *row.goods;
        row.label = p.name + (both && !(row.services && row.goods) ? QStringLiteral(" †") : QString());
    }
    const auto larger = [](const Row &row) {
        return std::max(row.services ? row.services->value : 0.0, row.goods ? row.goods->value : 0.0);
    };
    std::stable_sort(mRows.begin(), mRows.end(), [&](const Row &a, const Row &b) { return larger(a) > larger(b); });
    // Rows stay legible: a low window scrolls the figure rather than squeezing it.
    setMinimumHeight(
        int(kLegendHeight + double(std::max<size_t>(mRows.size(), 4)) * (kRowHeight - 2.0) + kAxisHeight + 100.0));
    refreshFrame();
    updateGeometry();
    mPlot->update();
    emit contentChanged();
}

QString Table1Chart::title() const
{
    return tr("Diensten- en goedereninvoer naar partner, %1 (mln %2)")
        .arg(QString::number(mComparison.year),
             mComparison.currency == QLatin1String("EUR") ? QStringLiteral("euro") : mComparison.currency);
}

QString Table1Chart::defaultCaption(const QString &sourceLine) const
{
    QString caption = sourceLine.isEmpty() ? mComparison.sourceLine : sourceLine;
    caption += QStringLiteral(". ") + tr("%1. De %2 grootste partners voor diensten en voor goederen; † alleen in "
                                         "één van beide lijsten.")
                                          .arg(mComparison.label)
                                          .arg(std::max(mComparison.services.size(), mComparison.goods.size()));
    if (mComparison.services.empty())
        caption += QLatin1Char(' ') + tr("Geen dienstengegevens.");
    const bool partial = std::any_of(mComparison.goods.begin(), mComparison.goods.end(),
                                     [](const RankedPartner &p) { return p.partial; });
    if (partial)
        caption += QLatin1Char(' ') + tr("Waarden met geheime cellen zijn ondergrenzen.");
    return caption;
}

double Table1Chart::naturalHeight(double width) const
{
    return frameHeight(width) + kLegendHeight + double(std::max<size_t>(mRows.size(), 1)) * kRowHeight + kAxisHeight;
}

QSize Table1Chart::sizeHint() const
{
    return {760, int(naturalHeight(760))};
}

void Table1Chart::render(QPainter &painter, const QRectF &target)
{
    drawPlot(painter, renderFrame(painter, target));
}

void Table1Chart::drawPlot(QPainter &painter, const QRectF &rect) const
{
    painter.save();
    painter.setRenderHint(QPainter::Antialiasing);
    painter.setRenderHint(QPainter::TextAntialiasing);
    const QFont label = ChartStyle::labelFont();
    const QFontMetricsF metrics(label);
    painter.setFont(label);

    // Legend: the two markers, then the colours.
    double x = rect.left();
    double legendY = rect.top() + 9.0;
    const auto legendText = [&](const QString &text) {
        painter.setPen(ChartStyle::textColour());
        painter.drawText(QPointF(x, legendY + metrics.ascent() / 2.0 - 1.0), text);
        x += metrics.horizontalAdvance(text) + 16.0;
    };
    drawServicesMarker(painter, QPointF(x + kMarker, legendY), ChartStyle::mutedTextColour());
    x += 2 * kMarker + 4;
    legendText(tr("diensten"));
    drawGoodsMarker(painter, QPointF(x + kMarker, legendY), ChartStyle::mutedTextColour());
    x += 2 * kMarker + 4;
    legendText(tr("goederen"));
    x = rect.left();
    legendY += 19.0;
    const std::pair<QColor, QString> sides[] = {{ChartStyle::seriesColour(1), tr("EU")},
                                                {ChartStyle::mainColour(), tr("buiten de EU")},
                                                {ChartStyle::otherColour(), tr("overige (CBS-restgroep)")}};
    for (const auto &[colour, text] : sides) {
        painter.setPen(Qt::NoPen);
        painter.setBrush(colour);
        painter.drawRect(QRectF(x, legendY - 5, 10, 10));
        x += 14;
        legendText(text);
    }

    double labelWidth = 0.0;
    double max = 0.0;
    QFont italic = label;
    italic.setItalic(true);
    const QFontMetricsF italicMetrics(italic);
    for (const Row &row : mRows) {
        const bool block = (row.services ? row.services : row.goods)->block;
        labelWidth = std::max(labelWidth, (block ? italicMetrics : metrics).horizontalAdvance(row.label) + 2.0);
        max = std::max({max, row.services ? row.services->value : 0.0, row.goods ? row.goods->value : 0.0});
    }
    const double onlyWidth = metrics.horizontalAdvance(tr("alleen goederen")) + 12.0;
    const QRectF plot(rect.left() + labelWidth + 10.0, rect.top() + kLegendHeight,
                      std::max(40.0, rect.width() - labelWidth - 10.0 - onlyWidth),
                      std::max(0.0, rect.height() - kLegendHeight - kAxisHeight));
    if (mRows.empty() || max <= 0.0) {
        painter.setPen(ChartStyle::mutedTextColour());
        painter.drawText(plot, Qt::AlignCenter, tr("Geen gegevens"));
        painter.restore();
        return;
    }
    const double step = niceStep(max, 5);
    const double axisMax = std::ceil(max / step) * step;
    const auto xOf = [&](double value) { return plot.left() + plot.width() * value / axisMax; };
    const double rowHeight = std::min(kRowHeight * 1.6, plot.height() / double(mRows.size()));

    // Grid and axis labels.
    for (double v = 0.0; v <= axisMax + step / 2.0; v += step) {
        painter.setPen(QPen(ChartStyle::gridColour(), 1.0));
        painter.drawLine(QPointF(xOf(v), plot.top()), QPointF(xOf(v), plot.bottom()));
        painter.setPen(ChartStyle::mutedTextColour());
        const QString text = NumberFormat::count(qint64(std::llround(v)));
        painter.drawText(QPointF(xOf(v) - metrics.horizontalAdvance(text) / 2.0, plot.bottom() + metrics.ascent() + 4),
                         text);
    }
    const QString unit =
        tr("mln %1").arg(mComparison.currency == QLatin1String("EUR") ? QStringLiteral("euro") : mComparison.currency);
    painter.drawText(QPointF(plot.right() - metrics.horizontalAdvance(unit), plot.bottom() + 2 * metrics.height() + 4),
                     unit);

    for (size_t i = 0; i < mRows.size(); ++i) {
        const Row &row = mRows[i];
        const double y = plot.top() + (double(i) + 0.5) * rowHeight;
        const RankedPartner &p = row.services ? *row.services : *row.goods;
        const QColor colour = sideColour(p);
        QFont font = label;
        font.setItalic(p.block);
        painter.setFont(font);
        painter.setPen(ChartStyle::textColour());
        painter.drawText(QRectF(rect.left(), y - rowHeight / 2.0, labelWidth, rowHeight),
                         Qt::AlignRight | Qt::AlignVCenter, row.label);
        painter.setFont(label);
        if (row.services && row.goods) {
            painter.setPen(QPen(colour, 2.0));
            painter.drawLine(QPointF(xOf(row.services->value), y), QPointF(xOf(row.goods->value), y));
        }
        if (row.services)
            drawServicesMarker(painter, QPointF(xOf(row.services->value), y), colour);
        if (row.goods)
            drawGoodsMarker(painter, QPointF(xOf(row.goods->value), y), colour);
        if (!(row.services && row.goods) && !mComparison.services.empty() && !mComparison.goods.empty()) {
            const double end = xOf(p.value) + kMarker + 6.0;
            painter.setPen(ChartStyle::mutedTextColour());
            painter.drawText(QPointF(end, y + metrics.ascent() / 2.0 - 1.0),
                             row.services ? tr("alleen diensten") : tr("alleen goederen"));
        }
    }
    painter.restore();
}

} // namespace herkomst::ui
