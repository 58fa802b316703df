#pragma once

#include "session/yearseries.h"

#include <QObject>
#include <functional>
#include <memory>
#include <vector>

namespace herkomst::ui {

// Loads the statistics of every year of a selection (funnelPerYear) on a worker thread with its
// own read-only Store, as StatisticsLoader does for one year. The last start counts: an earlier
// load still running is cancelled and its result dropped. Callbacks run on the GUI thread.
class YearsLoader : public QObject {
    Q_OBJECT
public:
    using Years = std::shared_ptr<const std::vector<YearFunnel>>;
    explicit YearsLoader(QObject *parent = nullptr);
    ~YearsLoader() override; // cancels and waits: nothing outlives the view

    // storePath empty: the embedded demo data.
    void start(const QString &storePath, const DataSelection &selection, const AnalysisSettings &settings);
    void cancel();
    bool isRunning() const { return mCurrent != nullptr; }

    std::function<void(int percent)> onProgress;
    std::function<void(const Years &years, const QString &error)> onFinished; // null years: failed

private:
    struct Job;
    std::vector<std::unique_ptr<Job>> mJobs;
    Job *mCurrent = nullptr;
};

} // namespace herkomst::ui
