#pragma once

#include "analysis/thresholdresponse.h"

#include <optional>
#include <vector>

namespace herkomst {

// Default band for "randgeval" (borderline): 10 % of each threshold on either side.
constexpr double kDefaultBorderlineBand = 0.10;

// How one product stands against one criterion at the analysis's thresholds.
struct CriterionMargin {
    int criterionIndex = -1; // into AnalysisSettings::criteria
    StepOutcome outcome = StepOutcome::Pass;
    // What the threshold is compared with: the product's metric or, for a rule over several years,
    // the year value that decides (the k-th best of "k of n years"). NaN when missing.
    double value = 0.0;
    double threshold = 0.0;
    // How far the value lies on the passing side of the threshold, in the metric's unit; negative
    // when it lies on the failing side, NaN when missing, infinite for an infinite ratio.
    double margin = 0.0;
    // For a passed criterion: the nearest threshold at which the product no longer passes it
    // (with > that is the value itself: a product exactly at the threshold drops out). None when
    // no finite threshold would drop it (an infinite ratio, a rule held in "0 years").
    std::optional<double> dropsAt;
    // Moving this criterion's threshold within the band would change whether the product stays
    // after the last step.
    bool borderline = false;
};

struct ProductMargin {
    bool inUniverse = false;
    bool afterLastStep = false;
    // After the last step: one per enabled criterion, in funnel order. Otherwise the criterion that
    // stopped the product (dropped or undetermined). Empty outside the universe or without criteria.
    std::vector<CriterionMargin> criteria;

    bool borderline() const;
};

// The product's smallest margin as a fraction of its threshold (the window's "Marge"): +0.06 drops
// out when that threshold moves 6 % against the product; negative for the criterion that stopped
// it. NaN when undetermined, outside the universe or the deciding threshold is 0. *criterionIndex
// (when given) is the deciding criterion, -1 when none.
double relativeMargin(const ProductMargin &margin, int *criterionIndex = nullptr);

// Each product's margins (one per statistics row) for an analysis and its result. `band` is the
// borderline band as a fraction of each threshold: 0.10 looks at threshold * 0.9 to * 1.1.
std::vector<ProductMargin> productMargins(const StatisticsSet &statistics, const AnalysisSettings &settings,
                                          const AnalysisResult &result, double band = kDefaultBorderlineBand);

} // namespace herkomst
