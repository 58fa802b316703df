// Eurostat Comext: full bulk files and DS-045409 extracts written by the tests themselves; CN8 to
// HS6, months to years, confidential partners and products, the funnel that stays undetermined
// at the world-HHI step, the CLI, cancel and a corpus of bad inputs.

#include "analysis/analysiswarnings.h"
#include "analysis/productstatistics.h"
#include "domain/preset.h"
#include "flowtesthelpers.h"
#include "import/importerregistry.h"
#include "import/importprogress.h"
#include "importtesthelpers.h"
#include "store/store.h"
#include "support/clirun.h"

#include <QDir>
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

const QByteArray fullHeader = "DECLARANT,DECLARANT_ISO,PARTNER,PARTNER_ISO,TRADE_TYPE,PRODUCT_NC,PRODUCT_SITC,FLOW,"
                              "STAT_REGIME,SUPP_UNIT,PERIOD,VALUE_IN_EUROS,QUANTITY_IN_KG,SUP_QUANTITY\n";

// One row of a full file; numeric GEONOM codes as Comext writes them beside the ISO ones.
QByteArray row(const char *declarant, const char *partner, const char *product, int flow, int regime,
               const char *period, const char *value)
{
    const QByteArray number = QByteArray(declarant) == "NL" ? "3" : "4";
    return number + ',' + declarant + ",0," + partner + ",E," + product + ",764," + QByteArray::number(flow) + ',' +
           QByteArray::number(regime) + ",," + period + ',' + value + ",12,\n";
}

// NL 2020 (annual file): 851713 from CN (two statistical regimes), DE and the confidential QY,
// exported to CN and to QZ; 300490 from the US (two CN8 codes) and CH. Plus a total, a chapter,
// a confidential chapter code, ship stores and two German rows.
QByteArray annualFile()
{
    return fullHeader + row("NL", "CN", "85171300", 1, 1, "202052", "600") +
           row("NL", "CN", "85171300", 1, 2, "202052", "300") + row("NL", "DE", "85171300", 1, 1, "202052", "100") +
           row("NL", "QY", "85171300", 1, 1, "202052", "50") + row("NL", "CN", "85171300", 2, 1, "202052", "30") +
           row("NL", "QZ", "85171300", 2, 1, "202052", "20") + row("NL", "US", "30049000", 1, 1, "202052", "400") +
           row("NL", "US", "30049010", 1, 1, "202052", "100") + row("NL", "CH", "30049000", 1, 1, "202052", "250") +
           row("NL", "CN", "TOTAL", 1, 1, "202052", "99999") + row("NL", "CN", "30", 1, 1, "202052", "5000") +
           row("NL", "CN", "30999999", 1, 1, "202052", "70") + row("NL", "QS", "30049000", 1, 1, "202052", "5") +
           row("DE", "CN", "85171300", 1, 1, "202052", "12345") + row("DE", "US", "30049000", 1, 1, "202052", "1");
}

const QByteArray sdmxHeader =
    "DATAFLOW,LAST UPDATE,freq,reporter,partner,product,flow,indicators,TIME_PERIOD,OBS_VALUE,OBS_FLAG\n";

QByteArray sdmx(const char *partner, const char *product, int flow, const char *indicator, const char *value)
{
    return QByteArray("ESTAT:DS-045409(1.0),01/02/24 23:00:00,A,NL,") + partner + ',' + product + ',' +
           QByteArray::number(flow) + ',' + indicator + ",2020," + value + ",\n";
}

ImportReport importFiles(Store &store, const QStringList &files, const QString &name,
                         const QString &format = QStringLiteral("comext"))
{
    ImportRequest request;
    request.files = files;
    request.dataSetName = name;
    return runImport(store, format, request);
}

