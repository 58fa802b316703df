// herkomst-cli import end to end: import then analyse --json, exit codes and messages, the
// rejected-rows CSV, and a kill -9 in the middle of a large import.

#include "bench/bacigenerator.h"
#include "import/importerregistry.h"
#include "importtesthelpers.h"
#include "store/store.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

using namespace herkomst;
using namespace importtest;

namespace {

struct CliResult {
    int exitCode = -1;
    QString out;
    QString err;
};

CliResult cli(const QStringList &arguments)
{
    QProcess process;
    process.start(QStringLiteral(HERKOMST_CLI_PATH), arguments);
    process.waitForFinished(120000);
    return {process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1,
            QString::fromUtf8(process.readAllStandardOutput()), QString::fromUtf8(process.readAllStandardError())};
}

} // namespace

class TestImportCli : public QObject {
    Q_OBJECT

private slots:
    void initTestCase();
    void importThenAnalyseJson();
    void badFileExitsTwoNamingRowAndColumn();
    void usageErrorsExitOne();
    void sameFileTwiceExitsTwo();
    void rejectedRowsToCsv();
    void unwritableRejectsFailsBeforeImport();
    void storedCountIsOneMeaning();
    void oneYearRangeForEverySource();
    void killedImportLeavesStoreIntact_data();
    void killedImportLeavesStoreIntact();

private:
    QTemporaryDir mDir;
    QString mYear;
};

void TestImportCli::initTestCase()
{
    QVERIFY(QFileInfo(QStringLiteral(HERKOMST_CLI_PATH)).isExecutable());
    writeFile(mDir.filePath(QStringLiteral("country_codes_V202301.csv")), baciCountryCodes(true));
    writeFile(mDir.filePath(QStringLiteral("product_codes_HS17_V202301.csv")), baciProductCodes());
    mYear = mDir.filePath(QStringLiteral("BACI_HS17_Y2020_V202301.csv"));
    // 851712: NLD imports 80 % from China, exports little, world market led by China.
    // 010121: NLD imports from France (EU) only.
    writeFile(mYear, "t,i,j,k,v,q\n"
                     "2020,156,528,851712,800,NA\n"
                     "2020,156,842,851712,5000,NA\n"
                     "2020,251,528,10121,50,1\n"
                     "2020,251,528,851712,200,1\n"
                     "2020,528,251,851712,10,1\n"
                     "2020,842,251,851712,100,1\n");
}

void TestImportCli::importThenAnalyseJson()
{
    const QString db = mDir.filePath(QStringLiteral("analyse.db"));
    const CliResult imported = cli({QStringLiteral("import"), QStringLiteral("--db"), db, QStringLiteral("--format"),
                                    QStringLiteral("auto"), mYear});
    QVERIFY2(imported.exitCode == 0, qPrintable(imported.err));
    QVERIFY(imported.out.contains(QStringLiteral("opgeslagen")));
    QVERIFY(imported.err.isEmpty()); // no progress on a pipe

    const CliResult analysed =
        cli({QStringLiteral("analyse"), QStringLiteral("--db"), db, QStringLiteral("--reporter"), QStringLiteral("NLD"),
             QStringLiteral("--year"), QStringLiteral("2020"), QStringLiteral("--json")});
    QVERIFY2(analysed.exitCode == 0, qPrintable(analysed.err));
    const QJsonObject json = QJsonDocument::fromJson(analysed.out.toUtf8()).object();
    const QJsonArray funnel = json.value(QStringLiteral("funnel")).toArray();
    QCOMPARE(funnel.size(), 4);
    QCOMPARE(funnel[0].toObject().value(QStringLiteral("kept")).toInt(), 2);
    QCOMPARE(funnel[1].toObject().value(QStringLiteral("kept")).toInt(), 1); // 851712: China 80 %
    QCOMPARE(funnel[2].toObject().value(QStringLiteral("kept")).toInt(), 1); // 1000 imported > 10 exported
    // The world data holds four exporters, far fewer than a world market (kMinimumWorldExporters):
    // the last step is undetermined, never decided on them, and the JSON says why.
    QCOMPARE(funnel[3].toObject().value(QStringLiteral("kept")).toInt(), 0);
    QCOMPARE(funnel[3].toObject().value(QStringLiteral("undetermined")).toInt(), 1);
    const QJsonArray warnings = json.value(QStringLiteral("warnings")).toArray();
    QCOMPARE(warnings.size(), 1);
    QCOMPARE(warnings[0].toObject().value(QStringLiteral("kind")).toString(), QStringLiteral("thin_world_data"));
    QCOMPARE(warnings[0].toObject().value(QStringLiteral("step")).toString(), QStringLiteral("concentrated"));
    QVERIFY(
        warnings[0].toObject().value(QStringLiteral("message")).toString().contains(QStringLiteral("4 exporterende")));
    bool found = false;
    for (const QJsonValue &p : json.value(QStringLiteral("products")).toArray()) {
        const QJsonObject product = p.toObject();
        if (product.value(QStringLiteral("hs6")).toString() != QLatin1String("851712"))
            continue;
        found = true;
        QCOMPARE(product.value(QStringLiteral("top_partner")).toString(), QStringLiteral("CHN"));
        QCOMPARE(product.value(QStringLiteral("import_value")).toDouble(), 1000000.0);
        QVERIFY(product.value(QStringLiteral("world_hhi")).isNull()); // missing, never computed from four
        // The description BACI's product file gives.
        QVERIFY(product.value(QStringLiteral("description")).toString().startsWith(QStringLiteral("Telephone")));
    }
    QVERIFY(found);
}

