#include "import/importrunner.h"

#include "import/importer.h"
#include "import/importprogress.h"
#include "store/store.h"

#include <QDir>
#include <QFileInfo>
#include <QMutex>
#include <QPromise>
#include <QThread>
#include <algorithm>
#include <atomic>

namespace herkomst::ui {

// What the worker and the GUI share; kept alive by both until the thread has ended.
struct ImportRunner::Shared {
    QPromise<ImportReport> promise;
    std::atomic<int> permille{0};
    std::atomic_bool posted{false}; // an update is on its way to the GUI thread
    QMutex mutex;
    QString message;
    ImportProgress progress;
};

ImportRunner::ImportRunner(QObject *parent) : QObject(parent)
{
    connect(&mWatcher, &QFutureWatcherBase::finished, this, &ImportRunner::onFinished);
}

ImportRunner::~ImportRunner()
{
    if (mThread) {
        cancel();
        mThread->wait();
        delete mThread;
    }
}

void ImportRunner::start(Importer *importer, const ImportRequest &request, const QString &storePath)
{
    Q_ASSERT(!mThread);
    mShared = std::make_shared<Shared>();
    mReport = ImportReport{};
    std::shared_ptr<Shared> shared = mShared;
    // The worker posts an update only when none is pending; the GUI reads the latest values.
    // The runner outlives the worker (its destructor waits for it), so the worker may post to it.
    // The callback lives inside the shared state, so it points to it without owning it: a
    // shared_ptr here was a cycle that leaked every import's state and report (LeakSanitizer).
    shared->progress.setCallback([shared = shared.get(), this](double fraction, const QString &text) {
        shared->permille = int(std::clamp(fraction, 0.0, 1.0) * 1000);
        if (!text.isEmpty()) {
            QMutexLocker lock(&shared->mutex);
            shared->message = text;
        }
        if (!shared->posted.exchange(true))
            QMetaObject::invokeMethod(this, &ImportRunner::showProgress, Qt::QueuedConnection);
    });
    shared->promise.start();
    mWatcher.setFuture(shared->promise.future());
    mThread = QThread::create([shared, importer, request, storePath] {
        QDir().mkpath(QFileInfo(storePath).absolutePath());
        Store store; // its own connection, on the worker's thread
        QString error;
        ImportReport report;
        if (store.open(storePath, &error))
            report = importer->run(store, request, shared->progress);
        else
            report.fail({storePath, 0, 0, error});
        shared->promise.addResult(report);
        shared->promise.finish();
    });
    mThread->start();
}

void ImportRunner::cancel()
{
    if (mShared)
        mShared->progress.cancel();
}

bool ImportRunner::isRunning() const
{
    return mThread != nullptr;
}

bool ImportRunner::isCancelling() const
{
    return mThread && mShared->progress.isCancelled();
}

void ImportRunner::waitForFinished()
{
    if (!mThread)
        return;
    mThread->wait();
    onFinished();
}

void ImportRunner::showProgress()
{
    if (!mShared)
        return;
    mShared->posted = false; // later changes post again; this one reads the latest
    QString message;
    {
        QMutexLocker lock(&mShared->mutex);
        message = mShared->message;
    }
    emit progressChanged(mShared->permille / 1000.0, message);
}

void ImportRunner::onFinished()
{
    if (!mThread)
        return; // already handled by waitForFinished()
    mThread->wait();
    delete mThread;
    mThread = nullptr;
    showProgress();
    mReport = mShared->promise.future().result();
    emit finished();
}

} // namespace herkomst::ui
