// qcustomplot.h uses Q_FOREACH in its templates; the project bans it (QT_NO_FOREACH), so allow
// it in this one translation unit, before any Qt header is read.
#undef QT_NO_FOREACH

#include "years/yearfunnelchart.h"

#include "charts/customplotrender.h"

#include <qcustomplot.h>

#include "years/yearchartstyle.h"

#include <algorithm>

namespace herkomst::ui {

namespace {

constexpr double kGroupWidth = 0.8; // of one step's slot, shared by its years' bars

// "Meer dan de helft uit één\nniet-EU-land": step labels wrap so the axis stays legible.
QString wrapped(const QString &text, int width = 11)
{
    QStringList lines{QString()};
    for (const QString &word : text.split(QLatin1Char(' '), Qt::SkipEmptyParts)) {
        if (!lines.last().isEmpty() && lines.last().size() + word.size() + 1 > width)
            lines << QString();
        lines.last() += (lines.last().isEmpty() ? QString() : QStringLiteral(" ")) + word;
    }
    return lines.join(QLatin1Char('\n'));
}

// Older years lighter, the analysis year in the house colour.
QColor yearColour(size_t index, size_t count, bool analysisYear)
{
    if (analysisYear)
        return ChartStyle::mainColour();
    const QColor light(0xb8, 0xcf, 0xe4), dark = ChartStyle::seriesColour(1);
    const double t = count <= 1 ? 1.0 : double(index) / double(count - 1);
    return QColor::fromRgbF(float(light.redF() + t * (dark.redF() - light.redF())),
                            float(light.greenF() + t * (dark.greenF() - light.greenF())),
                            float(light.blueF() + t * (dark.blueF() - light.blueF())));
}

} // namespace

struct YearFunnelChart::Private {
    QCustomPlot *plot = nullptr;
    QCPAxisRect *rect = nullptr; // set up once; a rebuild changes only its contents
    std::vector<Year> years;
    int analysisYear = 0;

    void rebuild();
};

void YearFunnelChart::Private::rebuild()
{
    plot->clearItems();
    plot->clearPlottables();
    QCPAxis *x = rect->axis(QCPAxis::atBottom), *y = rect->axis(QCPAxis::atLeft);
    if (years.empty() || years.front().steps.empty())
        return;
    const size_t stepCount = years.front().steps.size(), yearCount = years.size();
    auto ticker = QSharedPointer<QCPAxisTickerText>::create();
    for (size_t i = 0; i < stepCount; ++i)
        ticker->addTick(double(i), wrapped(QStringLiteral("%1 %2").arg(i).arg(years.front().steps[i].label)));
    x->setTicker(ticker);
    x->setRange(-0.5, double(stepCount) - 0.5);
    const double width = kGroupWidth / double(yearCount);
    int most = 4;
    bool anyUndetermined = false;
    for (size_t j = 0; j < yearCount; ++j) {
        const Year &year = years[j];
        const bool current = year.year == analysisYear;
        const QColor colour = yearColour(j, yearCount, current);
        auto *kept = new QCPBars(x, y);
        auto *undetermined = new QCPBars(x, y);
        kept->setName(
            current ? QCoreApplication::translate("herkomst::ui::YearFunnelChart", "%1 (analysejaar)").arg(year.year)
                    : QString::number(year.year));
        undetermined->removeFromLegend();
        QVector<double> keys, keptValues, undeterminedValues;
        for (size_t i = 0; i < stepCount && i < year.steps.size(); ++i) {
            const FunnelStep &step = year.steps[i];
            const double key = double(i) - kGroupWidth / 2 + width * (double(j) + 0.5);
            keys << key;
            keptValues << step.kept;
            undeterminedValues << step.undetermined;
            most = std::max(most, step.kept + step.undetermined);
            anyUndetermined = anyUndetermined || step.undetermined > 0;
            // The analysis year's counts only: every year's would overlap on a narrow chart.
            if (current)
                addBarLabel(plot, rect, key, step.kept + step.undetermined, NumberFormat::count(step.kept));
        }
        for (QCPBars *bars : {kept, undetermined}) {
            bars->setWidth(width * 0.92);
            bars->setSelectable(QCP::stNone);
        }
        kept->setData(keys, keptValues, true);
        kept->setPen(QPen(colour.darker(115), 1));
        kept->setBrush(colour);
        undetermined->setData(keys, undeterminedValues, true);
        undetermined->setPen(QPen(colour, 1));
        undetermined->setBrush(QBrush(colour, Qt::BDiagPattern));
        undetermined->moveAbove(kept);
    }
    if (anyUndetermined) { // one legend entry for the hatching of every year
        auto *legendOnly = new QCPBars(x, y);
        legendOnly->setName(QCoreApplication::translate("herkomst::ui::YearFunnelChart", "onbepaald"));
        legendOnly->setPen(QPen(ChartStyle::mutedTextColour(), 1));
        legendOnly->setBrush(QBrush(ChartStyle::mutedTextColour(), Qt::BDiagPattern));
    }
    y->setRange(0, most * 1.12);
}

YearFunnelChart::YearFunnelChart(QWidget *parent) : ChartWidget(parent), d(std::make_unique<Private>())
{
    d->plot = newScreenPlot(this);
    d->plot->setMinimumHeight(180);
    d->rect = setUpYearPlot(d->plot);
    setPlotWidget(d->plot);
    d->rebuild();
}

YearFunnelChart::~YearFunnelChart() = default;

void YearFunnelChart::setYears(std::vector<Year> years, int analysisYear)
{
    d->years = std::move(years);
    d->analysisYear = analysisYear;
    d->rebuild();
    d->plot->replot(QCustomPlot::rpQueuedReplot);
    refreshFrame();
    emit contentChanged();
}

const std::vector<YearFunnelChart::Year> &YearFunnelChart::years() const
{
    return d->years;
}

QString YearFunnelChart::title() const
{
    if (d->years.empty())
        return tr("De trechter per jaar");
    return tr("De trechter per jaar, %1–%2").arg(d->years.front().year).arg(d->years.back().year);
}

double YearFunnelChart::naturalHeight(double width) const
{
    return frameHeight(width) + 340.0;
}

void YearFunnelChart::render(QPainter &painter, const QRectF &target)
{
    renderCustomPlot(*d->plot, painter, renderFrame(painter, target));
}

} // namespace herkomst::ui
