#include "analysis/yearcomparison.h"

#include <algorithm>
#include <set>

namespace herkomst {

namespace {

std::set<QString> finalProducts(const YearAnalysis &analysis)
{
    std::set<QString> products;
    const AnalysisResult &result = *analysis.result;
    for (size_t row = 0; row < result.stage.size(); ++row) {
        if (result.stage[row] == result.finalStage())
            products.insert(analysis.statistics->primary.product(int(row)).hs6);
    }
    return products;
}

YearStanding standing(const YearAnalysis &analysis, const QString &hs6, const AnalysisSettings &settings)
{
    const StatisticsTable &table = analysis.statistics->primary;
    const AnalysisResult &result = *analysis.result;
    YearStanding s;
    s.year = table.data->year;
    const int row = table.rowByHs6.value(hs6, -1);
    const int stage = row < 0 ? -1 : result.stage[size_t(row)];
    for (size_t step = 1; step < result.steps.size(); ++step) {
        const Criterion &criterion = settings.criteria[size_t(result.steps[step].criterionIndex)];
        s.values.push_back(row < 0 ? missingValue() : table.rows[size_t(row)].metric(criterion.metric));
    }
    if (stage < 0)
        return s;
    s.imported = true;
    s.stage = result.stageKey(row);
    if (stage < result.finalStage()) {
        s.stoppedAt = result.steps[size_t(stage) + 1].key;
        s.undetermined = result.undetermined[size_t(row)];
    }
    return s;
}

} // namespace

YearComparison compareYears(const YearAnalysis &from, const YearAnalysis &to, const AnalysisSettings &settings)
{
    YearComparison comparison;
    for (size_t step = 1; step < to.result->steps.size(); ++step)
        comparison.stepKeys.push_back(to.result->steps[step].key);
    const std::set<QString> before = finalProducts(from), after = finalProducts(to);
    std::set_difference(after.begin(), after.end(), before.begin(), before.end(), std::back_inserter(comparison.added));
    std::set_difference(before.begin(), before.end(), after.begin(), after.end(), std::back_inserter(comparison.gone));
    std::set_intersection(before.begin(), before.end(), after.begin(), after.end(),
                          std::back_inserter(comparison.persistent));

    std::vector<QString> changed = comparison.added;
    changed.insert(changed.end(), comparison.gone.begin(), comparison.gone.end());
    std::sort(changed.begin(), changed.end());
    for (const QString &hs6 : changed) {
        ProductChange change;
        change.hs6 = hs6;
        change.from = standing(from, hs6, settings);
        change.to = standing(to, hs6, settings);
        // The year it is not in the final set says which step keeps it out.
        const YearStanding &out = after.count(hs6) ? change.from : change.to;
        change.reason = out.imported ? out.stoppedAt : kNotImported;
        comparison.changes.push_back(std::move(change));
    }
    return comparison;
}

} // namespace herkomst