const std::vector<BadCase> &cases()
{
    const QByteArray good = row("NL", "CN", "85171300", 1, 1, "202052", "600");
    static const std::vector<BadCase> list = {
        {"empty file", "bad.dat", "", "leeg", 0, 0},
        {"header only", "bad.dat", fullHeader, "alleen de kop", 2, 0},
        {"binary garbage", "bad.dat", QByteArray("PK\x03\x04\x00\x01\xff\xfe garbage\n", 18) + QByteArray(500, '\x07'),
         "binaire", 1, 0},
        {"missing value column", "bad.dat",
         "DECLARANT_ISO,PARTNER_ISO,PRODUCT_NC,FLOW,PERIOD,QUANTITY_IN_KG\nNL,CN,85171300,1,202052,5\n",
         "kolom VALUE_IN_EUROS ontbreekt", 1, 0},
        {"wrong delimiter", "bad.dat", QByteArray(fullHeader).replace(',', '|') + QByteArray(good).replace(',', '|'),
         "scheidingsteken", 1, 0},
        {"non-numeric value", "bad.dat", fullHeader + good + row("NL", "CN", "85171390", 1, 1, "202052", "veel"),
         "bedrag in EUR verwacht", 3, 12},
        {"negative value", "bad.dat", fullHeader + row("NL", "CN", "85171300", 1, 1, "202052", "-5"), "negatieve", 2,
         12},
        {"unknown country code", "bad.dat", fullHeader + good + row("NL", "ZQ", "85171300", 1, 1, "202052", "5"),
         "land \"ZQ\" niet herkend", 3, 4},
        {"numeric GEONOM partner", "bad.dat", fullHeader + row("NL", "720", "85171300", 1, 1, "202052", "5"),
         "\"720\" niet herkend", 2, 4},
        {"cn8 of nine digits", "bad.dat", fullHeader + row("NL", "CN", "851713001", 1, 1, "202052", "5"),
         "gevonden 9 cijfers", 2, 6},
        {"product code with letters", "bad.dat", fullHeader + row("NL", "CN", "85a71300", 1, 1, "202052", "5"),
         "goederencode verwacht", 2, 6},
        {"duplicate key", "bad.dat", fullHeader + good + row("NL", "DE", "85171300", 1, 1, "202052", "5") + good,
         "ook op regel 2", 4, 6},
        {"truncated file", "bad.dat", fullHeader + good + "3,NL,0,CN,E,85171300", "te weinig kolommen", 3, 7},
        {"unknown flow", "bad.dat", fullHeader + row("NL", "CN", "85171300", 3, 1, "202052", "5"),
         "stroom 1 (invoer) of 2 (uitvoer)", 2, 8},
        {"bad period", "bad.dat", fullHeader + row("NL", "CN", "85171300", 1, 1, "2020Q1", "5"), "periode verwacht", 2,
         11},
        {"too many columns", "bad.dat", fullHeader + QByteArray(good).replace("\n", ",9\n"), "te veel kolommen", 2, 15},
        {"unterminated quote", "bad.dat", fullHeader + good + "3,NL,0,\"CN,E,85171300,764,1,1,,202052,5,12,\n",
         "niet afgesloten", 3, -1},
        {"no rows for the reporter", "bad.dat", fullHeader + row("DE", "CN", "85171300", 1, 1, "202052", "5"),
         "geen bruikbare regels voor rapporterend land NLD; het bestand heeft: DE (1)", 0, 0},
        {"year other than asked", "bad.dat", fullHeader + good, "ander jaar dan 2019", 0, 0,
         [](ImportRequest &request) { request.year = 2019; }},
    };
    return list;
}

} // namespace

class TestComextImporter : public QObject {
    Q_OBJECT

private slots:
    void initTestCase();
    void annualFileSumsCn8AndRegimesIntoHs6();
    void confidentialPartnerCountsAsHiddenBlock();
    void skippedRowsAreCountedByReason();
    void monthsAddUpToTheYear();
    void annualRowWinsOverMonths();
    void extractWithHs6AndCn8LevelsCountsOnce();
    void funnelIsUndeterminedAtWorldHhi();
    void allReporters();
    void euAsOneReporter();
    void reporterWithoutExportsIsUndetermined();
    void unmatchedPartnerSkippedWhenAsked();
    void aliasFromTheStoreIsUsed();
    void registryAndDetection();
    void cancelWhileReadingOrWritingStoresNothing();
    void sameFileTwiceIsRefused();
    void cliImportThenAnalyse();
    void badInput_data();
    void badInput();

private:
    QString path(const QString &name) const { return mDir.filePath(name); }

