// qcustomplot.h uses Q_FOREACH in its templates; the project bans it (QT_NO_FOREACH), so allow
// it in this one translation unit, before any Qt header is read.
#undef QT_NO_FOREACH

#include "sensitivity/sensitivitycurveschart.h"

#include "charts/chartstyle.h"
#include "charts/customplotrender.h"
#include "export/sensitivitycaption.h"

#include <QCoreApplication>
#include <QToolTip>
#include <qcustomplot.h>

#include "sensitivity/sensitivityaxes.h"

#include <algorithm>
#include <cmath>
#include <functional>

namespace herkomst::ui {

namespace {

constexpr int kPlotsPerRow = 3;
constexpr double kRowHeight = 230.0; // logical pixels per row of plots at the natural size

// The plots of one curve, kept between updates: a threshold drag changes data and positions only.
struct CurvePlot {
    QCPAxisRect *rect = nullptr;
    QCPGraph *graph = nullptr;
    QCPItemLine *current = nullptr;
    QCPItemLine *preset = nullptr;
    QCPItemTracer *dot = nullptr;
    QCPItemText *label = nullptr;
    Metric metric = Metric::SupplierShare;
    QString axisLabel; // whole; the axis shows it wrapped to the plot's width
};

// Breaks a label between words so that no line is wider than `width` (a word longer stays whole).
QString wrappedLabel(const QString &text, const QFont &font, int width)
{
    const QFontMetrics metrics(font);
    QString wrapped, line;
    for (const QString &word : text.split(QLatin1Char(' '), Qt::SkipEmptyParts)) {
        const QString longer = line.isEmpty() ? word : line + QLatin1Char(' ') + word;
        if (!line.isEmpty() && metrics.horizontalAdvance(longer) > width) {
            wrapped += line + QLatin1Char('\n');
            line = word;
        } else {
            line = longer;
        }
    }
    return wrapped + line;
}

// Each plot's value axis at the width it has: its label wrapped, padded to as many lines as the
// others' (so the plots' bottoms line up), and fewer ticks on a narrow axis so "75 %" and "100 %"
// do not run together. True when anything changed.
bool fitAxes(std::vector<CurvePlot> &plots, const std::function<int(const CurvePlot &)> &widthOf)
{
    std::vector<QString> labels;
    int lines = 1;
    for (const CurvePlot &p : plots) {
        labels.push_back(wrappedLabel(p.axisLabel, p.rect->axis(QCPAxis::atBottom)->labelFont(), widthOf(p)));
        lines = std::max(lines, int(labels.back().count(QLatin1Char('\n'))) + 1);
    }
    bool changed = false;
    for (size_t i = 0; i < plots.size(); ++i) {
        QCPAxis *x = plots[i].rect->axis(QCPAxis::atBottom);
        QString label = labels[i];
        for (int missing = lines - int(label.count(QLatin1Char('\n'))) - 1; missing > 0; --missing)
            label += QStringLiteral("\n\u00a0");
        const int ticks = widthOf(plots[i]) < 220 ? 2 : 4;
        changed = changed || label != x->label() || ticks != x->ticker()->tickCount();
        x->setLabel(label);
        x->ticker()->setTickCount(ticks);
    }
    return changed;
}

QCPItemLine *verticalLine(QCustomPlot *plot, QCPAxisRect *rect, const QPen &pen)
{
    auto *line = new QCPItemLine(plot);
    line->setClipAxisRect(rect);
    for (QCPItemPosition *p : {line->start, line->end}) {
        p->setAxisRect(rect);
        p->setAxes(rect->axis(QCPAxis::atBottom), rect->axis(QCPAxis::atLeft));
    }
    line->setPen(pen);
    line->setSelectable(false);
    return line;
}

} // namespace

struct SensitivityCurvesChart::Private {
    QCustomPlot *plot = nullptr;
    QCPTextElement *empty = nullptr;
    std::vector<SensitivityCurve> curves;
    std::vector<CurvePlot> plots;
    int currentKept = 0;
    QString finalSet;

