#include "analysis/yeartrend.h"

#include <algorithm>
#include <cmath>
#include <map>

namespace herkomst {

int SupplierSeries::total() const
{
    int sum = 0;
    for (const int count : counts)
        sum += count;
    return sum;
}

std::vector<TrendYear> yearTrend(const std::vector<TrendInput> &years, const AnalysisSettings &settings)
{
    std::vector<TrendYear> trend;
    trend.reserve(years.size());
    for (const TrendInput &input : years)
        trend.push_back({input.year, runFunnel(*input.statistics, settings)});
    return trend;
}

std::vector<SupplierSeries> supplierSeries(const std::vector<TrendYear> &years, int top)
{
    std::map<QString, SupplierSeries> byCode;
    for (size_t y = 0; y < years.size(); ++y) {
        for (const SupplierGroup &group : years[y].result.bySupplier) {
            SupplierSeries &series = byCode[group.iso3];
            series.iso3 = group.iso3;
            series.counts.resize(years.size(), 0);
            series.counts[y] += group.count;
        }
    }
    std::vector<SupplierSeries> ranked;
    SupplierSeries rest{QString(), std::vector<int>(years.size(), 0)};
    for (auto &[code, series] : byCode) {
        if (code.isEmpty())
            for (size_t y = 0; y < years.size(); ++y)
                rest.counts[y] += series.counts[y];
        else
            ranked.push_back(std::move(series));
    }
    std::stable_sort(ranked.begin(), ranked.end(),
                     [](const SupplierSeries &a, const SupplierSeries &b) { return a.total() > b.total(); });
    for (size_t i = size_t(std::max(top, 0)); i < ranked.size(); ++i)
        for (size_t y = 0; y < years.size(); ++y)
            rest.counts[y] += ranked[i].counts[y];
    ranked.resize(std::min(ranked.size(), size_t(std::max(top, 0))));
    if (rest.total() > 0)
        ranked.push_back(std::move(rest));
    return ranked;
}

std::vector<ProductYear> productHistory(const std::vector<TrendInput> &years, const QString &hs6)
{
    std::vector<ProductYear> history;
    for (const TrendInput &input : years) {
        ProductYear point;
        point.year = input.year;
        const StatisticsTable &table = input.statistics->primary;
        const int row = table.rowByHs6.value(hs6, -1);
        const ProductStats *stats = row < 0 ? nullptr : &table.rows[size_t(row)];
        point.imported = stats && stats->imported;
        const double nan = std::nan("");
        point.supplierShare = point.imported ? stats->supplierShare : nan;
        point.topNonEuPartner = point.imported ? table.partnerCode(stats->topNonEuPartner) : QString();
        point.importValue = point.imported ? stats->importValue : nan;
        point.importExportRatio = point.imported ? stats->importExportRatio : nan;
        // The world market is known for a year that lists the product, imported or not.
        point.worldHhi = stats ? stats->worldHhi : nan;
        history.push_back(point);
    }
    return history;
}

} // namespace herkomst