    QTemporaryDir mDir;
    QString mAnnual;
    QString mStorePath;
};

void TestComextImporter::initTestCase()
{
    QVERIFY(mDir.isValid());
    mAnnual = path(QStringLiteral("full_v2_202052.dat"));
    writeFile(mAnnual, annualFile());
    // A store that already holds a data set: refused imports must leave it as it is.
    mStorePath = path(QStringLiteral("bad.db"));
    const QString earlier = path(QStringLiteral("earlier.csv"));
    writeFile(earlier, fullHeader + row("NL", "JP", "85171300", 1, 1, "201952", "7"));
    seedStore(QStringLiteral("comext"), mStorePath, earlier);
}

void TestComextImporter::annualFileSumsCn8AndRegimesIntoHs6()
{
    Store store;
    QVERIFY(store.open(path(QStringLiteral("annual.db")), nullptr));
    const ImportReport report = importFiles(store, {mAnnual}, QStringLiteral("comext 2020"));
    QVERIFY2(report.ok(), qPrintable(report.error.toString()));
    QCOMPARE(report.format, QStringLiteral("comext"));
    QCOMPARE(importValue(store, report.dataSetName, "851713", QStringLiteral("CHN")), 900.0); // two regimes
    QCOMPARE(importValue(store, report.dataSetName, "851713", QStringLiteral("DEU")), 100.0);
    QCOMPARE(importValue(store, report.dataSetName, "300490", QStringLiteral("USA")), 500.0); // two CN8 codes
    QCOMPARE(importValue(store, report.dataSetName, "300490", QStringLiteral("CHE")), 250.0);
    QCOMPARE(count(store, QStringLiteral("SELECT count(*) FROM import_flow i JOIN dataset d ON d.id = i.dataset_id "
                                         "WHERE d.name = 'comext 2020'")),
             qint64(6)); // with the confidential QY and the ship stores QS, each a block
    // Exports: all partners, the confidential one included.
    QCOMPARE(number(store, QStringLiteral("SELECT value FROM export_flow WHERE hs6 = '851713'")), 50.0);
    QCOMPARE(count(store, QStringLiteral("SELECT count(*) FROM import_flow WHERE reporter <> 'NLD'")), qint64(0));
    const std::optional<DataSetInfo> info = store.dataSet(QStringLiteral("comext 2020"));
    QVERIFY(info);
    QCOMPARE(info->source, QStringLiteral("Comext"));
    QCOMPARE(info->currency, QStringLiteral("EUR"));
    QCOMPARE(report.rowsStored, qint64(7));
}

void TestComextImporter::confidentialPartnerCountsAsHiddenBlock()
{
    Store store;
    QVERIFY(store.open(path(QStringLiteral("secret.db")), nullptr));
    const ImportReport report = importFiles(store, {mAnnual}, QStringLiteral("comext geheim"));
    QVERIFY2(report.ok(), qPrintable(report.error.toString()));
    // QY: the partner is confidential, the value (50) is known and stored under QY.
    QCOMPARE(number(store, QStringLiteral("SELECT value FROM import_flow WHERE partner = 'QY' AND status = 0")), 50.0);
    QCOMPARE(count(store, QStringLiteral("SELECT count(*) FROM dataset_partner WHERE code = 'QY' AND side = 2")),
             qint64(1));
    QStringList hidden;
    for (const ImportReport::HiddenPartner &h : report.hiddenPartners)
        hidden << QStringLiteral("%1:%2:%3").arg(h.code).arg(h.rows).arg(h.value);
    QCOMPARE(hidden, (QStringList{QStringLiteral("QS:1:5"), QStringLiteral("QY:1:50"), QStringLiteral("QZ:1:20")}));

    const std::optional<StatisticsSet> set = statistics(store, report.dataSetName, 2020);
    QVERIFY(set);
    const StatisticsTable &table = set->primary;
    const int row = table.rowByHs6.value(QStringLiteral("851713"), -1);
    QVERIFY(row >= 0);
    const ProductStats &stats = table.rows[size_t(row)];
    // M[p] = CN 900 + DE 100 + QY 50: the hidden partner's value counts, so China's share is not
    // inflated to 90 % by leaving it out; QY is intra-EU, so not in the extra-EU imports.
    QCOMPARE(stats.importValue, 1050.0);
    QCOMPARE(stats.suppressedImportCells, 0);
    QCOMPARE(table.partnerCode(stats.topNonEuPartner), QStringLiteral("CHN"));
    QCOMPARE(stats.supplierShare, 900.0 / 1050.0);
    QCOMPARE(stats.hiddenPartnerValue, 50.0);
    QVERIFY(stats.hasHiddenPartner());
    QCOMPARE(stats.extraEuImports, 900.0);
    // One block in the import HHI.
    QCOMPARE(stats.importHhi, (900.0 * 900.0 + 100.0 * 100.0 + 50.0 * 50.0) / (1050.0 * 1050.0));
    bool shown = false;
    for (const PartnerShare &share : importPartners(table, row)) {
        if (share.iso3 == QLatin1String("QY")) {
            shown = true;
            QVERIFY(share.hiddenPartner);
            QCOMPARE(share.value, 50.0);
            QCOMPARE(partnerName(table, share.iso3), QStringLiteral("Land vertrouwelijk, binnen de EU"));
        }
    }
    QVERIFY(shown);
}

