#include "charts/countrychart.h"

#include "charts/chartstyle.h"
#include "countries/countryregistry.h"
#include "domain/industryname.h"
#include "domain/numberformat.h"
#include "export/analysiscaption.h"

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

constexpr int kMaxIndustries = 7;      // more stacked colours stop being readable
constexpr double kBarRowHeight = 24.0; // logical pixels per country at the natural size

struct Bar {
    QString iso3; // "" for "overige"
    QString name;
    double total = 0.0;
    QHash<QString, double> byIndustry;
};

} // namespace

// The Qt Charts objects of one chart: kept between updates on screen, made afresh for an export.
struct ChartParts {
    QChart *chart = nullptr;
    QAbstractBarSeries *series = nullptr;
    QBarCategoryAxis *countries = nullptr;
    QValueAxis *values = nullptr;
};

struct CountryChart::Private {
    QChartView *view = nullptr;
    ChartParts screen;
    AnalysisResult result;
    QString currency = QStringLiteral("EUR");
    ValueUnit unit = ValueUnit::Millions;
    Measure measure = Measure::Count;
    bool stacked = false;
    int topN = 10;
    bool syncPending = false; // a scene update is queued for the next event-loop pass
    QSet<QString> selected;   // marked on screen (SelectionMark)

    std::vector<Bar> bars;  // top to bottom
    QStringList industries; // stack order; the last may be "overige bedrijfstakken"
    bool otherIndustries = false;

    double valueOf(const SupplierGroup &g) const
    {
        return measure == Measure::Count ? double(g.count) : valueInUnit(g.importValue, unit);
    }
    double industryValue(const SupplierGroup &g, const QString &industry) const
    {
        return measure == Measure::Count ? double(g.countByIndustry.value(industry))
                                         : valueInUnit(g.valueByIndustry.value(industry), unit);
    }

    void computeBars();
    // Brings the chart in line with the bars, changing only what differs, so a threshold drag
    // updates values in place instead of rebuilding series, axes and their text items.
    void sync(ChartParts &parts, CountryChart *clickOwner) const;
    void syncSeries(ChartParts &parts, CountryChart *clickOwner) const;
    void syncValueAxis(QValueAxis *axis) const;
    QString axisTitle() const;
};

void CountryChart::Private::computeBars()
{
    std::vector<const SupplierGroup *> groups;
    for (const SupplierGroup &g : result.bySupplier)
        groups.push_back(&g);
    std::stable_sort(groups.begin(), groups.end(),
                     [this](const SupplierGroup *a, const SupplierGroup *b) { return valueOf(*a) > valueOf(*b); });

    // Industries by their total over all countries, largest first; the tail goes to "overige".
    QHash<QString, double> industryTotals;
    for (const SupplierGroup *g : groups) {
        const QStringList keys = measure == Measure::Count ? g->countByIndustry.keys() : g->valueByIndustry.keys();
        for (const QString &industry : keys)
            industryTotals[industry] += industryValue(*g, industry);
    }
    QStringList ordered = industryTotals.keys();
    std::sort(ordered.begin(), ordered.end(), [&](const QString &a, const QString &b) {
        return industryTotals.value(a) != industryTotals.value(b) ? industryTotals.value(a) > industryTotals.value(b)
                                                                  : a < b;
    });
    otherIndustries = ordered.size() > kMaxIndustries;
    industries = ordered.mid(0, otherIndustries ? kMaxIndustries - 1 : kMaxIndustries);
    const QString otherKey = QStringLiteral("\x1f"
                                            "other");
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
    return CountryChart::tr("Invoerwaarde (%1)").arg(unitLabel(unit, currency));
}

