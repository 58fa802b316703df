#include "charts/countrychart.h"

#include "charts/chartstyle.h"
#include "countries/countryregistry.h"
#include "domain/numberformat.h"

#include <QBarCategoryAxis>
#include <QBarSet>
#include <QChart>
#include <QChartView>
#include <QGraphicsLayout>
#include <QGraphicsScene>
#include <QHorizontalBarSeries>
#include <QHorizontalStackedBarSeries>
#include <QLegendMarker>
#include <QLocale>
#include <QValueAxis>

#include <algorithm>
#include <cmath>

namespace herkomst::ui {

namespace {

constexpr int kMaxIndustries = 7;        // more stacked colours stop being readable
constexpr double kBarRowHeight = 24.0;   // logical pixels per country at the natural size

struct Bar {
    QString iso3;                        // "" for "overige"
    QString name;
    double total = 0.0;
    QHash<QString, double> byIndustry;
};

} // namespace

struct CountryChart::Private {
    QChartView *view = nullptr;
    QChart *chart = nullptr;
    AnalysisResult result;
    QString currency = QStringLiteral("EUR");
    Measure measure = Measure::Count;
    bool stacked = false;
    int topN = 10;

    std::vector<Bar> bars;               // top to bottom
    QStringList industries;              // stack order; the last may be "overige bedrijfstakken"
    bool otherIndustries = false;

    double valueOf(const SupplierGroup &g) const
    {
        return measure == Measure::Count ? double(g.count) : g.importValue / 1e6;
    }
    double industryValue(const SupplierGroup &g, const QString &industry) const
    {
        return measure == Measure::Count ? double(g.countByIndustry.value(industry))
                                         : g.valueByIndustry.value(industry) / 1e6;
    }

