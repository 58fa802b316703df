#pragma once

#include "analysis/funnelanalysis.h"

#include <QString>
#include <vector>

namespace herkomst {

// What keeps part of an analysis from being decided, or needs saying beside its numbers
// (docs/design.md §1): a flow the source does not cover (no export row at all for the reporter,
// no world data), world data too thin to stand for the world market, imports whose partner the
// source does not name. Worded in Dutch under the translation context "AnalysisWarning"; a
// warning never names a command-line option or a window control.
struct AnalysisWarning {
    enum class Kind { ExportsNotCovered, NoWorldData, ThinWorldData, HiddenPartners };
    Kind kind = Kind::ExportsNotCovered;
    QString step; // the step key of the criterion it concerns; empty when it concerns none
    int year = 0;
    QString message;

    // Stable identifier for JSON: "exports_not_covered", "no_world_data", "thin_world_data",
    // "hidden_partners".
    QString key() const;
};

// The warnings of an analysis: per enabled criterion whose metric needs a flow one of its years
// does not cover, and one for imports with a hidden partner among the products of the universe.
std::vector<AnalysisWarning> analysisWarnings(const StatisticsSet &statistics, const AnalysisSettings &settings);
// The same for the analysis year alone (captions, notes: what a figure of that year shows).
std::vector<AnalysisWarning> analysisWarnings(const StatisticsTable &table, const AnalysisSettings &settings);

} // namespace herkomst
