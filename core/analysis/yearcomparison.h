#pragma once

#include "analysis/funnelanalysis.h"

#include <QString>
#include <vector>

namespace herkomst {

// One analysis of one year, as a comparison needs it.
struct YearAnalysis {
    const StatisticsSet *statistics = nullptr;
    const AnalysisResult *result = nullptr;
};

// Where a product stands in one year of a comparison.
struct YearStanding {
    int year = 0;
    bool imported = false; // in that year's universe (imported, in the chosen industries)
    QString stage;         // key of the last step passed; empty when not imported
    QString stoppedAt;     // key of the step that stopped it; empty after the last step
    bool undetermined = false;
    std::vector<double> values; // per funnel step (criterion), the metric that year; NaN missing
};

// A product after the last step in one year and not in the other, and why.
struct ProductChange {
    QString hs6;
    YearStanding from;
    YearStanding to;
    // The step that keeps it out of the final set in the year it is not there ("not_imported" when
    // it was not imported that year).
    QString reason;
};

// What changed between two years among the products after the last step (same HS revision: codes
// are matched as they are).
struct YearComparison {
    std::vector<QString> added;         // after the last step in `to`, not in `from`
    std::vector<QString> gone;          // after the last step in `from`, not in `to`
    std::vector<QString> persistent;    // in both
    std::vector<ProductChange> changes; // one per added or gone product, in HS6 order
    std::vector<QString> stepKeys;      // the funnel steps `values` follow (criteria, in order)
};

inline const QString kNotImported = QStringLiteral("not_imported");

// Compares two analyses run with the same settings on two years.
YearComparison compareYears(const YearAnalysis &from, const YearAnalysis &to, const AnalysisSettings &settings);

} // namespace herkomst
