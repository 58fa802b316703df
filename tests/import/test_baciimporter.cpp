// BACI importer: small fixtures written here, a generated year for the two-thread path, and the
// real BACI extract from ../shared/data when present.

#include "analysis/analysiswarnings.h"
#include "bench/bacigenerator.h"
#include "domain/preset.h"
#include "import/importerregistry.h"
#include "import/importprogress.h"
#include "importtesthelpers.h"
#include "session/dataselection.h"
#include "store/store.h"

#include <QDir>
#include <QFile>
#include <QHash>
#include <QSet>
#include <QTemporaryDir>
#include <QTest>

using namespace herkomst;
using namespace importtest;

class TestBaciImporter : public QObject {
    Q_OBJECT

private slots:
    void importsReporterFlowsInUsd_data();
    void importsReporterFlowsInUsd();
    void severalReportersAndAll();
    void euAsOneReporter();
    void analysisRunsOnTheImport();
    void detectsByNameAndHeader();
    void twoThreadsGiveTheSameStoreAsOne();
    void cancelStoresNothing();
    void realExtract();

private:
    QString writeSmallYear(const QTemporaryDir &dir, bool newHeader);
};

QString TestBaciImporter::writeSmallYear(const QTemporaryDir &dir, bool newHeader)
{
    writeFile(dir.filePath(QStringLiteral("country_codes_V202301.csv")), baciCountryCodes(newHeader));
    writeFile(dir.filePath(QStringLiteral("product_codes_HS17_V202301.csv")), baciProductCodes());
    // Sorted by exporter, importer, product as BACI is; k without leading zero, q padded or NA.
    const QString path = dir.filePath(QStringLiteral("BACI_HS17_Y2020_V202301.csv"));
    writeFile(path, "t,i,j,k,v,q\n"
                    "2020,156,528,10121,10.5,        1.000\n"
                    "2020,156,528,851712,1000.25,           NA\n"
                    "2020,156,842,851712,500,        2.000\n"
                    "2020,251,528,10121,2.5,        0.100\n"
                    "2020,490,528,851712,300,        3.000\n"
                    "2020,528,251,10121,7,        0.200\n"
                    "2020,528,276,851712,1.125,        0.001\n"
                    "2020,697,528,300490,4,        1.000\n"
                    "2020,842,697,300490,8,        1.000\n");
    return path;
}

void TestBaciImporter::importsReporterFlowsInUsd_data()
{
    QTest::addColumn<bool>("newHeader");
    QTest::newRow("country_name_abbreviation,iso_3digit_alpha") << false;
    QTest::newRow("country_name,country_iso3") << true;
}

