#pragma once

#include "document/storeworker.h"

#include <QString>
#include <functional>
#include <memory>

namespace herkomst::ui {

// Loads a selection's statistics (loadStatistics) on a worker thread with progress and cancel
// (StoreWorker): the last start counts. Callbacks run on the GUI thread.
class StatisticsLoader {
public:
    struct Outcome {
        std::shared_ptr<const StatisticsSet> statistics; // null on failure or cancel
        QString error;                                   // empty when cancelled
    };

    StatisticsLoader();
    StatisticsLoader(const StatisticsLoader &) = delete;
    StatisticsLoader &operator=(const StatisticsLoader &) = delete;

    // storePath empty: the embedded demo data.
    void start(const QString &storePath, const DataSelection &selection, int yearWindow);
    void cancel() { mWorker.cancel(); }
    bool isRunning() const { return mWorker.isRunning(); }

    std::function<void(int percent)> onProgress;
    std::function<void(const Outcome &outcome)> onFinished;

private:
    StoreWorker mWorker; // last: its destructor cancels and waits before the callbacks go
};

} // namespace herkomst::ui
