// UN Comtrade: API/bulk CSV and the older header, written by the tests themselves; World as a
// cross-check and export total, "Other Asia, nes" as Taiwan, nes areas as labelled pseudo-partners,
// aggregates and breakdowns skipped and counted, the CLI, cancel and a corpus of bad inputs.

#include "analysis/productstatistics.h"
#include "flowtesthelpers.h"
#include "import/importerregistry.h"
#include "import/importprogress.h"
#include "importtesthelpers.h"
#include "store/store.h"
#include "support/clirun.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>
#include <cmath>

using namespace herkomst;
using namespace importtest;
using namespace flowtest;

namespace {

const QByteArray apiHeader =
    "typeCode,freqCode,refPeriodId,refYear,refMonth,period,reporterCode,reporterISO,reporterDesc,flowCode,flowDesc,"
    "partnerCode,"
    "partnerISO,partnerDesc,partner2Code,partner2ISO,partner2Desc,classificationCode,cmdCode,cmdDesc,aggrLevel,isLeaf,"
    "customsCode,"
    "mosCode,motCode,qtyUnitCode,qty,netWgt,cifvalue,fobvalue,primaryValue,isReported,isAggregate\n";

struct Partner {
    const char *code;
    const char *iso;
    const char *desc;
};
const Partner china{"156", "CHN", "China"}, germany{"276", "DEU", "Germany"}, usa{"842", "USA", "USA"},
    switzerland{"757", "CHE", "Switzerland"}, world{"0", "W00", "World"}, areasNes{"899", "_X", "Areas, nes"},
    otherAsia{"490", "S19", "Other Asia, nes"}, bunkers{"837", "_X", "Bunkers"};

QByteArray api(const char *reporter, const char *flow, const Partner &partner, const char *cmd, const char *value,
               const char *customs = "C00", const char *period = "2020")
{
    const QByteArray reporterCode = QByteArray(reporter) == "NLD" ? "528" : "276";
    return QByteArray("C,A,20200101,2020,52,") + period + ',' + reporterCode + ',' + reporter + ",Reporter," + flow +
           ",Flow," + partner.code + ',' + partner.iso + ",\"" + partner.desc + "\",0,W00,World,H5," + cmd +
           ",\"Goods, " + cmd + "\",6,True," + customs + ",0,0,8,100,5," + value + ",," + value + ",True,False\n";
}

// NLD 2020: 851713 from China, Germany, Areas nes, Other Asia nes (Taiwan) and Bunkers, World
// equal to the sum; 300490 from the USA and Switzerland with a World 20 % above the sum;
// exports of 851713 to World (the total) and to China. Plus totals, a chapter, a heading, a
// re-export, a customs breakdown and a German row.
QByteArray apiFile()
{
    return apiHeader + api("NLD", "M", china, "851713", "800") + api("NLD", "M", germany, "851713", "100") +
           api("NLD", "M", areasNes, "851713", "40") + api("NLD", "M", otherAsia, "851713", "55") +
           api("NLD", "M", bunkers, "851713", "5") + api("NLD", "M", world, "851713", "1000") +
           api("NLD", "M", usa, "300490", "500") + api("NLD", "M", switzerland, "300490", "250") +
           api("NLD", "M", world, "300490", "900") + api("NLD", "X", world, "851713", "50") +
           api("NLD", "X", china, "851713", "45") + api("NLD", "M", world, "TOTAL", "99999") +
           api("NLD", "M", china, "85", "5000") + api("NLD", "M", china, "8517", "4000") +
           api("NLD", "RX", world, "851713", "10") + api("NLD", "M", china, "851713", "300", "C01") +
           api("DEU", "M", china, "851713", "7");
}

const QByteArray oldHeader =
    "Classification,Year,Period,Period Desc.,Aggregate Level,Is Leaf Code,Trade Flow Code,Trade Flow,"
    "Reporter Code,Reporter,Reporter ISO,Partner Code,Partner,Partner ISO,Commodity Code,Commodity,"
    "Qty Unit Code,Qty Unit,Qty,Netweight (kg),Trade Value (US$),Flag\n";

QByteArray old(const char *flowCode, const char *flow, const char *partnerCode, const char *partner, const char *iso,
               const char *cmd, const char *value)
{
    return QByteArray("H5,2019,2019,2019,6,1,") + flowCode + ',' + flow + ",528,Netherlands,NLD," + partnerCode +
           ",\"" + partner + "\"," + iso + ',' + cmd + ",Goods,8,Number of items,100,5," + value + ",0\n";
}

const QByteArray badHeader = "reporterISO,partnerCode,partnerISO,partnerDesc,flowCode,cmdCode,period,primaryValue\n";

QByteArray bad(const char *iso, const char *flow, const char *cmd, const char *period, const char *value,
               const char *reporter = "NLD")
{
    return QByteArray(reporter) + ",156," + iso + ",China," + flow + ',' + cmd + ',' + period + ',' + value + '\n';
}

const std::vector<BadCase> &cases()
{
    const QByteArray good = bad("CHN", "M", "851713", "2020", "5");
    static const std::vector<BadCase> list = {
        {"empty file", "comtrade.csv", "", "leeg", 0, 0},
        {"header only", "comtrade.csv", badHeader, "alleen de kop", 2, 0},
        {"binary garbage", "comtrade.csv",
         QByteArray("\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR", 16) + QByteArray(300, '\x01'), "binaire", 1, 0},
        {"missing value column", "comtrade.csv",
         "reporterISO,partnerISO,flowCode,cmdCode,period,netWgt\nNLD,CHN,M,851713,2020,5\n",
         "kolom primaryValue ontbreekt", 1, 0},
        {"wrong delimiter", "comtrade.csv",
         QByteArray(badHeader).replace(',', '|') + QByteArray(good).replace(',', '|'), "scheidingsteken", 1, 0},
        {"non-numeric value", "comtrade.csv", badHeader + good + bad("USA", "M", "851713", "2020", "n/a"),
         "bedrag in USD verwacht", 3, 8},
        {"negative value", "comtrade.csv", badHeader + bad("CHN", "M", "851713", "2020", "-12.5"), "negatieve", 2, 8},
        {"unknown country code", "comtrade.csv", badHeader + good + bad("XYZ", "M", "851713", "2020", "5"),
         "land \"XYZ\" niet herkend", 3, 3},
        {"hs code of 7 digits", "comtrade.csv", badHeader + bad("CHN", "M", "8517130", "2020", "5"),
         "gevonden 7 cijfers", 2, 6},
        {"hs code of 8 digits", "comtrade.csv", badHeader + bad("CHN", "M", "85171300", "2020", "5"),
         "gevonden 8 cijfers", 2, 6},
        {"hs code with letters", "comtrade.csv", badHeader + bad("CHN", "M", "85x713", "2020", "5"),
         "goederencode verwacht", 2, 6},
        {"duplicate key", "comtrade.csv", badHeader + good + bad("USA", "M", "851713", "2020", "5") + good,
         "ook op regel 2", 4, 6},
        {"truncated file", "comtrade.csv", badHeader + good + "NLD,156,CHN", "te weinig kolommen", 3, 4},
        {"unknown flow", "comtrade.csv", badHeader + bad("CHN", "Q", "851713", "2020", "5"),
         "handelsstroom M (invoer) of X", 2, 5},
        {"bad period", "comtrade.csv", badHeader + bad("CHN", "M", "851713", "twenty", "5"), "periode verwacht", 2, 7},
        {"no rows for the reporter", "comtrade.csv", badHeader + bad("CHN", "M", "851713", "2020", "5", "DEU"),
         "geen bruikbare regels voor rapporterend land NLD; het bestand heeft: DEU (1)", 0, 0},
        {"only aggregates", "comtrade.csv",
         badHeader + bad("CHN", "M", "TOTAL", "2020", "5") + bad("CHN", "M", "85", "2020", "5"),
         "totaal over alle goederen (1)", 0, 0},
        {"too many columns", "comtrade.csv", badHeader + QByteArray(good).replace("\n", ",1\n"), "te veel kolommen", 2,
         9},
    };
    return list;
}

ImportReport importFile(Store &store, const QString &file, const QString &name)
{
    ImportRequest request;
    request.files = {file};
    request.dataSetName = name;
    return runImport(store, QStringLiteral("comtrade"), request);
}

} // namespace

