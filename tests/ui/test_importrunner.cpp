// The window's import runner (ui/import/importrunner): an import on a worker thread, its report
// back on the GUI thread, and nothing of it left behind.

#include "import/importer.h"
#include "import/importerregistry.h"
#include "import/importrunner.h"
#include "store/store.h"

#include <QFile>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#if defined(__has_feature)
#if __has_feature(address_sanitizer)
#define HERKOMST_LEAK_CHECK 1
#include <sanitizer/lsan_interface.h>
#endif
#endif

using namespace herkomst;

class TestImportRunner : public QObject {
    Q_OBJECT

private slots:
    // Found by LeakSanitizer in the sanitizer build (test_window, test_importwizard): the progress
    // callback, kept inside the state the runner shares with its worker, held that state by a
    // shared_ptr, so every import in the window leaked it with its report (up to 10,000 issues).
    // The leak check runs in the sanitizer build (CI); the import itself is checked everywhere.
    void sharedStateIsFreedAfterTheRun()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const QString table = dir.filePath(QStringLiteral("invoer-2020.csv"));
        QFile file(table);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("Goederencode;Land;Invoerwaarde\n010121;China;5\n010121;Atlantis;2\n");
        file.close();
        const std::unique_ptr<Importer> importer = createImporter(QStringLiteral("cbs"));
        for (const bool skip : {false, true}) { // refused with an issue, then stored
            ui::ImportRunner runner;
            QSignalSpy finished(&runner, &ui::ImportRunner::finished);
            ImportRequest request;
            request.files = {table};
            request.skipUnmatchedCountries = skip;
            runner.start(importer.get(), request, dir.filePath(QStringLiteral("store.db")));
            QVERIFY(finished.wait(30000));
            QCOMPARE(runner.report().ok(), skip);
            QVERIFY(!runner.report().issues.empty());
        }
#ifdef HERKOMST_LEAK_CHECK
        QCOMPARE(__lsan_do_recoverable_leak_check(), 0);
#endif
    }
};

QTEST_MAIN(TestImportRunner)
#include "test_importrunner.moc"