void TestBaciImporter::importsReporterFlowsInUsd()
{
    QFETCH(bool, newHeader);
    QTemporaryDir dir;
    const QString year = writeSmallYear(dir, newHeader);
    Store store;
    QString error;
    QVERIFY2(store.open(dir.filePath(QStringLiteral("s.db")), &error), qPrintable(error));

    ImportRequest request;
    request.files = {year}; // side files are found beside it
    const ImportReport report = runImport(store, QStringLiteral("baci"), request);
    QVERIFY2(report.ok(), qPrintable(report.error.toString()));
    QCOMPARE(report.dataSetName, QStringLiteral("BACI HS17 2020 (V202301)"));
    QCOMPARE(report.rowsRead, 9);
    // 697 "Europe EFTA, nes" names no country: its row keeps its value as a block under its own
    // code, listed in the summary; nothing is rejected.
    QCOMPARE(report.rowsRejected, 0);
    QVERIFY(report.unmatched.isEmpty());
    QCOMPARE(int(report.hiddenPartners.size()), 1);
    QCOMPARE(report.hiddenPartners.front().code, QStringLiteral("M49-697"));
    QCOMPARE(report.hiddenPartners.front().rows, 1);
    QCOMPARE(report.hiddenPartners.front().value, 4000.0);
    QVERIFY(report.summaryLines().join(QLatin1Char('\n')).contains(QStringLiteral("M49-697")));
    QCOMPARE(count(store, QStringLiteral("SELECT count(*) FROM dataset_partner WHERE code = 'M49-697' AND side = 1")),
             1);

    // Imports of NLD by partner, in USD, codes padded, 490 mapped to TWN by name, 697 as a block.
    QCOMPARE(count(store, QStringLiteral("SELECT count(*) FROM import_flow WHERE reporter = 'NLD'")), 5);
    QCOMPARE(
        number(store, QStringLiteral("SELECT value FROM import_flow WHERE hs6 = '300490' AND partner = 'M49-697'")),
        4000.0);
    QCOMPARE(number(store, QStringLiteral("SELECT value FROM import_flow WHERE hs6 = '010121' AND partner = 'CHN'")),
             10500.0);
    QCOMPARE(number(store, QStringLiteral("SELECT value FROM import_flow WHERE hs6 = '010121' AND partner = 'FRA'")),
             2500.0);
    QCOMPARE(number(store, QStringLiteral("SELECT value FROM import_flow WHERE hs6 = '851712' AND partner = 'TWN'")),
             300000.0);
    QCOMPARE(number(store, QStringLiteral("SELECT value FROM import_flow WHERE hs6 = '851712' AND partner = 'CHN'")),
             1000250.0);
    // Exports of NLD: everything 528 exports, by product.
    QCOMPARE(number(store, QStringLiteral("SELECT value FROM export_flow WHERE reporter = 'NLD' AND hs6 = '010121'")),
             7000.0);
    QCOMPARE(number(store, QStringLiteral("SELECT value FROM export_flow WHERE reporter = 'NLD' AND hs6 = '851712'")),
             1125.0);
    // World exports: every exporter, summed over importers (697 as importer counts; as exporter a
    // block of its own).
    QCOMPARE(number(store, QStringLiteral("SELECT value FROM world_export WHERE hs6 = '851712' AND exporter = 'CHN'")),
             1500250.0);
    QCOMPARE(number(store, QStringLiteral("SELECT value FROM world_export WHERE hs6 = '300490' AND exporter = 'USA'")),
             8000.0);
    QCOMPARE(count(store, QStringLiteral("SELECT count(*) FROM world_export WHERE hs6 = '300490'")), 2);
    QCOMPARE(count(store, QStringLiteral("SELECT count(*) FROM world_export")), 8);
    QCOMPARE(count(store, QStringLiteral("SELECT world_exporters FROM dataset_slice WHERE reporter = ''")), 6);
    // Descriptions from the product codes file; provenance with checksums.
    QCOMPARE(count(store, QStringLiteral(
                              "SELECT count(*) FROM product WHERE hs6 = '010121' AND description_en LIKE 'Horses%'")),
             1);
    QCOMPARE(count(store, QStringLiteral("SELECT count(*) FROM dataset_file WHERE length(sha256) = 64")), 3);
    const DataSetInfo info = *store.dataSet(report.dataSetName);
    QCOMPARE(info.currency, QStringLiteral("USD"));
    QCOMPARE(info.source, QStringLiteral("BACI"));
}

void TestBaciImporter::severalReportersAndAll()
{
    QTemporaryDir dir;
    const QString year = writeSmallYear(dir, false);
    Store store;
    QString error;
    QVERIFY(store.open(dir.filePath(QStringLiteral("s.db")), &error));
    ImportRequest request;
    request.files = {year};
    request.reporters = {QStringLiteral("USA"), QStringLiteral("fra")};
    request.dataSetName = QStringLiteral("twee");
    ImportReport report = runImport(store, QStringLiteral("baci"), request);
    QVERIFY2(report.ok(), qPrintable(report.error.toString()));
    QCOMPARE(count(store, QStringLiteral("SELECT count(DISTINCT reporter) FROM import_flow")), 2);
    QCOMPARE(number(store, QStringLiteral("SELECT value FROM import_flow WHERE reporter = 'USA' AND partner = 'CHN'")),
             500000.0);
    QCOMPARE(count(store, QStringLiteral("SELECT count(*) FROM import_flow WHERE reporter = 'NLD'")), 0);

    request.reporters = {QStringLiteral("ALL")};
    request.dataSetName = QStringLiteral("alle");
    request.allowDuplicateFiles = true;
    report = runImport(store, QStringLiteral("baci"), request);
    QVERIFY2(report.ok(), qPrintable(report.error.toString()));
    const qint64 id = store.dataSet(QStringLiteral("alle"))->id;
    // Every row whose importer is a country is an import row (a block is never a reporter).
    QCOMPARE(count(store, QStringLiteral("SELECT count(*) FROM import_flow WHERE dataset_id = %1").arg(id)), 8);
}

