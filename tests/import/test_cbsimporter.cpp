// CBS importer: tables as CBS delivers them, written here as CSV (UTF-8, BOM, Windows-1252,
// ';' and ',') and as XLSX with shared strings (Excel, libxlsxwriter) and inline strings
// (openpyxl, pandas; the sheet XML written by hand).

#include "analysis/analysiswarnings.h"
#include "domain/preset.h"
#include "flowtesthelpers.h"
#include "import/importerregistry.h"
#include "importtesthelpers.h"
#include "session/dataselection.h"
#include "store/store.h"
#include "xlsxfixture.h"

#include <QTemporaryDir>
#include <QTest>

using namespace herkomst;
using namespace importtest;

namespace {

QString sql(const char *text)
{
    return QString::fromUtf8(text);
}

QByteArray windows1252(const QString &text)
{
    QByteArray out;
    for (const QChar c : text) {
        const char16_t u = c.unicode();
        out += u < 256 ? char(u) : '?';
    }
    return out;
}

} // namespace

class TestCbsImporter : public QObject {
    Q_OBJECT

private slots:
    void init();
    void csvAsCbsDeliversIt_data();
    void csvAsCbsDeliversIt();
    void englishHeadersCommaAndMillions();
    void workbookWithTheFourTablesAndOtherSheets();
    void inlineStringsAsOpenpyxlWritesThem();
    void cn8LinesAddUpToHs6();
    void cn8LinesAddUpInAnyOrder();
    void productsListedOutOfOrder();
    void cancelWhileReadingOrWritingStoresNothing();
    void blankProductCellsRepeatTheOneAbove();
    void hhiInPointsIsScaled();
    void unmatchedCountriesSkippedOnRequestAndAliasesUsed();
    void funnelOverAnImportedWorkbook();
    void exportsCoveredOnlyByAnExportTable();

private:
    ImportReport import(const QStringList &files, const QString &name = {});
    QTemporaryDir mDir;
    std::unique_ptr<Store> mStore;
};

void TestCbsImporter::init()
{
    mStore = std::make_unique<Store>();
    QString error;
    const QString path = mDir.filePath(QStringLiteral("%1.db").arg(QString::fromLatin1(QTest::currentTestFunction())) +
                                       QString::fromLatin1(QTest::currentDataTag()));
    QVERIFY2(mStore->open(path, &error), qPrintable(error));
}

ImportReport TestCbsImporter::import(const QStringList &files, const QString &name)
{
    ImportRequest request;
    request.files = files;
    request.dataSetName = name;
    return runImport(*mStore, QStringLiteral("cbs"), request);
}

void TestCbsImporter::csvAsCbsDeliversIt_data()
{
    QTest::addColumn<QByteArray>("encoding");
    QTest::newRow("utf-8") << QByteArray("utf-8");
    QTest::newRow("utf-8 bom") << QByteArray("bom");
    QTest::newRow("windows-1252") << QByteArray("cp1252");
}

