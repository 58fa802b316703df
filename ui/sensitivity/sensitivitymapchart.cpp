// qcustomplot.h uses Q_FOREACH in its templates; the project bans it (QT_NO_FOREACH), so allow
// it in this one translation unit, before any Qt header is read.
#undef QT_NO_FOREACH

#include "sensitivity/sensitivitymapchart.h"

#include "charts/chartstyle.h"
#include "charts/customplotrender.h"
#include "export/sensitivitycaption.h"

#include <QCoreApplication>
#include <QKeyEvent>
#include <QToolTip>
#include <qcustomplot.h>

#include "sensitivity/sensitivityaxes.h"

#include <algorithm>
#include <cmath>

namespace herkomst::ui {

namespace {

// A colour map that writes each cell's count in it, in white on the dark cells.
class CountMap : public QCPColorMap {
public:
    CountMap(QCPAxis *x, QCPAxis *y) : QCPColorMap(x, y) {}

    const SensitivityMap *map = nullptr;
    int most = 1;

protected:
    void draw(QCPPainter *painter) override
    {
        QCPColorMap::draw(painter);
        if (!map || map->isEmpty())
            return;
        const std::vector<double> &xs = map->firstThresholds;
        const std::vector<double> &ys = map->secondThresholds;
        const double cellWidth = xs.size() > 1
                                     ? std::abs(keyAxis()->coordToPixel(xs[1]) - keyAxis()->coordToPixel(xs[0]))
                                     : keyAxis()->axisRect()->width();
        const double cellHeight = ys.size() > 1
                                      ? std::abs(valueAxis()->coordToPixel(ys[1]) - valueAxis()->coordToPixel(ys[0]))
                                      : valueAxis()->axisRect()->height();
        QFont font = ChartStyle::captionFont();
        font.setPixelSize(std::clamp(int(cellHeight * 0.5), 7, 12));
        const QFontMetricsF metrics(font);
        painter->setFont(font);
        for (size_t i = 0; i < xs.size(); ++i) {
            for (size_t j = 0; j < ys.size(); ++j) {
                const int kept = map->keptAt(int(i), int(j));
                const QString text = NumberFormat::count(kept);
                if (metrics.horizontalAdvance(text) > cellWidth - 2)
                    continue; // too narrow for its count: the tooltip has it
                const QPointF centre(keyAxis()->coordToPixel(xs[i]), valueAxis()->coordToPixel(ys[j]));
                painter->setPen(kept > most * 0.55 ? QColor(Qt::white) : ChartStyle::textColour());
                painter->drawText(
                    QRectF(centre.x() - cellWidth / 2, centre.y() - cellHeight / 2, cellWidth, cellHeight),
                    Qt::AlignCenter, text);
            }
        }
    }
};

// Ticks at the cells' thresholds, labelled as the dock shows them; every other one when crowded.
QSharedPointer<QCPAxisTickerText> cellTicker(const std::vector<double> &values, Metric metric)
{
    QSharedPointer<QCPAxisTickerText> ticker(new QCPAxisTickerText);
    const size_t every = values.size() > 11 ? 2 : 1;
    for (size_t i = 0; i < values.size(); i += every)
        ticker->addTick(values[i], formatThreshold(metric, values[i]));
    return ticker;
}

size_t nearestStep(const std::vector<double> &values, double coordinate, bool *inside)
{
    size_t best = 0;
    for (size_t i = 1; i < values.size(); ++i) {
        if (std::abs(values[i] - coordinate) < std::abs(values[best] - coordinate))
            best = i;
    }
    const double half = values.size() > 1 ? std::abs(values[1] - values[0]) / 2.0 : 1.0;
    *inside = !values.empty() && std::abs(values[best] - coordinate) <= half;
    return best;
}

std::optional<size_t> stepOf(const std::vector<double> &values, std::optional<double> threshold)
{
    if (!threshold)
        return std::nullopt;
    for (size_t i = 0; i < values.size(); ++i) {
        if (std::abs(values[i] - *threshold) <= 1e-9 * std::max(1.0, std::abs(*threshold)))
            return i;
    }
    return std::nullopt;
}

} // namespace

struct SensitivityMapChart::Private {
    QCustomPlot *plot = nullptr;
    CountMap *colours = nullptr;
    QCPItemRect *current = nullptr;
    QCPItemRect *preset = nullptr;
    QCPItemRect *focus = nullptr; // the keyboard's cell, on screen only
    QCPItemText *empty = nullptr;
    int focusFirst = -1;
    int focusSecond = -1;
    SensitivityMap map;
    QString finalSet;