void TestImportCli::badFileExitsTwoNamingRowAndColumn()
{
    QTemporaryDir dir;
    writeFile(dir.filePath(QStringLiteral("country_codes_V202301.csv")), baciCountryCodes(false));
    const QString bad = dir.filePath(QStringLiteral("BACI_HS17_Y2021_V202301.csv"));
    writeFile(bad, "t,i,j,k,v,q\n2021,156,528,851712,800,NA\n2021,156,842,851712,veel,NA\n");
    const QString db = mDir.filePath(QStringLiteral("bad.db"));
    const CliResult result = cli({QStringLiteral("import"), QStringLiteral("--db"), db, bad});
    QCOMPARE(result.exitCode, 2);
    QVERIFY2(result.err.contains(QStringLiteral("BACI_HS17_Y2021_V202301.csv, regel 3, kolom 5")),
             qPrintable(result.err));
    QVERIFY(result.err.contains(QStringLiteral("niets opgeslagen")));
    Store store;
    QString error;
    QVERIFY(store.open(db, &error));
    QVERIFY(store.dataSets().empty());
}

void TestImportCli::usageErrorsExitOne()
{
    QCOMPARE(cli({QStringLiteral("import"), mYear}).exitCode, 1);
    QCOMPARE(cli({QStringLiteral("import"), QStringLiteral("--db"), mDir.filePath(QStringLiteral("u.db"))}).exitCode,
             1);
    const CliResult unknown =
        cli({QStringLiteral("import"), QStringLiteral("--db"), mDir.filePath(QStringLiteral("u.db")),
             QStringLiteral("--format"), QStringLiteral("xyz"), mYear});
    QCOMPARE(unknown.exitCode, 1);
    QVERIFY(unknown.err.contains(QStringLiteral("xyz")));
    // The message lists every format the registry knows.
    QVERIFY(unknown.err.contains(QStringLiteral("comtrade")));
    QCOMPARE(cli({QStringLiteral("import"), QStringLiteral("--db"), mDir.filePath(QStringLiteral("u.db")),
                  QStringLiteral("--year"), QStringLiteral("twintig"), mYear})
                 .exitCode,
             1);
    // Help and the error list every format the registry knows, each with what it reads.
    const CliResult help = cli({QStringLiteral("import"), QStringLiteral("--help")});
    QCOMPARE(help.exitCode, 0);
    for (const std::unique_ptr<Importer> &importer : createImporters()) {
        QVERIFY2(help.out.contains(importer->key()) && help.out.contains(importer->displayName()),
                 qPrintable(importer->key()));
        QVERIFY2(unknown.err.contains(importer->displayName()), qPrintable(importer->key()));
    }
    QVERIFY(help.out.contains(QStringLiteral("7z")));
    QVERIFY(help.out.contains(QStringLiteral("EU27")));
}

