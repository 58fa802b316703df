#pragma once

#include "analysis/thresholdresponse.h"

#include <QString>
#include <vector>

namespace herkomst {

// Thresholds from `from` up to `to` in steps of `step` (see docs/design.md §9).
struct ThresholdRange {
    double from = 0.0;
    double to = 0.0;
    double step = 0.0;
};

// Why a range gives no thresholds; the caller words it.
enum class RangeProblem { None, NotFinite, StepNotPositive, FromAboveTo, TooManyValues };

constexpr int kMaxSweepValues = 1001; // per criterion: 0 to 1 in steps of 0.001

// The thresholds of a range, ascending: from, from + step, ... up to and including `to` when it is
// reached. Decimal ranges give the same numbers a user types: 0.4:0.6:0.01 gives 0.43 exactly as
// "0.43" or "43%" reads, not 0.4 + 3 * 0.01. None on a problem.
RangeProblem thresholdValues(const ThresholdRange &range, std::vector<double> *values);

// One criterion varied over thresholds (strictly ascending).
struct SensitivityAxis {
    int criterionIndex = -1; // into AnalysisSettings::criteria; the criterion must be enabled
    std::vector<double> thresholds;
};

struct StepCounts {
    int entering = 0;
    int kept = 0;
    int dropped = 0;
    int undetermined = 0;
};

// Why a sweep or grid could not be computed; the caller words it.
enum class SensitivityProblem {
    None,
    NoSuchCriterion, // the index is outside the criteria list
    CriterionOff,    // a disabled criterion cannot be varied: enable it first
    SameCriterionTwice,
    NoThresholds,
    NotAscending,    // thresholds must be strictly ascending
    TooManyCells,    // more than kMaxSensitivityCells
    CriteriaChanged, // the criteria differ from the model's in more than their thresholds
};

constexpr int kMaxSensitivityCells = 250000;

// The funnel's counts at every threshold of one criterion (a sweep: one row per threshold) or at
// every pair of thresholds of two criteria (a grid: rows along the first, columns along the
// second). Each cell holds what runFunnel would report with those thresholds, step by step.
struct SensitivityGrid {
    SensitivityProblem problem = SensitivityProblem::None;
    std::vector<SensitivityAxis> axes;
    int stepCount = 0;              // funnel steps, the universe first, as AnalysisResult::steps
    std::vector<StepCounts> counts; // (row * columns() + column) * stepCount + step

    bool ok() const { return problem == SensitivityProblem::None; }
    int rows() const { return axes.empty() ? 0 : int(axes[0].thresholds.size()); }
    int columns() const { return axes.size() < 2 ? 1 : int(axes[1].thresholds.size()); }
    const StepCounts &at(int row, int column, int step) const
    {
        return counts[(size_t(row) * size_t(columns()) + size_t(column)) * size_t(stepCount) + size_t(step)];
    }
    // Products after the last step.
    int finalKept(int row, int column = 0) const { return at(row, column, stepCount - 1).kept; }
};

// Sweeps and grids over one analysis. Built once per statistics, criteria list and industries; it
// holds each product's response to each criterion's threshold, so a sweep or grid never runs the
// funnel per point: each product adds its counts to the cells where its outcome holds (intervals
// along each axis) and prefix sums give every cell. A view may keep one and query it at every
// threshold change, passing its current criteria (the same list with other thresholds).
class SensitivityModel {
public:
    SensitivityModel(const StatisticsSet &statistics, const AnalysisSettings &settings);

    int stepCount() const { return int(mActive.size()) + 1; }
    // The funnel step of a criterion (1 for the first enabled one); -1 when it is off or unknown.
    int stepOf(int criterionIndex) const;

    // The counts along one axis, every other criterion at its threshold in `criteria`.
    SensitivityGrid sweep(const std::vector<Criterion> &criteria, const SensitivityAxis &axis) const;
    // The counts over two axes, every other criterion at its threshold in `criteria`.
    SensitivityGrid grid(const std::vector<Criterion> &criteria, const SensitivityAxis &first,
                         const SensitivityAxis &second) const;

private:
    // A product's year under a rule over several years: its statistics (an index into mYearStats,
    // -1 for none) and whether it starts out holding.
    struct YearSlot {
        int stats = -1;
        ProductYears::State state = ProductYears::State::Holds;
    };

    SensitivityGrid compute(const std::vector<Criterion> &criteria, std::vector<SensitivityAxis> axes) const;
    SensitivityProblem check(const std::vector<Criterion> &criteria, const std::vector<SensitivityAxis> &axes) const;
    ProductYears yearsOf(int product) const;

    std::vector<Criterion> mCriteria;
    std::vector<int> mActive;                  // criterion index of funnel step s + 1
    int mUniverse = 0;                         // products in the universe
    Persistence mRule;                         // the rule when the model was built
    std::vector<ThresholdResponse> mResponses; // one year: per universe product, per active criterion
    std::vector<ProductStats> mYearStats;      // several years: the statistics the slots point to
    std::vector<YearSlot> mSlots;              // several years: per universe product, mRule.years
};

} // namespace herkomst