class TestComtradeImporter : public QObject {
    Q_OBJECT

private slots:
    void initTestCase();
    void apiDownloadStoresHs6ByPartner();
    void worldIsCrossCheckAndExportTotal();
    void nesAreasAreBlocksNeverSuppliers();
    void skippedRowsAreCountedByReason();
    void olderHeaderVariant();
    void monthlyDownloadAddsUpToTheYear();
    void funnelIsUndeterminedAtWorldHhi();
    void euAsOneReporterWithoutExports();
    void registryAndDetection();
    void cancelStoresNothing();
    void sameFileTwiceIsRefused();
    void cliImportThenAnalyse();
    void badInput_data();
    void badInput();

private:
    QString path(const QString &name) const { return mDir.filePath(name); }

    QTemporaryDir mDir;
    QString mApi;
    QString mStorePath;
};

void TestComtradeImporter::initTestCase()
{
    QVERIFY(mDir.isValid());
    mApi = path(QStringLiteral("TradeData_2020_NLD.csv"));
    writeFile(mApi, apiFile());
    mStorePath = path(QStringLiteral("bad.db"));
    const QString earlier = path(QStringLiteral("earlier.csv"));
    writeFile(earlier, badHeader + bad("JPN", "M", "851713", "2019", "7"));
    seedStore(QStringLiteral("comtrade"), mStorePath, earlier);
}

