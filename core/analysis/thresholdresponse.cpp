#include "analysis/thresholdresponse.h"

#include <algorithm>
#include <cmath>
#include <functional>
#include <limits>

namespace herkomst {

namespace {

// The criterion's metric in each year of its window that holds a value, the analysis year first;
// a year the statistics lack, or in which the product is absent, counts as unknown (as runFunnel).
std::vector<double> knownYearValues(const StatisticsSet &statistics, const Criterion &criterion, int row)
{
    const StatisticsTable &primary = statistics.primary;
    std::vector<double> values;
    const double current = primary.rows[size_t(row)].metric(criterion.metric);
    if (!std::isnan(current))
        values.push_back(current);
    const QString &hs6 = primary.product(row).hs6;
    for (int k = 1; k < criterion.yearWindow; ++k) {
        const auto year = statistics.otherYears.find(primary.data->year - k);
        if (year == statistics.otherYears.end())
            continue;
        const auto found = year->second.rowByHs6.constFind(hs6);
        if (found == year->second.rowByHs6.constEnd())
            continue;
        const double value = year->second.rows[size_t(*found)].metric(criterion.metric);
        if (!std::isnan(value))
            values.push_back(value);
    }
    return values;
}

} // namespace

bool passesHighValues(Comparison comparison)
{
    return comparison == Comparison::Greater || comparison == Comparison::GreaterOrEqual;
}

StepOutcome ThresholdResponse::at(const Criterion &criterion) const
{
    if (alwaysPasses || criterion.holds(passValue).value_or(false))
        return StepOutcome::Pass;
    if (neverFails || criterion.holds(undeterminedValue).value_or(false))
        return StepOutcome::Undetermined;
    return StepOutcome::Fail;
}

ThresholdResponse thresholdResponse(const StatisticsSet &statistics, const Criterion &criterion, int row)
{
    constexpr double missing = std::numeric_limits<double>::quiet_NaN();
    ThresholdResponse response;
    if (criterion.yearWindow <= 1) {
        response.passValue = statistics.primary.rows[size_t(row)].metric(criterion.metric);
        response.undeterminedValue = response.passValue;
        response.neverFails = std::isnan(response.passValue);
        return response;
    }
    // At a threshold t, the rule holds in the years whose value passes t. It holds in at least k
    // of them exactly when the k-th best value passes t, best meaning easiest to pass.
    std::vector<double> known = knownYearValues(statistics, criterion, row);
    if (passesHighValues(criterion.comparison))
        std::sort(known.begin(), known.end(), std::greater<>());
    else
        std::sort(known.begin(), known.end());
    const int needed = criterion.minYearsHolding;
    const int unknown = criterion.yearWindow - int(known.size());
    const auto best = [&](int k) { return k >= 1 && k <= int(known.size()) ? known[size_t(k - 1)] : missing; };
    response.alwaysPasses = needed <= 0;
    response.passValue = best(needed);
    // Undetermined while holding + unknown >= needed, i.e. while the (needed - unknown)-th best passes.
    response.neverFails = needed - unknown <= 0;
    response.undeterminedValue = best(needed - unknown);
    return response;
}

} // namespace herkomst
