#include "analysis/sensitivity.h"

#include <algorithm>
#include <array>
#include <cmath>

namespace herkomst {

namespace {

bool isWhole(double x)
{
    return std::abs(x - std::round(x)) <= 1e-9 * std::max(1.0, std::abs(x));
}

// Half-open index interval [begin, end) along an axis.
struct Span {
    int begin = 0;
    int end = 0;
    bool empty() const { return begin >= end; }
    Span operator&(Span other) const { return {std::max(begin, other.begin), std::min(end, other.end)}; }
};

// Where along an axis a product passes, is undetermined and fails.
struct AxisSpans {
    Span pass, undetermined, fail;
};

// First index in [begin, end) at which pred holds; pred must be false, then true.
template <typename Pred>
int firstIndex(int begin, int end, Pred pred)
{
    while (begin < end) {
        const int middle = begin + (end - begin) / 2;
        if (pred(middle))
            end = middle;
        else
            begin = middle + 1;
    }
    return begin;
}

// Outcomes run Pass, Undetermined, Fail as the threshold moves against the criterion (see
// ThresholdResponse), so along ascending thresholds each outcome holds on one interval, found by
// bisection with the response evaluated at the thresholds themselves.
AxisSpans spansAlong(const ThresholdResponse &response, const std::vector<Criterion> &probes)
{
    const int count = int(probes.size());
    const auto rank = [&](int j) {
        switch (response.at(probes[size_t(j)])) {
        case StepOutcome::Pass:
            return 0;
        case StepOutcome::Undetermined:
            return 1;
        case StepOutcome::Fail:
            break;
        }
        return 2;
    };
    if (passesHighValues(probes.front().comparison)) {
        const int a = firstIndex(0, count, [&](int j) { return rank(j) >= 1; });
        const int b = firstIndex(a, count, [&](int j) { return rank(j) >= 2; });
        return {{0, a}, {a, b}, {b, count}};
    }
    const int a = firstIndex(0, count, [&](int j) { return rank(j) <= 1; });
    const int b = firstIndex(a, count, [&](int j) { return rank(j) == 0; });
    return {{b, count}, {a, b}, {0, a}};
}

bool sameStop(FunnelStop a, FunnelStop b)
{
    return a.stage == b.stage && a.undetermined == b.undetermined;
}

// Calls add(span, stop) for the runs of equal stops along [first, last], given the stops at both
// ends. A product's stop only worsens as a threshold moves against its criterion (fewer steps, or
// undetermined becoming dropped), so equal ends mean one run and only the changes are searched.
template <typename StopAt, typename Add>
void forEachRun(int first, int last, FunnelStop atFirst, FunnelStop atLast, const StopAt &stopAt, const Add &add)
{
    if (sameStop(atFirst, atLast)) {
        add(Span{first, last + 1}, atFirst);
        return;
    }
    if (last == first + 1) {
        add(Span{first, first + 1}, atFirst);
        add(Span{last, last + 1}, atLast);
        return;
    }
    const int middle = first + (last - first) / 2;
    forEachRun(first, middle, atFirst, stopAt(middle), stopAt, add);
    forEachRun(middle + 1, last, stopAt(middle + 1), atLast, stopAt, add);
}

// Per funnel step and outcome, a grid of counts built from rectangles of cells: each rectangle
// adds one at its corner and the prefix sums spread it over the rectangle.
class CellCounts {
public:
    enum Field { Kept, Dropped, Undetermined, FieldCount };

    CellCounts(int steps, int rows, int columns)
        : mRows(rows), mColumns(columns), mCells(size_t(steps) * FieldCount * size_t(rows) * size_t(columns), 0)
    {}