namespace {

// What one bar set should show.
struct SetSpec {
    QString label;
    QColor colour;
    QList<qreal> values; // bottom up, as Qt Charts lists categories
};

void makeChart(ChartParts &parts)
{
    QChart *target = parts.chart;
    target->setBackgroundBrush(Qt::white);
    target->setBackgroundRoundness(0);
    target->setDropShadowEnabled(false);
    target->setMargins(QMargins(0, 0, 8, 0));
    target->layout()->setContentsMargins(0, 0, 0, 0);
    target->setAnimationOptions(QChart::NoAnimation);
    target->setLocalizeNumbers(true);

    parts.countries = new QBarCategoryAxis;
    parts.countries->setLabelsFont(ChartStyle::labelFont());
    parts.countries->setLabelsColor(ChartStyle::textColour());
    parts.countries->setGridLineVisible(false);
    parts.countries->setLinePen(QPen(ChartStyle::otherColour(), 1));
    parts.countries->setTruncateLabels(false); // country names are never elided
    target->addAxis(parts.countries, Qt::AlignLeft);

    parts.values = new QValueAxis;
    parts.values->setLabelsFont(ChartStyle::captionFont());
    parts.values->setLabelsColor(ChartStyle::mutedTextColour());
    parts.values->setTitleFont(ChartStyle::captionFont());
    parts.values->setTitleBrush(ChartStyle::mutedTextColour());
    parts.values->setGridLineColor(ChartStyle::gridColour());
    parts.values->setLineVisible(false);
    parts.values->setMinorTickCount(0);
    parts.values->setTickType(QValueAxis::TicksDynamic);
    parts.values->setTickAnchor(0.0);
    target->addAxis(parts.values, Qt::AlignBottom);

    QLegend *legend = target->legend();
    legend->setAlignment(Qt::AlignRight); // a bottom row elides industry names at 16 cm
    legend->setFont(ChartStyle::captionFont());
    legend->setLabelColor(ChartStyle::textColour());
    legend->setMarkerShape(QLegend::MarkerShapeRectangle);
}

// A round step (1, 2, 2.5 or 5 times a power of ten) that gives at most five intervals up to max.
double niceInterval(double max)
{
    const double rough = std::max(max, 1.0) / 5.0;
    const double magnitude = std::pow(10.0, std::floor(std::log10(rough)));
    for (double m : {1.0, 2.0, 2.5, 5.0}) {
        if (m * magnitude >= rough)
            return m * magnitude;
    }
    return 10.0 * magnitude;
}

} // namespace

void CountryChart::Private::syncValueAxis(QValueAxis *axis) const
{
    double max = 0.0;
    for (const Bar &bar : bars)
        max = std::max(max, bar.total);
    // Room for the value label beyond the longest bar, then up to a whole interval.
    const double interval = niceInterval(max * 1.1);
    const double top = std::max(interval, std::ceil(max * 1.1 / interval) * interval);
    if (axis->max() != top || axis->min() != 0.0)
        axis->setRange(0.0, top);
    if (axis->tickInterval() != interval)
        axis->setTickInterval(interval);
    const QString format = interval < 1.0 ? QStringLiteral("%.1f") : QStringLiteral("%.0f");
    if (axis->labelFormat() != format)
        axis->setLabelFormat(format);
    if (axis->titleText() != axisTitle())
        axis->setTitleText(axisTitle());
}

void CountryChart::Private::syncSeries(ChartParts &parts, CountryChart *clickOwner) const
{
    const bool isStacked = parts.series && parts.series->type() == QAbstractSeries::SeriesTypeHorizontalStackedBar;
    if (!parts.series || isStacked != stacked) {
        if (parts.series) {
            parts.chart->removeSeries(parts.series);
            delete parts.series;
        }
        if (stacked) {
            parts.series = new QHorizontalStackedBarSeries;
        } else {
            parts.series = new QHorizontalBarSeries;
            parts.series->setLabelsVisible(true);
            parts.series->setLabelsPosition(QAbstractBarSeries::LabelsOutsideEnd);
            parts.series->setLabelsFormat(QStringLiteral("@value"));
            parts.series->setLabelsPrecision(9);
        }
        parts.series->setBarWidth(0.66);
        parts.chart->addSeries(parts.series);
        parts.series->attachAxis(parts.countries);
        parts.series->attachAxis(parts.values);
        if (clickOwner) {
            QObject::connect(parts.series, &QAbstractBarSeries::clicked, clickOwner,
                             [clickOwner](int index, QBarSet *) {
                                 const std::vector<Bar> &shown = clickOwner->d->bars;
                                 const size_t bar = shown.size() - 1 - size_t(index); // categories run bottom up
                                 if (bar < shown.size())
                                     emit clickOwner->countryClicked(shown[bar].iso3);
                             });
        }
    }

    // Bar labels as a table shows the unit: one decimal in millions, whole thousands.
    auto rounded = [this](double v) {
        if (measure == Measure::Count)
            return v;
        return unit == ValueUnit::Millions ? std::round(v * 10.0) / 10.0 : std::round(v);
    };
    std::vector<SetSpec> specs;
    if (stacked) {
        for (int k = 0; k < industries.size(); ++k) {
            const QString &industry = industries[k];
            const bool other = industry.startsWith(QLatin1Char('\x1f'));
            SetSpec spec{other                ? CountryChart::tr("Overige bedrijfstakken")
                         : industry.isEmpty() ? CountryChart::tr("Onbekende bedrijfstak")
                                              : industryName(industry),
                         other ? ChartStyle::otherColour() : ChartStyle::seriesColour(k),
                         {}};
            for (auto it = bars.rbegin(); it != bars.rend(); ++it)
                spec.values << rounded(it->byIndustry.value(industry));
            specs.push_back(spec);
        }
    } else {
        SetSpec spec{axisTitle(), ChartStyle::mainColour(), {}};
        for (auto it = bars.rbegin(); it != bars.rend(); ++it)
            spec.values << rounded(it->total);
        specs.push_back(spec);
    }

    // Drop surplus sets, add missing ones, then update labels and values where they differ.
    QList<QBarSet *> sets = parts.series->barSets();
    while (sets.size() > int(specs.size()))
        parts.series->remove(sets.takeLast()); // deletes the set
    while (sets.size() < int(specs.size())) {
        auto *set = new QBarSet(QString());
        set->setBorderColor(stacked ? QColor(Qt::white) : QColor(Qt::transparent));
        if (!stacked) {
            set->setSelectedColor(ChartStyle::otherColour()); // marks the "overige" bar
            set->setLabelColor(ChartStyle::textColour());
            set->setLabelFont(ChartStyle::labelFont());
        }
        parts.series->append(set);
        sets.append(set);
    }
    for (size_t k = 0; k < specs.size(); ++k) {
        QBarSet *set = sets[int(k)];
        const SetSpec &spec = specs[k];
        if (set->label() != spec.label)
            set->setLabel(spec.label);
        if (set->color() != spec.colour)
            set->setColor(spec.colour);
        const int n = int(spec.values.size());
        if (set->count() > n)
            set->remove(n, set->count() - n);
        for (int i = 0; i < n; ++i) {
            if (i >= set->count())
                set->append(spec.values[i]);
            else if (set->at(i) != spec.values[i])
                set->replace(i, spec.values[i]);
        }
        if (!stacked) {
            const bool overige = !bars.empty() && bars.back().iso3.isEmpty();
            if (overige != set->isBarSelected(0))
                set->setBarSelected(0, overige);
            for (int i = 1; i < n; ++i) {
                if (set->isBarSelected(i))
                    set->setBarSelected(i, false);
            }
        }
    }
}