// The EU as one reporter, against sums worked out by hand from these nine rows (thousands of USD):
// members' imports from non-members, their intra-EU imports apart, exports to non-members.
void TestBaciImporter::euAsOneReporter()
{
    QTemporaryDir dir;
    writeFile(dir.filePath(QStringLiteral("country_codes_V202301.csv")), baciCountryCodes(false));
    const QString path = dir.filePath(QStringLiteral("BACI_HS17_Y2020_V202301.csv"));
    writeFile(path, "t,i,j,k,v,q\n"
                    "2020,156,251,10121,30,1\n"   // CHN -> FRA: EU import
                    "2020,156,528,10121,10,1\n"   // CHN -> NLD: EU import
                    "2020,156,842,851712,500,1\n" // CHN -> USA: no EU flow
                    "2020,251,528,10121,5,1\n"    // FRA -> NLD: intra-EU
                    "2020,276,842,10121,8,1\n"    // DEU -> USA: EU export
                    "2020,528,156,851712,2,1\n"   // NLD -> CHN: EU export
                    "2020,528,276,851712,4,1\n"   // NLD -> DEU: intra-EU
                    "2020,842,276,851712,20,1\n"  // USA -> DEU: EU import
                    "2020,842,528,851712,6,1\n"); // USA -> NLD: EU import
    Store store;
    QString error;
    QVERIFY(store.open(dir.filePath(QStringLiteral("eu.db")), &error));
    ImportRequest request;
    request.files = {path};
    request.reporters = {QStringLiteral("EU27")};
    const ImportReport report = runImport(store, QStringLiteral("baci"), request);
    QVERIFY2(report.ok(), qPrintable(report.error.toString()));
    const auto value = [&store](const char *table, const char *where) {
        return number(store, QStringLiteral("SELECT value FROM %1 WHERE reporter = 'EU27' AND %2")
                                 .arg(QLatin1String(table), QLatin1String(where)));
    };
    QCOMPARE(value("import_flow", "hs6 = '010121' AND partner = 'CHN'"), 40000.0);
    QCOMPARE(value("import_flow", "hs6 = '851712' AND partner = 'USA'"), 26000.0);
    QCOMPARE(value("import_flow", "hs6 = '010121' AND partner = 'EU27'"), 5000.0); // intra-EU
    QCOMPARE(value("import_flow", "hs6 = '851712' AND partner = 'EU27'"), 4000.0);
    QCOMPARE(count(store, QStringLiteral("SELECT count(*) FROM import_flow")), 4); // no member is a partner
    QCOMPARE(value("export_flow", "hs6 = '010121'"), 8000.0);
    QCOMPARE(value("export_flow", "hs6 = '851712'"), 2000.0);
    QCOMPARE(store.dataSet(report.dataSetName)->reporters(), std::vector<QString>{QStringLiteral("EU27")});

    DataSelection selection;
    selection.reporter = QStringLiteral("EU27");
    const std::optional<StatisticsSet> statistics = loadStatistics(&store, selection, 1, &error);
    QVERIFY2(statistics, qPrintable(error));
    const StatisticsTable &table = statistics->primary;
    const ProductStats &horses = table.rows[size_t(table.rowByHs6.value(QStringLiteral("010121")))];
    QCOMPARE(horses.importValue, 40000.0); // the EU's imports: from outside only
    QCOMPARE(horses.supplierShare, 1.0);
    QCOMPARE(horses.intraEuImports, 5000.0);
    QCOMPARE(horses.extraEuImportShare, 40000.0 / 45000.0); // of total EU demand (the EC's criterion)
    QCOMPARE(horses.importExportRatio, 5.0);
    const ProductStats &phones = table.rows[size_t(table.rowByHs6.value(QStringLiteral("851712")))];
    QCOMPARE(phones.importValue, 26000.0);
    QCOMPARE(table.partnerCode(phones.topNonEuPartner), QStringLiteral("USA"));
    QCOMPARE(phones.extraEuImportShare, 26000.0 / 30000.0);
    QCOMPARE(phones.importExportRatio, 13.0);
    QVERIFY(importPartners(table, table.rowByHs6.value(QStringLiteral("851712"))).size() == 1); // not itself

    // A data set of the EU alone says which reporters it holds when asked for another.
    selection.reporter = QStringLiteral("NLD");
    QVERIFY(!loadStatistics(&store, selection, 1, &error));
    QVERIFY2(error.contains(QStringLiteral("alleen van: EU27")), qPrintable(error));
}

