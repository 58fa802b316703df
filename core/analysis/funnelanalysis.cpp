#include "analysis/funnelanalysis.h"

#include <QCoreApplication>
#include <algorithm>

namespace herkomst {

namespace {

// Outcome of one criterion for one product.
enum class Outcome { Pass, Fail, Unknown };

using OtherYears = std::map<int, StatisticsTable>;

Outcome evaluate(const Criterion &criterion, const StatisticsTable &primary, const OtherYears &otherYears, int row)
{
    const ProductStats &stats = primary.rows[size_t(row)];
    if (criterion.yearWindow <= 1) {
        const std::optional<bool> holds = criterion.holds(stats.metric(criterion.metric));
        return !holds ? Outcome::Unknown : (*holds ? Outcome::Pass : Outcome::Fail);
    }
    // Held in at least minYearsHolding of the yearWindow years ending at the analysis year.
    const QString &hs6 = primary.product(row).hs6;
    const int year = primary.data->year;
    int holding = 0, unknown = 0;
    for (int k = 0; k < criterion.yearWindow; ++k) {
        const ProductStats *yearStats = nullptr;
        if (k == 0) {
            yearStats = &stats;
        } else if (auto it = otherYears.find(year - k); it != otherYears.end()) {
            const auto found = it->second.rowByHs6.constFind(hs6);
            if (found != it->second.rowByHs6.constEnd())
                yearStats = &it->second.rows[size_t(*found)];
        }
        const std::optional<bool> holds =
            yearStats ? criterion.holds(yearStats->metric(criterion.metric)) : std::nullopt;
        if (!holds)
            ++unknown;
        else if (*holds)
            ++holding;
    }
    if (holding >= criterion.minYearsHolding)
        return Outcome::Pass;
    return holding + unknown >= criterion.minYearsHolding ? Outcome::Unknown : Outcome::Fail;
}

AnalysisResult run(const StatisticsTable &table, const OtherYears &otherYears, const AnalysisSettings &settings)
{
    const size_t rowCount = table.rows.size();

    std::vector<int> active;
    for (int i = 0; i < int(settings.criteria.size()); ++i) {
        if (settings.criteria[size_t(i)].enabled)
            active.push_back(i);
    }

    AnalysisResult result;
    result.steps.resize(active.size() + 1);
    FunnelStep &universe = result.steps[0];
    universe.key = QStringLiteral("universe");
    universe.label = QCoreApplication::translate("Funnel", "Ingevoerde producten (HS6)");
    for (size_t s = 0; s < active.size(); ++s) {
        const Criterion &c = settings.criteria[size_t(active[s])];
        FunnelStep &step = result.steps[s + 1];
        step.key = c.stepKey.isEmpty() ? metricKey(c.metric) : c.stepKey;
        step.label = c.displayLabel();
        step.rule = c.ruleText();
        step.criterionIndex = active[s];
    }

    result.stage.assign(rowCount, -1);
    result.undetermined.assign(rowCount, false);
    const bool filterIndustries = !settings.industries.isEmpty();

    QHash<QString, int> supplierIndex;
    QHash<QString, int> industryIndex;
    for (size_t row = 0; row < rowCount; ++row) {
        const ProductInfo &product = table.product(int(row));
        if (filterIndustries && !settings.industries.contains(product.industry))
            continue;
        const ProductStats &stats = table.rows[row];
        ++universe.entering;
        ++universe.kept;
        universe.keptImportValue += stats.importValue;
        int stage = 0;
        for (size_t s = 0; s < active.size(); ++s) {
            FunnelStep &step = result.steps[s + 1];
            ++step.entering;
            const Outcome outcome = evaluate(settings.criteria[size_t(active[s])], table, otherYears, int(row));
            if (outcome == Outcome::Pass) {
                ++step.kept;
                step.keptImportValue += stats.importValue;
                stage = int(s) + 1;
                continue;
            }
            if (outcome == Outcome::Fail) {
                ++step.dropped;
            } else {
                ++step.undetermined;
                result.undetermined[row] = true;
            }
            break;
        }
        result.stage[row] = stage;
        if (stage != result.finalStage())
            continue;

        const QString supplier =
            table.partnerCode(stats.topNonEuPartner >= 0 ? stats.topNonEuPartner : stats.topPartner);
        auto sit = supplierIndex.constFind(supplier);
        if (sit == supplierIndex.constEnd()) {
            sit = supplierIndex.insert(supplier, int(result.bySupplier.size()));
            result.bySupplier.push_back({});
            result.bySupplier.back().iso3 = supplier;
        }
        SupplierGroup &group = result.bySupplier[size_t(*sit)];
        ++group.count;
        group.importValue += stats.importValue;
        ++group.countByIndustry[product.industry];
        group.valueByIndustry[product.industry] += stats.importValue;

        auto iit = industryIndex.constFind(product.industry);
        if (iit == industryIndex.constEnd()) {
            iit = industryIndex.insert(product.industry, int(result.byIndustry.size()));
            result.byIndustry.push_back({product.industry, 0, 0.0});
        }
        ++result.byIndustry[size_t(*iit)].count;
        result.byIndustry[size_t(*iit)].importValue += stats.importValue;
    }

    std::sort(result.bySupplier.begin(), result.bySupplier.end(), [](const SupplierGroup &a, const SupplierGroup &b) {
        return a.count != b.count ? a.count > b.count
                                  : (a.importValue != b.importValue ? a.importValue > b.importValue : a.iso3 < b.iso3);
    });
    std::sort(result.byIndustry.begin(), result.byIndustry.end(), [](const IndustryGroup &a, const IndustryGroup &b) {
        return a.count != b.count ? a.count > b.count : a.industry < b.industry;
    });
    return result;
}

} // namespace

AnalysisResult runFunnel(const StatisticsTable &statistics, const AnalysisSettings &settings)
{
    static const OtherYears none;
    return run(statistics, none, settings);
}

AnalysisResult runFunnel(const StatisticsSet &statistics, const AnalysisSettings &settings)
{
    return run(statistics.primary, statistics.otherYears, settings);
}

} // namespace herkomst