void TestComtradeImporter::apiDownloadStoresHs6ByPartner()
{
    Store store;
    QVERIFY(store.open(path(QStringLiteral("api.db")), nullptr));
    const ImportReport report = importFile(store, mApi, QStringLiteral("comtrade 2020"));
    QVERIFY2(report.ok(), qPrintable(report.error.toString()));
    QCOMPARE(report.format, QStringLiteral("comtrade"));
    const QString name = report.dataSetName;
    QCOMPARE(importValue(store, name, "851713", QStringLiteral("CHN")), 800.0); // the C01 breakdown not added
    QCOMPARE(importValue(store, name, "851713", QStringLiteral("DEU")), 100.0);
    QCOMPARE(importValue(store, name, "851713", QStringLiteral("TWN")), 55.0); // Other Asia, nes
    QCOMPARE(importValue(store, name, "300490", QStringLiteral("USA")), 500.0);
    QCOMPARE(count(store, QStringLiteral("SELECT count(*) FROM import_flow")), qint64(7)); // two nes blocks
    QCOMPARE(count(store, QStringLiteral("SELECT count(*) FROM import_flow WHERE reporter <> 'NLD'")), qint64(0));
    QCOMPARE(store.dataSet(name)->currency, QStringLiteral("USD"));
    QCOMPARE(store.dataSet(name)->source, QStringLiteral("Comtrade"));
    QVERIFY(notesContain(report, QStringLiteral("Taiwan (TWN)")));
    QCOMPARE(count(store, QStringLiteral("SELECT count(*) FROM product WHERE description_en = 'Goods, 851713'")),
             qint64(1));
}

void TestComtradeImporter::worldIsCrossCheckAndExportTotal()
{
    Store store;
    QVERIFY(store.open(path(QStringLiteral("world.db")), nullptr));
    const ImportReport report = importFile(store, mApi, QStringLiteral("wereld"));
    QVERIFY2(report.ok(), qPrintable(report.error.toString()));
    QCOMPARE(
        count(store, QStringLiteral("SELECT count(*) FROM import_flow WHERE partner IN ('', 'W00', 'World', 'WLD')")),
        qint64(0));
    QCOMPARE(number(store, QStringLiteral("SELECT value FROM export_flow WHERE hs6 = '851713'")),
             50.0); // World, not 45
    // Imports of 851713: partners 1000 = World. Imports of 300490: 750 against World 900;
    // exports of 851713: China 45 against World 50.
    QVERIFY2(notesContain(report, QStringLiteral("bij 2 van 3 producten")),
             qPrintable(report.notes.join(QLatin1Char('\n'))));
    QVERIFY(notesContain(report, QStringLiteral("invoer 300490: som partners 750 USD, wereld 900 USD")));
    QVERIFY(notesContain(report, QStringLiteral("uitvoer 851713")));
    QVERIFY(!notesContain(report, QStringLiteral("invoer 851713")));
}

