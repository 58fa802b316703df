// qcustomplot.h uses Q_FOREACH in its templates; the project bans it (QT_NO_FOREACH), so allow
// it in this one translation unit, before any Qt header is read.
#undef QT_NO_FOREACH

#include "charts/funnelchart.h"

#include "charts/chartstyle.h"
#include "charts/customplotrender.h"
#include "domain/numberformat.h"

#include <QMouseEvent>
#include <QResizeEvent>
#include <QToolTip>
#include <qcustomplot.h>

#include <algorithm>

namespace herkomst::ui {

namespace {

constexpr double kBarThickness = 0.42;        // in rows
constexpr double kLabelOffset = 0.27;         // label baseline above the bar centre, in rows
constexpr double kRowHeight = 50.0;           // logical pixels per step at the natural size
constexpr double kInsideLabelFraction = 0.08; // bars wider than this carry their count inside
constexpr double kRoomBesideFraction = 0.85;  // pale bars narrower than this leave room beside them

QCPBars *makeBars(QCustomPlot *plot, const QColor &colour)
{
    auto *bars = new QCPBars(plot->yAxis, plot->xAxis);
    bars->setWidth(kBarThickness);
    bars->setPen(Qt::NoPen);
    bars->setBrush(colour.isValid() ? QBrush(colour) : QBrush(Qt::NoBrush));
    bars->setSelectable(QCP::stNone);
    bars->setAntialiased(false);
    return bars;
}

} // namespace

struct FunnelChart::Private {
    QCustomPlot *plot = nullptr;
    QCPBars *enteringOffset = nullptr;
    QCPBars *entering = nullptr;
    QCPBars *keptOffset = nullptr;
    QCPBars *kept = nullptr;
    std::vector<FunnelStep> steps;
    // One rule label and one count per step, kept between updates: a threshold drag changes
    // their text and place, it does not rebuild the items.
    std::vector<QCPItemText *> labels;
    std::vector<QCPItemText *> counts;
    QStringList labelTexts;       // the full rule labels, before fitting
    int selected = -1;            // marked on screen (SelectionMark)
    bool replotWhenShown = false; // the result changed while the chart was hidden

    void ensureItems(size_t n);
    // Fits each rule label into the plot's width: a smaller font first, then the counts on a
    // second line when the row has room for it, and only then an ellipsis.
    void fitLabels(double width, double height);

    double maxCount() const
    {
        int max = 1;
        for (const FunnelStep &s : steps)
            max = std::max({max, s.entering, s.kept});
        return max;
    }