void TestComextImporter::skippedRowsAreCountedByReason()
{
    Store store;
    QVERIFY(store.open(path(QStringLiteral("skipped.db")), nullptr));
    const ImportReport report = importFiles(store, {mAnnual}, QStringLiteral("comext tellen"));
    QVERIFY2(report.ok(), qPrintable(report.error.toString()));
    QCOMPARE(report.rowsRead, qint64(15));
    QCOMPARE(report.rowsRejected, qint64(0));
    // TOTAL, chapter 30, 30999999 and the two German rows; the ten others are used (ship stores
    // QS among them: a block with its value, never a row dropped for its partner).
    QCOMPARE(report.rowsSkipped, qint64(5));
    QVERIFY(notesContain(report, QStringLiteral("10 regels gebruikt")));
    QVERIFY(notesContain(report, QStringLiteral("30999999")));
    QVERIFY(notesContain(report, QStringLiteral("samen 70 EUR")));
    QVERIFY(notesContain(report, QStringLiteral("totaal over alle goederen")));
    QVERIFY(notesContain(report, QStringLiteral("andere rapporterende landen")));
    QVERIFY(report.summaryLines().join(QLatin1Char('\n')).contains(QStringLiteral("Partner zonder land QS")));
    int skippedIssues = 0;
    for (const ImportIssue &issue : report.issues)
        skippedIssues += issue.kind == ImportIssue::Kind::Skipped ? 1 : 0;
    QCOMPARE(skippedIssues, 4); // one per reason: total, chapter, confidential products, other reporters
}

void TestComextImporter::monthsAddUpToTheYear()
{
    const QString january = path(QStringLiteral("full_v2_202001.dat"));
    const QString february = path(QStringLiteral("full_v2_202002.dat"));
    writeFile(january, fullHeader + row("NL", "CN", "85171300", 1, 1, "202001", "100"));
    writeFile(february, fullHeader + row("NL", "CN", "85171300", 1, 1, "202002", "150") +
                            row("NL", "CN", "85171390", 1, 1, "202002", "5"));
    Store store;
    QVERIFY(store.open(path(QStringLiteral("months.db")), nullptr));
    const ImportReport report = importFiles(store, {january, february}, QStringLiteral("maanden"));
    QVERIFY2(report.ok(), qPrintable(report.error.toString()));
    QCOMPARE(importValue(store, QStringLiteral("maanden"), "851713", QStringLiteral("CHN")), 255.0);
    QCOMPARE(count(store, QStringLiteral("SELECT count(*) FROM import_flow WHERE year = 2020")), qint64(1));
    QVERIFY(notesContain(report, QStringLiteral("maar 2 van de 12 maanden")));
    QCOMPARE(store.dataSet(QStringLiteral("maanden"))->files.size(), size_t(2));
}

