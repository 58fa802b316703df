#include "analysis/productyears.h"

namespace herkomst {

void ProductYears::reset(const StatisticsSet &statistics, int row, Persistence rule)
{
    const StatisticsTable &primary = statistics.primary;
    const ProductStats &current = primary.rows[size_t(row)];
    mYears.clear();
    // No imports, no dependency: a product the analysis year lists without imports holds nothing.
    mYears.push_back({&current, current.imported ? State::Holds : State::Fails});
    if (!rule.multiYear())
        return;
    const QString &hs6 = primary.product(row).hs6;
    const int year = primary.data->year;
    for (int k = 1; k < rule.years; ++k) {
        const auto covered = statistics.otherYears.find(year - k);
        if (covered == statistics.otherYears.end()) {
            mYears.push_back({nullptr, State::Unknown});
            continue;
        }
        const StatisticsTable &table = covered->second;
        const auto found = table.rowByHs6.constFind(hs6);
        const ProductStats *stats = found == table.rowByHs6.constEnd() ? nullptr : &table.rows[size_t(*found)];
        mYears.push_back({stats, stats && stats->imported ? State::Holds : State::Fails});
    }
}

StepOutcome persistenceOutcome(int holding, int unknown, Persistence rule)
{
    if (holding >= rule.minYears)
        return StepOutcome::Pass;
    return holding + unknown >= rule.minYears ? StepOutcome::Undetermined : StepOutcome::Fail;
}

StepOutcome ProductYears::narrow(const Criterion &criterion, Persistence rule)
{
    int holding = 0, unknown = 0;
    for (Year &year : mYears) {
        if (year.state != State::Fails) {
            const std::optional<bool> holds =
                year.stats ? criterion.holds(year.stats->metric(criterion.metric)) : std::nullopt;
            if (holds && !*holds)
                year.state = State::Fails;
            else if (!holds)
                year.state = State::Unknown;
        }
        holding += year.state == State::Holds;
        unknown += year.state == State::Unknown;
    }
    return persistenceOutcome(holding, unknown, rule);
}

FunnelStop walkFunnel(ProductYears &years, const std::vector<const Criterion *> &steps, Persistence rule)
{
    FunnelStop stop;
    for (const Criterion *criterion : steps) {
        const StepOutcome outcome = years.narrow(*criterion, rule);
        if (outcome != StepOutcome::Pass) {
            stop.undetermined = outcome == StepOutcome::Undetermined;
            break;
        }
        ++stop.stage;
    }
    return stop;
}

} // namespace herkomst
