#include "document/storeworker.h"

#include "store/store.h"

#include <QPointer>
#include <QThread>
#include <algorithm>
#include <atomic>

namespace herkomst::ui {

struct StoreWorker::Job {
    std::atomic<bool> cancel{false};
    QThread *thread = nullptr;
};

StoreWorker::StoreWorker(QObject *parent) : QObject(parent) {}

StoreWorker::~StoreWorker()
{
    for (const std::unique_ptr<Job> &job : mJobs) {
        job->cancel = true;
        job->thread->wait();
        delete job->thread;
    }
}

void StoreWorker::start(const QString &storePath, Read read)
{
    cancel();
    auto job = std::make_unique<Job>();
    Job *raw = job.get();
    QPointer<StoreWorker> self(this);
    raw->thread = QThread::create([self, raw, storePath, read = std::move(read)] {
        LoadControl control;
        control.cancel = &raw->cancel;
        control.progress = [self, raw](int percent) {
            QMetaObject::invokeMethod(self, [self, raw, percent] {
                if (self && self->mCurrent == raw && self->onProgress)
                    self->onProgress(percent);
            });
        };
        QString error;
        std::shared_ptr<const void> result;
        std::unique_ptr<Store> store;
        bool opened = true;
        if (!storePath.isEmpty()) {
            store = std::make_unique<Store>();
            StoreError storeError;
            opened = store->open(storePath, Store::Mode::ReadOnly, &storeError);
            if (!opened)
                error = storeError.message();
        }
        if (opened)
            result = read(store.get(), control, &error);
        store.reset();
        if (control.cancelled()) {
            result.reset();
            error.clear();
        }
        QMetaObject::invokeMethod(self, [self, raw, result, error] {
            if (self)
                self->finish(raw, result, error);
        });
    });
    mJobs.push_back(std::move(job));
    mCurrent = raw;
    raw->thread->start();
}

void StoreWorker::cancel()
{
    if (mCurrent)
        mCurrent->cancel = true;
    mCurrent = nullptr;
}

void StoreWorker::finish(Job *job, const std::shared_ptr<const void> &result, const QString &error)
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
        onFinished(result, error);
}

} // namespace herkomst::ui
