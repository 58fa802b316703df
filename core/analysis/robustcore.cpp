#include "analysis/robustcore.h"

#include "analysis/thresholdresponse.h"

#include <algorithm>

namespace herkomst {

namespace {

enum class Corner { Strictest, MostLenient };

AnalysisSettings atCorner(AnalysisSettings settings, const std::vector<ThresholdInterval> &box, Corner corner)
{
    for (const ThresholdInterval &interval : box) {
        Criterion &criterion = settings.criteria[size_t(interval.criterionIndex)];
        const double lowest = std::min(interval.lowest, interval.highest);
        const double highest = std::max(interval.lowest, interval.highest);
        // Raising the threshold of a ">" criterion makes it harder to pass.
        const bool high = passesHighValues(criterion.comparison) == (corner == Corner::Strictest);
        criterion.threshold = high ? highest : lowest;
        criterion.enabled = true;
    }
    return settings;
}

std::vector<int> rowsAfterLastStep(const AnalysisResult &result)
{
    std::vector<int> rows;
    for (size_t row = 0; row < result.stage.size(); ++row) {
        if (result.stage[row] == result.finalStage())
            rows.push_back(int(row));
    }
    return rows;
}

} // namespace

RobustCore robustCore(const StatisticsSet &statistics, const AnalysisSettings &settings,
                      const std::vector<ThresholdInterval> &box)
{
    RobustCore core;
    core.funnelCount = runFunnel(statistics, settings).finalCount();
    core.rows = rowsAfterLastStep(runFunnel(statistics, atCorner(settings, box, Corner::Strictest)));
    const std::vector<int> some =
        rowsAfterLastStep(runFunnel(statistics, atCorner(settings, box, Corner::MostLenient)));
    std::set_difference(some.begin(), some.end(), core.rows.begin(), core.rows.end(),
                        std::back_inserter(core.sometimesRows));
    return core;
}

} // namespace herkomst