void TestCbsImporter::csvAsCbsDeliversIt()
{
    QFETCH(QByteArray, encoding);
    const QString text =
        QStringLiteral("Invoer goederen bij specifieke bedrijfstakken, 2020\n"
                       "Waarde in x 1 000 euro\n"
                       "\n"
                       "Goederencode;Omschrijving;Land van herkomst;Invoerwaarde\n"
                       "10121;Fokpaarden;China;1.234,5\n"      // leading zero lost, thousands dot, decimal comma
                       "010121;Fokpaarden;Zuid-Korea;x\n"      // secret
                       "010121;Fokpaarden;België;.\n"          // unknown
                       "010121;Fokpaarden;Overige Azië;-\n"    // nil = 0; a CBS residual group, no country
                       "300490;Geneesmiddelen;Rusland;12,5*\n" // provisional
                       "300490;Geneesmiddelen;Verenigde Staten;2.000\n"
                       "300490;Geneesmiddelen;Totaal;2.012,5\n" // a total: skipped
                       "\n"
                       "Bron: CBS\n"
                       "x geheim\n"
                       ". gegevens ontbreken\n");
    QByteArray bytes = encoding == "cp1252" ? windows1252(text) : text.toUtf8();
    if (encoding == "bom")
        bytes.prepend("\xEF\xBB\xBF");
    const QString path = mDir.filePath(QStringLiteral("invoer-%1.csv").arg(QString::fromLatin1(encoding)));
    writeFile(path, bytes);

    const ImportReport report = import({path});
    QVERIFY2(report.ok(), qPrintable(report.error.toString()));
    QCOMPARE(report.rowsRead, 6);
    QCOMPARE(report.rowsRejected, 0);
    QCOMPARE(report.rowsSkipped, 4); // the total and three footnotes
    QCOMPARE(number(*mStore, sql("SELECT value FROM import_flow WHERE hs6 = '010121' AND partner = 'CHN'")), 1234500.0);
    QCOMPARE(count(*mStore,
                   sql("SELECT status FROM import_flow WHERE hs6 = '010121' AND partner = 'KOR' AND value IS NULL")),
             1);
    QCOMPARE(count(*mStore,
                   sql("SELECT status FROM import_flow WHERE hs6 = '010121' AND partner = 'BEL' AND value IS NULL")),
             2);
    // "Overige Azië" stays what CBS printed: a block under its own code and name, never Taiwan.
    QCOMPARE(number(*mStore, sql("SELECT value FROM import_flow WHERE hs6 = '010121' AND partner = 'CBS-AZIE'")), 0.0);
    QCOMPARE(count(*mStore, sql("SELECT count(*) FROM import_flow WHERE partner = 'TWN'")), 0);
    QCOMPARE(
        count(*mStore, sql("SELECT count(*) FROM dataset_partner WHERE code = 'CBS-AZIE' AND name = 'Overige Azië' "
                           "AND side = 1")),
        1);
    QCOMPARE(number(*mStore, sql("SELECT value FROM import_flow WHERE hs6 = '300490' AND partner = 'RUS'")), 12500.0);
    QCOMPARE(number(*mStore, sql("SELECT value FROM import_flow WHERE hs6 = '300490' AND partner = 'USA'")), 2000000.0);
    QCOMPARE(count(*mStore, sql("SELECT count(*) FROM import_flow WHERE reporter = 'NLD' AND year = 2020")), 6);
    QCOMPARE(
        count(*mStore, sql("SELECT count(*) FROM product WHERE hs6 = '300490' AND description_nl = 'Geneesmiddelen'")),
        1);
    const DataSetInfo info = *mStore->dataSet(report.dataSetName);
    QCOMPARE(info.currency, QStringLiteral("EUR"));
    QCOMPARE(info.unitNote, QStringLiteral("Waarde in x 1 000 euro"));
}

void TestCbsImporter::englishHeadersCommaAndMillions()
{
    const QString path = mDir.filePath(QStringLiteral("imports-2021.csv"));
    writeFile(path, "HS6,Description,Partner country,Import value (mln euro)\n"
                    "851712,Mobile phones,CN,\"1,5\"\n"
                    "851712,Mobile phones,USA,0.25\n"
                    "851712,Mobile phones,Viet Nam,2\n");
    const ImportReport report = import({path});
    QVERIFY2(report.ok(), qPrintable(report.error.toString()));
    QCOMPARE(number(*mStore, sql("SELECT value FROM import_flow WHERE partner = 'CHN' AND year = 2021")), 1.5e6);
    QCOMPARE(number(*mStore, sql("SELECT value FROM import_flow WHERE partner = 'USA'")), 0.25e6);
    QCOMPARE(number(*mStore, sql("SELECT value FROM import_flow WHERE partner = 'VNM'")), 2e6);
}