void TestComextImporter::annualRowWinsOverMonths()
{
    const QString months = path(QStringLiteral("full_v2_2020_months.dat"));
    writeFile(months, fullHeader + row("NL", "CN", "85171300", 1, 1, "202003", "100") +
                          row("NL", "CN", "85171300", 1, 1, "202004", "100"));
    Store store;
    QVERIFY(store.open(path(QStringLiteral("annualwins.db")), nullptr));
    const ImportReport report = importFiles(store, {months, mAnnual}, QStringLiteral("jaar en maanden"));
    QVERIFY2(report.ok(), qPrintable(report.error.toString()));
    QCOMPARE(importValue(store, QStringLiteral("jaar en maanden"), "851713", QStringLiteral("CHN")), 900.0);
    QCOMPARE(report.rowsSkipped, qint64(5 + 2));
    QVERIFY(notesContain(report, QStringLiteral("2 regels overgeslagen: maandcijfers")));
}

void TestComextImporter::extractWithHs6AndCn8LevelsCountsOnce()
{
    const QString extract = path(QStringLiteral("DS-045409_NL_2020.csv"));
    writeFile(extract,
              sdmxHeader + sdmx("CN", "85", 1, "VALUE_IN_EUROS", "5000") +
                  sdmx("CN", "8517", 1, "VALUE_IN_EUROS", "4000") + sdmx("CN", "851713", 1, "VALUE_IN_EUROS", "900") +
                  sdmx("CN", "85171300", 1, "VALUE_IN_EUROS", "900") +
                  sdmx("CN", "851713", 1, "QUANTITY_IN_100KG", "12") +
                  sdmx("EL", "851713", 1, "VALUE_IN_EUROS", "100") + sdmx("UK", "851713", 1, "VALUE_IN_EUROS", "50") +
                  sdmx("EXTRA_EU27_2020", "851713", 1, "VALUE_IN_EUROS", "950") +
                  sdmx("WORLD", "851713", 1, "VALUE_IN_EUROS", "1100") +
                  sdmx("CN", "851713", 2, "VALUE_IN_EUROS", "30") + sdmx("US", "30049000", 1, "VALUE_IN_EUROS", "400"));
    Store store;
    QVERIFY(store.open(path(QStringLiteral("extract.db")), nullptr));
    const ImportReport report = importFiles(store, {extract}, QStringLiteral("extract"));
    QVERIFY2(report.ok(), qPrintable(report.error.toString()));
    QCOMPARE(importValue(store, QStringLiteral("extract"), "851713", QStringLiteral("CHN")), 900.0); // not 1800
    QCOMPARE(importValue(store, QStringLiteral("extract"), "851713", QStringLiteral("GRC")), 100.0); // EL
    QCOMPARE(importValue(store, QStringLiteral("extract"), "851713", QStringLiteral("GBR")), 50.0);  // UK
    QCOMPARE(importValue(store, QStringLiteral("extract"), "300490", QStringLiteral("USA")),
             400.0); // CN8 alone still counts
    QCOMPARE(count(store, QStringLiteral("SELECT count(*) FROM import_flow WHERE partner IN ('', 'WORLD')")),
             qint64(0));
    QCOMPARE(number(store, QStringLiteral("SELECT value FROM export_flow WHERE hs6 = '851713'")), 30.0);
    // World 1100 against partners 1050: more than 1 % apart.
    QVERIFY(notesContain(report, QStringLiteral("wijkt meer dan 1 %")));
    QVERIFY(notesContain(report, QStringLiteral("GN8-regels van een GS6-code")));
    QVERIFY(notesContain(report, QStringLiteral("QUANTITY_IN_100KG")));
    QCOMPARE(report.rowsRead, qint64(11));
    QCOMPARE(report.rowsSkipped, qint64(5)); // chapter, heading, CN8 under its HS6, quantity, EXTRA_EU
    QCOMPARE(detectImporter({extract})->key(), QStringLiteral("comext"));
}