void TestBaciImporter::analysisRunsOnTheImport()
{
    QTemporaryDir dir;
    const QString year = writeSmallYear(dir, true);
    Store store;
    QString error;
    QVERIFY(store.open(dir.filePath(QStringLiteral("s.db")), &error));
    ImportRequest request;
    request.files = {year};
    QVERIFY(runImport(store, QStringLiteral("baci"), request).ok());

    DataSelection selection;
    selection.reporter = QStringLiteral("NLD");
    selection.year = 2020;
    const std::optional<StatisticsSet> statistics = loadStatistics(&store, selection, 1, &error);
    QVERIFY2(statistics, qPrintable(error));
    // 010121, 851712 and 300490; the last came from 697 "Europe EFTA, nes" only: all of its imports
    // have a hidden partner, so no country supplies it.
    const StatisticsTable &table = statistics->primary;
    QCOMPARE(int(table.rows.size()), 3);
    const ProductStats &efta = table.rows[size_t(table.rowByHs6.value(QStringLiteral("300490")))];
    QCOMPARE(efta.importValue, 4000.0);
    QVERIFY(efta.hasHiddenPartner());
    QCOMPARE(efta.hiddenPartnerShare, 1.0);
    QCOMPARE(efta.supplierShare, 0.0);
    QCOMPARE(efta.topNonEuPartner, -1);
}

void TestBaciImporter::detectsByNameAndHeader()
{
    QTemporaryDir dir;
    const QString year = writeSmallYear(dir, false);
    std::unique_ptr<Importer> importer = detectImporter({year});
    QVERIFY(importer);
    QCOMPARE(importer->key(), QStringLiteral("baci"));
    // A renamed year file is still recognised by its header.
    const QString renamed = dir.filePath(QStringLiteral("wereldhandel.csv"));
    QVERIFY(QFile::copy(year, renamed));
    importer = detectImporter({renamed});
    QVERIFY(importer);
    QCOMPARE(importer->key(), QStringLiteral("baci"));
}

void TestBaciImporter::twoThreadsGiveTheSameStoreAsOne()
{
    // Large enough to be split between threads (> 4 MiB).
    QTemporaryDir dir;
    BaciGenerator generator;
    generator.targetRows = 300000;
    generator.products = 800;
    generator.countries = 60;
    QString error;
    const QString year = generator.write(dir.path(), &error);
    QVERIFY2(!year.isEmpty(), qPrintable(error));
    QVERIFY(QFileInfo(year).size() > (qint64(8) << 20));

    QHash<int, QString> sums;
    for (int threads : {1, 2}) {
        Store store;
        QVERIFY(store.open(dir.filePath(QStringLiteral("t%1.db").arg(threads)), &error));
        ImportRequest request;
        request.files = {year};
        request.threads = threads;
        const ImportReport report = runImport(store, QStringLiteral("baci"), request);
        QVERIFY2(report.ok(), qPrintable(report.error.toString()));
        QString fingerprint;
        for (const char *sql :
             {"SELECT count(*), sum(value) FROM import_flow", "SELECT count(*), sum(value) FROM export_flow",
              "SELECT count(*), sum(value), sum(value * length(exporter)) FROM world_export",
              "SELECT count(*), sum(CAST(hs6 AS INTEGER)) FROM product"}) {
            sqlite::Statement q(store.connection(), sql);
            QVERIFY(q.next());
            fingerprint += QString::number(q.columnInt64(0)) + QLatin1Char('/') +
                           QString::number(q.columnDouble(1), 'g', 12) + QLatin1Char(';');
        }
        sums.insert(threads, fingerprint);
    }
    QCOMPARE(sums.value(2), sums.value(1));
}

void TestBaciImporter::cancelStoresNothing()
{
    QTemporaryDir dir;
    const QString year = writeSmallYear(dir, false);
    Store store;
    QString error;
    QVERIFY(store.open(dir.filePath(QStringLiteral("s.db")), &error));
    const StoreSnapshot before = snapshot(store);
    std::unique_ptr<Importer> importer = createImporter(QStringLiteral("baci"));
    ImportProgress *self = nullptr;
    ImportProgress progress([&self](double fraction, const QString &) {
        if (fraction >= 0.8) // cancel once the rows are being written
            self->cancel();
    });
    self = &progress;
    ImportRequest request;
    request.files = {year};
    const ImportReport report = importer->run(store, request, progress);
    QCOMPARE(report.outcome, ImportReport::Outcome::Cancelled);
    QCOMPARE(snapshot(store), before);
}

