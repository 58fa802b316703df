// qcustomplot.h uses Q_FOREACH in its templates; the project bans it (QT_NO_FOREACH), so allow
// it in this one translation unit, before any Qt header is read.
#undef QT_NO_FOREACH

#include "years/yearsupplierchart.h"

#include "charts/customplotrender.h"
#include "countries/countryregistry.h"

#include <qcustomplot.h>

#include "years/yearchartstyle.h"

#include <algorithm>

namespace herkomst::ui {

struct YearSupplierChart::Private {
    QCustomPlot *plot = nullptr;
    QCPAxisRect *rect = nullptr; // set up once; a rebuild changes only its contents
    std::vector<int> years;
    std::vector<SupplierSeries> series;
    int analysisYear = 0;
    QString finalSet;

    void rebuild();
};

void YearSupplierChart::Private::rebuild()
{
    plot->clearItems();
    plot->clearPlottables();
    QCPAxis *x = rect->axis(QCPAxis::atBottom), *y = rect->axis(QCPAxis::atLeft);
    auto ticker = QSharedPointer<QCPAxisTickerText>::create();
    for (size_t j = 0; j < years.size(); ++j) {
        ticker->addTick(
            double(j),
            years[j] == analysisYear
                ? QCoreApplication::translate("herkomst::ui::YearSupplierChart", "%1\n(analysejaar)").arg(years[j])
                : QString::number(years[j]));
    }
    x->setTicker(ticker);
    x->setRange(-0.6, double(std::max<size_t>(years.size(), 1)) - 0.4);
    QVector<double> keys;
    for (size_t j = 0; j < years.size(); ++j)
        keys << double(j);
    std::vector<int> totals(years.size(), 0);
    QCPBars *below = nullptr;
    int colour = 0;
    for (const SupplierSeries &s : series) {
        auto *bars = new QCPBars(x, y);
        bars->setWidth(0.6);
        bars->setSelectable(QCP::stNone);
        const QColor fill = s.iso3.isEmpty() ? ChartStyle::otherColour() : ChartStyle::seriesColour(colour++);
        bars->setBrush(fill);
        bars->setPen(QPen(Qt::white, 1));
        bars->setName(s.iso3.isEmpty() ? QCoreApplication::translate("herkomst::ui::YearSupplierChart", "overig")
                                       : CountryRegistry::instance().name(s.iso3, NumberFormat::language()));
        QVector<double> values;
        for (size_t j = 0; j < years.size(); ++j) {
            values << s.counts[j];
            totals[j] += s.counts[j];
        }
        bars->setData(keys, values, true);
        if (below)
            bars->moveAbove(below);
        below = bars;
    }
    int most = 4;
    for (size_t j = 0; j < years.size(); ++j) {
        addBarLabel(plot, rect, double(j), totals[j], NumberFormat::count(totals[j]));
        most = std::max(most, totals[j]);
    }
    y->setRange(0, most * 1.12);
    // The legend reads top-down as the stack does.
    if (plot->legend) {
        std::vector<QCPAbstractLegendItem *> items;
        for (int i = plot->legend->itemCount() - 1; i >= 0; --i)
            items.push_back(plot->legend->item(i));
        for (QCPAbstractLegendItem *item : items)
            plot->legend->take(item);
        for (QCPAbstractLegendItem *item : items)
            plot->legend->addItem(item);
    }
}

YearSupplierChart::YearSupplierChart(QWidget *parent) : ChartWidget(parent), d(std::make_unique<Private>())
{
    d->plot = newScreenPlot(this);
    d->plot->setMinimumHeight(180);
    d->rect = setUpYearPlot(d->plot);
    setPlotWidget(d->plot);
    d->rebuild();
}

YearSupplierChart::~YearSupplierChart() = default;

void YearSupplierChart::setSeries(std::vector<int> years, std::vector<SupplierSeries> series, int analysisYear,
                                  const QString &finalSet)
{
    d->years = std::move(years);
    d->series = std::move(series);
    d->analysisYear = analysisYear;
    d->finalSet = finalSet;
    d->rebuild();
    d->plot->replot(QCustomPlot::rpQueuedReplot);
    refreshFrame();
    emit contentChanged();
}

const std::vector<SupplierSeries> &YearSupplierChart::series() const
{
    return d->series;
}

QString YearSupplierChart::title() const
{
    const QString set = d->finalSet.isEmpty() ? tr("Geconcentreerde producten") : d->finalSet;
    return tr("%1 per jaar naar grootste niet-EU-leverancier").arg(set);
}

double YearSupplierChart::naturalHeight(double width) const
{
    return frameHeight(width) + 340.0;
}

void YearSupplierChart::render(QPainter &painter, const QRectF &target)
{
    renderCustomPlot(*d->plot, painter, renderFrame(painter, target));
}

} // namespace herkomst::ui
