#pragma once

// Random analyses for the sensitivity property tests: statistics drawn from a few values so that
// ties and thresholds exactly at a product's value are common, with missing and infinite values,
// earlier years for rules over several years (some years or products absent), and random criteria.
#include "analysis/funnelanalysis.h"
#include "domain/tradetypes.h"

#include <QRandomGenerator>
#include <limits>
#include <memory>

namespace sensitivitytest {

using namespace herkomst;

inline const std::vector<Metric> &testedMetrics()
{
    static const std::vector<Metric> metrics{Metric::SupplierShare, Metric::ImportExportRatio, Metric::WorldMarketHhi,
                                             Metric::ImportHhi};
    return metrics;
}

// A value on a coarse grid (ties), sometimes missing, and for ratios sometimes infinite.
inline double randomValue(QRandomGenerator &random, Metric metric)
{
    const int pick = int(random.bounded(20));
    if (pick == 0)
        return missingValue();
    if (metric == Metric::ImportExportRatio) {
        if (pick == 1)
            return std::numeric_limits<double>::infinity();
        return double(random.bounded(13)) * 0.25; // 0 to 3
    }
    return double(random.bounded(11)) / 10.0; // 0, 0.1, ..., 1
}

inline StatisticsTable randomTable(QRandomGenerator &random, int year, int products, double presence)
{
    auto data = std::make_shared<TradeData>();
    data->reporter = QStringLiteral("NLD");
    data->year = year;
    StatisticsTable table;
    for (int p = 0; p < products; ++p) {
        if (random.generateDouble() >= presence)
            continue;
        const QString hs6 = QStringLiteral("%1").arg(100000 + p);
        const QString industry = p % 3 == 0 ? QStringLiteral("chemie") : QStringLiteral("farmacie");
        data->products.push_back({hs6, hs6, hs6, industry});
        ProductStats stats;
        stats.product = int(data->products.size()) - 1;
        stats.supplierShare = randomValue(random, Metric::SupplierShare);
        stats.importExportRatio = randomValue(random, Metric::ImportExportRatio);
        stats.worldHhi = randomValue(random, Metric::WorldMarketHhi);
        stats.importHhi = randomValue(random, Metric::ImportHhi);
        table.rowByHs6.insert(hs6, int(table.rows.size()));
        table.rows.push_back(stats);
    }
    table.data = data;
    return table;
}

// The analysis year 2020 and, some of the time, 2019 and 2018 (products there absent at times).
inline StatisticsSet randomStatistics(QRandomGenerator &random)
{
    const int products = 1 + int(random.bounded(40));
    StatisticsSet set;
    set.primary = randomTable(random, 2020, products, 1.0);
    for (int year : {2019, 2018}) {
        if (random.bounded(4) != 0)
            set.otherYears.emplace(year, randomTable(random, year, products, 0.8));
    }
    return set;
}

inline Criterion randomCriterion(QRandomGenerator &random, int index)
{
    Criterion c;
    c.stepKey = QStringLiteral("step%1").arg(index);
    c.metric = testedMetrics()[random.bounded(uint(testedMetrics().size()))];
    c.comparison = Comparison(random.bounded(4));
    c.threshold =
        c.metric == Metric::ImportExportRatio ? double(random.bounded(9)) * 0.25 : double(random.bounded(11)) / 10.0;
    c.enabled = random.bounded(5) != 0;
    return c;
}

inline AnalysisSettings randomSettings(QRandomGenerator &random)
{
    AnalysisSettings settings;
    const int count = 1 + int(random.bounded(4));
    for (int i = 0; i < count; ++i)
        settings.criteria.push_back(randomCriterion(random, i));
    if (random.bounded(4) == 0)
        settings.industries = {QStringLiteral("farmacie")};
    if (random.bounded(3) == 0) { // over several years, sometimes "0" or more years than the window
        settings.persistence.years = 2 + int(random.bounded(2));
        settings.persistence.minYears = int(random.bounded(uint(settings.persistence.years + 2)));
    }
    return settings;
}

inline std::vector<int> enabledCriteria(const AnalysisSettings &settings)
{
    std::vector<int> enabled;
    for (int i = 0; i < int(settings.criteria.size()); ++i) {
        if (settings.criteria[size_t(i)].enabled)
            enabled.push_back(i);
    }
    return enabled;
}

} // namespace sensitivitytest
