#pragma once

#include "domain/criterion.h"

#include <vector>

namespace herkomst {

// How persistent a dependency must be (docs/design.md §1, "Several years"): funnel step i keeps a
// product when criteria 1..i hold together, in the same year, in at least minYears of the `years`
// years ending at the analysis year. One year of one (the default) is the published single-year
// funnel; CEPII's GeoDep is 2 of 3.
struct Persistence {
    int years = 1;
    int minYears = 1;

    bool multiYear() const { return years > 1; }
    bool operator==(const Persistence &other) const { return years == other.years && minYears == other.minYears; }
    bool operator!=(const Persistence &other) const { return !(*this == other); }
};

// The one rule of a criteria list that still records a window per criterion: the widest window
// among the enabled criteria and, of the criteria with that window, the largest number of years.
Persistence persistenceOf(const std::vector<Criterion> &criteria);

} // namespace herkomst
