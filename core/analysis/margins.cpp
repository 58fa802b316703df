#include "analysis/margins.h"

#include <algorithm>
#include <cmath>
#include <limits>

namespace herkomst {

namespace {

Criterion atThreshold(const Criterion &criterion, double threshold)
{
    Criterion moved = criterion;
    moved.threshold = threshold;
    return moved;
}

// The nearest threshold, moving against the criterion, at which the response no longer passes.
std::optional<double> dropThreshold(const Criterion &criterion, const ThresholdResponse &response)
{
    const double value = response.passValue;
    if (response.alwaysPasses || !std::isfinite(value))
        return std::nullopt;
    switch (criterion.comparison) {
    case Comparison::Greater: // passes while threshold < value
    case Comparison::Less:    // passes while threshold > value
        return value;
    case Comparison::GreaterOrEqual:
        return std::nextafter(value, std::numeric_limits<double>::infinity());
    case Comparison::LessOrEqual:
        return std::nextafter(value, -std::numeric_limits<double>::infinity());
    }
    return std::nullopt;
}

// Whether the product passes the criterion at both ends of the band differently: its outcome is
// monotone in the threshold, so that is whether it flips anywhere within the band.
bool flipsWithinBand(const Criterion &criterion, const ThresholdResponse &response, double band)
{
    const double reach = band * std::abs(criterion.threshold);
    const bool low = response.at(atThreshold(criterion, criterion.threshold - reach)) == StepOutcome::Pass;
    const bool high = response.at(atThreshold(criterion, criterion.threshold + reach)) == StepOutcome::Pass;
    return low != high;
}

CriterionMargin marginFor(const Criterion &criterion, int criterionIndex, const ThresholdResponse &response)
{
    CriterionMargin margin;
    margin.criterionIndex = criterionIndex;
    margin.outcome = response.at(criterion);
    margin.value = response.passValue;
    margin.threshold = criterion.threshold;
    margin.margin =
        passesHighValues(criterion.comparison) ? margin.value - margin.threshold : margin.threshold - margin.value;
    if (margin.outcome == StepOutcome::Pass)
        margin.dropsAt = dropThreshold(criterion, response);
    return margin;
}

} // namespace

double relativeMargin(const ProductMargin &margin, int *criterionIndex)
{
    double smallest = std::numeric_limits<double>::quiet_NaN();
    int deciding = -1;
    for (const CriterionMargin &m : margin.criteria) {
        if (m.outcome == StepOutcome::Undetermined || std::isnan(m.margin) || m.threshold == 0.0)
            continue;
        const double relative = m.margin / std::abs(m.threshold);
        if (std::isnan(smallest) || relative < smallest) {
            smallest = relative;
            deciding = m.criterionIndex;
        }
    }
    if (criterionIndex)
        *criterionIndex = deciding;
    return smallest;
}

bool ProductMargin::borderline() const
{
    return std::any_of(criteria.begin(), criteria.end(), [](const CriterionMargin &m) { return m.borderline; });
}

std::vector<ProductMargin> productMargins(const StatisticsSet &statistics, const AnalysisSettings &settings,
                                          const AnalysisResult &result, double band)
{
    std::vector<ProductMargin> margins(result.stage.size());
    const int last = result.finalStage();
    const Persistence rule = settings.persistence;
    const auto criterionOf = [&](int step) -> const Criterion & {
        return settings.criteria[size_t(result.steps[size_t(step)].criterionIndex)];
    };
    // The criteria held together with step s's: the steps before it (its own outcome), or every
    // other step (whether the product stays after the last step). The same for every product.
    std::vector<std::vector<const Criterion *>> before(size_t(std::max(last, 0) + 1));
    std::vector<std::vector<const Criterion *>> others(before.size());
    for (int s = 1; s <= last; ++s) {
        for (int other = 1; other <= last; ++other) {
            if (other == s)
                continue;
            others[size_t(s)].push_back(&criterionOf(other));
            if (other < s)
                before[size_t(s)].push_back(&criterionOf(other));
        }
    }
    const auto together = [&](int s, bool everyOther) -> const std::vector<const Criterion *> & {
        return everyOther ? others[size_t(s)] : before[size_t(s)];
    };
    ThresholdResponder thresholdResponse;
    for (size_t row = 0; row < margins.size(); ++row) {
        const int stage = result.stage[row];
        if (stage < 0)
            continue;
        ProductMargin &product = margins[row];
        product.inUniverse = true;
        product.afterLastStep = stage == last;
        if (product.afterLastStep) {
            // Every criterion passes; moving one within its band flips the product when it drops.
            for (int s = 1; s <= last; ++s) {
                const Criterion &criterion = criterionOf(s);
                const ThresholdResponse response =
                    thresholdResponse(statistics, together(s, true), rule, criterion, int(row));
                CriterionMargin margin = marginFor(criterion, result.steps[size_t(s)].criterionIndex, response);
                margin.borderline = flipsWithinBand(criterion, response, band);
                product.criteria.push_back(margin);
            }
            continue;
        }
        // Stopped at step stage + 1: it flips only when passing that step within the band takes it
        // through every later step at the thresholds as they are.
        const int s = stage + 1;
        const Criterion &criterion = criterionOf(s);
        CriterionMargin margin =
            marginFor(criterion, result.steps[size_t(s)].criterionIndex,
                      thresholdResponse(statistics, together(s, false), rule, criterion, int(row)));
        margin.borderline = flipsWithinBand(
            criterion, thresholdResponse(statistics, together(s, true), rule, criterion, int(row)), band);
        product.criteria.push_back(margin);
    }
    return margins;
}

} // namespace herkomst
