#pragma once

#include "analysis/margins.h"
#include "analysis/robustcore.h"
#include "export/reportdocument.h"
#include "export/valueunit.h"

#include <vector>

namespace herkomst {

// The annex section "Hoe gevoelig is de uitkomst?" (issue 15): the sensitivity figures, the
// robust core over a box of thresholds and the borderline products. The caller renders the
// figures; sensitivitySummary computes the rest on the analysis's statistics.
struct SensitivityAnnex {
    ReportFigure curves; // the products after the last step per threshold (left out when empty)
    ReportFigure map;    // two thresholds together
    std::vector<ThresholdInterval> box;
    int robustCount = 0;    // after the last step at every point of the box
    int sometimesCount = 0; // at some points, not at all
    int funnelCount = 0;    // at the analysis's own thresholds
    double band = kDefaultBorderlineBand;
    std::vector<int> borderlineRows;       // statistics rows, largest imports first
    std::vector<double> borderlineMargins; // relativeMargin of each, in the same order
};

SensitivityAnnex sensitivitySummary(const StatisticsSet &statistics, const AnalysisSettings &settings,
                                    const AnalysisResult &result, const std::vector<ThresholdInterval> &box,
                                    double band = kDefaultBorderlineBand);

// Appends the section: a heading, what the figures show, the figures, the robust core and a table
// of the borderline products (at most kMaxBorderlineRows, the rest counted).
void addSensitivitySection(ReportDocument &doc, const StatisticsTable &table, const AnalysisResult &result,
                           const AnalysisSettings &settings, const SensitivityAnnex &annex);

constexpr int kMaxBorderlineRows = 60;

} // namespace herkomst
