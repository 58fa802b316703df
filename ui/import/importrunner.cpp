#include "import/importrunner.h"

#include "import/importer.h"
#include "import/importprogress.h"
#include "store/store.h"

#include <QDir>
#include <QFileInfo>
#include <QMutex>
#include <QThread>
#include <QTimer>
#include <algorithm>
#include <atomic>

namespace herkomst::ui {

// What the worker and the GUI share; kept alive by both until the thread has ended.
struct ImportRunner::Shared {
    std::atomic<int> permille{0};
    QMutex mutex;
    QString message;
    ImportProgress progress{[this](double fraction, const QString &text) {
        permille = int(std::clamp(fraction, 0.0, 1.0) * 1000);
        if (!text.isEmpty()) {
            QMutexLocker lock(&mutex);
            message = text;
        }
    }};
    ImportReport report;
};

ImportRunner::ImportRunner(QObject *parent) : QObject(parent), mPoll(new QTimer(this))
{
    mPoll->setInterval(50);
    connect(mPoll, &QTimer::timeout, this, &ImportRunner::poll);
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
    mThread = QThread::create([shared, importer, request, storePath] {
        QDir().mkpath(QFileInfo(storePath).absolutePath());
        Store store; // its own connection, on the worker's thread
        QString error;
        if (!store.open(storePath, &error)) {
            shared->report.fail({storePath, 0, 0, error});
            return;
        }
        shared->report = importer->run(store, request, shared->progress);
    });
    connect(mThread, &QThread::finished, this, &ImportRunner::onThreadFinished);
    mThread->start();
    mPoll->start();
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
    onThreadFinished();
}

void ImportRunner::poll()
{
    if (!mShared)
        return;
    QString message;
    {
        QMutexLocker lock(&mShared->mutex);
        message = mShared->message;
    }
    emit progressChanged(mShared->permille / 1000.0, message);
}

void ImportRunner::onThreadFinished()
{
    if (!mThread)
        return; // already handled by waitForFinished()
    mThread->wait();
    delete mThread;
    mThread = nullptr;
    mPoll->stop();
    poll();
    mReport = mShared->report;
    emit finished();
}

} // namespace herkomst::ui
