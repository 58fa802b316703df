// Stores that cannot hurt (issue 14): foreign, newer, impossible and damaged files are refused
// untouched; reading never writes and works on read-only stores; disk full, read-only and a busy
// store get their own messages naming the file; loading reports progress and can be cancelled.
#include "demo/demodata.h"
#include "fulldiskvfs.h"
#include "session/dataselection.h"
#include "store/datasetwriter.h"
#include "store/schema.h"
#include "store/store.h"
#include "storetesthelpers.h"
#include "support/clirun.h"

#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QtTest>
#include <sqlite3.h>
#include <thread>
#ifdef Q_OS_UNIX
#include <sys/stat.h>
#include <unistd.h>
#endif

using namespace herkomst;
using namespace storetest;

namespace {

// A store as a user has it: the demo data set, written by a writing open, then closed.
void writeDemoStore(const QString &path)
{
    Store store;
    QString error;
    QVERIFY2(store.open(path, &error), qPrintable(error));
    QVERIFY2(demo::writeToStore(store, &error), qPrintable(error));
}

StoreProblem problemOpening(const QString &path, Store::Mode mode, QString *message = nullptr)
{
    Store store;
    StoreError error;
    if (store.open(path, mode, &error))
        return StoreProblem::None;
    if (message)
        *message = error.message();
    return error.problem;
}

QList<int> funnel(const QString &json)
{
    QList<int> counts;
    const QJsonObject analysis = QJsonDocument::fromJson(json.toUtf8()).object();
    for (const QJsonValue &step : analysis.value(QStringLiteral("funnel")).toArray())
        counts << step.toObject().value(QStringLiteral("kept")).toInt();
    return counts;
}

} // namespace

class TestStoreSafety : public QObject {
    Q_OBJECT

    QTemporaryDir mDir;
    QString mDemoStore;

    QString copyOfDemoStore(const QString &name)
    {
        const QString path = mDir.filePath(name);
        QFile::remove(path);
        QFile::copy(mDemoStore, path);
        return path;
    }

private slots:
    void initTestCase()
    {
        fulldisk::install();
        mDemoStore = mDir.filePath(QStringLiteral("demo.sqlite"));
        writeDemoStore(mDemoStore);
        QVERIFY(!QFileInfo::exists(mDemoStore + QStringLiteral("-wal"))); // closed cleanly: one file
    }

    // Issue 14 item 1: user_version below 0 indexed migrations()[-1] in schema::migrate.
    void negativeUserVersionCrashedInSchemaMigrate()
    {
        const QString path = copyOfDemoStore(QStringLiteral("negative.sqlite"));
        writeRawDatabase(path, "PRAGMA user_version = -1");
        const QByteArray before = contents(path);
        QString message;
        QCOMPARE(problemOpening(path, Store::Mode::ReadWrite, &message), StoreProblem::InvalidVersion);
        QVERIFY2(message.contains(QStringLiteral("-1")) && message.contains(path), qPrintable(message));
        QCOMPARE(problemOpening(path, Store::Mode::ReadOnly), StoreProblem::InvalidVersion);
        QCOMPARE(contents(path), before);

        // schema::migrate itself checks the range, whatever its caller did.
        sqlite::Database db;
        QVERIFY(db.open(path.toUtf8(), SQLITE_OPEN_READWRITE));
        QCOMPARE(schema::migrate(db).problem, StoreProblem::InvalidVersion);
        db.close();
        QCOMPARE(contents(path), before);
    }

    // Issue 14 item 2: any SQLite file was migrated (11 tables added, journal switched to WAL).
    void foreignFilesAreRefusedByteForByteUnchanged_data()
    {
        QTest::addColumn<QByteArray>("sql");
        QTest::newRow("other program's tables") << QByteArray("CREATE TABLE unrelated(x); INSERT INTO unrelated "
                                                              "VALUES(1)");
        QTest::newRow("other application_id") << QByteArray("PRAGMA application_id = 1234; CREATE TABLE t(x)");
        QTest::newRow("our tables and one more")
            << QByteArray("CREATE TABLE dataset(id INTEGER PRIMARY KEY); CREATE TABLE extra(x); "
                          "PRAGMA user_version = 2");
        QTest::newRow("negative version, no mark") << QByteArray("CREATE TABLE t(x); PRAGMA user_version = -7");
        QTest::newRow("not SQLite at all") << QByteArray();
    }
    void foreignFilesAreRefusedByteForByteUnchanged()
    {
        QFETCH(QByteArray, sql);
        const QString path = mDir.filePath(QStringLiteral("foreign.db"));
        QFile::remove(path);
        if (sql.isEmpty()) {
            QFile file(path);
            QVERIFY(file.open(QIODevice::WriteOnly));
            file.write(QByteArray(8192, 'x'));
        } else {
            writeRawDatabase(path, sql.constData());
        }
        const QByteArray before = contents(path);
        for (Store::Mode mode : {Store::Mode::ReadWrite, Store::Mode::ReadOnly}) {
            QString message;
            QCOMPARE(problemOpening(path, mode, &message), StoreProblem::NotHerkomst);
            QVERIFY2(message.contains(path) && message.contains(QStringLiteral("geen Herkomst-database")),
                     qPrintable(message));
        }
        const CliRun run = runCli({QStringLiteral("analyse"), QStringLiteral("--db"), path});
        QCOMPARE(run.exitCode, 2);
        QCOMPARE(contents(path), before);
        QVERIFY(!QFileInfo::exists(path + QStringLiteral("-wal")));
    }

