#pragma once

// Include after qcustomplot.h (whose translation unit allows Q_FOREACH).
#include "charts/chartstyle.h"
#include "domain/criterion.h"
#include "domain/numberformat.h"

namespace herkomst::ui {

// Tick labels in a criterion's unit, as the dock shows thresholds: "50 %", "0,25", "1,5".
class ThresholdTicker : public QCPAxisTicker {
public:
    explicit ThresholdTicker(Metric metric) : mMetric(metric) {}

protected:
    QString getTickLabel(double tick, const QLocale &, QChar, int) override
    {
        return formatThreshold(mMetric, std::abs(tick) < 1e-12 ? 0.0 : tick);
    }

private:
    Metric mMetric;
};

// Counts of products in Dutch style ("1.234").
class CountTicker : public QCPAxisTicker {
protected:
    QString getTickLabel(double tick, const QLocale &, QChar, int) override
    {
        return NumberFormat::count(qRound64(tick));
    }
};

// The axes of the sensitivity charts in house style: small muted tick labels, grey base and ticks.
inline void styleSensitivityAxis(QCPAxis *axis)
{
    axis->setTickLabelFont(ChartStyle::captionFont());
    axis->setTickLabelColor(ChartStyle::mutedTextColour());
    axis->setLabelFont(ChartStyle::captionFont());
    axis->setLabelColor(ChartStyle::textColour());
    axis->setBasePen(QPen(ChartStyle::gridColour()));
    axis->setTickPen(QPen(ChartStyle::gridColour()));
    axis->setSubTicks(false);
}

} // namespace herkomst::ui
