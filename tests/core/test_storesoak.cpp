// kill -9 soak: many kills at random moments during an import into a store that holds earlier
// data. After every kill the store is sound, the earlier data is intact and no partial data set
// is there; an import that finished before its kill left a complete data set. Bounded in time.
#include "import/bench/bacigenerator.h"
#include "store/datasetwriter.h"
#include "store/store.h"
#include "storetesthelpers.h"

#include <QElapsedTimer>
#include <QProcess>
#include <QRandomGenerator>
#include <QTemporaryDir>
#include <QtTest>

using namespace herkomst;

namespace {

// What must survive every kill: the data sets and their rows per reporter and year.
QStringList snapshot(const Store &store)
{
    QStringList lines;
    for (const DataSetInfo &info : store.dataSets()) {
        lines << info.name;
        for (const DataSetSlice &s : info.slices)
            lines << QStringLiteral("  %1 %2: %3 %4 %5")
                         .arg(s.reporter)
                         .arg(s.year)
                         .arg(s.importRows)
                         .arg(s.exportRows)
                         .arg(s.worldExportRows);
    }
    for (const char *sql : {"SELECT count(*) FROM import_flow", "SELECT count(*) FROM world_export",
                            "SELECT count(*) FROM product", "SELECT count(*) FROM dataset_file"})
        lines << QString::number(store.connection().integer(sql, -1));
    return lines;
}

} // namespace

class TestStoreSoak : public QObject {
    Q_OBJECT

private slots:
    void killsDuringAnImportNeverHurtTheStore()
    {
        QTemporaryDir dir;
        BaciGenerator generator;
        generator.targetRows = 150000;
        generator.products = 600;
        generator.countries = 60;
        QString error;
        const QString year = generator.write(dir.path(), &error);
        QVERIFY2(!year.isEmpty(), qPrintable(error));
        const QString db = dir.filePath(QStringLiteral("soak.sqlite"));
        QStringList before, complete; // the store before an import, and after a whole one
        {
            Store store;
            QVERIFY2(store.open(db, &error), qPrintable(error));
            // Earlier data, small so that the full check after each kill stays quick.
            DataSetWriter writer(store);
            QVERIFY(writer.begin(storetest::info(QStringLiteral("eerder"))));
            for (int i = 0; i < 2000; ++i)
                QVERIFY(writer.addImport("NLD", 2021, QByteArray::number(100000 + i), i % 2 ? "CHN" : "USA",
                                         TradeValue{double(i)}));
            QVERIFY(writer.commit());
            before = snapshot(store);
        }
        const QStringList import = {QStringLiteral("import"),   QStringLiteral("--db"), db,
                                    QStringLiteral("--format"), QStringLiteral("baci"), year};

        // How long a whole import takes here, so kills land all over it.
        QElapsedTimer timer;
        timer.start();
        {
            QProcess full;
            full.start(QStringLiteral(HERKOMST_CLI_PATH), import);
            QVERIFY(full.waitForFinished(60000));
            QCOMPARE(full.exitCode(), 0);
        }
        const int importMs = int(timer.elapsed());
        {
            Store store;
            QVERIFY(store.open(db, &error));
            const std::optional<DataSetInfo> added = store.dataSet(QStringLiteral("BACI HS17 2022 (V202401)"));
            QVERIFY(added);
            complete = snapshot(store);
            QVERIFY(store.removeDataSet(added->id, &error));
            QCOMPARE(snapshot(store), before);
        }

        QRandomGenerator random(20211122);
        int kills = 0, finished = 0;
        timer.restart();
        while (timer.elapsed() < 4000 && kills + finished < 30) {
            QProcess process;
            process.start(QStringLiteral(HERKOMST_CLI_PATH), import);
            QVERIFY(process.waitForStarted());
            QTest::qWait(int(random.bounded(importMs + 1)));
            const bool running = process.state() == QProcess::Running;
            if (running)
                process.kill(); // SIGKILL: no rollback, no destructor
            if (process.state() != QProcess::NotRunning)
                QVERIFY(process.waitForFinished(60000));
            running ? ++kills : ++finished;

            Store store; // the next program to open it, as the window or an import would
            QVERIFY2(store.open(db, &error), qPrintable(error));
            const std::optional<QStringList> findings = store.check(Store::Check::Full);
            QVERIFY(findings);
            QCOMPARE(*findings, QStringList());
            const std::vector<DataSetInfo> sets = store.dataSets();
            if (sets.size() == 2) { // the import committed before the kill: it is whole
                QCOMPARE(snapshot(store), complete);
                const DataSetInfo &added =
                    sets.front().name == storetest::info(QStringLiteral("eerder")).name ? sets.back() : sets.front();
                QVERIFY(store.removeDataSet(added.id, &error));
            }
            QCOMPARE(snapshot(store), before);
        }
        qInfo("%d kills during the import, %d imports finished before their kill, in %lld ms", kills, finished,
              timer.elapsed());
        QVERIFY2(kills >= 8, "too few kills landed during the import");
    }
};

QTEST_GUILESS_MAIN(TestStoreSoak)
#include "test_storesoak.moc"