void TestCbsImporter::workbookWithTheFourTablesAndOtherSheets()
{
    XlsxFixture book(XlsxFixture::Strings::Shared);
    book.addSheet(QStringLiteral("Inhoud")).rows = {{QStringLiteral("Inhoud")},
                                                    {QStringLiteral("Tabel 1"), QStringLiteral("Invoer")}};
    book.addSheet(QStringLiteral("Toelichting")).rows = {{QStringLiteral("De cijfers over 2020 zijn voorlopig.")}};
    book.addSheet(QStringLiteral("Tabel 1")).rows = {
        {QStringLiteral("Tabel 1 Invoer naar goederencode en land van herkomst, 2020")},
        {QStringLiteral("x 1 000 euro")},
        {},
        {QStringLiteral("Goederencode"), QStringLiteral("Omschrijving"), QStringLiteral("Land"),
         QStringLiteral("Invoerwaarde")},
        {10121.0, QStringLiteral("Fokpaarden"), QStringLiteral("China"), 900.0},
        {10121.0, QStringLiteral("Fokpaarden"), QStringLiteral("Duitsland"), 100.0},
        {300490.0, QStringLiteral("Geneesmiddelen"), QStringLiteral("Zwitserland"), QStringLiteral("x")},
        {},
        {QStringLiteral("Bron: CBS")},
    };
    book.addSheet(QStringLiteral("Tabel 2")).rows = {
        {QStringLiteral("Uitvoer, 2020 (x 1 000 euro)")},
        {QStringLiteral("GS6"), QStringLiteral("Uitvoerwaarde")},
        {10121.0, 50.0},
        {300490.0, QStringLiteral("-")},
    };
    book.addSheet(QStringLiteral("Tabel 3")).rows = {
        {QStringLiteral("HS6"), QStringLiteral("Bedrijfstak (SBI)")},
        {10121.0, QStringLiteral("Landbouw")},
        {300490.0, QStringLiteral("Farmaceutische industrie")},
    };
    book.addSheet(QStringLiteral("Tabel 4")).rows = {
        {QStringLiteral("Goederencode"), QStringLiteral("Herfindahl-index wereldmarkt")},
        {10121.0, 0.31},
        {300490.0, QStringLiteral("0,12")},
    };
    const QString path = mDir.filePath(QStringLiteral("maatwerk.xlsx"));
    QVERIFY(book.write(path));

    const ImportReport report = import({path});
    QVERIFY2(report.ok(), qPrintable(report.error.toString()));
    QCOMPARE(number(*mStore, sql("SELECT value FROM import_flow WHERE hs6 = '010121' AND partner = 'CHN'")), 900000.0);
    QCOMPARE(
        count(*mStore, sql("SELECT count(*) FROM import_flow WHERE hs6 = '300490' AND partner = 'CHE' AND status = 1")),
        1);
    QCOMPARE(number(*mStore, sql("SELECT value FROM export_flow WHERE hs6 = '010121'")), 50000.0);
    QCOMPARE(number(*mStore, sql("SELECT value FROM export_flow WHERE hs6 = '300490'")), 0.0);
    QCOMPARE(count(*mStore,
                   sql("SELECT count(*) FROM product WHERE hs6 = '300490' AND industry = 'Farmaceutische industrie'")),
             1);
    QCOMPARE(number(*mStore, sql("SELECT hhi FROM world_hhi WHERE hs6 = '010121' AND year = 2020")), 0.31);
    QCOMPARE(number(*mStore, sql("SELECT hhi FROM world_hhi WHERE hs6 = '300490'")), 0.12);
    // The contents and notes sheets are named in the report as skipped, not silently passed over.
    QVERIFY(report.notes.join(QLatin1Char('\n')).contains(QStringLiteral("\"Inhoud\": geen CBS-tabel herkend")));
}