void TestComtradeImporter::nesAreasAreBlocksNeverSuppliers()
{
    Store store;
    QVERIFY(store.open(path(QStringLiteral("nes.db")), nullptr));
    const ImportReport report = importFile(store, mApi, QStringLiteral("nes"));
    QVERIFY2(report.ok(), qPrintable(report.error.toString()));
    // Both areas write "_X" as their ISO code; each stays its own block by its M49 number.
    QCOMPARE(number(store, QStringLiteral("SELECT value FROM import_flow WHERE partner = 'M49-899' AND status = 0")),
             40.0);
    QCOMPARE(number(store, QStringLiteral("SELECT value FROM import_flow WHERE partner = 'M49-837' AND status = 0")),
             5.0);
    QStringList hidden;
    for (const ImportReport::HiddenPartner &h : report.hiddenPartners)
        hidden << QStringLiteral("%1:%2:%3").arg(h.code).arg(h.rows).arg(h.value);
    QCOMPARE(hidden, (QStringList{QStringLiteral("M49-837:1:5"), QStringLiteral("M49-899:1:40")}));

    const std::optional<StatisticsSet> set = statistics(store, QStringLiteral("nes"), 2020);
    QVERIFY(set);
    const StatisticsTable &table = set->primary;
    const int row = table.rowByHs6.value(QStringLiteral("851713"), -1);
    QVERIFY(row >= 0);
    const ProductStats &stats = table.rows[size_t(row)];
    // China, Germany, Taiwan and the two areas: the areas' value counts, but no area is a supplier.
    QCOMPARE(stats.importValue, 1000.0);
    QCOMPARE(stats.suppressedImportCells, 0);
    QCOMPARE(stats.hiddenPartnerValue, 45.0);
    QCOMPARE(table.partnerCode(stats.topNonEuPartner), QStringLiteral("CHN"));
    QCOMPARE(stats.supplierShare, 0.8);
    int labelled = 0;
    for (const PartnerShare &share : importPartners(table, row)) {
        if (share.hiddenPartner) {
            ++labelled;
            QVERIFY(share.share == 0.04 || share.share == 0.005);
        }
    }
    QCOMPARE(labelled, 2);
    QCOMPARE(partnerName(table, QStringLiteral("M49-837")), QStringLiteral("Bunkers"));
}

void TestComtradeImporter::skippedRowsAreCountedByReason()
{
    Store store;
    QVERIFY(store.open(path(QStringLiteral("skipped.db")), nullptr));
    const ImportReport report = importFile(store, mApi, QStringLiteral("tellen"));
    QVERIFY2(report.ok(), qPrintable(report.error.toString()));
    QCOMPARE(report.rowsRead, qint64(17));
    QCOMPARE(report.rowsRejected, qint64(0));
    // TOTAL, chapter, heading, re-export, customs breakdown, the German reporter.
    QCOMPARE(report.rowsSkipped, qint64(6));
    QVERIFY(notesContain(report, QStringLiteral("11 regels gebruikt")));
    QVERIFY(notesContain(report, QStringLiteral("hoofdstuk of post (2 cijfers)")));
    QVERIFY(notesContain(report, QStringLiteral("hoofdstuk of post (4 cijfers)")));
    QVERIFY(notesContain(report, QStringLiteral("herinvoer of heruitvoer (RX)")));
    QVERIFY(notesContain(report, QStringLiteral("douaneprocedure")));
}

