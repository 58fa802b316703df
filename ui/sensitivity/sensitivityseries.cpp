#include "sensitivity/sensitivityseries.h"

#include "domain/preset.h"

#include <algorithm>
#include <cmath>

namespace herkomst::ui {

namespace {

constexpr int kCurveSteps = 100;
constexpr int kMapHalfWidth = 5; // steps either side of the centre
constexpr int kMaxMapValues = 21;

double mapStep(Metric metric)
{
    return metricInfo(metric).unit == MetricUnit::Ratio ? 0.25 : 0.05;
}

std::vector<double> valuesOf(const ThresholdRange &range)
{
    std::vector<double> values;
    if (thresholdValues(range, &values) != RangeProblem::None)
        values.clear();
    return values;
}

} // namespace

std::optional<double> presetThreshold(const Criterion &criterion)
{
    for (const Preset &preset : builtInPresets()) {
        for (const Criterion &c : preset.criteria) {
            if (c.stepKey == criterion.stepKey && c.metric == criterion.metric && c.comparison == criterion.comparison)
                return c.threshold;
        }
    }
    return std::nullopt;
}

std::vector<double> curveThresholds(const Criterion &criterion)
{
    const MetricInfo &info = metricInfo(criterion.metric);
    return valuesOf({info.minimum, info.maximum, (info.maximum - info.minimum) / kCurveSteps});
}

std::vector<double> mapThresholds(const Criterion &criterion)
{
    const double step = mapStep(criterion.metric);
    const MetricInfo &info = metricInfo(criterion.metric);
    const double centre = std::round(presetThreshold(criterion).value_or(criterion.threshold) / step);
    double lowest = std::max(std::ceil(info.minimum / step), centre - kMapHalfWidth);
    double highest = std::min(std::floor(info.maximum / step), centre + kMapHalfWidth);
    // Widened to the current threshold while the map stays readable.
    const double current = criterion.threshold / step;
    if (std::max(highest, std::ceil(current)) - std::min(lowest, std::floor(current)) < kMaxMapValues) {
        lowest = std::min(lowest, std::floor(current));
        highest = std::max(highest, std::ceil(current));
    }
    // Whole steps, so the thresholds are the decimals a user types (0.45, not 9 * 0.05).
    return valuesOf({lowest * step, highest * step, step});
}

std::vector<SensitivityCurve> sensitivityCurves(const SensitivityModel &model, const std::vector<Criterion> &criteria)
{
    std::vector<SensitivityCurve> curves;
    for (int i = 0; i < int(criteria.size()); ++i) {
        const Criterion &criterion = criteria[size_t(i)];
        if (!criterion.enabled)
            continue;
        SensitivityCurve curve;
        curve.criterionIndex = i;
        curve.criterion = criterion;
        curve.thresholds = curveThresholds(criterion);
        curve.presetThreshold = presetThreshold(criterion);
        const SensitivityGrid grid = model.sweep(criteria, {i, curve.thresholds});
        if (!grid.ok())
            continue;
        for (int row = 0; row < grid.rows(); ++row)
            curve.kept.push_back(grid.finalKept(row));
        curves.push_back(std::move(curve));
    }
    return curves;
}

SensitivityMap sensitivityMap(const SensitivityModel &model, const std::vector<Criterion> &criteria, int firstIndex,
                              int secondIndex)
{
    SensitivityMap map;
    if (firstIndex < 0 || secondIndex < 0 || firstIndex >= int(criteria.size()) || secondIndex >= int(criteria.size()))
        return map;
    map.firstIndex = firstIndex;
    map.secondIndex = secondIndex;
    map.first = criteria[size_t(firstIndex)];
    map.second = criteria[size_t(secondIndex)];
    map.firstThresholds = mapThresholds(map.first);
    map.secondThresholds = mapThresholds(map.second);
    const SensitivityGrid grid =
        model.grid(criteria, {firstIndex, map.firstThresholds}, {secondIndex, map.secondThresholds});
    if (!grid.ok())
        return map;
    for (int row = 0; row < grid.rows(); ++row) {
        for (int column = 0; column < grid.columns(); ++column)
            map.kept.push_back(grid.finalKept(row, column));
    }
    return map;
}

} // namespace herkomst::ui
