#pragma once

#include "analysis/analysisresult.h"
#include "analysis/productstatistics.h"
#include "domain/criterion.h"

#include <QStringList>
#include <map>
#include <vector>

namespace herkomst {

// Statistics for the analysis year plus, for criteria over several years, the years before it.
struct StatisticsSet {
    StatisticsTable primary;
    std::map<int, StatisticsTable> otherYears; // keyed by year
};

struct AnalysisSettings {
    std::vector<Criterion> criteria;
    QStringList industries; // empty: all industries
};

// Applies the criteria in order, in one pass over the products; statistics are not recomputed,
// which keeps a threshold change far below one frame.
AnalysisResult runFunnel(const StatisticsSet &statistics, const AnalysisSettings &settings);
AnalysisResult runFunnel(const StatisticsTable &statistics, const AnalysisSettings &settings);

} // namespace herkomst
