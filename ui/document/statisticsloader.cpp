#include "document/statisticsloader.h"

#include "store/store.h"

#include <QPointer>
#include <QThread>
#include <algorithm>
#include <atomic>

namespace herkomst::ui {

struct StatisticsLoader::Job {
    std::atomic<bool> cancel{false};
    QThread *thread = nullptr;
};

StatisticsLoader::StatisticsLoader(QObject *parent) : QObject(parent) {}

StatisticsLoader::~StatisticsLoader()
{
    for (const std::unique_ptr<Job> &job : mJobs) {
        job->cancel = true;
        job->thread->wait();
        delete job->thread;
    }
}

void StatisticsLoader::start(const QString &storePath, const DataSelection &selection, int yearWindow)
{
    cancel();
    auto job = std::make_unique<Job>();
    Job *raw = job.get();
    QPointer<StatisticsLoader> self(this);
    raw->thread = QThread::create([self, raw, storePath, selection, yearWindow] {
        Outcome outcome;
        LoadControl control;
        control.cancel = &raw->cancel;
        control.progress = [self, raw](int percent) {
            QMetaObject::invokeMethod(self, [self, raw, percent] {
                if (self && self->mCurrent == raw && self->onProgress)
                    self->onProgress(percent);
            });
        };
        // The worker's own connection, read-only: a Store belongs to one thread, and loading
        // never writes.
        std::unique_ptr<Store> store;
        bool opened = true;
        if (!storePath.isEmpty()) {
            store = std::make_unique<Store>();
            StoreError storeError;
            opened = store->open(storePath, Store::Mode::ReadOnly, &storeError);
            if (!opened)
                outcome.error = storeError.message();
        }
        if (opened) {
            std::optional<StatisticsSet> statistics =
                loadStatistics(store.get(), selection, yearWindow, &outcome.error, control);
            if (statistics)
                outcome.statistics = std::make_shared<const StatisticsSet>(std::move(*statistics));
        }
        store.reset();
        if (control.cancelled())
            outcome = Outcome{};
        QMetaObject::invokeMethod(self, [self, raw, outcome] {
            if (self)
                self->finish(raw, outcome);
        });
    });
    mJobs.push_back(std::move(job));
    mCurrent = raw;
    raw->thread->start();
}

void StatisticsLoader::cancel()
{
    if (mCurrent)
        mCurrent->cancel = true;
    mCurrent = nullptr;
}

void StatisticsLoader::finish(Job *job, const Outcome &outcome)
{
    const auto it = std::find_if(mJobs.begin(), mJobs.end(), [job](const auto &each) { return each.get() == job; });
    if (it == mJobs.end())
        return;
    job->thread->wait(); // it has posted its last event: this returns at once
    delete job->thread;
    const bool current = job == mCurrent;
    mJobs.erase(it);
    if (!current)
        return; // cancelled or replaced: its result no longer counts
    mCurrent = nullptr;
    if (onFinished)
        onFinished(outcome);
}

} // namespace herkomst::ui
