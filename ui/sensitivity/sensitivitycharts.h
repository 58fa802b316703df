#pragma once

#include "analysis/sensitivity.h"

#include <QString>
#include <memory>
#include <utility>

namespace herkomst::ui {

class SensitivityCurvesChart;
class SensitivityMapChart;

// Fills both sensitivity charts from a model at the analysis's thresholds: a curve per enabled
// criterion, the map of criteria `first` against `second` (indices into the criteria; none when
// either is -1 or both are the same), titles and captions (what is varied, what stays fixed,
// the source). The view, the command line's export and the annex all draw them so.
void showSensitivity(SensitivityCurvesChart &curves, SensitivityMapChart &map, const SensitivityModel &model,
                     const StatisticsTable &table, const AnalysisSettings &settings, const AnalysisResult &result,
                     const QString &sourceLine, int first, int second);

// The map's criteria at first: the first enabled step against the last; -1 when fewer than two.
std::pair<int, int> defaultMapCriteria(const std::vector<Criterion> &criteria);

// Both charts for an analysis of their own (the command line, an annex without a window).
struct SensitivityCharts {
    std::unique_ptr<SensitivityCurvesChart> curves;
    std::unique_ptr<SensitivityMapChart> map;
};
SensitivityCharts makeSensitivityCharts(const StatisticsSet &statistics, const AnalysisSettings &settings,
                                        const AnalysisResult &result, const QString &sourceLine);

} // namespace herkomst::ui