void CountryChart::Private::sync(ChartParts &parts, CountryChart *clickOwner) const
{
    if (!parts.countries)
        makeChart(parts);
    const QLocale locale = NumberFormat::language().startsWith(QLatin1String("en"))
                               ? QLocale(QLocale::English, QLocale::UnitedKingdom)
                               : QLocale(QLocale::Dutch, QLocale::Netherlands);
    if (parts.chart->locale() != locale)
        parts.chart->setLocale(locale);

    QStringList categories;
    for (auto it = bars.rbegin(); it != bars.rend(); ++it)
        categories << it->name;
    syncSeries(parts, clickOwner);
    if (parts.countries->categories() != categories)
        parts.countries->setCategories(categories);
    syncValueAxis(parts.values);
    // No products: the reason in words where the bars would be, no axes from 0 to 0,2.
    const bool empty = bars.empty();
    if (parts.countries->isVisible() == empty) {
        parts.countries->setVisible(!empty);
        parts.values->setVisible(!empty);
    }
    const QString message = empty ? emptyResultText(result) : QString();
    if (parts.chart->title() != message) {
        parts.chart->setTitleFont(ChartStyle::labelFont());
        parts.chart->setTitleBrush(ChartStyle::mutedTextColour());
        parts.chart->setTitle(message);
    }
    if (parts.chart->legend()->isVisible() != (stacked && !empty))
        parts.chart->legend()->setVisible(stacked && !empty);
}