    void computeBars();
    void populate(QChart *target, QObject *clickReceiver, CountryChart *owner) const;
    QString axisTitle() const;
};

void CountryChart::Private::computeBars()
{
    std::vector<const SupplierGroup *> groups;
    for (const SupplierGroup &g : result.bySupplier)
        groups.push_back(&g);
    std::stable_sort(groups.begin(), groups.end(), [this](const SupplierGroup *a, const SupplierGroup *b) {
        return valueOf(*a) > valueOf(*b);
    });

    // Industries by their total over all countries, largest first; the tail goes to "overige".
    QHash<QString, double> industryTotals;
    for (const SupplierGroup *g : groups) {
        const QStringList keys = measure == Measure::Count ? g->countByIndustry.keys() : g->valueByIndustry.keys();
        for (const QString &industry : keys)
            industryTotals[industry] += industryValue(*g, industry);
    }
    QStringList ordered = industryTotals.keys();
    std::sort(ordered.begin(), ordered.end(), [&](const QString &a, const QString &b) {
        return industryTotals.value(a) != industryTotals.value(b) ? industryTotals.value(a) > industryTotals.value(b) : a < b;
    });
    otherIndustries = ordered.size() > kMaxIndustries;
    industries = ordered.mid(0, otherIndustries ? kMaxIndustries - 1 : kMaxIndustries);
    const QString otherKey = QStringLiteral("\x1f" "other");
    if (otherIndustries)
        industries << otherKey;

    auto addTo = [&](Bar &bar, const SupplierGroup &g) {
        bar.total += valueOf(g);
        const QStringList keys = measure == Measure::Count ? g.countByIndustry.keys() : g.valueByIndustry.keys();
        for (const QString &industry : keys) {
            const QString key = industries.contains(industry) ? industry : otherKey;
            bar.byIndustry[key] += industryValue(g, industry);
        }
    };

    bars.clear();
    const int shown = int(groups.size()) > topN ? std::max(1, topN) : int(groups.size());
    for (int i = 0; i < shown; ++i) {
        Bar bar;
        bar.iso3 = groups[size_t(i)]->iso3;
        bar.name = CountryRegistry::instance().name(bar.iso3, NumberFormat::language());
        addTo(bar, *groups[size_t(i)]);
        bars.push_back(bar);
    }
    if (shown < int(groups.size())) {
        Bar other;
        other.name = CountryChart::tr("Overige landen (%1)").arg(int(groups.size()) - shown);
        for (size_t i = size_t(shown); i < groups.size(); ++i)
            addTo(other, *groups[i]);
        bars.push_back(other);
    }
}

QString CountryChart::Private::axisTitle() const
{
    if (measure == Measure::Count)
        return CountryChart::tr("Aantal producten");
    return currency == QLatin1String("EUR") ? CountryChart::tr("Invoerwaarde (mln euro)")
                                            : CountryChart::tr("Invoerwaarde (mln %1)").arg(currency);
}

void CountryChart::Private::populate(QChart *target, QObject *clickReceiver, CountryChart *owner) const
{
    target->removeAllSeries();
    for (QAbstractAxis *axis : target->axes()) {
        target->removeAxis(axis);
        delete axis;
    }
    target->setLocalizeNumbers(true);
    target->setLocale(NumberFormat::language().startsWith(QLatin1String("en")) ? QLocale(QLocale::English, QLocale::UnitedKingdom)
                                                                               : QLocale(QLocale::Dutch, QLocale::Netherlands));
    target->setBackgroundBrush(Qt::white);
    target->setBackgroundRoundness(0);
    target->setDropShadowEnabled(false);
    target->setMargins(QMargins(0, 0, 8, 0));
    target->layout()->setContentsMargins(0, 0, 0, 0);
    target->setAnimationOptions(QChart::NoAnimation);

    QAbstractBarSeries *series = nullptr;
    QStringList categories;
    for (auto it = bars.rbegin(); it != bars.rend(); ++it)   // Qt Charts lists categories bottom up
        categories << it->name;

    auto rounded = [this](double v) { return measure == Measure::Count ? v : std::round(v * 10.0) / 10.0; };
    double max = 0.0;
    if (stacked) {
        series = new QHorizontalStackedBarSeries;
        for (int k = 0; k < industries.size(); ++k) {
            const QString &industry = industries[k];
            const bool other = industry.startsWith(QLatin1Char('\x1f'));
            auto *set = new QBarSet(other ? CountryChart::tr("Overige bedrijfstakken")
                                          : industry.isEmpty() ? CountryChart::tr("Onbekende bedrijfstak") : industry);
            set->setColor(other ? ChartStyle::otherColour() : ChartStyle::seriesColour(k));
            set->setBorderColor(Qt::white);
            for (auto it = bars.rbegin(); it != bars.rend(); ++it)
                *set << rounded(it->byIndustry.value(industry));
            series->append(set);
        }
    } else {
        series = new QHorizontalBarSeries;
        auto *set = new QBarSet(axisTitle());
        set->setColor(ChartStyle::mainColour());
        set->setBorderColor(Qt::transparent);
        set->setSelectedColor(ChartStyle::otherColour());   // marks the "overige" bar
        set->setLabelColor(ChartStyle::textColour());
        set->setLabelFont(ChartStyle::labelFont());
        for (auto it = bars.rbegin(); it != bars.rend(); ++it)
            *set << rounded(it->total);
        if (!bars.empty() && bars.back().iso3.isEmpty())
            set->selectBar(0);
        series->append(set);
        series->setLabelsVisible(true);
        series->setLabelsPosition(QAbstractBarSeries::LabelsOutsideEnd);
        series->setLabelsFormat(QStringLiteral("@value"));
        series->setLabelsPrecision(9);
    }
    for (const Bar &bar : bars)
        max = std::max(max, bar.total);
    series->setBarWidth(0.66);
    target->addSeries(series);

    auto *countries = new QBarCategoryAxis;
    countries->append(categories);
    countries->setLabelsFont(ChartStyle::labelFont());
    countries->setLabelsColor(ChartStyle::textColour());
    countries->setGridLineVisible(false);
    countries->setLinePen(QPen(ChartStyle::otherColour(), 1));
    target->addAxis(countries, Qt::AlignLeft);
    series->attachAxis(countries);

    auto *values = new QValueAxis;
    values->setRange(0.0, std::max(1.0, max * 1.1));
    values->applyNiceNumbers();
    values->setLabelFormat(QStringLiteral("%.0f"));
    values->setLabelsFont(ChartStyle::captionFont());
    values->setLabelsColor(ChartStyle::mutedTextColour());
    values->setTitleText(axisTitle());
    values->setTitleFont(ChartStyle::captionFont());
    values->setTitleBrush(ChartStyle::mutedTextColour());
    values->setGridLineColor(ChartStyle::gridColour());
    values->setLineVisible(false);
    values->setMinorTickCount(0);
    target->addAxis(values, Qt::AlignBottom);
    series->attachAxis(values);

    QLegend *legend = target->legend();
    legend->setVisible(stacked);
    legend->setAlignment(Qt::AlignRight);   // a bottom row elides industry names at 16 cm
    legend->setFont(ChartStyle::captionFont());
    legend->setLabelColor(ChartStyle::textColour());
    legend->setMarkerShape(QLegend::MarkerShapeRectangle);

    if (clickReceiver) {
        const size_t count = bars.size();
        QObject::connect(series, &QAbstractBarSeries::clicked, clickReceiver, [owner, this, count](int index, QBarSet *) {
            const size_t bar = count - 1 - size_t(index);
            if (bar < bars.size())
                emit owner->countryClicked(bars[bar].iso3);
        });
    }
}

CountryChart::CountryChart(QWidget *parent)
    : ChartWidget(parent), d(std::make_unique<Private>())
{
    d->chart = new QChart;
    d->view = new QChartView(d->chart, this);
    d->view->setRenderHint(QPainter::Antialiasing);
    d->view->setMinimumHeight(160);
    d->view->setFrameShape(QFrame::NoFrame);
    setPlotWidget(d->view);
    rebuild();
}

CountryChart::~CountryChart() = default;

void CountryChart::setResult(const AnalysisResult &result, const StatisticsTable &table)
{
    d->result = result;
    d->currency = table.data ? table.data->currency : QStringLiteral("EUR");
    rebuild();
}

void CountryChart::setMeasure(Measure measure)
{
    if (d->measure == measure)
        return;
    d->measure = measure;
    rebuild();
}

void CountryChart::setStackedByIndustry(bool stacked)
{
    if (d->stacked == stacked)
        return;
    d->stacked = stacked;
    rebuild();
}

void CountryChart::setTopN(int n)
{
    n = std::max(1, n);
    if (d->topN == n)
        return;
    d->topN = n;
    rebuild();
}

CountryChart::Measure CountryChart::measure() const { return d->measure; }
bool CountryChart::isStackedByIndustry() const { return d->stacked; }
int CountryChart::topN() const { return d->topN; }

void CountryChart::rebuild()
{
    d->computeBars();
    d->populate(d->chart, this, this);
    refreshFrame();
    emit contentChanged();
}

QString CountryChart::title() const
{
    return d->measure == Measure::Count
               ? tr("Figuur 2. Geconcentreerde producten naar grootste niet-EU-leverancier (aantal)")
               : tr("Figuur 2. Geconcentreerde producten naar grootste niet-EU-leverancier (invoerwaarde)");
}

QStringList CountryChart::barCountries() const
{
    QStringList list;
    for (const Bar &bar : d->bars)
        list << bar.iso3;
    return list;
}

QStringList CountryChart::barLabels() const
{
    QStringList list;
    for (const Bar &bar : d->bars)
        list << bar.name;
    return list;
}

std::vector<double> CountryChart::barValues() const
{
    std::vector<double> values;
    for (const Bar &bar : d->bars)
        values.push_back(bar.total);
    return values;
}

QPoint CountryChart::barPosition(int bar) const
{
    if (bar < 0 || bar >= int(d->bars.size()) || d->chart->series().isEmpty())
        return {};
    const int category = int(d->bars.size()) - 1 - bar;
    // Inside the first stacked segment or halfway along a plain bar.
    double value = d->bars[size_t(bar)].total / 2.0;
    if (d->stacked) {
        for (const QString &industry : d->industries) {
            const double v = d->bars[size_t(bar)].byIndustry.value(industry);
            if (v > 0) {
                value = v / 2.0;
                break;
            }
        }
    }
    const QPointF inChart = d->chart->mapToPosition(QPointF(value, category), d->chart->series().first());
    const QPoint inView = d->view->mapFromScene(d->chart->mapToScene(inChart));
    return d->view->viewport()->mapTo(this, inView);
}

double CountryChart::naturalHeight(double width) const
{
    const double legend = 0.0;   // the stacked legend sits beside the plot
    return frameHeight(width) + std::max<size_t>(d->bars.size(), 3) * kBarRowHeight + 50.0 + legend;
}

void CountryChart::render(QPainter &painter, const QRectF &target)
{
    const QRectF plotRect = renderFrame(painter, target);
    // A chart of its own at the export size, so the one on screen keeps its layout.
    QGraphicsScene scene;
    auto *chart = new QChart;
    scene.addItem(chart);
    d->populate(chart, nullptr, this);
    chart->setGeometry(QRectF(QPointF(0, 0), plotRect.size()));
    chart->layout()->activate();
    scene.setSceneRect(chart->geometry());
    painter.save();
    painter.setRenderHint(QPainter::Antialiasing);
    painter.setRenderHint(QPainter::TextAntialiasing);
    scene.render(&painter, plotRect, QRectF(QPointF(0, 0), plotRect.size()));
    painter.restore();
}

} // namespace herkomst::ui
