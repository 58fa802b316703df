#pragma once

#include "analysis/funnelanalysis.h"

#include <QString>
#include <vector>

namespace herkomst {

// The funnel of every year of a data set, as the trend view and `herkomst-cli trend` show it
// (docs/design.md, "Years"). A year's statistics carry its persistence window (StatisticsSet::
// otherYears), so each year's funnel is what an analysis of that year alone gives.
struct TrendInput {
    int year = 0;
    const StatisticsSet *statistics = nullptr;
};

struct TrendYear {
    int year = 0;
    AnalysisResult result;
};

// Runs the funnel for each year, in the order given. A threshold change re-runs only this: the
// statistics stay.
std::vector<TrendYear> yearTrend(const std::vector<TrendInput> &years, const AnalysisSettings &settings);

// The products after the last step per year by their largest non-EU supplier: the `top`
// suppliers with the most products over all years (ties by code), then one series for the rest
// (iso3 empty: "overig", which includes products without a non-EU supplier). counts follow the
// years' order.
struct SupplierSeries {
    QString iso3; // empty: every other supplier
    std::vector<int> counts;
    int total() const;
};
std::vector<SupplierSeries> supplierSeries(const std::vector<TrendYear> &years, int top);

// One product over the years: the values its criteria test, NaN when missing or when the year
// does not list it (imported false).
struct ProductYear {
    int year = 0;
    bool imported = false;
    double supplierShare = 0.0;
    QString topNonEuPartner; // ISO3 or block code; empty when none
    double worldHhi = 0.0;
    double importValue = 0.0;
    double importExportRatio = 0.0;
};
std::vector<ProductYear> productHistory(const std::vector<TrendInput> &years, const QString &hs6);

} // namespace herkomst
