#pragma once

#include "session/dataselection.h"

#include <QObject>
#include <QString>
#include <functional>
#include <memory>
#include <vector>

namespace herkomst {
class Store;
}

namespace herkomst::ui {

// Runs a read of a store on a worker thread, so the window stays responsive while a large data set
// loads. The worker opens a Store of its own on the same path, read-only (a Store is never shared
// across threads, and loading never writes), and passes progress and cancel to the read. One read
// counts at a time: starting another or cancelling drops the running one's result, and its thread
// finishes in the background. Callbacks run on the GUI thread; the destructor cancels and waits, so
// nothing outlives the worker. StatisticsLoader (one year) and YearsLoader (every year) use it.
class StoreWorker : public QObject {
    Q_OBJECT

public:
    // store == nullptr: the embedded demo data. On failure a null result with a Dutch *error.
    using Read =
        std::function<std::shared_ptr<const void>(const Store *store, const LoadControl &control, QString *error)>;

    explicit StoreWorker(QObject *parent = nullptr);
    ~StoreWorker() override;

    // storePath empty: the embedded demo data.
    void start(const QString &storePath, Read read);
    void cancel();
    bool isRunning() const { return mCurrent != nullptr; }

    std::function<void(int percent)> onProgress;
    // A null result: the read failed (error says why) or was cancelled inside (error empty).
    std::function<void(const std::shared_ptr<const void> &result, const QString &error)> onFinished;

private:
    struct Job;
    void finish(Job *job, const std::shared_ptr<const void> &result, const QString &error);

    std::vector<std::unique_ptr<Job>> mJobs; // the current one and cancelled ones still running
    Job *mCurrent = nullptr;
};

} // namespace herkomst::ui
