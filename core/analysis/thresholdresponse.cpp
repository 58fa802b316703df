#include "analysis/thresholdresponse.h"

#include <algorithm>
#include <cmath>
#include <functional>
#include <limits>

namespace herkomst {

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

ThresholdResponse thresholdResponse(const StatisticsSet &statistics, const std::vector<const Criterion *> &together,
                                    Persistence rule, const Criterion &criterion, int row)
{
    return ThresholdResponder()(statistics, together, rule, criterion, row);
}

ThresholdResponse ThresholdResponder::operator()(const StatisticsSet &statistics,
                                                 const std::vector<const Criterion *> &together, Persistence rule,
                                                 const Criterion &criterion, int row)
{
    ProductYears &years = mYears;
    years.reset(statistics, row, rule);
    for (const Criterion *other : together)
        years.narrow(*other, rule);
    // At a threshold t a year holds when the others hold there and its value passes t; it is unknown
    // when neither fails and one is unknown. Per year: the values that hold once they pass (the
    // others hold), the values that are unknown once they pass (an other is unknown), and the years
    // unknown at every threshold (the value is missing, or the year is not covered).
    std::vector<double> &holding = mHolding;
    std::vector<double> &open = mOpen;
    holding.clear();
    open.clear();
    int unknown = 0;
    for (const ProductYears::Year &year : years.years()) {
        if (year.state == ProductYears::State::Fails)
            continue;
        const double value = year.stats ? year.stats->metric(criterion.metric) : std::nan("");
        if (std::isnan(value)) {
            ++unknown;
            continue;
        }
        open.push_back(value);
        if (year.state == ProductYears::State::Holds)
            holding.push_back(value);
    }
    // The rule holds in at least k years exactly when the k-th best value passes t, best meaning
    // easiest to pass.
    const auto order = [&](std::vector<double> &values) {
        if (passesHighValues(criterion.comparison))
            std::sort(values.begin(), values.end(), std::greater<>());
        else
            std::sort(values.begin(), values.end());
    };
    order(holding);
    order(open);
    constexpr double missing = std::numeric_limits<double>::quiet_NaN();
    const auto best = [](const std::vector<double> &values, int k) {
        return k >= 1 && k <= int(values.size()) ? values[size_t(k - 1)] : missing;
    };
    const int needed = rule.minYears;
    ThresholdResponse response;
    response.alwaysPasses = needed <= 0;
    response.passValue = best(holding, needed);
    // Undetermined while holding + unknown >= needed: while the (needed - unknown)-th open value passes.
    response.neverFails = needed - unknown <= 0;
    response.undeterminedValue = best(open, needed - unknown);
    return response;
}

} // namespace herkomst