    void aNewStoreCarriesTheApplicationId()
    {
        Store store;
        QVERIFY(store.open(mDemoStore, Store::Mode::ReadOnly, nullptr));
        QCOMPARE(store.connection().integer("PRAGMA application_id"), qint64(schema::kApplicationId));
        QCOMPARE(store.connection().integer("PRAGMA user_version"), qint64(schema::currentVersion()));
    }

    // Issue 14 item 2 and 4: reading opens read-only and changes nothing.
    void readingNeverWrites()
    {
        const QString path = copyOfDemoStore(QStringLiteral("read.sqlite"));
        const QByteArray before = contents(path);
        const QDateTime modified = QFileInfo(path).lastModified();
        const CliRun analyse =
            runCli({QStringLiteral("analyse"), QStringLiteral("--db"), path, QStringLiteral("--json")});
        QCOMPARE(analyse.exitCode, 0);
        QCOMPARE(funnel(analyse.out), (QList<int>{3449, 419, 236, 135})); // SQL aggregates: the same funnel
        QCOMPARE(runCli({QStringLiteral("datasets"), QStringLiteral("--db"), path}).exitCode, 0);
        QCOMPARE(contents(path), before);
        QCOMPARE(QFileInfo(path).lastModified(), modified);
    }

    // Issue 14 item 4: a store with mode 0444, or on a read-only share, could not be analysed.
    void readOnlyStoresCanBeRead_data()
    {
        QTest::addColumn<bool>("folderWritable");
        QTest::newRow("file 0444") << true;
        QTest::newRow("read-only share") << false;
    }
    void readOnlyStoresCanBeRead()
    {
#ifdef Q_OS_UNIX
        QFETCH(bool, folderWritable);
        QTemporaryDir share;
        const QString path = share.filePath(QStringLiteral("share.sqlite"));
        QVERIFY(QFile::copy(mDemoStore, path));
        const QByteArray before = contents(path);
        // Root writes anything; run the program as "nobody", as a user without write access is.
        const bool root = geteuid() == 0;
        QVERIFY(QFile::setPermissions(path, QFile::ReadOwner | QFile::ReadGroup | QFile::ReadOther));
        QVERIFY(::chmod(QFile::encodeName(share.path()).constData(), folderWritable ? 0777 : 0555) == 0);
        const auto asReader = [root](QProcess *process) {
            if (root)
                process->setChildProcessModifier([] {
                    if (setgid(65534) != 0 || setuid(65534) != 0)
                        _exit(127);
                });
        };
        const auto run = [&](const QStringList &arguments) {
            QProcess process;
            asReader(&process);
            process.start(QStringLiteral(HERKOMST_CLI_PATH), arguments);
            process.waitForFinished(60000);
            return CliRun{process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1,
                          QString::fromUtf8(process.readAllStandardOutput()),
                          QString::fromUtf8(process.readAllStandardError())};
        };
        const CliRun analyse = run({QStringLiteral("analyse"), QStringLiteral("--db"), path, QStringLiteral("--json")});
        QVERIFY2(analyse.exitCode == 0, qPrintable(analyse.err));
        QCOMPARE(funnel(analyse.out), (QList<int>{3449, 419, 236, 135}));
        const CliRun datasets = run({QStringLiteral("datasets"), QStringLiteral("--db"), path});
        QVERIFY2(datasets.exitCode == 0, qPrintable(datasets.err));
        // Writing is refused in plain words, naming the file.
        const CliRun demo = run({QStringLiteral("demo"), QStringLiteral("--db"), path});
        QCOMPARE(demo.exitCode, 2);
        QVERIFY2(demo.err.contains(QStringLiteral("alleen-lezen")) && demo.err.contains(path), qPrintable(demo.err));
        QCOMPARE(contents(path), before);
        if (!folderWritable) // nothing at all was written beside it
            QVERIFY(!QFileInfo::exists(path + QStringLiteral("-wal")) &&
                    !QFileInfo::exists(path + QStringLiteral("-shm")));
        ::chmod(QFile::encodeName(share.path()).constData(), 0700);
#else
        QSKIP("POSIX permissions");
#endif
    }