void TestBaciImporter::realExtract()
{
    const QDir data(QStringLiteral(HERKOMST_SHARED_DATA_DIR "/baci"));
    const QString extract = data.filePath(QStringLiteral("BACI_HS17_Y2020_V202301_extract_AFG_ZAF.csv"));
    if (!QFile::exists(extract))
        QSKIP("the real BACI extract (../shared/data/baci) is not present");

    // What the file says, read independently of the importer: NLD (528) imports from ZAF (710).
    QFile file(extract);
    QVERIFY(file.open(QIODevice::ReadOnly));
    file.readLine();
    qint64 fromZaf = 0;
    double fromZafValue = 0.0;
    QSet<QByteArray> nldProducts;
    while (!file.atEnd()) {
        const QList<QByteArray> f = file.readLine().trimmed().split(',');
        if (f.size() == 6 && f[2].trimmed() == "528") {
            nldProducts.insert(f[3].trimmed().rightJustified(6, '0'));
            if (f[1].trimmed() == "710") {
                ++fromZaf;
                fromZafValue += f[4].trimmed().toDouble() * 1000.0;
            }
        }
    }
    QVERIFY(fromZaf > 1000);

    QTemporaryDir dir;
    Store store;
    QString error;
    QVERIFY(store.open(dir.filePath(QStringLiteral("real.db")), &error));
    ImportRequest request;
    request.files = {extract};
    const ImportReport report = runImport(store, QStringLiteral("baci"), request);
    QVERIFY2(report.ok(), qPrintable(report.error.toString()));
    QCOMPARE(report.rowsRead, 72097);
    QCOMPARE(
        count(store, QStringLiteral("SELECT count(*) FROM import_flow WHERE reporter = 'NLD' AND partner = 'ZAF'")),
        fromZaf);
    QVERIFY(qAbs(number(store, QStringLiteral("SELECT sum(value) FROM import_flow WHERE partner = 'ZAF'")) -
                 fromZafValue) < 1.0);

    // The analysis runs on it: every product NLD imports is in the universe, and South Africa
    // is the dominant non-EU supplier of most of them (the extract holds only AFG and ZAF exports).
    DataSelection selection;
    selection.year = 2020;
    const std::optional<StatisticsSet> statistics = loadStatistics(&store, selection, 1, &error);
    QVERIFY2(statistics, qPrintable(error));
    const StatisticsTable &table = statistics->primary;
    QCOMPARE(int(table.rows.size()), int(nldProducts.size()));
    int zafTop = 0;
    for (const ProductStats &s : table.rows)
        zafTop +=
            s.topNonEuPartner >= 0 && table.data->partners[size_t(s.topNonEuPartner)] == QLatin1String("ZAF") ? 1 : 0;
    QVERIFY(zafTop > int(nldProducts.size()) / 2);

    // The extract holds no Dutch exports and only two exporters (AFG, ZAF): the net-importer step
    // cannot be decided for any product and says so, and the world market is too thin to stand
    // for the world (the extract once gave 1.063 -> 1.063 -> 1.063 -> 1.063 without a word).
    QVERIFY(!table.data->coverage.exports);
    QCOMPARE(table.data->coverage.worldExporters, 2);
    const AnalysisSettings settings{defaultPreset().criteria, {}};
    const AnalysisResult result = runFunnel(*statistics, settings);
    QCOMPARE(result.steps[0].kept, int(nldProducts.size()));
    QCOMPARE(result.steps[1].kept, int(nldProducts.size()));
    QCOMPARE(result.steps[2].key, QStringLiteral("net_importer"));
    QCOMPARE(result.steps[2].undetermined, int(nldProducts.size()));
    QCOMPARE(result.steps[2].kept + result.steps[2].dropped, 0);
    const std::vector<AnalysisWarning> warnings = analysisWarnings(*statistics, settings);
    QCOMPARE(int(warnings.size()), 2);
    QCOMPARE(warnings[0].kind, AnalysisWarning::Kind::ExportsNotCovered);
    QCOMPARE(warnings[0].step, QStringLiteral("net_importer"));
    QCOMPARE(warnings[1].kind, AnalysisWarning::Kind::ThinWorldData);

    // Importing the same year file again is detected by its checksum.
    request.dataSetName = QStringLiteral("nogmaals");
    const ImportReport again = runImport(store, QStringLiteral("baci"), request);
    QCOMPARE(again.outcome, ImportReport::Outcome::DuplicateFile);
    QCOMPARE(again.duplicateOf, report.dataSetName);
}

QTEST_GUILESS_MAIN(TestBaciImporter)
#include "test_baciimporter.moc"