void TestComextImporter::funnelIsUndeterminedAtWorldHhi()
{
    Store store;
    QVERIFY(store.open(path(QStringLiteral("funnel.db")), nullptr));
    const ImportReport report = importFiles(store, {mAnnual}, QStringLiteral("comext funnel"));
    QVERIFY2(report.ok(), qPrintable(report.error.toString()));
    const std::optional<StatisticsSet> set = statistics(store, report.dataSetName, 2020);
    QVERIFY(set);
    const AnalysisResult result = cbs2021Funnel(*set);
    QCOMPARE(result.steps.front().kept, 2); // the universe: 851713 and 300490
    const FunnelStep *world = worldHhiStep(result);
    QVERIFY(world);
    // 851713 (90 % from China, imports 20 x exports) reaches the world-HHI step, which Comext
    // cannot decide: undetermined, neither kept nor dropped.
    QVERIFY(world->entering >= 1);
    QCOMPARE(world->kept, 0);
    QCOMPARE(world->dropped, 0);
    QCOMPARE(world->undetermined, world->entering);
    const int row = set->primary.rowByHs6.value(QStringLiteral("851713"));
    QVERIFY(result.undetermined[size_t(row)]);
    QVERIFY(std::isnan(set->primary.rows[size_t(row)].worldHhi));
}

void TestComextImporter::allReporters()
{
    Store store;
    QVERIFY(store.open(path(QStringLiteral("all.db")), nullptr));
    ImportRequest request;
    request.files = {mAnnual};
    request.reporters = {QStringLiteral("ALL")};
    const ImportReport report = runImport(store, QStringLiteral("comext"), request);
    QVERIFY2(report.ok(), qPrintable(report.error.toString()));
    QCOMPARE(count(store, QStringLiteral("SELECT count(*) FROM import_flow WHERE reporter = 'DEU'")), qint64(2));
    QCOMPARE(report.rowsSkipped, qint64(3));
}

// The EU as one reporter against the annual file, summed by hand: NL and DE are members, so
// their imports from non-members add up, their imports from each other (and the intra-EU
// confidential QY) are the EU's intra-EU imports, exports only those to non-members.
void TestComextImporter::euAsOneReporter()
{
    Store store;
    QVERIFY(store.open(path(QStringLiteral("eu.db")), nullptr));
    ImportRequest request;
    request.files = {mAnnual};
    request.reporters = {QStringLiteral("EU27")};
    request.dataSetName = QStringLiteral("eu");
    const ImportReport report = runImport(store, QStringLiteral("comext"), request);
    QVERIFY2(report.ok(), qPrintable(report.error.toString()));
    const QString eu = QStringLiteral("eu");
    QCOMPARE(importValue(store, eu, "851713", QStringLiteral("CHN")), 900.0 + 12345.0); // NL and DE
    QCOMPARE(importValue(store, eu, "851713", QStringLiteral("EU27")), 100.0 + 50.0);   // DE and QY
    QCOMPARE(importValue(store, eu, "300490", QStringLiteral("USA")), 500.0 + 1.0);
    QCOMPARE(importValue(store, eu, "300490", QStringLiteral("CHE")), 250.0);
    QCOMPARE(importValue(store, eu, "300490", QStringLiteral("QS")), 5.0); // ship stores, extra-EU
    QCOMPARE(count(store, QStringLiteral("SELECT count(*) FROM import_flow WHERE partner IN ('DEU', 'NLD', 'QY')")),
             qint64(0));
    QCOMPARE(count(store, QStringLiteral("SELECT count(*) FROM import_flow WHERE reporter <> 'EU27'")), qint64(0));
    // Exports to CN (30) and to the extra-EU confidential QZ (20).
    QCOMPARE(number(store, QStringLiteral("SELECT value FROM export_flow WHERE reporter = 'EU27' AND hs6 = '851713'")),
             50.0);

    const std::optional<StatisticsSet> set = statistics(store, eu, 2020, QStringLiteral("EU27"));
    QVERIFY(set);
    const ProductStats &phones = set->primary.rows[size_t(set->primary.rowByHs6.value(QStringLiteral("851713")))];
    QCOMPARE(phones.importValue, 13245.0);
    QCOMPARE(phones.supplierShare, 1.0);
    QCOMPARE(phones.extraEuImportShare, 13245.0 / 13395.0);
    QCOMPARE(phones.importExportRatio, 13245.0 / 50.0);
}