    // Issue 14 item 3: 1 KB zeroed in the middle gave 73 products instead of 143.
    void aDamagedStoreIsNamedAndNeverAnalysed()
    {
        const QString path = copyOfDemoStore(QStringLiteral("damaged.sqlite"));
        {
            QFile file(path);
            QVERIFY(file.open(QIODevice::ReadWrite));
            QVERIFY(file.seek(file.size() / 2));
            file.write(QByteArray(1024, '\0'));
        }
        QString message;
        QCOMPARE(problemOpening(path, Store::Mode::ReadOnly, &message), StoreProblem::Damaged);
        QVERIFY2(message.contains(QStringLiteral("beschadigd")) && message.contains(path), qPrintable(message));
        QCOMPARE(problemOpening(path, Store::Mode::ReadWrite), StoreProblem::Damaged);
        const CliRun analyse =
            runCli({QStringLiteral("analyse"), QStringLiteral("--db"), path, QStringLiteral("--json")});
        QCOMPARE(analyse.exitCode, 2);
        QVERIFY(analyse.out.isEmpty());
        QVERIFY(analyse.err.contains(QStringLiteral("beschadigd")));

        const CliRun check = runCli({QStringLiteral("check"), QStringLiteral("--db"), path});
        QCOMPARE(check.exitCode, 2);
        QVERIFY2(check.err.contains(QStringLiteral("beschadigd")) && check.err.contains(QStringLiteral("\n  ")),
                 qPrintable(check.err)); // SQLite's findings, one a line
        const CliRun sound = runCli({QStringLiteral("check"), QStringLiteral("--db"), mDemoStore});
        QCOMPARE(sound.exitCode, 0);
        QVERIFY2(sound.out.contains(QStringLiteral("in orde")), qPrintable(sound.out));
    }

    // Issue 14 item 5: the rollback's "cannot rollback - no transaction is active" replaced
    // SQLite's "database or disk is full".
    void aFullDiskIsReportedAsSuchAndLosesNothing()
    {
        const QString path = copyOfDemoStore(QStringLiteral("full.sqlite"));
        Store store;
        QVERIFY(store.open(path, nullptr));
        const std::vector<DataSetInfo> before = store.dataSets();
        std::vector<QByteArray> codes;
        for (int i = 0; i < 20000; ++i)
            codes.push_back(QByteArray::number(100000 + i));
        std::vector<DataSetWriter::Row> rows;
        for (const QByteArray &code : codes)
            rows.push_back({code, "CHN", TradeValue{1.0}});
        {
            DataSetWriter writer(store);
            QVERIFY(writer.begin(info(QStringLiteral("groot"))));
            fulldisk::setBudget(64 * 1024);
            bool ok = writer.addImports("NLD", 2020, rows.data(), rows.size());
            ok = ok && writer.commit();
            fulldisk::setBudget(-1);
            QVERIFY(!ok);
            QCOMPARE(writer.lastStoreError().problem, StoreProblem::DiskFull);
            QVERIFY2(writer.lastError().contains(QStringLiteral("vol")) && writer.lastError().contains(path),
                     qPrintable(writer.lastError()));
            QVERIFY(!writer.lastError().contains(QStringLiteral("rollback")));
        }
        QCOMPARE(store.dataSets().size(), before.size());
        QCOMPARE(store.check(Store::Check::Full), std::optional<QStringList>(QStringList()));
    }

    // Issue 14 item 5: at 0 bytes free even analyse called the store unreadable.
    void aStoreCanBeReadWithNoBytesFree()
    {
        const QString path = copyOfDemoStore(QStringLiteral("nospace.sqlite"));
        const QByteArray before = contents(path);
        QFile::remove(path + QStringLiteral("-shm"));
        fulldisk::setBudget(0);
        Store store;
        StoreError error;
        const bool opened = store.open(path, Store::Mode::ReadOnly, &error);
        std::optional<StatisticsSet> loaded;
        QString loadError;
        if (opened)
            loaded = loadStatistics(&store, DataSelection{}, 1, &loadError);
        fulldisk::setBudget(-1);
        QVERIFY2(opened, qPrintable(error.message()));
        QVERIFY2(loaded, qPrintable(loadError));
        QCOMPARE(int(loaded->primary.rows.size()), 3449);
        store.close();
        QCOMPARE(contents(path), before);
    }