void TestImportCli::sameFileTwiceExitsTwo()
{
    const QString db = mDir.filePath(QStringLiteral("twice.db"));
    QCOMPARE(cli({QStringLiteral("import"), QStringLiteral("--db"), db, mYear}).exitCode, 0);
    const CliResult again = cli({QStringLiteral("import"), QStringLiteral("--db"), db, QStringLiteral("--name"),
                                 QStringLiteral("opnieuw"), mYear});
    QCOMPARE(again.exitCode, 2);
    QVERIFY2(again.err.contains(QStringLiteral("al geïmporteerd")), qPrintable(again.err));
    QCOMPARE(cli({QStringLiteral("import"), QStringLiteral("--db"), db, QStringLiteral("--name"),
                  QStringLiteral("opnieuw"), QStringLiteral("--allow-duplicate"), mYear})
                 .exitCode,
             0);
}

void TestImportCli::rejectedRowsToCsv()
{
    QTemporaryDir dir;
    const QString table = dir.filePath(QStringLiteral("invoer-2020.csv"));
    writeFile(table, "Goederencode;Land;Invoerwaarde\n010121;China;1\n010121;Atlantis;2\n010121;Utopia;3\n");
    const QString db = mDir.filePath(QStringLiteral("rejects.db"));
    const QString rejects = dir.filePath(QStringLiteral("afgewezen.csv"));
    CliResult result = cli({QStringLiteral("import"), QStringLiteral("--db"), db, QStringLiteral("--format"),
                            QStringLiteral("cbs"), table});
    QCOMPARE(result.exitCode, 2);
    QVERIFY2(result.err.contains(QStringLiteral("regel 3, kolom 2")) && result.err.contains(QStringLiteral("Atlantis")),
             qPrintable(result.err));
    result = cli({QStringLiteral("import"), QStringLiteral("--db"), db, QStringLiteral("--skip-unmatched"),
                  QStringLiteral("--rejects"), rejects, table});
    QVERIFY2(result.exitCode == 0, qPrintable(result.err));
    QVERIFY(result.out.contains(QStringLiteral("Land niet herkend: \"Utopia\" (1 regels)")));
    QFile file(rejects);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QString csv = QString::fromUtf8(file.readAll());
    QVERIFY(csv.contains(QStringLiteral("invoer-2020.csv;3;2;land onbekend;\"land \"\"Atlantis\"\" niet herkend\"")));
    QVERIFY(csv.contains(QStringLiteral(";4;2;")));
}

// Issue 14: an unwritable --rejects file lost the list and still gave exit 0. It is opened first:
// exit 2 before anything is read, and the store holds nothing.
void TestImportCli::unwritableRejectsFailsBeforeImport()
{
    QTemporaryDir dir;
    const QString table = dir.filePath(QStringLiteral("invoer-2020.csv"));
    writeFile(table, "Goederencode;Land;Invoerwaarde\n010121;China;1\n010121;Atlantis;2\n");
    const QString db = dir.filePath(QStringLiteral("rejects.db"));
    const CliResult result =
        cli({QStringLiteral("import"), QStringLiteral("--db"), db, QStringLiteral("--skip-unmatched"),
             QStringLiteral("--rejects"), dir.filePath(QStringLiteral("geen-map/afgewezen.csv")), table});
    QCOMPARE(result.exitCode, 2);
    QVERIFY2(result.err.contains(QStringLiteral("afgewezen.csv")), qPrintable(result.err));
    Store store;
    QString error;
    QVERIFY(store.open(db, &error));
    QVERIFY(store.dataSets().empty());
}

// Issue 14: "opgeslagen" meant two counts. It is the trade rows the data set holds, in the
// import summary and in `datasets` alike.
void TestImportCli::storedCountIsOneMeaning()
{
    QTemporaryDir dir;
    const QString table = dir.filePath(QStringLiteral("invoer-2020.csv"));
    // Two CN8 lines of one HS6 and partner are summed: 3 rows read, 2 stored.
    writeFile(table, "Goederencode;Land;Invoerwaarde\n01012110;China;1\n01012190;China;2\n01012110;Japan;4\n");
    const QString db = dir.filePath(QStringLiteral("stored.db"));
    const CliResult imported = cli({QStringLiteral("import"), QStringLiteral("--db"), db, table});
    QVERIFY2(imported.exitCode == 0, qPrintable(imported.err));
    QVERIFY2(imported.out.contains(QStringLiteral("Opgeslagen: 2 rijen")), qPrintable(imported.out));
    const CliResult listed = cli({QStringLiteral("datasets"), QStringLiteral("--db"), db});
    QVERIFY2(listed.out.contains(QStringLiteral("opgeslagen: 2 rijen")), qPrintable(listed.out));
    QVERIFY2(listed.out.contains(QStringLiteral("3 rijen gelezen, 3 gebruikt, 0 geweigerd")), qPrintable(listed.out));
}

