#pragma once

#include "analysis/funnelanalysis.h"
#include "countries/eucomposition.h"

#include <QString>
#include <atomic>
#include <functional>
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

// Progress and cancel for loading statistics on a worker thread (the window loads off the GUI
// thread). Both are optional; progress is called on the loading thread.
struct LoadControl {
    std::function<void(int percent)> progress; // 0..100
    const std::atomic<bool> *cancel = nullptr; // once true, loading stops and returns nullopt
    bool cancelled() const { return cancel && cancel->load(std::memory_order_relaxed); }
};

// Statistics for a selection, with the years before it that multi-year criteria need.
// store == nullptr means the embedded demo data. On failure returns nullopt with a Dutch *error;
// when cancelled, nullopt with *error empty.
std::optional<StatisticsSet> loadStatistics(const Store *store, const DataSelection &selection, int yearWindow,
                                            QString *error, const LoadControl &control = {});

// The years a selection can analyse, ascending: the demo data's, or those in which the data set
// holds imports of the reporter (the selection's year is ignored). nullopt with a Dutch *error when
// the data set or reporter does not exist.
std::optional<std::vector<int>> selectionYears(const Store *store, const DataSelection &selection, QString *error);

// The years a rule needs loaded: the analysis year and those before it (1 for one year).
int requiredYearWindow(Persistence rule);

} // namespace herkomst
