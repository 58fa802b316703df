#pragma once

#include "import/importreport.h"
#include "import/importrequest.h"

#include <QFutureWatcher>
#include <QObject>
#include <memory>

class QThread;

namespace herkomst {
class Importer;
}

namespace herkomst::ui {

// Runs one importer on a worker thread with its own store connection, so the window stays
// responsive. The report comes back through a future (QPromise on the worker, QFutureWatcher
// here); progress is posted to this thread as it changes, at most one update in flight, so no Qt
// object crosses threads and no timer polls. Cancelling sets the importer's flag: it stops and
// rolls back, leaving the store as it was.
class ImportRunner : public QObject {
    Q_OBJECT

public:
    explicit ImportRunner(QObject *parent = nullptr);
    ~ImportRunner() override; // cancels a running import and waits for it

    // The importer must outlive the run and not be used elsewhere meanwhile.
    void start(Importer *importer, const ImportRequest &request, const QString &storePath);
    void cancel();
    bool isRunning() const;
    bool isCancelling() const;
    void waitForFinished();

    const ImportReport &report() const { return mReport; }

signals:
    void progressChanged(double fraction, const QString &message);
    void finished();

private:
    void showProgress();
    void onFinished();

    struct Shared;
    std::shared_ptr<Shared> mShared;
    QThread *mThread = nullptr;
    QFutureWatcher<ImportReport> mWatcher;
    ImportReport mReport;
};

} // namespace herkomst::ui
