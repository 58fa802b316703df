#pragma once

#include <QString>

namespace herkomst {

// How persistent a dependency must be (docs/design.md §1, "Several years"): funnel step i keeps a
// product when criteria 1..i hold together, in the same year, in at least minYears of the `years`
// years ending at the analysis year. One of one (the default) is the published single-year funnel;
// CEPII's GeoDep is 2 of 3. One rule for the whole analysis: part of the analysis state and of
// saved analyses.
struct Persistence {
    int years = 1;
    int minYears = 1;

    bool multiYear() const { return years > 1; }
    bool operator==(const Persistence &other) const { return years == other.years && minYears == other.minYears; }
    bool operator!=(const Persistence &other) const { return !(*this == other); }

    // " (samen in 2 van 3 jaar)" after a step's rule; empty for one year.
    QString ruleSuffix() const;
};

} // namespace herkomst