// A file with import rows only: the reporter's exports are not covered, so the net-importer step
// is undetermined for every product, with a warning, instead of every product exporting 0.
void TestComextImporter::reporterWithoutExportsIsUndetermined()
{
    const QString file = path(QStringLiteral("imports-only.dat"));
    writeFile(file, fullHeader + row("NL", "CN", "85171300", 1, 1, "202052", "10") +
                        row("NL", "XK", "30049000", 1, 1, "202052", "4") +
                        row("NL", "XC", "30049000", 1, 1, "202052", "3") +
                        row("NL", "XL", "30049000", 1, 1, "202052", "2"));
    Store store;
    QVERIFY(store.open(path(QStringLiteral("imports-only.db")), nullptr));
    const ImportReport report = importFiles(store, {file}, QStringLiteral("alleen invoer"));
    QVERIFY2(report.ok(), qPrintable(report.error.toString()));
    // Kosovo, Ceuta and Melilla: countries through the alias table, not unmatched.
    QCOMPARE(importValue(store, QStringLiteral("alleen invoer"), "300490", QStringLiteral("XKX")), 4.0);
    QCOMPARE(importValue(store, QStringLiteral("alleen invoer"), "300490", QStringLiteral("XCE")), 3.0);
    QCOMPARE(importValue(store, QStringLiteral("alleen invoer"), "300490", QStringLiteral("XME")), 2.0);
    const std::optional<StatisticsSet> set = statistics(store, QStringLiteral("alleen invoer"), 2020);
    QVERIFY(set);
    QVERIFY(!set->primary.data->coverage.exports);
    const AnalysisSettings settings{defaultPreset().criteria, {}};
    const AnalysisResult result = runFunnel(*set, settings);
    QCOMPARE(result.steps[2].key, QStringLiteral("net_importer"));
    QCOMPARE(result.steps[2].undetermined, result.steps[2].entering);
    QVERIFY(result.steps[2].entering > 0);
    const std::vector<AnalysisWarning> warnings = analysisWarnings(*set, settings);
    QVERIFY(!warnings.empty());
    QCOMPARE(warnings.front().kind, AnalysisWarning::Kind::ExportsNotCovered);
}

void TestComextImporter::unmatchedPartnerSkippedWhenAsked()
{
    const QString file = path(QStringLiteral("unmatched.dat"));
    writeFile(file, fullHeader + row("NL", "CN", "85171300", 1, 1, "202052", "10") +
                        row("NL", "ZQ", "85171300", 1, 1, "202052", "3") +
                        row("NL", "ZQ", "30049000", 1, 1, "202052", "4"));
    Store store;
    QVERIFY(store.open(path(QStringLiteral("unmatched.db")), nullptr));
    ImportRequest request;
    request.files = {file};
    request.skipUnmatchedCountries = true;
    const ImportReport report = runImport(store, QStringLiteral("comext"), request);
    QVERIFY2(report.ok(), qPrintable(report.error.toString()));
    QCOMPARE(report.rowsRejected, qint64(2));
    QCOMPARE(report.unmatched.value(QStringLiteral("ZQ")), qint64(2));
    QCOMPARE(report.issues.front().kind, ImportIssue::Kind::Unmatched);
    QCOMPARE(report.issues.front().where.row, qint64(3));
    QCOMPARE(report.issues.front().where.column, 4);
    QCOMPARE(count(store, QStringLiteral("SELECT count(*) FROM import_flow")), qint64(1));
}

void TestComextImporter::aliasFromTheStoreIsUsed()
{
    const QString file = path(QStringLiteral("alias.dat"));
    writeFile(file, fullHeader + row("NL", "ZQ", "85171300", 1, 1, "202052", "3"));
    Store store;
    QVERIFY(store.open(path(QStringLiteral("alias.db")), nullptr));
    QVERIFY(store.rememberCountryAlias(QStringLiteral("ZQ"), QStringLiteral("CHN"), nullptr));
    const ImportReport report = importFiles(store, {file}, QStringLiteral("alias"));
    QVERIFY2(report.ok(), qPrintable(report.error.toString()));
    QCOMPARE(importValue(store, QStringLiteral("alias"), "851713", QStringLiteral("CHN")), 3.0);
}