void TestCbsImporter::inlineStringsAsOpenpyxlWritesThem()
{
    // openpyxl writes t="inlineStr" cells and no shared strings part; the XML is as it writes it.
    XlsxFixture book(XlsxFixture::Strings::Inline);
    XlsxFixture::Sheet &sheet = book.addSheet(QStringLiteral("Sheet1"));
    sheet.rawXml = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
                   "<worksheet xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\"><sheetPr><outlinePr "
                   "summaryBelow=\"1\" "
                   "summaryRight=\"1\"/></sheetPr><dimension ref=\"A1:D4\"/><sheetData>"
                   "<row r=\"1\"><c r=\"A1\" t=\"inlineStr\"><is><t>Invoer 2019, x 1 000 euro</t></is></c></row>"
                   "<row r=\"3\"><c r=\"A3\" t=\"inlineStr\"><is><t>GS6</t></is></c><c r=\"B3\" "
                   "t=\"inlineStr\"><is><t>Land</t></is></c>"
                   "<c r=\"C3\" t=\"inlineStr\"><is><t>Invoerwaarde</t></is></c></row>"
                   "<row r=\"4\"><c r=\"A4\" t=\"inlineStr\"><is><t>020110</t></is></c><c r=\"B4\" "
                   "t=\"inlineStr\"><is><t>Brazilië</t></is></c>"
                   "<c r=\"C4\" t=\"n\"><v>42.5</v></c></row>"
                   "<row r=\"5\"><c r=\"A5\" t=\"inlineStr\"><is><t>020110</t></is></c><c r=\"B5\" "
                   "t=\"inlineStr\"><is><t>Hongkong</t></is></c>"
                   "<c r=\"C5\" t=\"inlineStr\"><is><t>7,5</t></is></c></row>"
                   "</sheetData><pageMargins left=\"0.75\" right=\"0.75\" top=\"1\" bottom=\"1\" header=\"0.5\" "
                   "footer=\"0.5\"/></worksheet>";
    const QString path = mDir.filePath(QStringLiteral("openpyxl.xlsx"));
    QVERIFY(book.write(path));
    const ImportReport report = import({path});
    QVERIFY2(report.ok(), qPrintable(report.error.toString()));
    QCOMPARE(
        number(*mStore, sql("SELECT value FROM import_flow WHERE partner = 'BRA' AND year = 2019 AND hs6 = '020110'")),
        42500.0);
    QCOMPARE(number(*mStore, sql("SELECT value FROM import_flow WHERE partner = 'HKG'")), 7500.0);
}

void TestCbsImporter::cn8LinesAddUpToHs6()
{
    const QString path = mDir.filePath(QStringLiteral("gn8.csv"));
    writeFile(path, "Jaar;GN;Land;Invoerwaarde (euro)\n"
                    "2020;85171200;China;100\n"
                    "2020;85171210;China;50\n"
                    "2020;85171200;Japan;10\n"
                    "2020;85171210;Japan;x\n"
                    "2019;85171200;China;1\n");
    const ImportReport report = import({path});
    QVERIFY2(report.ok(), qPrintable(report.error.toString()));
    QCOMPARE(
        number(*mStore, sql("SELECT value FROM import_flow WHERE hs6 = '851712' AND partner = 'CHN' AND year = 2020")),
        150.0);
    // A secret part makes the HS6 total secret rather than understated.
    QCOMPARE(
        count(*mStore, sql("SELECT count(*) FROM import_flow WHERE partner = 'JPN' AND status = 1 AND value IS NULL")),
        1);
    QCOMPARE(number(*mStore, sql("SELECT value FROM import_flow WHERE year = 2019")), 1.0);
}

// Lines sorted by code take a shortcut (a product's first run needs no lookup); lines of one HS6
// heading that come apart, in another file or between other products, add up all the same.
void TestCbsImporter::cn8LinesAddUpInAnyOrder()
{
    const QString first = mDir.filePath(QStringLiteral("gn8-a-2020.csv"));
    writeFile(first, "GN;Land;Invoerwaarde (euro)\n"
                     "85171210;China;100\n"
                     "85171210;Japan;10\n"
                     "85171300;China;7\n"
                     "85171220;Japan;20\n"
                     "85171220;China;200\n"
                     "85171300;Japan;8\n");
    const QString second = mDir.filePath(QStringLiteral("gn8-b-2020.csv"));
    writeFile(second, "GN;Land;Invoerwaarde (euro)\n"
                      "85171290;China;1000\n"
                      "85171290;Brazilië;3\n");
    const ImportReport report = import({first, second});
    QVERIFY2(report.ok(), qPrintable(report.error.toString()));
    const auto value = [this](const char *hs6, const char *partner) {
        return number(*mStore, QStringLiteral("SELECT value FROM import_flow WHERE hs6 = '%1' AND partner = '%2'")
                                   .arg(QLatin1String(hs6), QLatin1String(partner)));
    };
    QCOMPARE(value("851712", "CHN"), 1300.0);
    QCOMPARE(value("851712", "JPN"), 30.0);
    QCOMPARE(value("851712", "BRA"), 3.0);
    QCOMPARE(value("851713", "CHN"), 7.0);
    QCOMPARE(value("851713", "JPN"), 8.0);
    QCOMPARE(count(*mStore, sql("SELECT count(*) FROM import_flow")), 5);
}

