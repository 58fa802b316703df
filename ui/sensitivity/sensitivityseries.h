#pragma once

#include "analysis/sensitivity.h"

#include <optional>
#include <vector>

namespace herkomst::ui {

// One curve of the view "Gevoeligheid": the products after the last step at each threshold of
// one criterion, every other criterion at its threshold in the analysis.
struct SensitivityCurve {
    int criterionIndex = -1; // into the analysis's criteria
    Criterion criterion;     // with the analysis's own threshold
    std::vector<double> thresholds;
    std::vector<int> kept;
    std::optional<double> presetThreshold; // the same step's threshold in a built-in preset
};

// The map of two criteria: products after the last step for every pair of thresholds.
struct SensitivityMap {
    int firstIndex = -1; // along the horizontal axis
    int secondIndex = -1;
    Criterion first;
    Criterion second;
    std::vector<double> firstThresholds;
    std::vector<double> secondThresholds;
    std::vector<int> kept; // firstThresholds.size() rows of secondThresholds.size()

    bool isEmpty() const { return kept.empty(); }
    int keptAt(int firstStep, int secondStep) const
    {
        return kept[size_t(firstStep) * secondThresholds.size() + size_t(secondStep)];
    }
};

// The threshold of the same step (step key, metric and comparison) in the first built-in preset
// that has it: what the analysis started from before the user moved it.
std::optional<double> presetThreshold(const Criterion &criterion);

// A curve's thresholds: the metric's usual range (the slider's) in a hundred steps.
std::vector<double> curveThresholds(const Criterion &criterion);
// A map axis's thresholds: about ten steps around the preset's threshold (else the current one),
// in steps a user would type (5 points of a share or index, a quarter for a ratio), widened to hold
// the current threshold.
std::vector<double> mapThresholds(const Criterion &criterion);

// One curve per enabled criterion, in funnel order; `criteria` is the analysis's list.
std::vector<SensitivityCurve> sensitivityCurves(const SensitivityModel &model, const std::vector<Criterion> &criteria);
// The map of two enabled criteria; empty when they cannot be varied together.
SensitivityMap sensitivityMap(const SensitivityModel &model, const std::vector<Criterion> &criteria, int firstIndex,
                              int secondIndex);

} // namespace herkomst::ui
