#include "analysis/funnelanalysis.h"

#include "analysis/productyears.h"

#include <QCoreApplication>
#include <algorithm>

namespace herkomst {

namespace {

AnalysisResult run(const StatisticsSet &statistics, const AnalysisSettings &settings)
{
    const StatisticsTable &table = statistics.primary;
    const size_t rowCount = table.rows.size();
    const Persistence rule = settings.persistence;

    std::vector<int> active;
    std::vector<const Criterion *> steps;
    for (int i = 0; i < int(settings.criteria.size()); ++i) {
        if (settings.criteria[size_t(i)].enabled) {
            active.push_back(i);
            steps.push_back(&settings.criteria[size_t(i)]);
        }
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
        step.rule = c.ruleText() + rule.ruleSuffix();
        step.criterionIndex = active[s];
    }

    result.stage.assign(rowCount, -1);
    result.undetermined.assign(rowCount, false);
    const bool filterIndustries = !settings.industries.isEmpty();

    QHash<QString, int> supplierIndex;
    QHash<QString, int> industryIndex;
    ProductYears years;
    for (size_t row = 0; row < rowCount; ++row) {
        const ProductInfo &product = table.product(int(row));
        if (filterIndustries && !settings.industries.contains(product.industry))
            continue;
        const ProductStats &stats = table.rows[row];
        ++universe.entering;
        ++universe.kept;
        universe.keptImportValue += stats.importValue;
        years.reset(statistics, int(row), rule);
        const FunnelStop stop = walkFunnel(years, steps, rule);
        const int stage = stop.stage;
        for (int s = 1; s <= stage; ++s) {
            FunnelStep &step = result.steps[size_t(s)];
            ++step.entering;
            ++step.kept;
            step.keptImportValue += stats.importValue;
        }
        if (stage < result.finalStage()) {
            FunnelStep &step = result.steps[size_t(stage) + 1];
            ++step.entering;
            ++(stop.undetermined ? step.undetermined : step.dropped);
            result.undetermined[row] = stop.undetermined;
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
    return run(StatisticsSet{statistics, {}}, settings);
}

AnalysisResult runFunnel(const StatisticsSet &statistics, const AnalysisSettings &settings)
{
    return run(statistics, settings);
}

} // namespace herkomst