CountryChart::CountryChart(QWidget *parent) : ChartWidget(parent), d(std::make_unique<Private>())
{
    d->screen.chart = new QChart;
    d->view = new QChartView(d->screen.chart, this);
    d->view->setRenderHint(QPainter::Antialiasing);
    d->view->setMinimumHeight(160);
    d->view->setFrameShape(QFrame::NoFrame);
    setPlotWidget(d->view);
    connect(d->screen.chart, &QChart::plotAreaChanged, this, [this](const QRectF &area) {
        fitCountryLabels(area.height());
        updateSelectionMark();
    });
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

void CountryChart::setValueUnit(ValueUnit unit)
{
    if (d->unit == unit)
        return;
    d->unit = unit;
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

CountryChart::Measure CountryChart::measure() const
{
    return d->measure;
}
bool CountryChart::isStackedByIndustry() const
{
    return d->stacked;
}
int CountryChart::topN() const
{
    return d->topN;
}
ValueUnit CountryChart::valueUnit() const
{
    return d->unit;
}

void CountryChart::rebuild()
{
    d->computeBars(); // at once, so the bar accessors and the title are current
    refreshFrame();
    emit contentChanged();
    // The scene follows once per event-loop pass: a slider drag that fires several changes
    // before the next frame costs one scene update, not one per change. Behind another tab it
    // waits until shown (the accessors and exports flush it themselves).
    if (!d->syncPending) {
        d->syncPending = true;
        if (isVisible())
            queueFlush();
    }
}

void CountryChart::queueFlush()
{
    QMetaObject::invokeMethod(
        this, [this] { flushScene(); }, Qt::QueuedConnection);
}

void CountryChart::showEvent(QShowEvent *event)
{
    ChartWidget::showEvent(event);
    if (d->syncPending)
        queueFlush();
}

void CountryChart::flushScene() const
{
    if (!d->syncPending)
        return;
    d->syncPending = false;
    d->sync(d->screen, const_cast<CountryChart *>(this));
    const_cast<CountryChart *>(this)->updateSelectionMark(); // the bars may have moved
}

void CountryChart::fitCountryLabels(double plotHeight)
{
    // Qt Charts leaves out country names that would touch each other, so on a short screen
    // every other bar lost its name; the names rather get smaller (to 9 px), on screen only.
    if (!d->screen.countries)
        return;
    const double rowHeight = plotHeight / std::max<size_t>(d->bars.size(), 1);
    QFont font = ChartStyle::labelFont();
    font.setPixelSize(std::clamp(int(rowHeight / 1.45), 9, font.pixelSize()));
    if (d->screen.countries->labelsFont() != font)
        d->screen.countries->setLabelsFont(font);
}

void CountryChart::setSelectedCountries(const QSet<QString> &iso3Codes)
{
    if (iso3Codes == d->selected)
        return;
    d->selected = iso3Codes;
    updateSelectionMark();
}

QRect CountryChart::selectionArea() const
{
    if (d->selected.isEmpty() || !d->screen.series || d->bars.empty())
        return {};
    QSet<QString> shown;
    for (const Bar &bar : d->bars)
        shown.insert(bar.iso3);
    const bool others = std::any_of(d->selected.begin(), d->selected.end(),
                                    [&shown](const QString &code) { return !shown.contains(code); });
    QRect area;
    QChart *chart = d->screen.chart;
    for (int b = 0; b < int(d->bars.size()); ++b) {
        const QString &iso3 = d->bars[size_t(b)].iso3;
        if (!(iso3.isEmpty() ? others : d->selected.contains(iso3)))
            continue;
        // The bar's whole row, its country name on the axis included.
        const int category = int(d->bars.size()) - 1 - b;
        const auto rowY = [&](double offset) {
            const QPointF inChart = chart->mapToPosition(QPointF(0, category + offset), d->screen.series);
            return d->view->viewport()->mapTo(this, d->view->mapFromScene(chart->mapToScene(inChart))).y();
        };
        const int top = std::min(rowY(0.5), rowY(-0.5));
        const int bottom = std::max(rowY(0.5), rowY(-0.5));
        const QPoint left = d->view->mapTo(this, QPoint(0, 0));
        area |= QRect(left.x(), top, d->view->width(), bottom - top);
    }
    return area.intersected(rect());
}

QString CountryChart::title() const
{
    const QString set = finalSetName(d->result);
    return d->measure == Measure::Count ? tr("Figuur 2. %1 naar grootste niet-EU-leverancier (aantal)").arg(set)
                                        : tr("Figuur 2. %1 naar grootste niet-EU-leverancier (invoerwaarde)").arg(set);
}

QString CountryChart::emptyText() const
{
    return d->bars.empty() ? emptyResultText(d->result) : QString();
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
    flushScene();
    if (bar < 0 || bar >= int(d->bars.size()) || !d->screen.series)
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
    QChart *chart = d->screen.chart;
    const QPointF inChart = chart->mapToPosition(QPointF(value, category), d->screen.series);
    const QPoint inView = d->view->mapFromScene(chart->mapToScene(inChart));
    return d->view->viewport()->mapTo(this, inView);
}

double CountryChart::naturalHeight(double width) const
{
    const double legend = 0.0; // the stacked legend sits beside the plot
    return frameHeight(width) + std::max<size_t>(d->bars.size(), 3) * kBarRowHeight + 50.0 + legend;
}

void CountryChart::render(QPainter &painter, const QRectF &target)
{
    const QRectF plotRect = renderFrame(painter, target);
    // A chart of its own at the export size, so the one on screen keeps its layout.
    QGraphicsScene scene;
    ChartParts parts;
    parts.chart = new QChart;
    scene.addItem(parts.chart);
    d->sync(parts, nullptr);
    QChart *chart = parts.chart;
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
