#pragma once

#include "analysis/funnelanalysis.h"

#include <QString>

namespace herkomst {

// A metric's name in the screen language, as the sensitivity texts name what they vary.
QString metricScreenName(Metric metric);

// Captions of the sensitivity figures, shared by the window, its exports and the annex: what is
// varied, what stays fixed (the analysis's own criteria, as defaultCaption words them) and the source.

// The curves: every enabled criterion varied on its own over its usual range.
QString sensitivityCurvesCaption(const StatisticsTable &table, const AnalysisSettings &settings,
                                 const QString &sourceLine = QString());

// The map: two criteria varied together, each from its first to its last threshold.
struct SensitivityMapRange {
    int firstIndex = -1; // into settings.criteria, along the horizontal axis
    double firstFrom = 0.0;
    double firstTo = 0.0;
    int secondIndex = -1;
    double secondFrom = 0.0;
    double secondTo = 0.0;
};
QString sensitivityMapCaption(const StatisticsTable &table, const AnalysisSettings &settings,
                              const SensitivityMapRange &range, const QString &sourceLine = QString());

} // namespace herkomst