// The writer orders what it stores by product and partner, whatever order the table had.
void TestCbsImporter::productsListedOutOfOrder()
{
    const QString path = mDir.filePath(QStringLiteral("descending-2020.csv"));
    writeFile(path, "Goederencode;Land;Invoerwaarde\n"
                    "851713;Japan;1\n"
                    "851713;China;2\n"
                    "010129;Brazilië;3\n"
                    "010129;Japan;4\n"
                    "010121;China;5\n"
                    "010121;Brazilië;6\n");
    const ImportReport report = import({path});
    QVERIFY2(report.ok(), qPrintable(report.error.toString()));
    QCOMPARE(report.rowsStored, 6);
    QCOMPARE(count(*mStore, sql("SELECT count(*) FROM import_flow")), 6);
    QCOMPARE(number(*mStore, sql("SELECT sum(value) FROM import_flow")), 21.0);
    QCOMPARE(number(*mStore, sql("SELECT value FROM import_flow WHERE hs6 = '010129' AND partner = 'JPN'")), 4.0);
}

// A table large enough to be read in several blocks, split on one thread and filed on another:
// a cancel while reading or while writing leaves the store as it was.
void TestCbsImporter::cancelWhileReadingOrWritingStoresNothing()
{
    QByteArray text = "Goederencode;Land;Invoerwaarde\n";
    const char *partners[] = {";China;", ";Japan;", ";Brazilië;"};
    for (int i = 0; i < 150000; ++i)
        text += QByteArray::number(100000 + i / 3) + partners[i % 3] + QByteArray::number(i % 1000) + '\n';
    const QString path = mDir.filePath(QStringLiteral("groot-2020.csv"));
    writeFile(path, text);
    flowtest::expectCancelled(QStringLiteral("cbs"), path, mDir.filePath(QStringLiteral("cancel.db")));
    // Not cancelled, the same table imports whole.
    const ImportReport report = import({path});
    QVERIFY2(report.ok(), qPrintable(report.error.toString()));
    QCOMPARE(report.rowsStored, 150000);
}

void TestCbsImporter::blankProductCellsRepeatTheOneAbove()
{
    const QString path = mDir.filePath(QStringLiteral("filldown-2020.csv"));
    writeFile(path, "Goederencode;Land;Invoerwaarde\n"
                    "010121 Fokpaarden;China;3\n"
                    ";Japan;4\n"
                    ";Brazilië;5\n");
    const ImportReport report = import({path});
    QVERIFY2(report.ok(), qPrintable(report.error.toString()));
    QCOMPARE(count(*mStore, sql("SELECT count(*) FROM import_flow WHERE hs6 = '010121'")), 3);
    QCOMPARE(count(*mStore, sql("SELECT count(*) FROM product WHERE description_nl = 'Fokpaarden'")), 1);
}

void TestCbsImporter::hhiInPointsIsScaled()
{
    const QString path = mDir.filePath(QStringLiteral("hhi-2020.csv"));
    writeFile(path, "HS6;HHI\n010121;2500\n300490;10000\n851712;0\n");
    const ImportReport report = import({path});
    QVERIFY2(report.ok(), qPrintable(report.error.toString()));
    QCOMPARE(number(*mStore, sql("SELECT hhi FROM world_hhi WHERE hs6 = '010121'")), 0.25);
    QCOMPARE(number(*mStore, sql("SELECT hhi FROM world_hhi WHERE hs6 = '300490'")), 1.0);
}

