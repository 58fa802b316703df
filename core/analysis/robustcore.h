#pragma once

#include "analysis/funnelanalysis.h"

#include <vector>

namespace herkomst {

// One criterion's thresholds from lowest to highest (both included).
struct ThresholdInterval {
    int criterionIndex = -1; // into AnalysisSettings::criteria; enabled for the box
    double lowest = 0.0;
    double highest = 0.0;
};

// The products that stay after the last step whatever thresholds within a box are chosen.
struct RobustCore {
    std::vector<int> rows;          // statistics rows after the last step at every point of the box
    std::vector<int> sometimesRows; // after the last step at some points of the box, not at all
    int funnelCount = 0;            // after the last step at the analysis's own thresholds
};

// Every criterion's outcome is monotone in its threshold, so a product stays at every point of the
// box exactly when it stays at the strictest corner (each threshold at its hardest end), and at
// some point exactly when it stays at the most lenient corner: two runs of runFunnel give both.
RobustCore robustCore(const StatisticsSet &statistics, const AnalysisSettings &settings,
                      const std::vector<ThresholdInterval> &box);

} // namespace herkomst