    void aFailedCreateRemovesItsFile()
    {
        const QString path = mDir.filePath(QStringLiteral("new/created.sqlite"));
        fulldisk::setBudget(0);
        QString message;
        const StoreProblem problem = problemOpening(path, Store::Mode::ReadWrite, &message);
        fulldisk::setBudget(-1);
        QCOMPARE(problem, StoreProblem::DiskFull);
        QVERIFY2(message.contains(QStringLiteral("vol")), qPrintable(message));
        QVERIFY(!QFileInfo::exists(path));
        QVERIFY(!QFileInfo::exists(path + QStringLiteral("-wal")));
    }

    // Issue 14 item 6: "database is locked", naming neither the file nor the cause.
    void aBusyStoreSaysAnotherProgramIsWritingToWhichFile()
    {
        const QString path = copyOfDemoStore(QStringLiteral("busy.sqlite"));
        sqlite::Database other; // another program, in the middle of its own write
        QVERIFY(other.open(path.toUtf8(), SQLITE_OPEN_READWRITE));
        QVERIFY(other.exec("PRAGMA journal_mode=WAL; BEGIN IMMEDIATE; DELETE FROM country_alias"));
        Store store;
        QString error;
        QVERIFY2(store.open(path, &error), qPrintable(error)); // opening needs no write lock
        store.setBusyTimeout(50);
        DataSetWriter writer(store);
        QVERIFY(!writer.begin(info(QStringLiteral("later"))));
        QCOMPARE(writer.lastStoreError().problem, StoreProblem::Busy);
        QVERIFY2(writer.lastError().contains(QStringLiteral("ander programma")) && writer.lastError().contains(path),
                 qPrintable(writer.lastError()));
        // Reading goes on meanwhile.
        QCOMPARE(int(store.dataSets().size()), 1);
        QVERIFY(other.exec("ROLLBACK"));
    }

    void loadingReportsProgressAndCanBeCancelled()
    {
        Store store;
        QVERIFY(store.open(mDemoStore, Store::Mode::ReadOnly, nullptr));
        DataSelection selection;
        QList<int> steps;
        LoadControl control;
        control.progress = [&](int percent) { steps << percent; };
        QString error;
        QVERIFY2(loadStatistics(&store, selection, 3, &error, control), qPrintable(error));
        QVERIFY(steps.size() > 5);
        QCOMPARE(steps.first(), 0);
        QCOMPARE(steps.last(), 100);
        QVERIFY(std::is_sorted(steps.begin(), steps.end()));

        // A cancel during the first query stops it there: no further progress, no error.
        std::atomic<bool> cancel{false};
        int afterCancel = 0;
        control.cancel = &cancel;
        control.progress = [&](int percent) {
            if (cancel)
                ++afterCancel;
            if (percent > 0)
                cancel = true;
        };
        error = QStringLiteral("unchanged");
        QVERIFY(!loadStatistics(&store, selection, 3, &error, control));
        QVERIFY(error.isEmpty());
        QCOMPARE(afterCancel, 0);
        // The connection is usable after a cancel.
        cancel = false;
        control.progress = nullptr;
        QVERIFY2(loadStatistics(&store, selection, 1, &error, control), qPrintable(error));
    }

    // The window loads on a worker thread with a Store of its own on the same path.
    void aWorkerThreadOpensItsOwnStoreOnTheSamePath()
    {
        const QString path = copyOfDemoStore(QStringLiteral("threads.sqlite"));
        Store gui;
        QVERIFY(gui.open(path, nullptr));
        std::optional<StatisticsSet> loaded;
        QString error;
        std::thread worker([&] {
            Store own;
            StoreError openError;
            if (!own.open(path, Store::Mode::ReadOnly, &openError)) {
                error = openError.message();
                return;
            }
            loaded = loadStatistics(&own, DataSelection{}, 1, &error);
        });
        // The GUI's store keeps working meanwhile, writes included.
        QVERIFY(gui.rememberCountryAlias(QStringLiteral("Formosa"), QStringLiteral("TWN"), &error));
        worker.join();
        QVERIFY2(loaded, qPrintable(error));
        QCOMPARE(int(loaded->primary.rows.size()), 3449);
        // The world exporters of a product load on this thread, from the worker's data.
        const std::vector<PartnerShare> exporters = worldExporters(loaded->primary, 0);
        QVERIFY(!exporters.empty());
    }
};

QTEST_GUILESS_MAIN(TestStoreSafety)
#include "test_storesafety.moc"
