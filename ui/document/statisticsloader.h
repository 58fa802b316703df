#pragma once

#include "session/dataselection.h"

#include <QObject>
#include <QString>
#include <functional>
#include <memory>
#include <vector>

class QThread;

namespace herkomst::ui {

// Loads a selection's statistics on a worker thread, so the window stays responsive while a
// large data set loads. The worker opens a Store of its own on the same path (a Store is never
// shared across threads) and calls loadStatistics with progress and cancel. One load counts at a
// time: starting another or cancelling drops the running one's result, and the thread finishes
// in the background. Callbacks run on the loader's (the GUI) thread.
class StatisticsLoader : public QObject {
    Q_OBJECT

public:
    struct Outcome {
        std::shared_ptr<const StatisticsSet> statistics; // null on failure or cancel
        QString error;                                   // empty when cancelled
    };

    explicit StatisticsLoader(QObject *parent = nullptr);
    // Cancels what still runs and waits for it: nothing outlives the document.
    ~StatisticsLoader() override;

    // storePath empty: the embedded demo data.
    void start(const QString &storePath, const DataSelection &selection, int yearWindow);
    void cancel();
    bool isRunning() const { return mCurrent != nullptr; }

    std::function<void(int percent)> onProgress;
    std::function<void(const Outcome &outcome)> onFinished;

private:
    struct Job;
    void finish(Job *job, const Outcome &outcome);

    std::vector<std::unique_ptr<Job>> mJobs; // the current one and cancelled ones still running
    Job *mCurrent = nullptr;
};

} // namespace herkomst::ui
