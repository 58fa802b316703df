#pragma once

#include <QHash>
#include <QString>
#include <vector>

namespace herkomst {

// One bar of the funnel. Step 0 is the universe; step i (i >= 1) is the i-th enabled criterion.
struct FunnelStep {
    QString key;             // "universe" or the criterion's step key
    QString label;           // Dutch label as shown on the funnel
    QString rule;            // e.g. "Aandeel grootste niet-EU-leverancier > 50 %"
    int criterionIndex = -1; // index into the criteria list; -1 for the universe
    int entering = 0;        // products that reached this step
    int kept = 0;            // passed the rule
    int dropped = 0;         // failed the rule
    int undetermined = 0;    // data missing, so neither kept nor dropped
    double keptImportValue = 0.0;
};

// Final products grouped by their dominant (largest non-EU) supplier: Figure 2 of the letter.
struct SupplierGroup {
    QString iso3;
    int count = 0;
    double importValue = 0.0;
    QHash<QString, int> countByIndustry;
    QHash<QString, double> valueByIndustry;
};

struct IndustryGroup {
    QString industry;
    int count = 0;
    double importValue = 0.0;
};

struct AnalysisResult {
    std::vector<FunnelStep> steps;
    // Per statistics row: how many steps (beyond the universe) the product passed; -1 when an
    // industry filter leaves it out of the universe.
    std::vector<int> stage;
    // Per statistics row: true when the product stopped at stage + 1 for lack of data.
    std::vector<bool> undetermined;
    std::vector<SupplierGroup> bySupplier; // largest count first
    std::vector<IndustryGroup> byIndustry; // largest count first

    int finalStage() const { return int(steps.size()) - 1; }
    int finalCount() const { return steps.empty() ? 0 : steps.back().kept; }
    // Key of the last step the product passed ("universe" when it passed none).
    QString stageKey(int row) const
    {
        const int s = stage[size_t(row)];
        return s < 0 ? QString() : steps[size_t(s)].key;
    }
};

} // namespace herkomst