void TestComtradeImporter::olderHeaderVariant()
{
    const QString file = path(QStringLiteral("comtrade_old.csv"));
    writeFile(file, oldHeader + old("1", "Import", "156", "China", "CHN", "851713", "800") +
                        old("1", "Import", "0", "World", "WLD", "851713", "800") +
                        old("2", "Export", "0", "World", "WLD", "851713", "20") +
                        old("3", "Re-Import", "156", "China", "CHN", "851713", "1") +
                        old("1", "Import", "899", "Areas, nes", "", "851713", "9") +
                        old("1", "Import", "156", "China", "CHN", "85", "900"));
    Store store;
    QVERIFY(store.open(path(QStringLiteral("old.db")), nullptr));
    const ImportReport report = importFile(store, file, QStringLiteral("oud"));
    QVERIFY2(report.ok(), qPrintable(report.error.toString()));
    QCOMPARE(importValue(store, QStringLiteral("oud"), "851713", QStringLiteral("CHN")), 800.0);
    QCOMPARE(count(store, QStringLiteral("SELECT count(*) FROM import_flow WHERE partner = 'M49-899'")), qint64(1));
    QCOMPARE(number(store, QStringLiteral("SELECT value FROM export_flow")), 20.0);
    QCOMPARE(count(store, QStringLiteral("SELECT count(*) FROM import_flow WHERE year = 2019")), qint64(2));
    QCOMPARE(report.rowsSkipped, qint64(2));
    QCOMPARE(detectImporter({file})->key(), QStringLiteral("comtrade"));
}

void TestComtradeImporter::monthlyDownloadAddsUpToTheYear()
{
    const QString file = path(QStringLiteral("comtrade_monthly.csv"));
    QByteArray text = apiHeader;
    for (int month = 1; month <= 12; ++month) {
        const QByteArray period = "2021" + QByteArray::number(month).rightJustified(2, '0');
        text += api("NLD", "M", china, "851713", "10", "C00", period.constData());
    }
    writeFile(file, text);
    Store store;
    QVERIFY(store.open(path(QStringLiteral("monthly.db")), nullptr));
    const ImportReport report = importFile(store, file, QStringLiteral("maanden"));
    QVERIFY2(report.ok(), qPrintable(report.error.toString()));
    QCOMPARE(importValue(store, QStringLiteral("maanden"), "851713", QStringLiteral("CHN")), 120.0);
    QCOMPARE(count(store, QStringLiteral("SELECT count(*) FROM import_flow WHERE year = 2021")), qint64(1));
    QVERIFY(notesContain(report, QStringLiteral("twaalf maanden")));
}

void TestComtradeImporter::funnelIsUndeterminedAtWorldHhi()
{
    Store store;
    QVERIFY(store.open(path(QStringLiteral("funnel.db")), nullptr));
    const ImportReport report = importFile(store, mApi, QStringLiteral("funnel"));
    QVERIFY2(report.ok(), qPrintable(report.error.toString()));
    const std::optional<StatisticsSet> set = statistics(store, QStringLiteral("funnel"), 2020);
    QVERIFY(set);
    const AnalysisResult result = cbs2021Funnel(*set);
    QCOMPARE(result.steps.front().kept, 2);
    const FunnelStep *hhiStep = worldHhiStep(result);
    QVERIFY(hhiStep);
    QVERIFY(hhiStep->entering >= 1); // 851713: 84 % from China, imports 19 x exports
    QCOMPARE(hhiStep->undetermined, hhiStep->entering);
}

// Two reporters' import rows, no export row: the EU as one reporter sums the members' imports
// from non-members (by hand: CHN 800, TWN 100 as "Other Asia, nes", USA 300, the unspecified area
// 40 as a block), keeps NLD-DEU trade apart as intra-EU (60 + 50), and covers no exports.
void TestComtradeImporter::euAsOneReporterWithoutExports()
{
    const QString file = path(QStringLiteral("eu.csv"));
    writeFile(file, badHeader + bad("CHN", "M", "851713", "2020", "800") +
                        "NLD,490,S19,\"Other Asia, nes\",M,851713,2020,100\n"
                        "NLD,276,DEU,Germany,M,851713,2020,60\n"
                        "NLD,899,_X,\"Areas, nes\",M,851713,2020,40\n"
                        "DEU,842,USA,USA,M,851713,2020,300\n"
                        "DEU,528,NLD,Netherlands,M,851713,2020,50\n");
    Store store;
    QVERIFY(store.open(path(QStringLiteral("eu.db")), nullptr));
    ImportRequest request;
    request.files = {file};
    request.reporters = {QStringLiteral("EU27")};
    request.dataSetName = QStringLiteral("eu");
    const ImportReport report = runImport(store, QStringLiteral("comtrade"), request);
    QVERIFY2(report.ok(), qPrintable(report.error.toString()));
    const QString eu = QStringLiteral("eu");
    QCOMPARE(importValue(store, eu, "851713", QStringLiteral("CHN")), 800.0);
    QCOMPARE(importValue(store, eu, "851713", QStringLiteral("TWN")), 100.0);
    QCOMPARE(importValue(store, eu, "851713", QStringLiteral("USA")), 300.0);
    QCOMPARE(importValue(store, eu, "851713", QStringLiteral("M49-899")), 40.0);
    QCOMPARE(importValue(store, eu, "851713", QStringLiteral("EU27")), 110.0);
    QCOMPARE(count(store, QStringLiteral("SELECT count(*) FROM export_flow")), qint64(0));

    const std::optional<StatisticsSet> set = statistics(store, eu, 2020, QStringLiteral("EU27"));
    QVERIFY(set);
    const ProductStats &phones = set->primary.rows[0];
    QCOMPARE(phones.importValue, 1240.0);
    QCOMPARE(phones.supplierShare, 800.0 / 1240.0);
    QCOMPARE(phones.hiddenPartnerValue, 40.0);
    QCOMPARE(phones.extraEuImportShare, 1200.0 / 1350.0); // the area's side is unknown: not extra-EU
    QVERIFY(std::isnan(phones.importExportRatio));        // no export row at all: not covered
}