    void add(int step, Field field, Span rows, Span columns)
    {
        if (rows.empty() || columns.empty())
            return;
        int *grid = &mCells[(size_t(step) * FieldCount + field) * size_t(mRows) * size_t(mColumns)];
        const auto corner = [&](int row, int column, int delta) {
            if (row < mRows && column < mColumns)
                grid[size_t(row) * size_t(mColumns) + size_t(column)] += delta;
        };
        corner(rows.begin, columns.begin, 1);
        corner(rows.begin, columns.end, -1);
        corner(rows.end, columns.begin, -1);
        corner(rows.end, columns.end, 1);
    }

    void add(int step, StepOutcome outcome, Span rows, Span columns)
    {
        add(step, outcome == StepOutcome::Pass ? Kept : (outcome == StepOutcome::Fail ? Dropped : Undetermined), rows,
            columns);
    }

    void integrate()
    {
        const size_t columns = size_t(mColumns);
        for (size_t offset = 0; offset < mCells.size(); offset += size_t(mRows) * columns) {
            int *grid = &mCells[offset];
            for (size_t i = 0; i < size_t(mRows); ++i) {
                for (size_t j = 0; j < columns; ++j) {
                    int &cell = grid[i * columns + j];
                    if (i > 0)
                        cell += grid[(i - 1) * columns + j];
                    if (j > 0)
                        cell += grid[i * columns + j - 1];
                    if (i > 0 && j > 0)
                        cell -= grid[(i - 1) * columns + j - 1];
                }
            }
        }
    }

