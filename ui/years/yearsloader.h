#pragma once

#include "document/storeworker.h"
#include "session/yearseries.h"

#include <functional>
#include <memory>
#include <vector>

namespace herkomst::ui {

// Loads the statistics of every year of a selection (funnelPerYear) on a worker thread with
// progress and cancel (StoreWorker), as StatisticsLoader does for one year: the last start counts.
// Callbacks run on the GUI thread.
class YearsLoader {
public:
    using Years = std::shared_ptr<const std::vector<YearFunnel>>;

    YearsLoader();
    YearsLoader(const YearsLoader &) = delete;
    YearsLoader &operator=(const YearsLoader &) = delete;

    // storePath empty: the embedded demo data.
    void start(const QString &storePath, const DataSelection &selection, const AnalysisSettings &settings);
    void cancel() { mWorker.cancel(); }
    bool isRunning() const { return mWorker.isRunning(); }

    std::function<void(int percent)> onProgress;
    std::function<void(const Years &years, const QString &error)> onFinished; // null years: failed

private:
    StoreWorker mWorker; // last: its destructor cancels and waits before the callbacks go
};

} // namespace herkomst::ui
