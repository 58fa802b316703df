#pragma once

#include "analysis/funnelanalysis.h"
#include "analysis/productyears.h"

namespace herkomst {

// True for the comparisons that pass high values (>, ≥): raising their threshold makes passing
// harder. False for < and ≤, which pass low values.
bool passesHighValues(Comparison comparison);

// How one product's outcome on one criterion depends on that criterion's threshold, everything else
// fixed. Moving the threshold against the criterion (up for > and ≥, down for < and ≤) takes a
// product from Pass through Undetermined to Fail and never back, so two values of the product hold
// the whole answer. Under the persistence rule (k of n years, docs/design.md §1) the criterion is
// tested together with others in each year:
//  - the product passes while the k-th best of its values in the years where the others hold
//    passes (passValue);
//  - it is undetermined rather than failing while the years that could still hold make up the
//    difference (undeterminedValue).
// For one year and no others both are the product's metric (NaN: undetermined at every threshold).
// at() compares them with Criterion::holds, so it gives runFunnel's outcome at any threshold.
struct ThresholdResponse {
    double passValue = 0.0;
    double undeterminedValue = 0.0;
    bool alwaysPasses = false; // "in at least 0 years"
    bool neverFails = false;   // too few known years to ever decide that the rule does not hold

    StepOutcome at(const Criterion &criterion) const; // the outcome at criterion.threshold
};

// The response of the product in statistics row `row` to the criterion's threshold, with the
// criteria in `together` (at their thresholds) held with it in each year under `rule`. With
// `together` the steps before the criterion's, this is the step's outcome; with every other enabled
// criterion, whether the product stays after the last step.
ThresholdResponse thresholdResponse(const StatisticsSet &statistics, const std::vector<const Criterion *> &together,
                                    Persistence rule, const Criterion &criterion, int row);

// The same for many products in a row, reusing its storage: margins and sweeps ask for thousands of
// responses per threshold change, and allocating for each was a third of their time.
class ThresholdResponder {
public:
    ThresholdResponse operator()(const StatisticsSet &statistics, const std::vector<const Criterion *> &together,
                                 Persistence rule, const Criterion &criterion, int row);

private:
    ProductYears mYears;
    std::vector<double> mHolding, mOpen;
};

} // namespace herkomst
