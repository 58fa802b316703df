#include "window/quickimport.h"

#include "document/analysisdocument.h"
#include "import/importerregistry.h"
#include "import/importprogress.h"
#include "store/store.h"

#include <QApplication>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QMessageBox>
#include <QProgressDialog>
#include <QSettings>
#include <QStandardPaths>
#include <QThread>
#include <QTimer>
#include <atomic>
#include <limits>
#include <memory>

namespace herkomst::ui {

QuickImport::QuickImport(AnalysisDocument *document, QWidget *parent)
    : QObject(parent)
    , mDocument(document)
    , mParent(parent)
{
}

void QuickImport::run()
{
    QSettings settings;
    const QString folder = settings.value(QStringLiteral("importFolder"),
                                          QStandardPaths::writableLocation(QStandardPaths::DownloadLocation)).toString();
    const QStringList files = QFileDialog::getOpenFileNames(
        mParent, tr("Gegevens importeren"), folder,
        tr("Handelsgegevens (*.csv *.xlsx *.txt);;Alle bestanden (*)"));
    if (files.isEmpty())
        return;
    settings.setValue(QStringLiteral("importFolder"), QFileInfo(files.first()).absolutePath());
    importFiles(files, mDocument->isDemo() ? Store::defaultPath() : mDocument->storePath());
}

void QuickImport::tell(bool problem, const QString &title, const QString &message)
{
    mLastMessage = message;
    if (!mInteractive)
        return;
    if (problem)
        QMessageBox::warning(mParent, title, message);
    else
        QMessageBox::information(mParent, title, message);
}

bool QuickImport::importFiles(const QStringList &files, const QString &storePath)
{
    std::unique_ptr<Importer> importer = detectImporter(files);
    if (!importer) {
        tell(true, tr("Importeren"),
             tr("Herkomst herkent de vorm van %1 niet. De importwizard, die kolommen laat kiezen, "
                "volgt; tot dan kan herkomst-cli import met --format.").arg(QFileInfo(files.first()).fileName()));
        return false;
    }
    QDir().mkpath(QFileInfo(storePath).absolutePath());

    QProgressDialog dialog(tr("%1 importeren…").arg(importer->displayName()), tr("Annuleren"), 0, 1000, mParent);
    dialog.setWindowTitle(tr("Importeren"));
    dialog.setWindowModality(Qt::WindowModal);
    dialog.setMinimumDuration(mInteractive ? 0 : std::numeric_limits<int>::max());
    dialog.setAutoClose(false);
    dialog.setAutoReset(false);

    // The worker reports through atomics; the GUI polls them, so no Qt object crosses threads.
    std::atomic<int> permille{0};
    ImportProgress progress([&permille](double fraction, const QString &) { permille = int(fraction * 1000); });
    ImportRequest request;
    request.files = files;
    ImportReport report;
    QString openError;
    QThread *worker = QThread::create([&] {
        Store store;   // its own connection, on the worker's thread
        if (!store.open(storePath, &openError))
            return;
        report = importer->run(store, request, progress);
    });
    connect(&dialog, &QProgressDialog::canceled, this, [&progress] { progress.cancel(); });
    QTimer poll;
    connect(&poll, &QTimer::timeout, this, [&] { dialog.setValue(permille); });
    QEventLoop loop;
    connect(worker, &QThread::finished, &loop, &QEventLoop::quit);
    poll.start(50);
    worker->start();
    loop.exec();
    poll.stop();
    worker->wait();
    delete worker;
    dialog.close();

    if (!openError.isEmpty()) {
        tell(true, tr("Importeren"), openError);
        return false;
    }
    const QString summary = report.summaryLines().join(QLatin1Char('\n'));
    if (!report.ok()) {
        mLastMessage = summary;
        if (report.outcome != ImportReport::Outcome::Cancelled)
            tell(true, tr("Importeren mislukt"), summary);
        return false;
    }
    AnalysisState state = mDocument->state();
    state.selection = DataSelection{};
    state.selection.dataSet = report.dataSetName;
    state.industries.clear();
    QString error;
    if (!mDocument->openStore(storePath, state, &error)) {
        tell(true, tr("Importeren"), error);
        return false;
    }
    tell(false, tr("Import voltooid"), summary);
    return true;
}

} // namespace herkomst::ui