// Issue 14: CBS rows accepted 1950-2099 while BACI and --year accepted 1900-2200. One range now.
void TestImportCli::oneYearRangeForEverySource()
{
    QTemporaryDir dir;
    const QString late = dir.filePath(QStringLiteral("invoer-laat.csv"));
    writeFile(late, "Jaar;Goederencode;Land;Invoerwaarde\n2150;010121;China;5\n");
    const QString early = dir.filePath(QStringLiteral("invoer-vroeg.csv"));
    writeFile(early, "Jaar;Goederencode;Land;Invoerwaarde\n1899;010121;China;5\n");
    const QString db = dir.filePath(QStringLiteral("years.db"));
    CliResult result = cli({QStringLiteral("import"), QStringLiteral("--db"), db, late});
    QVERIFY2(result.exitCode == 0, qPrintable(result.err));
    result = cli({QStringLiteral("import"), QStringLiteral("--db"), db, early});
    QCOMPARE(result.exitCode, 2);
    QVERIFY2(result.err.contains(QStringLiteral("regel 2, kolom 1: jaartal verwacht")), qPrintable(result.err));
    QCOMPARE(cli({QStringLiteral("import"), QStringLiteral("--db"), db, QStringLiteral("--year"),
                  QStringLiteral("2201"), late})
                 .exitCode,
             1);
}

void TestImportCli::killedImportLeavesStoreIntact_data()
{
    QTest::addColumn<bool>("whileWriting");
    QTest::newRow("while reading") << false;
    QTest::newRow("while writing") << true;
}

void TestImportCli::killedImportLeavesStoreIntact()
{
    QFETCH(bool, whileWriting);
    static QTemporaryDir big;
    static QString bigYear;
    if (bigYear.isEmpty()) {
        BaciGenerator generator;
        generator.targetRows = 3000000;
        generator.year = 2021;
        QString error;
        bigYear = generator.write(big.path(), &error);
        QVERIFY2(!bigYear.isEmpty(), qPrintable(error));
    }

    // A store with an earlier data set.
    const QString db = mDir.filePath(QStringLiteral("killed-%1.db").arg(whileWriting));
    QCOMPARE(cli({QStringLiteral("import"), QStringLiteral("--db"), db, QStringLiteral("--name"),
                  QStringLiteral("eerder"), mYear})
                 .exitCode,
             0);
    StoreSnapshot before;
    {
        Store store;
        QString error;
        QVERIFY(store.open(db, &error));
        before = snapshot(store);
    }

    QProcess process;
    process.start(QStringLiteral(HERKOMST_CLI_PATH), {QStringLiteral("import"), QStringLiteral("--db"), db, bigYear});
    QVERIFY(process.waitForStarted());
    const QString wal = db + QStringLiteral("-wal");
    QElapsedTimer waited;
    waited.start();
    if (whileWriting) {
        // The write transaction is under way once the WAL grows beyond the earlier import's pages.
        const qint64 start = QFileInfo(wal).size();
        while (QFileInfo(wal).size() < start + (qint64(2) << 20) && process.state() == QProcess::Running &&
               waited.elapsed() < 60000)
            QTest::qWait(5);
    } else {
        QTest::qWait(150);
    }
    QVERIFY2(process.state() == QProcess::Running, "the import ended before it could be killed; use a larger file");
    process.kill(); // SIGKILL: no rollback, no destructor
    QVERIFY(process.waitForFinished());
    QCOMPARE(process.exitStatus(), QProcess::CrashExit);

    Store store;
    QString error;
    QVERIFY2(store.open(db, &error), qPrintable(error));
    const std::optional<QStringList> findings = store.check(Store::Check::Full);
    QVERIFY(findings);
    QCOMPARE(*findings, QStringList());
    QCOMPARE(snapshot(store), before);
    store.close();
    // And the store takes the import afterwards (no stale lock, the file was never registered).
    const CliResult retry = cli({QStringLiteral("import"), QStringLiteral("--db"), db, bigYear});
    QVERIFY2(retry.exitCode == 0, qPrintable(retry.err));
}

QTEST_GUILESS_MAIN(TestImportCli)
#include "test_importcli.moc"
