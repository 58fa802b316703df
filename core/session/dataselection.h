#pragma once

#include "analysis/funnelanalysis.h"
#include "countries/eucomposition.h"

#include <QString>
#include <optional>

namespace herkomst {

class Store;

// Which data an analysis runs on: the embedded demo data, or a data set in a store.
struct DataSelection {
    QString dataSet; // name; empty: the store's only data set, or the demo data without a store
    QString reporter = QStringLiteral("NLD");
    int year = 0; // 0: the latest year the data set has for the reporter
    EuComposition euComposition = EuComposition::Eu27_2020;
};

// Statistics for a selection, with the years before it that multi-year criteria need.
// store == nullptr means the embedded demo data. On failure returns nullopt with a Dutch *error.
std::optional<StatisticsSet> loadStatistics(const Store *store, const DataSelection &selection, int yearWindow,
                                            QString *error);

// The largest year window among enabled criteria (1 for single-year rules).
int requiredYearWindow(const std::vector<Criterion> &criteria);

} // namespace herkomst
