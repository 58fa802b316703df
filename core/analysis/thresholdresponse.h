#pragma once

#include "analysis/funnelanalysis.h"

namespace herkomst {

// What one criterion decides for one product.
enum class StepOutcome { Pass, Fail, Undetermined };

// True for the comparisons that pass high values (>, ≥): raising their threshold makes passing
// harder. False for < and ≤, which pass low values.
bool passesHighValues(Comparison comparison);

// How one product's outcome on one criterion depends on that criterion's threshold, everything else
// fixed. Moving the threshold against the criterion (up for > and ≥, down for < and ≤) takes a
// product from Pass through Undetermined to Fail and never back, so two values of the product hold
// the whole answer:
//  - a rule over one year: both are the product's metric (NaN: undetermined at every threshold);
//  - a rule held in at least k of n years: the product passes while its k-th best known year passes
//    (passValue), and is undetermined rather than failing while the years that are unknown could
//    still make up the difference (undeterminedValue).
// at() compares them with Criterion::holds, so it gives runFunnel's outcome at any threshold.
struct ThresholdResponse {
    double passValue = 0.0;
    double undeterminedValue = 0.0;
    bool alwaysPasses = false; // "in at least 0 years"
    bool neverFails = false;   // too few known years to ever decide that the rule does not hold

    StepOutcome at(const Criterion &criterion) const; // the outcome at criterion.threshold
};

// The response of the product in statistics row `row` to the criterion's threshold.
ThresholdResponse thresholdResponse(const StatisticsSet &statistics, const Criterion &criterion, int row);

} // namespace herkomst