    int value(int step, Field field, int row, int column) const
    {
        return mCells[((size_t(step) * FieldCount + field) * size_t(mRows) + size_t(row)) * size_t(mColumns) +
                      size_t(column)];
    }

private:
    int mRows;
    int mColumns;
    std::vector<int> mCells;
};

} // namespace

RangeProblem thresholdValues(const ThresholdRange &range, std::vector<double> *values)
{
    values->clear();
    if (!std::isfinite(range.from) || !std::isfinite(range.to) || !std::isfinite(range.step))
        return RangeProblem::NotFinite;
    if (!(range.step > 0.0))
        return RangeProblem::StepNotPositive;
    if (range.from > range.to)
        return RangeProblem::FromAboveTo;
    const double intervals = (range.to - range.from) / range.step;
    const double last = std::floor(intervals + 1e-9 * std::max(1.0, intervals));
    if (!(last < kMaxSweepValues))
        return RangeProblem::TooManyValues;
    // Whole numbers of the smallest decimal unit both bounds share, divided once: the nearest
    // double to the decimal, as a typed "0.43" reads.
    double scale = 1.0;
    bool decimal = false;
    for (int decimals = 0; decimals <= 9 && !decimal; ++decimals) {
        decimal = isWhole(range.from * scale) && isWhole(range.step * scale);
        if (!decimal)
            scale *= 10.0;
    }
    const double from = decimal ? std::round(range.from * scale) : range.from;
    const double step = decimal ? std::round(range.step * scale) : range.step;
    for (int i = 0; i <= int(last); ++i)
        values->push_back(decimal ? (from + i * step) / scale : from + i * step);
    return RangeProblem::None;
}

SensitivityModel::SensitivityModel(const StatisticsSet &statistics, const AnalysisSettings &settings)
    : mCriteria(settings.criteria)
{
    for (int i = 0; i < int(mCriteria.size()); ++i) {
        if (mCriteria[size_t(i)].enabled)
            mActive.push_back(i);
    }
    mRule = settings.persistence;
    const StatisticsTable &table = statistics.primary;
    const bool filterIndustries = !settings.industries.isEmpty();
    ThresholdResponder thresholdResponse;
    for (int row = 0; row < int(table.rows.size()); ++row) {
        if (filterIndustries && !settings.industries.contains(table.product(row).industry))
            continue;
        ++mUniverse;
        if (!mRule.multiYear()) {
            // One year: a product reaching a step passed every step before it, so each step's
            // response is the criterion's alone.
            for (const int criterion : mActive)
                mResponses.push_back(thresholdResponse(statistics, {}, mRule, mCriteria[size_t(criterion)], row));
            continue;
        }
        const ProductYears years(statistics, row, mRule);
        for (const ProductYears::Year &year : years.years()) {
            YearSlot slot;
            slot.state = year.state;
            if (year.stats) {
                slot.stats = int(mYearStats.size());
                mYearStats.push_back(*year.stats);
            }
            mSlots.push_back(slot);
        }
    }
}

ProductYears SensitivityModel::yearsOf(int product) const
{
    std::vector<ProductYears::Year> years;
    for (int k = 0; k < mRule.years; ++k) {
        const YearSlot &slot = mSlots[size_t(product) * size_t(mRule.years) + size_t(k)];
        years.push_back({slot.stats < 0 ? nullptr : &mYearStats[size_t(slot.stats)], slot.state});
    }
    return ProductYears(std::move(years));
}

int SensitivityModel::stepOf(int criterionIndex) const
{
    const auto found = std::find(mActive.begin(), mActive.end(), criterionIndex);
    return found == mActive.end() ? -1 : int(found - mActive.begin()) + 1;
}

SensitivityGrid SensitivityModel::sweep(const std::vector<Criterion> &criteria, const SensitivityAxis &axis) const
{
    return compute(criteria, {axis});
}

SensitivityGrid SensitivityModel::grid(const std::vector<Criterion> &criteria, const SensitivityAxis &first,
                                       const SensitivityAxis &second) const
{
    return compute(criteria, {first, second});
}

SensitivityProblem SensitivityModel::check(const std::vector<Criterion> &criteria,
                                           const std::vector<SensitivityAxis> &axes) const
{
    if (criteria.size() != mCriteria.size())
        return SensitivityProblem::CriteriaChanged;
    for (size_t i = 0; i < criteria.size(); ++i) {
        const Criterion &a = criteria[i], &b = mCriteria[i];
        if (a.metric != b.metric || a.comparison != b.comparison || a.enabled != b.enabled)
            return SensitivityProblem::CriteriaChanged;
    }
    size_t cells = 1;
    for (const SensitivityAxis &axis : axes) {
        if (axis.criterionIndex < 0 || axis.criterionIndex >= int(criteria.size()))
            return SensitivityProblem::NoSuchCriterion;
        if (!criteria[size_t(axis.criterionIndex)].enabled)
            return SensitivityProblem::CriterionOff;
        if (axis.thresholds.empty())
            return SensitivityProblem::NoThresholds;
        if (std::adjacent_find(axis.thresholds.begin(), axis.thresholds.end(),
                               [](double a, double b) { return !(a < b); }) != axis.thresholds.end())
            return SensitivityProblem::NotAscending;
        cells *= axis.thresholds.size();
    }
    if (axes.size() == 2 && axes[0].criterionIndex == axes[1].criterionIndex)
        return SensitivityProblem::SameCriterionTwice;
    if (cells > size_t(kMaxSensitivityCells))
        return SensitivityProblem::TooManyCells;
    return SensitivityProblem::None;
}

SensitivityGrid SensitivityModel::compute(const std::vector<Criterion> &criteria,
                                          std::vector<SensitivityAxis> axes) const
{
    SensitivityGrid result;
    result.problem = check(criteria, axes);
    result.axes = std::move(axes);
    result.stepCount = stepCount();
    if (!result.ok())
        return result;

    const int rows = result.rows(), columns = result.columns();
    // Per axis: its funnel step (index into mActive) and the criterion at each of its thresholds.
    std::array<int, 2> axisStep{-1, -1};
    std::array<std::vector<Criterion>, 2> probes;
    for (size_t a = 0; a < result.axes.size(); ++a) {
        const SensitivityAxis &axis = result.axes[a];
        axisStep[a] = stepOf(axis.criterionIndex) - 1;
        for (const double threshold : axis.thresholds) {
            probes[a].push_back(criteria[size_t(axis.criterionIndex)]);
            probes[a].back().threshold = threshold;
        }
    }

    // Each product reaches every step on a rectangle of cells, which the varied steps narrow.
    const size_t active = mActive.size();
    CellCounts counts(int(active), rows, columns);
    if (mRule.multiYear()) {
        // Over several years a threshold moves every later step as well (the criteria hold together
        // per year), so each product's stop is walked along the last axis, only where it changes.
        const bool twoAxes = result.axes.size() == 2;
        const SensitivityAxis &along = result.axes.back();
        std::vector<Criterion> cell = criteria;
        std::vector<const Criterion *> steps;
        for (const int index : mActive)
            steps.push_back(&cell[size_t(index)]);
        for (int product = 0; product < mUniverse; ++product) {
            const ProductYears years = yearsOf(product);
            for (int row = 0; row < (twoAxes ? rows : 1); ++row) {
                if (twoAxes)
                    cell[size_t(result.axes[0].criterionIndex)].threshold = result.axes[0].thresholds[size_t(row)];
                const auto stopAt = [&](int j) {
                    cell[size_t(along.criterionIndex)].threshold = along.thresholds[size_t(j)];
                    ProductYears walked = years;
                    return walkFunnel(walked, steps, mRule);
                };
                const auto add = [&](Span span, FunnelStop stop) {
                    const Span rowSpan = twoAxes ? Span{row, row + 1} : span;
                    const Span columnSpan = twoAxes ? span : Span{0, 1};
                    for (int s = 0; s < stop.stage; ++s)
                        counts.add(s, StepOutcome::Pass, rowSpan, columnSpan);
                    if (stop.stage < int(active))
                        counts.add(stop.stage, stop.undetermined ? StepOutcome::Undetermined : StepOutcome::Fail,
                                   rowSpan, columnSpan);
                };
                const int last = int(along.thresholds.size()) - 1;
                forEachRun(0, last, stopAt(0), stopAt(last), stopAt, add);
            }
        }
    }
    for (int product = 0; product < mUniverse && !mRule.multiYear(); ++product) {
        const ThresholdResponse *responses = &mResponses[size_t(product) * active];
        std::array<Span, 2> reach{Span{0, rows}, Span{0, columns}};
        for (size_t s = 0; s < active; ++s) {
            const int axis = int(s) == axisStep[0] ? 0 : (int(s) == axisStep[1] ? 1 : -1);
            if (axis < 0) {
                const StepOutcome outcome = responses[s].at(criteria[size_t(mActive[s])]);
                counts.add(int(s), outcome, reach[0], reach[1]);
                if (outcome != StepOutcome::Pass)
                    break;
                continue;
            }
            const AxisSpans spans = spansAlong(responses[s], probes[size_t(axis)]);
            std::array<Span, 2> part = reach;
            for (const auto &[span, outcome] :
                 {std::pair{spans.fail, StepOutcome::Fail}, std::pair{spans.undetermined, StepOutcome::Undetermined},
                  std::pair{spans.pass, StepOutcome::Pass}}) {
                part[size_t(axis)] = reach[size_t(axis)] & span;
                counts.add(int(s), outcome, part[0], part[1]);
            }
            reach[size_t(axis)] = part[size_t(axis)];
            if (reach[size_t(axis)].empty())
                break;
        }
    }
    counts.integrate();

    result.counts.resize(size_t(rows) * size_t(columns) * size_t(result.stepCount));
    for (int i = 0; i < rows; ++i) {
        for (int j = 0; j < columns; ++j) {
            StepCounts *cell = &result.counts[(size_t(i) * size_t(columns) + size_t(j)) * size_t(result.stepCount)];
            cell[0].entering = cell[0].kept = mUniverse;
            for (size_t s = 0; s < active; ++s) {
                StepCounts &step = cell[s + 1];
                step.kept = counts.value(int(s), CellCounts::Kept, i, j);
                step.dropped = counts.value(int(s), CellCounts::Dropped, i, j);
                step.undetermined = counts.value(int(s), CellCounts::Undetermined, i, j);
                step.entering = step.kept + step.dropped + step.undetermined;
            }
        }
    }
    return result;
}

} // namespace herkomst