    void rebuild();
    void update();
    // The curve and threshold under a point of the plot; false when none.
    bool curveAt(const QPointF &position, size_t *curve, size_t *point) const;
};

void SensitivityCurvesChart::Private::rebuild()
{
    plot->clearItems();
    plot->clearGraphs();
    plot->plotLayout()->clear();
    plots.clear();
    empty = nullptr;
    if (curves.empty()) {
        empty = new QCPTextElement(plot, QString(), ChartStyle::labelFont());
        empty->setTextColor(ChartStyle::mutedTextColour());
        plot->plotLayout()->addElement(0, 0, empty);
        return;
    }
    const int perRow = std::min<int>(kPlotsPerRow, int(curves.size()));
    for (size_t i = 0; i < curves.size(); ++i) {
        CurvePlot p;
        p.metric = curves[i].criterion.metric;
        p.rect = new QCPAxisRect(plot);
        plot->plotLayout()->addElement(int(i) / perRow, int(i) % perRow, p.rect);
        QCPAxis *x = p.rect->axis(QCPAxis::atBottom);
        QCPAxis *y = p.rect->axis(QCPAxis::atLeft);
        x->setTicker(QSharedPointer<QCPAxisTicker>(new ThresholdTicker(p.metric)));
        x->ticker()->setTickCount(4);
        y->setTicker(QSharedPointer<QCPAxisTicker>(new CountTicker));
        y->ticker()->setTickCount(4);
        for (QCPAxis *axis : {x, y}) {
            styleSensitivityAxis(axis);
            axis->grid()->setPen(QPen(ChartStyle::gridColour(), 0, Qt::DotLine));
        }
        p.graph = plot->addGraph(x, y);
        p.graph->setPen(QPen(ChartStyle::mainColour(), 2));
        p.graph->setLineStyle(QCPGraph::lsStepLeft); // a count holds until the next threshold
        p.graph->setSelectable(QCP::stNone);
        p.preset = verticalLine(plot, p.rect, QPen(ChartStyle::mutedTextColour(), 1.2, Qt::DashLine));
        p.current = verticalLine(plot, p.rect, QPen(ChartStyle::textColour(), 1.5));
        p.dot = new QCPItemTracer(plot);
        p.dot->setClipAxisRect(p.rect);
        p.dot->position->setAxisRect(p.rect);
        p.dot->position->setAxes(x, y);
        p.dot->setStyle(QCPItemTracer::tsCircle);
        p.dot->setSize(7);
        p.dot->setPen(QPen(ChartStyle::textColour(), 1.5));
        p.dot->setBrush(Qt::white);
        p.label = new QCPItemText(plot);
        p.label->setClipToAxisRect(false);
        p.label->position->setType(QCPItemPosition::ptAxisRectRatio);
        p.label->position->setAxisRect(p.rect);
        p.label->position->setCoords(1.0, 0.0);
        p.label->setPositionAlignment(Qt::AlignRight | Qt::AlignTop);
        p.label->setFont(ChartStyle::strongLabelFont());
        p.label->setColor(ChartStyle::textColour());
        p.label->setPadding(QMargins(5, 0, 5, 0));
        p.label->setBrush(Qt::white); // the threshold lines pass behind it, not through it
        plots.push_back(p);
    }
}

void SensitivityCurvesChart::Private::update()
{
    bool sameLayout = curves.size() == plots.size() && !curves.empty();
    for (size_t i = 0; sameLayout && i < curves.size(); ++i)
        sameLayout = plots[i].metric == curves[i].criterion.metric;
    if (!sameLayout || curves.empty())
        rebuild();
    if (empty) {
        empty->setText(QCoreApplication::translate("herkomst::ui::SensitivityCurvesChart",
                                                   "Geen criterium staat aan: er is niets te variëren."));
        return;
    }
    // One vertical scale for all: the curves compare at a glance.
    int most = std::max(4, currentKept); // whole counts on the ticks even when few products stay
    for (const SensitivityCurve &c : curves) {
        for (int k : c.kept)
            most = std::max(most, k);
    }
    const double top = most * 1.12;
    for (size_t i = 0; i < curves.size(); ++i) {
        const SensitivityCurve &c = curves[i];
        CurvePlot &p = plots[i];
        QVector<double> keys(c.thresholds.begin(), c.thresholds.end());
        QVector<double> values;
        for (int k : c.kept)
            values << k;
        p.graph->setData(keys, values, true);
        QCPAxis *x = p.rect->axis(QCPAxis::atBottom);
        const MetricInfo &info = metricInfo(c.criterion.metric);
        x->setRange(info.minimum, info.maximum);
        p.axisLabel = metricScreenName(c.criterion.metric);
        p.rect->axis(QCPAxis::atLeft)->setRange(0, top);
        const double now = c.criterion.threshold;
        p.current->start->setCoords(now, 0);
        p.current->end->setCoords(now, top);
        p.dot->position->setCoords(now, currentKept);
        p.preset->setVisible(c.presetThreshold.has_value());
        if (c.presetThreshold) {
            p.preset->start->setCoords(*c.presetThreshold, 0);
            p.preset->end->setCoords(*c.presetThreshold, top);
        }
        // The current threshold and its count in the plot's top right corner, where a falling curve
        // leaves room and no label runs into the axis.
        p.label->setText(
            QStringLiteral("%1: %2").arg(formatThreshold(c.criterion.metric, now), NumberFormat::count(currentKept)));
    }
}

bool SensitivityCurvesChart::Private::curveAt(const QPointF &position, size_t *curve, size_t *point) const
{
    for (size_t i = 0; i < plots.size(); ++i) {
        if (!plots[i].rect->rect().contains(position.toPoint()) || curves[i].thresholds.empty())
            continue;
        const double key = plots[i].rect->axis(QCPAxis::atBottom)->pixelToCoord(position.x());
        const std::vector<double> &t = curves[i].thresholds;
        // The threshold at or left of the point: a count holds until the next threshold.
        const auto it = std::upper_bound(t.begin(), t.end(), key);
        *curve = i;
        *point = it == t.begin() ? 0 : size_t(it - t.begin()) - 1;
        return true;
    }
    return false;
}

SensitivityCurvesChart::SensitivityCurvesChart(QWidget *parent) : ChartWidget(parent), d(std::make_unique<Private>())
{
    d->plot = newScreenPlot(this);
    connect(d->plot, &QCustomPlot::mouseMove, this, [this](QMouseEvent *event) {
        size_t curve = 0, point = 0;
        if (!d->curveAt(event->position(), &curve, &point)) {
            QToolTip::hideText();
            return;
        }
        const SensitivityCurve &c = d->curves[curve];
        QToolTip::showText(event->globalPosition().toPoint(),
                           tr("%1 %2 %3: %4 producten na de laatste stap")
                               .arg(metricScreenName(c.criterion.metric), comparisonSymbol(c.criterion.comparison),
                                    formatThreshold(c.criterion.metric, c.thresholds[point]),
                                    NumberFormat::count(c.kept[point])),
                           d->plot);
    });
    // Three plots side by side leave a narrow axis: its label wraps to the width the layout gave
    // it instead of running past the chart's edge, and it gets fewer ticks (this changes heights
    // only, so one more pass settles it).
    connect(d->plot, &QCustomPlot::afterLayout, this, [this] {
        if (fitAxes(d->plots, [](const CurvePlot &p) { return p.rect->width(); }))
            d->plot->replot(QCustomPlot::rpQueuedReplot);
    });
    setPlotWidget(d->plot);
    d->update();
}

SensitivityCurvesChart::~SensitivityCurvesChart() = default;

void SensitivityCurvesChart::setCurves(std::vector<SensitivityCurve> curves, int currentKept, const QString &finalSet)
{
    d->curves = std::move(curves);
    d->currentKept = currentKept;
    d->finalSet = finalSet;
    d->update();
    d->plot->replot(QCustomPlot::rpQueuedReplot);
    refreshFrame();
    emit contentChanged();
}

const std::vector<SensitivityCurve> &SensitivityCurvesChart::curves() const
{
    return d->curves;
}

QString SensitivityCurvesChart::title() const
{
    if (d->finalSet.isEmpty())
        return tr("Gevoeligheid voor elke drempel");
    return tr("Gevoeligheid: %1 bij andere drempels, één criterium tegelijk").arg(d->finalSet);
}

double SensitivityCurvesChart::naturalHeight(double width) const
{
    const int rows = d->curves.empty() ? 1 : int((d->curves.size() + kPlotsPerRow - 1) / kPlotsPerRow);
    return frameHeight(width) + rows * kRowHeight;
}

void SensitivityCurvesChart::render(QPainter &painter, const QRectF &target)
{
    const QRectF plotRect = renderFrame(painter, target);
    // The axis labels wrapped to the export's width (less the value axis's tick labels); the
    // replot after the export wraps them to the screen's again.
    const int perRow = std::max(1, std::min(int(d->plots.size()), kPlotsPerRow));
    const int width = int(plotRect.width() / perRow) - 50;
    fitAxes(d->plots, [width](const CurvePlot &) { return width; });
    renderCustomPlot(*d->plot, painter, plotRect);
}

} // namespace herkomst::ui
