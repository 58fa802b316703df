#include "years/yearsloader.h"

#include "store/store.h"

#include <QPointer>
#include <QThread>
#include <algorithm>
#include <atomic>

namespace herkomst::ui {

struct YearsLoader::Job {
    std::atomic<bool> cancel{false};
    QThread *thread = nullptr;
};

YearsLoader::YearsLoader(QObject *parent) : QObject(parent) {}

YearsLoader::~YearsLoader()
{
    for (const std::unique_ptr<Job> &job : mJobs) {
        job->cancel = true;
        job->thread->wait();
        delete job->thread;
    }
}

void YearsLoader::cancel()
{
    if (mCurrent)
        mCurrent->cancel = true;
    mCurrent = nullptr;
}

void YearsLoader::start(const QString &storePath, const DataSelection &selection, const AnalysisSettings &settings)
{
    cancel();
    auto job = std::make_unique<Job>();
    Job *raw = job.get();
    QPointer<YearsLoader> self(this);
    raw->thread = QThread::create([self, raw, storePath, selection, settings] {
        LoadControl control;
        control.cancel = &raw->cancel;
        control.progress = [self, raw](int percent) {
            QMetaObject::invokeMethod(self, [self, raw, percent] {
                if (self && self->mCurrent == raw && self->onProgress)
                    self->onProgress(percent);
            });
        };
        QString error;
        Years years;
        std::unique_ptr<Store> store;
        if (!storePath.isEmpty()) { // a Store belongs to one thread; loading never writes
            store = std::make_unique<Store>();
            StoreError storeError;
            if (!store->open(storePath, Store::Mode::ReadOnly, &storeError)) {
                error = storeError.message();
                store.reset();
            }
        }
        if (error.isEmpty()) {
            std::optional<std::vector<YearFunnel>> loaded =
                funnelPerYear(store.get(), selection, settings, &error, control);
            if (loaded)
                years = std::make_shared<const std::vector<YearFunnel>>(std::move(*loaded));
        }
        store.reset();
        QMetaObject::invokeMethod(self, [self, raw, years, error] {
            if (!self)
                return;
            const bool current = self->mCurrent == raw && !raw->cancel;
            if (self->mCurrent == raw)
                self->mCurrent = nullptr;
            // The thread is done: forget it once it has finished running this lambda.
            const auto it = std::find_if(self->mJobs.begin(), self->mJobs.end(),
                                         [raw](const std::unique_ptr<Job> &j) { return j.get() == raw; });
            if (it != self->mJobs.end()) {
                (*it)->thread->wait();
                delete (*it)->thread;
                self->mJobs.erase(it);
            }
            if (current && self->onFinished)
                self->onFinished(years, error);
        });
    });
    mJobs.push_back(std::move(job));
    mCurrent = raw;
    raw->thread->start();
}

} // namespace herkomst::ui
