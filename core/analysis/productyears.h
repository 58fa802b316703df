#pragma once

#include "analysis/funnelanalysis.h"

#include <vector>

namespace herkomst {

// What one criterion (or funnel step) decides for one product.
enum class StepOutcome { Pass, Fail, Undetermined };

// Where a product stops in the funnel: the steps it passed, and whether the next one stopped it
// for lack of data.
struct FunnelStop {
    int stage = 0;
    bool undetermined = false;
};

// One product in each year of the persistence window, the analysis year first, and whether the
// criteria applied so far hold together in each (docs/design.md §1, "Several years"). A year the
// data covers in which the product is absent (or not imported) holds no criterion; a year the data
// does not cover is unknown for every criterion.
class ProductYears {
public:
    enum class State : unsigned char { Holds, Unknown, Fails };
    struct Year {
        const ProductStats *stats = nullptr; // nullptr: absent, or a year the data does not cover
        State state = State::Holds;          // of the criteria applied so far, together
    };

    ProductYears() = default;
    explicit ProductYears(std::vector<Year> years) : mYears(std::move(years)) {}
    // The product in statistics row `row` of the analysis year, over the rule's years.
    ProductYears(const StatisticsSet &statistics, int row, Persistence rule) { reset(statistics, row, rule); }
    // The same for another product, reusing the storage (the funnel walks every product).
    void reset(const StatisticsSet &statistics, int row, Persistence rule);

    const std::vector<Year> &years() const { return mYears; }

    // Applies one more criterion in every year; returns the rule's outcome over the years in which
    // every criterion applied so far holds.
    StepOutcome narrow(const Criterion &criterion, Persistence rule);

private:
    std::vector<Year> mYears;
};

// The outcome of the rule for these counts of years: holding, and unknown (could still hold).
StepOutcome persistenceOutcome(int holding, int unknown, Persistence rule);

// Walks the funnel's steps (enabled criteria in order) for one product; narrows `years` as it goes.
FunnelStop walkFunnel(ProductYears &years, const std::vector<const Criterion *> &steps, Persistence rule);

} // namespace herkomst
