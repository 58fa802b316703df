#pragma once

#include "domain/hsrevision.h"
#include "session/dataselection.h"

#include <optional>
#include <vector>

namespace herkomst {

// The funnel of one year, with the statistics it ran on.
struct YearFunnel {
    int year = 0;
    StatisticsSet statistics;
    AnalysisResult result;
};

// The funnel for every year the selection can analyse (selectionYears), ascending, each exactly as
// an analysis of that year alone: the same persistence window, years outside the data unknown. Each
// year is read once. nullopt with a Dutch *error on failure, or with *error empty when cancelled.
std::optional<std::vector<YearFunnel>> funnelPerYear(const Store *store, const DataSelection &selection,
                                                     const AnalysisSettings &settings, QString *error,
                                                     const LoadControl &control = {});

// The statistics of two years and their funnels (`from` first), for a comparison.
std::optional<std::vector<YearFunnel>> funnelOfYears(const Store *store, const DataSelection &selection,
                                                     const AnalysisSettings &settings, const std::vector<int> &years,
                                                     QString *error, const LoadControl &control = {});

// The HS revision the year's codes are in, as the store records it (Unknown for the demo data).
HsRevision hsRevisionOf(const Store *store, const YearFunnel &year);

} // namespace herkomst