    void update();
    void showFocus();
    // Arrow keys move the keyboard's cell, Enter or Space picks it; false for other keys.
    bool key(int key, SensitivityMapChart *chart);
    void outline(QCPItemRect *rect, std::optional<size_t> i, std::optional<size_t> j) const;
    bool cellAt(const QPointF &position, size_t *i, size_t *j) const;
    double halfStep(const std::vector<double> &values) const
    {
        return values.size() > 1 ? (values[1] - values[0]) / 2.0 : 0.5;
    }
};

void SensitivityMapChart::Private::outline(QCPItemRect *rect, std::optional<size_t> i, std::optional<size_t> j) const
{
    rect->setVisible(i && j);
    if (!i || !j)
        return;
    const double hx = halfStep(map.firstThresholds);
    const double hy = halfStep(map.secondThresholds);
    rect->topLeft->setCoords(map.firstThresholds[*i] - hx, map.secondThresholds[*j] + hy);
    rect->bottomRight->setCoords(map.firstThresholds[*i] + hx, map.secondThresholds[*j] - hy);
}

void SensitivityMapChart::Private::update()
{
    const bool shows = !map.isEmpty();
    colours->setVisible(shows);
    empty->setVisible(!shows);
    plot->xAxis->setVisible(shows);
    plot->yAxis->setVisible(shows);
    if (!shows) {
        current->setVisible(false);
        preset->setVisible(false);
        empty->setText(QCoreApplication::translate("herkomst::ui::SensitivityMapChart",
                                                   "Kies twee criteria die aan staan om ze samen te variëren."));
        return;
    }
    const std::vector<double> &xs = map.firstThresholds;
    const std::vector<double> &ys = map.secondThresholds;
    QCPColorMapData *data = colours->data();
    data->setSize(int(xs.size()), int(ys.size()));
    data->setRange(QCPRange(xs.front(), xs.back()), QCPRange(ys.front(), ys.back()));
    int most = 1;
    for (size_t i = 0; i < xs.size(); ++i) {
        for (size_t j = 0; j < ys.size(); ++j) {
            const int kept = map.keptAt(int(i), int(j));
            data->setCell(int(i), int(j), kept);
            most = std::max(most, kept);
        }
    }
    colours->most = most;
    colours->setDataRange(QCPRange(0, most));
    plot->xAxis->setTicker(cellTicker(xs, map.first.metric));
    plot->yAxis->setTicker(cellTicker(ys, map.second.metric));
    plot->xAxis->setRange(xs.front() - halfStep(xs), xs.back() + halfStep(xs));
    plot->yAxis->setRange(ys.front() - halfStep(ys), ys.back() + halfStep(ys));
    plot->xAxis->setLabel(metricScreenName(map.first.metric));
    plot->yAxis->setLabel(metricScreenName(map.second.metric));
    outline(current, stepOf(xs, map.first.threshold), stepOf(ys, map.second.threshold));
    showFocus();
    outline(preset, stepOf(xs, presetThreshold(map.first)), stepOf(ys, presetThreshold(map.second)));
}

void SensitivityMapChart::Private::showFocus()
{
    if (map.isEmpty() || !plot->hasFocus()) {
        focus->setVisible(false);
        return;
    }
    const int columns = int(map.firstThresholds.size());
    const int rows = int(map.secondThresholds.size());
    if (focusFirst < 0 || focusSecond < 0) {
        // From the current pair when it is on the map, else from its middle.
        focusFirst = int(stepOf(map.firstThresholds, map.first.threshold).value_or(size_t(columns / 2)));
        focusSecond = int(stepOf(map.secondThresholds, map.second.threshold).value_or(size_t(rows / 2)));
    }
    focusFirst = std::clamp(focusFirst, 0, columns - 1);
    focusSecond = std::clamp(focusSecond, 0, rows - 1);
    outline(focus, size_t(focusFirst), size_t(focusSecond));
}

bool SensitivityMapChart::Private::key(int pressed, SensitivityMapChart *chart)
{
    if (map.isEmpty())
        return false;
    switch (pressed) {
    case Qt::Key_Left:
        --focusFirst;
        break;
    case Qt::Key_Right:
        ++focusFirst;
        break;
    case Qt::Key_Up:
        ++focusSecond; // higher thresholds are up
        break;
    case Qt::Key_Down:
        --focusSecond;
        break;
    case Qt::Key_Return:
    case Qt::Key_Enter:
    case Qt::Key_Space:
        showFocus();
        emit chart->cellClicked(focusFirst, focusSecond);
        return true;
    default:
        return false;
    }
    showFocus();
    plot->replot(QCustomPlot::rpQueuedReplot);
    return true;
}

bool SensitivityMapChart::Private::cellAt(const QPointF &position, size_t *i, size_t *j) const
{
    if (map.isEmpty() || !plot->axisRect()->rect().contains(position.toPoint()))
        return false;
    bool insideX = false, insideY = false;
    *i = nearestStep(map.firstThresholds, plot->xAxis->pixelToCoord(position.x()), &insideX);
    *j = nearestStep(map.secondThresholds, plot->yAxis->pixelToCoord(position.y()), &insideY);
    return insideX && insideY;
}

SensitivityMapChart::SensitivityMapChart(QWidget *parent) : ChartWidget(parent), d(std::make_unique<Private>())
{
    d->plot = newScreenPlot(this);
    for (QCPAxis *axis : {d->plot->xAxis, d->plot->yAxis}) {
        styleSensitivityAxis(axis);
        axis->grid()->setVisible(false);
        axis->setTickLengthIn(0); // ticks inside would cross the counts of the first row and column
        axis->setTickLengthOut(4);
    }
    d->colours = new CountMap(d->plot->xAxis, d->plot->yAxis);
    d->colours->map = &d->map;
    d->colours->setInterpolate(false);
    d->colours->setTightBoundary(false);
    QCPColorGradient gradient;
    gradient.clearColorStops();
    gradient.setColorStopAt(0.0, QColor(0xf3, 0xf6, 0xfa));
    gradient.setColorStopAt(1.0, ChartStyle::mainColour());
    d->colours->setGradient(gradient);
    d->colours->setSelectable(QCP::stNone);
    d->preset = new QCPItemRect(d->plot);
    d->preset->setPen(QPen(ChartStyle::mutedTextColour(), 1.5, Qt::DashLine));
    d->current = new QCPItemRect(d->plot);
    d->current->setPen(QPen(ChartStyle::textColour(), 2.5));
    d->focus = new QCPItemRect(d->plot);
    d->focus->setPen(QPen(ChartStyle::selectionColour(), 2.0, Qt::DotLine));
    d->focus->setVisible(false);
    d->plot->setFocusPolicy(Qt::StrongFocus);
    d->plot->installEventFilter(this);
    for (QCPItemRect *rect : {d->preset, d->current, d->focus}) {
        rect->setBrush(Qt::NoBrush);
        rect->setSelectable(false);
    }
    d->empty = new QCPItemText(d->plot);
    d->empty->position->setType(QCPItemPosition::ptAxisRectRatio);
    d->empty->position->setCoords(0.5, 0.5);
    d->empty->setFont(ChartStyle::labelFont());
    d->empty->setColor(ChartStyle::mutedTextColour());

    connect(d->plot, &QCustomPlot::mousePress, this, [this](QMouseEvent *event) {
        size_t i = 0, j = 0;
        if (event->button() == Qt::LeftButton && d->cellAt(event->position(), &i, &j))
            emit cellClicked(int(i), int(j));
    });
    connect(d->plot, &QCustomPlot::mouseMove, this, [this](QMouseEvent *event) {
        size_t i = 0, j = 0;
        if (!d->cellAt(event->position(), &i, &j)) {
            QToolTip::hideText();
            return;
        }
        const SensitivityMap &m = d->map;
        QToolTip::showText(event->globalPosition().toPoint(),
                           tr("%1 %2 %3 en %4 %5 %6: %7 producten na de laatste stap<br><i>Klik om beide drempels "
                              "zo in te stellen</i>")
                               .arg(metricScreenName(m.first.metric), comparisonSymbol(m.first.comparison),
                                    formatThreshold(m.first.metric, m.firstThresholds[i]),
                                    metricScreenName(m.second.metric), comparisonSymbol(m.second.comparison),
                                    formatThreshold(m.second.metric, m.secondThresholds[j]),
                                    NumberFormat::count(m.keptAt(int(i), int(j)))),
                           d->plot);
    });
    setPlotWidget(d->plot);
    d->update();
}

SensitivityMapChart::~SensitivityMapChart() = default;

void SensitivityMapChart::setMap(SensitivityMap map, const QString &finalSet)
{
    d->map = std::move(map);
    d->finalSet = finalSet;
    d->update();
    d->plot->replot(QCustomPlot::rpQueuedReplot);
    refreshFrame();
    emit contentChanged();
}

const SensitivityMap &SensitivityMapChart::map() const
{
    return d->map;
}

QString SensitivityMapChart::title() const
{
    if (d->map.isEmpty() || d->finalSet.isEmpty())
        return tr("Gevoeligheid voor twee drempels samen");
    return tr("Gevoeligheid: %1 bij twee drempels samen").arg(d->finalSet);
}

double SensitivityMapChart::naturalHeight(double width) const
{
    return frameHeight(width) + std::min(width * 0.75, 480.0);
}

QPoint SensitivityMapChart::cellPosition(int firstStep, int secondStep) const
{
    const SensitivityMap &m = d->map;
    if (m.isEmpty() || firstStep < 0 || secondStep < 0 || firstStep >= int(m.firstThresholds.size()) ||
        secondStep >= int(m.secondThresholds.size()))
        return {};
    d->plot->replot(QCustomPlot::rpImmediateRefresh); // make sure the layout fits the widget
    const QPointF inPlot(d->plot->xAxis->coordToPixel(m.firstThresholds[size_t(firstStep)]),
                         d->plot->yAxis->coordToPixel(m.secondThresholds[size_t(secondStep)]));
    return d->plot->mapTo(this, inPlot.toPoint());
}

bool SensitivityMapChart::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == d->plot) {
        if (event->type() == QEvent::KeyPress && d->key(static_cast<QKeyEvent *>(event)->key(), this))
            return true;
        if (event->type() == QEvent::FocusIn || event->type() == QEvent::FocusOut) {
            QMetaObject::invokeMethod(
                this,
                [this] {
                    d->showFocus();
                    d->plot->replot(QCustomPlot::rpQueuedReplot);
                },
                Qt::QueuedConnection); // hasFocus() is true only once the event is handled
        }
    }
    return ChartWidget::eventFilter(watched, event);
}

void SensitivityMapChart::render(QPainter &painter, const QRectF &target)
{
    // Exports draw the chart, never the keyboard's cell.
    const bool focusShown = d->focus->visible();
    d->focus->setVisible(false);
    renderCustomPlot(*d->plot, painter, renderFrame(painter, target));
    d->focus->setVisible(focusShown);
}

} // namespace herkomst::ui