void TestComextImporter::registryAndDetection()
{
    QVERIFY(createImporter(QStringLiteral("comext")));
    QVERIFY(!createImporter(QStringLiteral("comext"))->displayName().isEmpty());
    const std::unique_ptr<Importer> detected = detectImporter({mAnnual});
    QVERIFY(detected);
    QCOMPARE(detected->key(), QStringLiteral("comext"));
    // Renamed, the header alone still tells.
    const QString renamed = path(QStringLiteral("handel.csv"));
    writeFile(renamed, annualFile());
    QCOMPARE(detectImporter({renamed})->key(), QStringLiteral("comext"));
    const QString comtrade = path(QStringLiteral("comtrade.csv"));
    writeFile(comtrade, "reporterISO,partnerISO,flowCode,cmdCode,period,primaryValue\nNLD,CHN,M,851713,2020,5\n");
    QCOMPARE(detectImporter({comtrade})->key(), QStringLiteral("comtrade"));
    QCOMPARE(createImporter(QStringLiteral("comext"))->detect({comtrade}), 0);
}

void TestComextImporter::cancelWhileReadingOrWritingStoresNothing()
{
    expectCancelled(QStringLiteral("comext"), mAnnual, mStorePath);
}

void TestComextImporter::sameFileTwiceIsRefused()
{
    expectDuplicateRefused(QStringLiteral("comext"), mAnnual, path(QStringLiteral("twice.db")));
}

void TestComextImporter::cliImportThenAnalyse()
{
    const QString db = path(QStringLiteral("cli.db"));
    const CliRun imported = runCli({QStringLiteral("import"), QStringLiteral("--db"), db, QStringLiteral("--format"),
                                    QStringLiteral("auto"), mAnnual});
    QVERIFY2(imported.exitCode == 0, qPrintable(imported.err + imported.out));
    QVERIFY(imported.out.contains(QStringLiteral("Partner zonder land QY")));
    const CliRun analysed =
        runCli({QStringLiteral("analyse"), QStringLiteral("--db"), db, QStringLiteral("--reporter"),
                QStringLiteral("NLD"), QStringLiteral("--year"), QStringLiteral("2020"), QStringLiteral("--json")});
    QVERIFY2(analysed.exitCode == 0, qPrintable(analysed.err));
    const QJsonObject json = QJsonDocument::fromJson(analysed.out.toUtf8()).object();
    int undetermined = 0;
    for (const QJsonValue &step : json.value(QStringLiteral("funnel")).toArray())
        undetermined += step.toObject().value(QStringLiteral("undetermined")).toInt();
    QVERIFY2(undetermined >= 1, qPrintable(analysed.out.left(2000)));
    const CliRun explicitFormat =
        runCli({QStringLiteral("import"), QStringLiteral("--db"), path(QStringLiteral("cli2.db")),
                QStringLiteral("--format"), QStringLiteral("comext"), mAnnual});
    QCOMPARE(explicitFormat.exitCode, 0);
    const CliRun bad = runCli({QStringLiteral("import"), QStringLiteral("--db"), db, QStringLiteral("--format"),
                               QStringLiteral("comext"), path(QStringLiteral("earlier.csv")), QStringLiteral("--year"),
                               QStringLiteral("2020")});
    QCOMPARE(bad.exitCode, 2);
}

void TestComextImporter::badInput_data()
{
    QTest::addColumn<int>("index");
    for (size_t i = 0; i < cases().size(); ++i)
        QTest::newRow(cases()[i].name) << int(i);
}

void TestComextImporter::badInput()
{
    QFETCH(int, index);
    QTemporaryDir caseDir(path(QStringLiteral("case-XXXXXX")));
    expectRefused(QStringLiteral("comext"), cases()[size_t(index)], mStorePath, caseDir.path());
}

QTEST_GUILESS_MAIN(TestComextImporter)
#include "test_comextimporter.moc"
