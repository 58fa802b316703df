#include "analysis/yearcomparison.h"

#include <QHash>
#include <algorithm>
#include <set>

namespace herkomst {

namespace {

std::set<QString> finalProducts(const YearAnalysis &analysis)
{
    std::set<QString> products;
    const AnalysisResult &result = *analysis.result;
    for (size_t row = 0; row < result.stage.size(); ++row) {
        if (result.stage[row] == result.finalStage())
            products.insert(analysis.statistics->primary.product(int(row)).hs6);
    }
    return products;
}

int stageOf(const YearAnalysis &analysis, const QString &hs6)
{
    const int row = analysis.statistics->primary.rowByHs6.value(hs6, -1);
    return row < 0 ? -1 : analysis.result->stage[size_t(row)];
}

YearStanding standing(const YearAnalysis &analysis, const QString &hs6, const AnalysisSettings &settings)
{
    const StatisticsTable &table = analysis.statistics->primary;
    const AnalysisResult &result = *analysis.result;
    YearStanding s;
    s.year = table.data->year;
    s.hs6 = hs6;
    const int row = hs6.isEmpty() ? -1 : table.rowByHs6.value(hs6, -1);
    const int stage = row < 0 ? -1 : result.stage[size_t(row)];
    for (size_t step = 1; step < result.steps.size(); ++step) {
        const Criterion &criterion = settings.criteria[size_t(result.steps[step].criterionIndex)];
        s.values.push_back(row < 0 ? missingValue() : table.rows[size_t(row)].metric(criterion.metric));
    }
    if (stage < 0)
        return s;
    s.imported = true;
    s.stage = result.stageKey(row);
    if (stage < result.finalStage()) {
        s.stoppedAt = result.steps[size_t(stage) + 1].key;
        s.undetermined = result.undetermined[size_t(row)];
    }
    return s;
}

// The standing of the group's code that came furthest in the year (the first on a tie): in a
// year where the group is not after the last step, its step is the one that keeps the group out.
YearStanding furthestStanding(const YearAnalysis &analysis, const std::vector<QString> &codes,
                              const AnalysisSettings &settings)
{
    QString furthest;
    int best = -2; // below "not imported" (-1): a group's first code when none was imported
    for (const QString &code : codes) {
        if (const int stage = stageOf(analysis, code); stage > best) {
            best = stage;
            furthest = code;
        }
    }
    return standing(analysis, furthest, settings);
}

QString reasonOf(const YearStanding &out)
{
    return out.imported ? out.stoppedAt : kNotImported;
}

std::vector<QString> intersection(const std::vector<QString> &codes, const std::set<QString> &final)
{
    std::vector<QString> result;
    std::copy_if(codes.begin(), codes.end(), std::back_inserter(result),
                 [&final](const QString &code) { return final.count(code) > 0; });
    return result;
}

// Across revisions: every group with a product after the last step in either year, compared as a
// group. A code the tables do not know is a group of its own, matched with nothing.
void compareGroups(const YearAnalysis &from, const YearAnalysis &to, const AnalysisSettings &settings,
                   const HsConcordance &concordance, YearComparison &comparison)
{
    const HsGroupIndex &tables = concordance.groupIndex(from.revision, to.revision);
    // The tables' groups, then one of its own for each code they do not know.
    std::vector<HsGroup> unknown;
    QHash<QString, size_t> unknownFrom, unknownTo;
    const auto groupOf = [&](size_t g) -> const HsGroup & {
        return g < tables.groups.size() ? tables.groups[g] : unknown[g - tables.groups.size()];
    };
    const std::set<QString> before = finalProducts(from), after = finalProducts(to);
    std::set<size_t> touched;
    const auto groupIn = [&](const QString &code, const QHash<QString, size_t> &known, QHash<QString, size_t> &own,
                             bool isFrom) {
        if (const auto found = known.constFind(code); found != known.constEnd())
            return *found;
        if (const auto found = own.constFind(code); found != own.constEnd())
            return *found;
        const size_t g = tables.groups.size() + unknown.size();
        unknown.push_back(isFrom ? HsGroup{{code}, {}} : HsGroup{{}, {code}});
        own.insert(code, g);
        return g;
    };
    for (const QString &code : before)
        touched.insert(groupIn(code, tables.fromGroup, unknownFrom, true));
    for (const QString &code : after)
        touched.insert(groupIn(code, tables.toGroup, unknownTo, false));

    for (const size_t g : touched) {
        GroupChange change;
        change.group = groupOf(g);
        change.fromFinal = intersection(change.group.fromCodes, before);
        change.toFinal = intersection(change.group.toCodes, after);
        for (const QString &code : change.fromFinal)
            change.fromCounterparts.push_back(int(concordance.counterparts(code, from.revision, to.revision).size()));
        for (const QString &code : change.toFinal)
            change.toCounterparts.push_back(int(concordance.counterparts(code, to.revision, from.revision).size()));
        const int index = int(comparison.groups.size());
        if (!change.fromFinal.empty() && !change.toFinal.empty()) {
            change.status = GroupChange::Status::Persistent;
            comparison.persistent.insert(comparison.persistent.end(), change.toFinal.begin(), change.toFinal.end());
        } else if (change.fromFinal.empty()) {
            change.status = GroupChange::Status::New;
            comparison.added.insert(comparison.added.end(), change.toFinal.begin(), change.toFinal.end());
            for (const QString &code : change.toFinal) {
                ProductChange product{code,
                                      furthestStanding(from, change.group.fromCodes, settings),
                                      standing(to, code, settings),
                                      {},
                                      index};
                product.reason = reasonOf(product.from);
                comparison.changes.push_back(std::move(product));
            }
        } else {
            change.status = GroupChange::Status::Gone;
            comparison.gone.insert(comparison.gone.end(), change.fromFinal.begin(), change.fromFinal.end());
            for (const QString &code : change.fromFinal) {
                ProductChange product{code,
                                      standing(from, code, settings),
                                      furthestStanding(to, change.group.toCodes, settings),
                                      {},
                                      index};
                product.reason = reasonOf(product.to);
                comparison.changes.push_back(std::move(product));
            }
        }
        comparison.groups.push_back(std::move(change));
    }
    for (std::vector<QString> *codes : {&comparison.added, &comparison.gone, &comparison.persistent})
        std::sort(codes->begin(), codes->end());
    std::stable_sort(comparison.changes.begin(), comparison.changes.end(),
                     [](const ProductChange &a, const ProductChange &b) { return a.hs6 < b.hs6; });
}

void compareCodes(const YearAnalysis &from, const YearAnalysis &to, const AnalysisSettings &settings,
                  YearComparison &comparison)
{
    const std::set<QString> before = finalProducts(from), after = finalProducts(to);
    std::set_difference(after.begin(), after.end(), before.begin(), before.end(), std::back_inserter(comparison.added));
    std::set_difference(before.begin(), before.end(), after.begin(), after.end(), std::back_inserter(comparison.gone));
    std::set_intersection(before.begin(), before.end(), after.begin(), after.end(),
                          std::back_inserter(comparison.persistent));

    std::vector<QString> changed = comparison.added;
    changed.insert(changed.end(), comparison.gone.begin(), comparison.gone.end());
    std::sort(changed.begin(), changed.end());
    for (const QString &hs6 : changed) {
        ProductChange change;
        change.hs6 = hs6;
        change.from = standing(from, hs6, settings);
        change.to = standing(to, hs6, settings);
        // The year it is not in the final set says which step keeps it out.
        change.reason = reasonOf(after.count(hs6) ? change.from : change.to);
        comparison.changes.push_back(std::move(change));
    }
}

} // namespace

YearComparison compareYears(const YearAnalysis &from, const YearAnalysis &to, const AnalysisSettings &settings,
                            const HsConcordance &concordance)
{
    YearComparison comparison;
    for (size_t step = 1; step < to.result->steps.size(); ++step)
        comparison.stepKeys.push_back(to.result->steps[step].key);
    comparison.fromRevision = from.revision;
    comparison.toRevision = to.revision;
    const bool known = from.revision != HsRevision::Unknown && to.revision != HsRevision::Unknown;
    if (known && from.revision != to.revision) {
        comparison.matching =
            concordance.connects(from.revision, to.revision) ? CodeMatching::ByGroup : CodeMatching::NoTables;
    }
    if (comparison.matching == CodeMatching::ByGroup)
        compareGroups(from, to, settings, concordance, comparison);
    else
        compareCodes(from, to, settings, comparison);
    return comparison;
}

} // namespace herkomst