void TestCbsImporter::unmatchedCountriesSkippedOnRequestAndAliasesUsed()
{
    const QString path = mDir.filePath(QStringLiteral("onbekend-2020.csv"));
    writeFile(path, "Goederencode;Land;Invoerwaarde\n010121;China;3\n010121;Atlantis;4\n020110;Atlantis;5\n");
    ImportRequest request;
    request.files = {path};
    request.skipUnmatchedCountries = true;
    ImportReport report = runImport(*mStore, QStringLiteral("cbs"), request);
    QVERIFY2(report.ok(), qPrintable(report.error.toString()));
    QCOMPARE(report.rowsRejected, 2);
    QCOMPARE(report.unmatched.value(QStringLiteral("Atlantis")), 2);
    QCOMPARE(int(report.issues.size()), 2);
    QCOMPARE(report.issues.front().where.row, 3);
    QCOMPARE(report.issues.front().where.column, 2);
    QCOMPARE(count(*mStore, sql("SELECT count(*) FROM import_flow")), 1);
    // The rejected rows can be exported for the user.
    QString error;
    const QString rejects = mDir.filePath(QStringLiteral("afgewezen.csv"));
    QVERIFY(report.writeIssuesCsv(rejects, &error));
    QFile file(rejects);
    QVERIFY(file.open(QIODevice::ReadOnly));
    QCOMPARE(file.readAll().count('\n'), 3);

    // A name the user mapped once is used next time (store alias).
    QVERIFY(mStore->rememberCountryAlias(QStringLiteral("Atlantis"), QStringLiteral("GRC"), &error));
    request.skipUnmatchedCountries = false;
    request.allowDuplicateFiles = true;
    request.dataSetName = QStringLiteral("met alias");
    report = runImport(*mStore, QStringLiteral("cbs"), request);
    QVERIFY2(report.ok(), qPrintable(report.error.toString()));
    QCOMPARE(count(*mStore, sql("SELECT count(*) FROM import_flow WHERE partner = 'GRC'")), 2);
}

void TestCbsImporter::funnelOverAnImportedWorkbook()
{
    // Product A: 60 % from China, net importer, concentrated world market -> survives all steps.
    // Product B: from Germany only (EU) -> drops at step 1. Product C: China 90 %, but exports
    // exceed imports -> drops at step 2. Product D: China 80 %, HHI 0.1 -> drops at step 3.
    XlsxFixture book;
    book.addSheet(QStringLiteral("Invoer")).rows = {
        {QStringLiteral("Invoer 2020 (x 1 000 euro)")},
        {QStringLiteral("GS6"), QStringLiteral("Land van herkomst"), QStringLiteral("Invoerwaarde")},
        {100110.0, QStringLiteral("China"), 60.0},
        {100110.0, QStringLiteral("Duitsland"), 40.0},
        {200110.0, QStringLiteral("Duitsland"), 100.0},
        {300110.0, QStringLiteral("China"), 90.0},
        {300110.0, QStringLiteral("Frankrijk"), 10.0},
        {400110.0, QStringLiteral("China"), 80.0},
        {400110.0, QStringLiteral("Italië"), 20.0},
    };
    book.addSheet(QStringLiteral("Uitvoer")).rows = {
        {QStringLiteral("GS6"), QStringLiteral("Uitvoerwaarde")},
        {100110.0, 10.0},
        {200110.0, 10.0},
        {300110.0, 500.0},
        {400110.0, 10.0},
    };
    book.addSheet(QStringLiteral("HHI")).rows = {
        {QStringLiteral("GS6"), QStringLiteral("HHI")},
        {100110.0, 0.5},
        {200110.0, 0.5},
        {300110.0, 0.5},
        {400110.0, 0.1},
    };
    const QString path = mDir.filePath(QStringLiteral("funnel.xlsx"));
    QVERIFY(book.write(path));
    const ImportReport report = import({path});
    QVERIFY2(report.ok(), qPrintable(report.error.toString()));

    DataSelection selection;
    QString error;
    const std::optional<StatisticsSet> statistics = loadStatistics(mStore.get(), selection, 1, &error);
    QVERIFY2(statistics, qPrintable(error));
    AnalysisSettings settings;
    settings.criteria = defaultPreset().criteria;
    const AnalysisResult result = runFunnel(*statistics, settings);
    QCOMPARE(result.steps.size(), size_t(4));
    QCOMPARE(result.steps[0].kept, 4);
    QCOMPARE(result.steps[1].kept, 3);
    QCOMPARE(result.steps[2].kept, 2);
    QCOMPARE(result.steps[3].kept, 1);
}