void TestComtradeImporter::registryAndDetection()
{
    QVERIFY(createImporter(QStringLiteral("comtrade")));
    QCOMPARE(detectImporter({mApi})->key(), QStringLiteral("comtrade"));
    QCOMPARE(createImporter(QStringLiteral("comtrade"))->detect({mApi}), 85);
    QCOMPARE(createImporter(QStringLiteral("cbs"))->detect({mApi}) < 85, true);
    QCOMPARE(createImporter(QStringLiteral("baci"))->detect({mApi}), 0);
}

void TestComtradeImporter::cancelStoresNothing()
{
    expectCancelled(QStringLiteral("comtrade"), mApi, mStorePath);
}

void TestComtradeImporter::sameFileTwiceIsRefused()
{
    expectDuplicateRefused(QStringLiteral("comtrade"), mApi, path(QStringLiteral("twice.db")));
}

void TestComtradeImporter::cliImportThenAnalyse()
{
    const QString db = path(QStringLiteral("cli.db"));
    const CliRun imported = runCli({QStringLiteral("import"), QStringLiteral("--db"), db, QStringLiteral("--format"),
                                    QStringLiteral("comtrade"), mApi});
    QVERIFY2(imported.exitCode == 0, qPrintable(imported.err + imported.out));
    QVERIFY(imported.out.contains(QStringLiteral("Partner zonder land M49-899")));
    const CliRun analysed =
        runCli({QStringLiteral("analyse"), QStringLiteral("--db"), db, QStringLiteral("--reporter"),
                QStringLiteral("NLD"), QStringLiteral("--year"), QStringLiteral("2020"), QStringLiteral("--json")});
    QVERIFY2(analysed.exitCode == 0, qPrintable(analysed.err));
    const QJsonObject json = QJsonDocument::fromJson(analysed.out.toUtf8()).object();
    const QJsonArray funnel = json.value(QStringLiteral("funnel")).toArray();
    QVERIFY(!funnel.isEmpty());
    QCOMPARE(funnel.first().toObject().value(QStringLiteral("kept")).toInt(), 2);
    const CliRun automatic = runCli({QStringLiteral("import"), QStringLiteral("--db"), path(QStringLiteral("cli2.db")),
                                     QStringLiteral("--format"), QStringLiteral("auto"), mApi});
    QVERIFY2(automatic.exitCode == 0, qPrintable(automatic.err));
}

void TestComtradeImporter::badInput_data()
{
    QTest::addColumn<int>("index");
    for (size_t i = 0; i < cases().size(); ++i)
        QTest::newRow(cases()[i].name) << int(i);
}

void TestComtradeImporter::badInput()
{
    QFETCH(int, index);
    QTemporaryDir caseDir(path(QStringLiteral("case-XXXXXX")));
    expectRefused(QStringLiteral("comtrade"), cases()[size_t(index)], mStorePath, caseDir.path());
}

QTEST_GUILESS_MAIN(TestComtradeImporter)
#include "test_comtradeimporter.moc"