    int stepAtPlot(const QPoint &position) const
    {
        if (steps.empty() || !plot->axisRect()->rect().contains(position))
            return -1;
        const double key = plot->yAxis->pixelToCoord(position.y());
        const int step = qRound(key);
        if (step < 0 || step >= int(steps.size()) || std::abs(key - step) > 0.5)
            return -1;
        return step;
    }
};

void FunnelChart::Private::ensureItems(size_t n)
{
    while (labels.size() > n) {
        plot->removeItem(labels.back());
        plot->removeItem(counts.back());
        labels.pop_back();
        counts.pop_back();
    }
    while (labels.size() < n) {
        auto *label = new QCPItemText(plot);
        label->setFont(ChartStyle::labelFont());
        label->setColor(ChartStyle::textColour());
        label->setPositionAlignment(Qt::AlignHCenter | Qt::AlignBottom);
        label->setClipToAxisRect(false);
        label->setTextAlignment(Qt::AlignHCenter);
        labels.push_back(label);
        auto *count = new QCPItemText(plot);
        count->setFont(ChartStyle::strongLabelFont());
        count->setClipToAxisRect(false);
        counts.push_back(count);
    }
}

void FunnelChart::Private::fitLabels(double width, double height)
{
    const double rows = plot->yAxis->range().size();
    const double rowHeight = rows > 0 ? height / rows : height;
    const double room = std::max(20.0, width - 4.0);
    for (size_t i = 0; i < labels.size() && i < size_t(labelTexts.size()); ++i) {
        const QString &text = labelTexts[int(i)];
        QFont font = ChartStyle::labelFont();
        QString fitted;
        for (int px = font.pixelSize(); px >= 10 && fitted.isEmpty(); --px) {
            font.setPixelSize(px);
            if (QFontMetricsF(font).horizontalAdvance(text) <= room)
                fitted = text;
        }
        const QFontMetricsF metrics(font);
        const int split = text.indexOf(QStringLiteral(" — "));
        // Between a bar and the label of the next step there is about half a row.
        if (fitted.isEmpty() && split > 0 && 2.0 * metrics.height() <= rowHeight * 0.55) {
            fitted = metrics.elidedText(text.left(split), Qt::ElideRight, room) + QLatin1Char('\n') +
                     metrics.elidedText(text.mid(split + 3), Qt::ElideRight, room);
        }
        if (fitted.isEmpty())
            fitted = metrics.elidedText(text, Qt::ElideRight, room);
        QCPItemText *label = labels[i];
        if (label->font() != font)
            label->setFont(font);
        label->setText(fitted);
    }
}

FunnelChart::FunnelChart(QWidget *parent) : ChartWidget(parent), d(std::make_unique<Private>())
{
    d->plot = newScreenPlot(this);
    QCPAxisRect *rect = d->plot->axisRect();
    rect->setAutoMargins(QCP::msNone);
    rect->setMargins(QMargins(0, 0, 0, 0));
    for (QCPAxis *axis : {d->plot->xAxis, d->plot->yAxis}) {
        axis->setVisible(false);
        axis->grid()->setVisible(false);
    }
    d->plot->yAxis->setRangeReversed(true); // the universe on top, as in the letter

    // Stacked on invisible offsets so every bar is centred: the funnel shape.
    d->enteringOffset = makeBars(d->plot, QColor());
    d->entering = makeBars(d->plot, ChartStyle::lightColour());
    d->entering->moveAbove(d->enteringOffset);
    d->keptOffset = makeBars(d->plot, QColor());
    d->kept = makeBars(d->plot, ChartStyle::mainColour());
    d->kept->moveAbove(d->keptOffset);

    connect(d->plot, &QCustomPlot::mousePress, this, [this](QMouseEvent *event) {
        if (event->button() != Qt::LeftButton)
            return;
        const int step = d->stepAtPlot(event->position().toPoint());
        if (step >= 0)
            emit stepClicked(step);
    });
    connect(d->plot, &QCustomPlot::mouseMove, this, [this](QMouseEvent *event) {
        const int step = d->stepAtPlot(event->position().toPoint());
        if (step >= 0)
            QToolTip::showText(event->globalPosition().toPoint(), stepToolTip(step), d->plot);
        else
            QToolTip::hideText();
    });
    d->plot->installEventFilter(this);
    setPlotWidget(d->plot);
    // The mark follows the bars wherever a replot puts them.
    connect(d->plot, &QCustomPlot::afterReplot, this, &FunnelChart::updateSelectionMark);
}

bool FunnelChart::eventFilter(QObject *watched, QEvent *event)
{
    // Before QCustomPlot's own resize handling queues the replot, so the labels fit the new width.
    if (watched == d->plot && event->type() == QEvent::Resize) {
        const QSize size = static_cast<QResizeEvent *>(event)->size();
        d->fitLabels(size.width(), size.height());
    }
    return ChartWidget::eventFilter(watched, event);
}

void FunnelChart::showEvent(QShowEvent *event)
{
    ChartWidget::showEvent(event);
    if (d->replotWhenShown) {
        d->replotWhenShown = false;
        d->fitLabels(d->plot->width(), d->plot->height());
        d->plot->replot(QCustomPlot::rpQueuedReplot);
    }
}

FunnelChart::~FunnelChart() = default;

void FunnelChart::setResult(const AnalysisResult &result)
{
    d->steps = result.steps;
    const int n = int(d->steps.size());
    const double max = d->maxCount();

    QVector<double> keys, enteringOffsets, enterings, keptOffsets, kepts;
    for (int i = 0; i < n; ++i) {
        const FunnelStep &s = d->steps[size_t(i)];
        const double in = i == 0 ? s.kept : s.entering;
        keys << i;
        enteringOffsets << (max - in) / 2.0;
        enterings << in;
        keptOffsets << (max - s.kept) / 2.0;
        kepts << s.kept;
    }
    d->enteringOffset->setData(keys, enteringOffsets, true);
    d->entering->setData(keys, enterings, true);
    d->keptOffset->setData(keys, keptOffsets, true);
    d->kept->setData(keys, kepts, true);

    d->ensureItems(size_t(n));
    d->labelTexts.clear();
    for (int i = 0; i < n; ++i) {
        const FunnelStep &s = d->steps[size_t(i)];
        QCPItemText *label = d->labels[size_t(i)];
        d->labelTexts << stepLabel(i);
        label->position->setCoords(max / 2.0, i - kLabelOffset);

        // The count on the bar itself, white inside a wide bar; beside a narrow one, past the pale
        // bar of what entered the step when there is room, so it never sits on the pale part.
        QCPItemText *count = d->counts[size_t(i)];
        count->setText(NumberFormat::count(s.kept));
        const double in = i == 0 ? s.kept : s.entering;
        if (s.kept / max >= kInsideLabelFraction) {
            count->setColor(Qt::white);
            count->setPositionAlignment(Qt::AlignCenter);
            count->position->setCoords(max / 2.0, i);
            count->setPadding(QMargins());
        } else {
            count->setColor(ChartStyle::mainColour());
            count->setPositionAlignment(Qt::AlignLeft | Qt::AlignVCenter);
            count->position->setCoords((max + (in / max < kRoomBesideFraction ? in : s.kept)) / 2.0, i);
            count->setPadding(QMargins(6, 0, 0, 0));
        }
    }
    d->plot->xAxis->setRange(0, max);
    d->plot->yAxis->setRange(-0.78, std::max(0, n - 1) + 0.32);
    d->fitLabels(d->plot->width(), d->plot->height());
    // Behind another tab the plot waits until shown: exports lay it out themselves.
    d->replotWhenShown = !isVisible();
    if (!d->replotWhenShown)
        d->plot->replot(QCustomPlot::rpQueuedReplot);
    refreshFrame();
    emit contentChanged();
}

QString FunnelChart::title() const
{
    if (d->steps.empty())
        return tr("Figuur 1. Trechter van de invoeranalyse");
    const QString from = NumberFormat::count(d->steps.front().kept);
    const QString to = NumberFormat::count(d->steps.back().kept);
    if (d->steps.back().key == QLatin1String("concentrated"))
        return tr("Figuur 1. Van %1 ingevoerde producten naar %2 geconcentreerde producten").arg(from, to);
    return tr("Figuur 1. Van %1 ingevoerde producten naar %2 producten die aan alle criteria voldoen").arg(from, to);
}

int FunnelChart::stepCount() const
{
    return int(d->steps.size());
}

QString FunnelChart::stepLabel(int step) const
{
    const FunnelStep &s = d->steps.at(size_t(step));
    if (step == 0)
        return s.label; // the count is on the bar
    QString text = tr("%1 — %2 over, %3 af").arg(s.label, NumberFormat::count(s.kept), NumberFormat::count(s.dropped));
    if (s.undetermined > 0)
        text += tr(", %1 onbepaald").arg(NumberFormat::count(s.undetermined));
    return text;
}

QString FunnelChart::stepToolTip(int step) const
{
    const FunnelStep &s = d->steps.at(size_t(step));
    if (step == 0)
        return tr("%1: %2 producten").arg(s.label, NumberFormat::count(s.kept));
    QString text = tr("<b>%1</b><br>Regel: %2<br>In: %3 · over: %4 · af: %5")
                       .arg(s.label.toHtmlEscaped(), s.rule.toHtmlEscaped(), NumberFormat::count(s.entering),
                            NumberFormat::count(s.kept), NumberFormat::count(s.dropped));
    if (s.undetermined > 0)
        text += tr("<br>Onbepaald (gegevens ontbreken): %1").arg(NumberFormat::count(s.undetermined));
    return text + tr("<br><i>Klik om de producten te tonen</i>");
}

QPoint FunnelChart::stepPosition(int step) const
{
    if (step < 0 || step >= stepCount())
        return {};
    d->plot->replot(QCustomPlot::rpImmediateRefresh); // make sure the layout fits the widget
    const double max = d->maxCount();
    const QPointF inPlot(d->plot->xAxis->coordToPixel(max / 2.0), d->plot->yAxis->coordToPixel(step));
    return d->plot->mapTo(this, inPlot.toPoint());
}

void FunnelChart::setSelectedStep(int step)
{
    if (step == d->selected)
        return;
    d->selected = step;
    updateSelectionMark();
}

int FunnelChart::selectedStep() const
{
    return d->selected;
}

QRect FunnelChart::selectionArea() const
{
    if (d->selected < 0 || d->selected >= stepCount())
        return {};
    // The step's row: its rule label above the bar down to just below the bar.
    const double top = d->plot->yAxis->coordToPixel(d->selected - 0.66);
    const double bottom = d->plot->yAxis->coordToPixel(d->selected + kBarThickness / 2.0 + 0.08);
    const QRect inPlot = QRectF(QPointF(0, top), QPointF(d->plot->width(), bottom)).toAlignedRect();
    return inPlot.translated(d->plot->mapTo(this, QPoint(0, 0))).intersected(rect());
}

int FunnelChart::stepAt(const QPoint &position) const
{
    return d->stepAtPlot(d->plot->mapFrom(this, position));
}

double FunnelChart::naturalHeight(double width) const
{
    return frameHeight(width) + std::max<size_t>(d->steps.size(), 1) * kRowHeight + 6.0;
}

void FunnelChart::render(QPainter &painter, const QRectF &target)
{
    const QRectF plotRect = renderFrame(painter, target);
    d->fitLabels(plotRect.width(), plotRect.height());
    renderCustomPlot(*d->plot, painter, plotRect);
    d->fitLabels(d->plot->width(), d->plot->height());
}

} // namespace herkomst::ui
