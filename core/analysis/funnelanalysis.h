#pragma once

#include "analysis/analysisresult.h"
#include "analysis/productstatistics.h"
#include "domain/criterion.h"
#include "domain/persistence.h"

#include <QStringList>
#include <map>
#include <vector>

namespace herkomst {

// Statistics for the analysis year plus, for a rule over several years, the years before it. A
// year absent from otherYears is one the data does not cover.
struct StatisticsSet {
    StatisticsTable primary;
    std::map<int, StatisticsTable> otherYears; // keyed by year
};

struct AnalysisSettings {
    std::vector<Criterion> criteria;
    QStringList industries;       // empty: all industries
    Persistence persistence = {}; // one rule over the years for the whole funnel
};

// Applies the criteria in order, in one pass over the products; statistics are not recomputed,
// which keeps a threshold change far below one frame. Under a rule over several years, step i
// keeps a product when criteria 1..i hold together in at least k of the n years (docs/design.md
// §1, "Several years").
AnalysisResult runFunnel(const StatisticsSet &statistics, const AnalysisSettings &settings);
AnalysisResult runFunnel(const StatisticsTable &statistics, const AnalysisSettings &settings);

} // namespace herkomst