// Coverage: an import table alone covers no exports, so the net-importer step is undetermined for
// every product, with a warning; with an export table, a product it does not list exports 0 (a true
// zero) and is a net importer. "Overige Azië" keeps its value as a block, never Taiwan, and can
// never be the largest supplier; "Kosovo" is a country through the alias table.
void TestCbsImporter::exportsCoveredOnlyByAnExportTable()
{
    const QString imports = mDir.filePath(QStringLiteral("alleen-invoer-2020.csv"));
    writeFile(imports, QStringLiteral("Invoer 2020 (x 1 000 euro)\n"
                                      "Goederencode;Land van herkomst;Invoerwaarde\n"
                                      "100110;Overige Azië;70\n"
                                      "100110;China;20\n"
                                      "100110;Duitsland;10\n"
                                      "200110;Kosovo;5\n")
                           .toUtf8());
    ImportReport report = import({imports}, QStringLiteral("invoer"));
    QVERIFY2(report.ok(), qPrintable(report.error.toString()));
    QCOMPARE(int(report.hiddenPartners.size()), 1);
    QCOMPARE(report.hiddenPartners.front().code, QStringLiteral("CBS-AZIE"));
    QCOMPARE(report.hiddenPartners.front().value, 70000.0);
    QCOMPARE(number(*mStore, sql("SELECT value FROM import_flow WHERE partner = 'XKX'")), 5000.0);

    DataSelection selection;
    selection.dataSet = QStringLiteral("invoer");
    QString error;
    std::optional<StatisticsSet> statistics = loadStatistics(mStore.get(), selection, 1, &error);
    QVERIFY2(statistics, qPrintable(error));
    const AnalysisSettings settings{defaultPreset().criteria, {}};
    AnalysisResult result = runFunnel(*statistics, settings);
    const StatisticsTable &table = statistics->primary;
    const ProductStats &grain = table.rows[size_t(table.rowByHs6.value(QStringLiteral("100110")))];
    QCOMPARE(grain.importValue, 100000.0);
    QCOMPARE(grain.supplierShare, 0.2); // China; the 70 % of "Overige Azië" is no supplier
    QCOMPARE(grain.hiddenPartnerShare, 0.7);
    QCOMPARE(grain.extraEuImports, 90000.0); // Asia is outside the EU
    QCOMPARE(result.steps[1].kept, 1);       // 200110: Kosovo 100 %
    QCOMPARE(result.steps[2].undetermined, 1);
    QCOMPARE(analysisWarnings(*statistics, settings).front().kind, AnalysisWarning::Kind::ExportsNotCovered);

    const QString exports = mDir.filePath(QStringLiteral("uitvoer-2020.csv"));
    writeFile(exports, QByteArrayLiteral("Uitvoer 2020 (x 1 000 euro)\nGoederencode;Uitvoerwaarde\n100110;3\n"));
    report = import({imports, exports}, QStringLiteral("invoer en uitvoer"));
    QVERIFY(report.outcome == ImportReport::Outcome::DuplicateFile); // the import table is stored already
    ImportRequest request;
    request.files = {imports, exports};
    request.dataSetName = QStringLiteral("invoer en uitvoer");
    request.allowDuplicateFiles = true;
    QVERIFY(runImport(*mStore, QStringLiteral("cbs"), request).ok());
    selection.dataSet = request.dataSetName;
    statistics = loadStatistics(mStore.get(), selection, 1, &error);
    QVERIFY2(statistics, qPrintable(error));
    const StatisticsTable &covered = statistics->primary;
    QCOMPARE(covered.rows[size_t(covered.rowByHs6.value(QStringLiteral("200110")))].exportValue, 0.0);
    result = runFunnel(*statistics, settings);
    QCOMPARE(result.steps[2].undetermined, 0);
    QCOMPARE(result.steps[2].kept, 1); // 200110: 5 imported, nothing exported
}

QTEST_GUILESS_MAIN(TestCbsImporter)
#include "test_cbsimporter.moc"
