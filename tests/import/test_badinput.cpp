// A corpus of bad inputs. For each: the import fails, the message names what was expected and
// where (file, row, column), and the store is exactly as before (data sets and every table's
// row count compared).

#include "import/importerregistry.h"
#include "importtesthelpers.h"
#include "store/store.h"
#include "support/zipfile.h"
#include "xlsxfixture.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QTemporaryDir>
#include <QTest>
#include <functional>

using namespace herkomst;
using namespace importtest;

namespace {

using Make = std::function<ImportRequest(const QDir &)>;

struct BadCase {
    const char *name;
    const char *format;
    Make make;
    const char *message; // expected part of the message; "a|b" accepts either
    qint64 row;          // -1: not checked
    int column;          // -1: not checked
    const char *file;    // expected file name; nullptr: not checked
};

const char *const baciYear = "BACI_HS17_Y2020_V202301.csv";

ImportRequest baci(const QDir &dir, const QByteArray &body, bool withCountries = true)
{
    if (withCountries)
        writeFile(dir.filePath(QStringLiteral("country_codes_V202301.csv")), baciCountryCodes(false));
    writeFile(dir.filePath(QLatin1String(baciYear)), body);
    ImportRequest request;
    request.files = {dir.filePath(QLatin1String(baciYear))};
    return request;
}

Make baciBody(const QByteArray &body)
{
    return [body](const QDir &dir) { return baci(dir, body); };
}

Make baciRows(const QByteArray &rows)
{
    return baciBody("t,i,j,k,v,q\n" + rows);
}

Make cbsFile(const QString &name, const QByteArray &bytes)
{
    return [name, bytes](const QDir &dir) {
        writeFile(dir.filePath(name), bytes);
        ImportRequest request;
        request.files = {dir.filePath(name)};
        return request;
    };
}

Make cbsImports(const QByteArray &rows)
{
    return cbsFile(QStringLiteral("invoer-2020.csv"), "Goederencode;Land;Invoerwaarde\n" + rows);
}

Make workbook(const std::function<void(XlsxFixture &)> &fill)
{
    return [fill](const QDir &dir) {
        XlsxFixture book;
        fill(book);
        const QString path = dir.filePath(QStringLiteral("tabellen-2020.xlsx"));
        book.write(path);
        ImportRequest request;
        request.files = {path};
        return request;
    };
}

void importsSheet(XlsxFixture &book)
{
    book.addSheet(QStringLiteral("Tabel 1")).rows = {
        {QStringLiteral("Goederencode"), QStringLiteral("Land"), QStringLiteral("Invoerwaarde")},
        {10121.0, QStringLiteral("China"), 5.0}};
}

QByteArray hugeLine(int bytes)
{
    return QByteArray(bytes, '1');
}

const std::vector<BadCase> &corpus()
{
    static const std::vector<BadCase> cases = {
        // BACI year files
        {"baci empty file", "baci", baciBody(""), "leeg", 0, 0, baciYear},
        {"baci header only", "baci", baciBody("t,i,j,k,v,q\n"), "alleen de kop", 2, 0, baciYear},
        {"baci binary garbage", "baci",
         baciBody(QByteArray("PK\x03\x04\x00\x01\xff\xfe garbage\n", 18) + QByteArray(500, '\x07')), "binaire", 1, 0,
         baciYear},
        {"baci wrong delimiter", "baci", baciBody("t;i;j;k;v;q\n2020;156;528;10121;1.5;1\n"), "scheidingsteken", 1, 0,
         baciYear},
        {"baci missing column", "baci", baciBody("t,i,j,k,v\n2020,156,528,10121,1.5\n"), "kolom q ontbreekt", 1, 0,
         baciYear},
        {"baci truncated file", "baci", baciRows("2020,156,528,10121,1.5,1\n2020,156,528,300490,2,1\n2020,156,842"),
         "te weinig kolommen", 4, 4, baciYear},
        {"baci non-numeric value", "baci", baciRows("2020,156,528,10121,abc,1\n"), "handelswaarde", 2, 5, baciYear},
        {"baci negative value", "baci", baciRows("2020,156,528,10121,1,1\n2020,156,528,300490,-5.5,1\n"), "negatieve",
         3, 5, baciYear},
        {"baci value NA", "baci", baciRows("2020,156,528,10121,NA,1\n"), "handelswaarde", 2, 5, baciYear},
        {"baci bad quantity", "baci", baciRows("2020,156,528,10121,1.5,12x\n"), "hoeveelheid", 2, 6, baciYear},
        {"baci unknown exporter", "baci", baciRows("2020,999,528,10121,1.5,1\n"), "landcode 999 staat niet in", 2, 2,
         baciYear},
        {"baci unknown importer", "baci", baciRows("2020,156,998,10121,1.5,1\n"), "landcode 998 staat niet in", 2, 3,
         baciYear},
        {"baci hs code of 7 digits", "baci", baciRows("2020,156,528,1234567,1.5,1\n"), "productcode van 6 cijfers", 2,
         4, baciYear},
        {"baci hs code of 4 digits", "baci", baciRows("2020,156,528,1234,1.5,1\n"), "productcode van 6 cijfers", 2, 4,
         baciYear},
        {"baci two years in one file", "baci", baciRows("2020,156,528,10121,1,1\n2019,156,528,300490,1,1\n"),
         "jaar 2020 verwacht", 3, 1, baciYear},
        {"baci duplicate row", "baci", baciRows("2020,156,528,10121,1,1\n2020,156,528,10121,2,1\n"), "dubbele regel", 3,
         4, baciYear},
        {"baci duplicate row out of order", "baci",
         baciRows("2020,156,528,10121,1,1\n2020,156,528,300490,2,1\n2020,156,528,10121,3,1\n"), "ook op regel 2", 4, 4,
         baciYear},
        {"baci too many columns", "baci", baciRows("2020,156,528,10121,1,1,9\n"), "te veel kolommen", 2, 7, baciYear},
        {"baci huge line", "baci", baciRows("2020,156,528,10121,1,1\n" + hugeLine(100000) + "\n"),
         "meer dan 65536 tekens", 3, 0, baciYear},
        {"baci country codes missing", "baci",
         [](const QDir &dir) { return baci(dir, "t,i,j,k,v,q\n2020,156,528,10121,1,1\n", false); },
         "country_codes_V*.csv", 0, 0, baciYear},
        {"baci country codes malformed", "baci",
         [](const QDir &dir) {
             ImportRequest request = baci(dir, "t,i,j,k,v,q\n2020,156,528,10121,1,1\n", false);
             writeFile(dir.filePath(QStringLiteral("country_codes_V202301.csv")), "code;naam\n528;Nederland\n");
             return request;
         },
         "country_code", 1, 0, "country_codes_V202301.csv"},
        {"baci unknown reporter", "baci",
         [](const QDir &dir) {
             ImportRequest request = baci(dir, "t,i,j,k,v,q\n2020,156,528,10121,1,1\n");
             request.reporters = {QStringLiteral("XYZ")};
             return request;
         },
         "rapporterend land \"XYZ\"", -1, -1, nullptr},
        {"baci year other than asked", "baci",
         [](const QDir &dir) {
             ImportRequest request = baci(dir, "t,i,j,k,v,q\n2020,156,528,10121,1,1\n");
             request.year = 2019;
             return request;
         },
         "jaar 2019 verwacht", 2, 1, baciYear},

        // CBS tables as CSV
        {"cbs empty file", "cbs", cbsFile(QStringLiteral("invoer-2020.csv"), ""), "leeg", 0, 0, "invoer-2020.csv"},
        {"cbs binary garbage", "cbs",
         cbsFile(QStringLiteral("invoer-2020.csv"), QByteArray("\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR", 16)), "binaire",
         -1, -1, "invoer-2020.csv"},
        {"cbs no header", "cbs", cbsFile(QStringLiteral("invoer-2020.csv"), "Dit is geen tabel\nfoo;bar;baz\n1;2;3\n"),
         "geen CBS-tabel herkend", 0, 0, "invoer-2020.csv"},
        {"cbs missing value column", "cbs",
         cbsFile(QStringLiteral("invoer-2020.csv"), "Goederencode;Land\n010121;China\n"), "geen CBS-tabel herkend", 0,
         0, "invoer-2020.csv"},
        {"cbs wrong delimiter", "cbs",
         cbsFile(QStringLiteral("invoer-2020.csv"), "Goederencode|Land|Invoerwaarde\n010121|China|5\n"),
         "geen CBS-tabel herkend", 0, 0, "invoer-2020.csv"},
        {"cbs non-numeric value", "cbs", cbsImports("010121;China;5\n010121;Japan;veel\n"), "getal of CBS-teken", 3, 3,
         "invoer-2020.csv"},
        {"cbs negative value", "cbs", cbsImports("010121;China;-5\n"), "negatieve", 2, 3, "invoer-2020.csv"},
        {"cbs duplicate key", "cbs", cbsImports("010121;China;5\n010129;China;5\n010121;China;6\n"), "ook op regel 2",
         4, 1, "invoer-2020.csv"},
        {"cbs duplicate key in one run", "cbs", cbsImports("010121;China;5\n010121;Japan;5\n010121;China;6\n"),
         "ook op regel 2", 4, 1, "invoer-2020.csv"},
        {"cbs repeated cn8 line in one run", "cbs",
         cbsImports("01012110;China;5\n01012120;China;5\n01012110;China;6\n"), "GN-code 01012110 uit China", 4, 1,
         "invoer-2020.csv"},
        {"cbs repeated cn8 line after other products", "cbs",
         cbsImports("01012110;China;5\n01012910;China;1\n01012110;Japan;2\n01012110;China;6\n"), "staat al eerder", 5,
         1, "invoer-2020.csv"},
        {"cbs unknown country", "cbs", cbsImports("010121;China;5\n010121;Atlantis;6\n"), "\"Atlantis\" niet herkend",
         3, 2, "invoer-2020.csv"},
        {"cbs hs code of 4 digits", "cbs", cbsImports("1234;China;5\n"), "6 cijfers (GS6)", 2, 1, "invoer-2020.csv"},
        {"cbs hs code of 9 digits", "cbs", cbsImports("123456789;China;5\n"), "6 cijfers (GS6)", 2, 1,
         "invoer-2020.csv"},
        {"cbs hs code with letters", "cbs", cbsImports("01a0121;China;5\n"), "goederencode verwacht", 2, 1,
         "invoer-2020.csv"},
        {"cbs year unknown", "cbs",
         cbsFile(QStringLiteral("invoer.csv"), "Goederencode;Land;Invoerwaarde\n010121;Japan;5\n"), "jaar is onbekend",
         1, 0, "invoer.csv"},
        {"cbs year cell not a year", "cbs",
         cbsFile(QStringLiteral("invoer.csv"), "Jaar;Goederencode;Land;Invoerwaarde\ntwintig;010121;China;5\n"),
         "jaartal verwacht", 2, 1, "invoer.csv"},
        {"cbs hhi out of range", "cbs", cbsFile(QStringLiteral("hhi-2020.csv"), "HS6;HHI\n010121;0,5\n300490;20000\n"),
         "Herfindahl", 3, 2, "hhi-2020.csv"},
        {"cbs huge line", "cbs", cbsImports("010121;China;5\n010121;Japan;" + hugeLine(2 << 20) + "\n"), "langer dan",
         3, 0, "invoer-2020.csv"},
        {"cbs truncated quoted field", "cbs", cbsImports("010121;China;5\n010121;\"Japan;6\n"), "niet afgesloten", 3, 2,
         "invoer-2020.csv"},
        {"cbs missing country", "cbs", cbsImports("010121;;5\n"), "land ontbreekt", 2, 2, "invoer-2020.csv"},

        // CBS workbooks
        {"xlsx zip bomb", "cbs", workbook([](XlsxFixture &book) {
             importsSheet(book);
             book.addRawEntry(QStringLiteral("xl/worksheets/sheet1.xml"),
                              "<?xml version=\"1.0\"?><worksheet "
                              "xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\">" +
                                  QByteArray(64 << 20, ' ') + "<sheetData/></worksheet>");
         }),
         "verdacht|groter", -1, -1, "tabellen-2020.xlsx"},
        {"xlsx entity expansion", "cbs", workbook([](XlsxFixture &book) {
             importsSheet(book);
             book.addRawEntry(QStringLiteral("xl/worksheets/sheet1.xml"),
                              "<?xml version=\"1.0\"?><!DOCTYPE lolz [<!ENTITY lol \"lol\"><!ENTITY lol2 "
                              "\"&lol;&lol;&lol;&lol;&lol;\">"
                              "<!ENTITY lol3 \"&lol2;&lol2;&lol2;&lol2;&lol2;\">]><worksheet "
                              "xmlns=\"http://schemas.openxmlformats.org/"
                              "spreadsheetml/2006/main\"><sheetData><row r=\"1\"><c r=\"A1\" "
                              "t=\"inlineStr\"><is><t>&lol3;</t></is></c>"
                              "</row></sheetData></worksheet>");
         }),
         "DTD|entiteit", -1, -1, "tabellen-2020.xlsx"},
        {"xlsx not a zip", "cbs", cbsFile(QStringLiteral("tabellen-2020.xlsx"), "Goederencode;Land;Invoerwaarde\n"),
         "geen XLSX-bestand", -1, -1, "tabellen-2020.xlsx"},
        {"xlsx old xls", "cbs",
         cbsFile(QStringLiteral("tabellen-2020.xlsx"),
                 QByteArray("\xD0\xCF\x11\xE0\xA1\xB1\x1A\xE1", 8) + QByteArray(600, '\0')),
         "oud Excel-bestand", -1, -1, "tabellen-2020.xlsx"},
        {"xlsx truncated", "cbs",
         [](const QDir &dir) {
             XlsxFixture book;
             importsSheet(book);
             const QString path = dir.filePath(QStringLiteral("tabellen-2020.xlsx"));
             book.write(path);
             QFile file(path);
             file.open(QIODevice::ReadWrite);
             file.resize(file.size() / 2);
             ImportRequest request;
             request.files = {path};
             return request;
         },
         "beschadigd|onvolledig", -1, -1, "tabellen-2020.xlsx"},
        {"xlsx without workbook part", "cbs",
         [](const QDir &dir) {
             // A valid zip, but not a workbook.
             const QString path = dir.filePath(QStringLiteral("tabellen-2020.xlsx"));
             ziptest::writeZip(path, {{QStringLiteral("notes.txt"), QByteArray("geen werkmap")}});
             ImportRequest request;
             request.files = {path};
             return request;
         },
         "mist het onderdeel", -1, -1, "tabellen-2020.xlsx"},
        {"xlsx error cell as value", "cbs", workbook([](XlsxFixture &book) {
             book.addSheet(QStringLiteral("Tabel 1")).rawXml =
                 "<?xml version=\"1.0\"?><worksheet "
                 "xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\"><sheetData>"
                 "<row r=\"1\"><c r=\"A1\" t=\"inlineStr\"><is><t>GS6</t></is></c><c r=\"B1\" "
                 "t=\"inlineStr\"><is><t>Land</t></is></c>"
                 "<c r=\"C1\" t=\"inlineStr\"><is><t>Invoerwaarde</t></is></c></row>"
                 "<row r=\"2\"><c r=\"A2\"><v>10121</v></c><c r=\"B2\" t=\"inlineStr\"><is><t>China</t></is></c>"
                 "<c r=\"C2\" t=\"e\"><v>#N/A</v></c></row></sheetData></worksheet>";
         }),
         "#N/A", 2, 3, "tabellen-2020.xlsx"},
    };
    return cases;
}

} // namespace

class TestBadInput : public QObject {
    Q_OBJECT

private slots:
    void initTestCase();
    void corpusIsLargeEnough();
    void refusedAndStoreUnchanged_data();
    void refusedAndStoreUnchanged();
    void firstMalformedRowStopsTheRead();
    void remediesAreReasons_data();
    void remediesAreReasons();
    void sameFileTwiceIsRefused_data();
    void sameFileTwiceIsRefused();

private:
    QTemporaryDir mDir;
    QString mStorePath;
};

void TestBadInput::initTestCase()
{
    // A store that already holds data: refused imports must leave all of it as it is.
    mStorePath = mDir.filePath(QStringLiteral("store.db"));
    Store store;
    QString error;
    QVERIFY2(store.open(mStorePath, &error), qPrintable(error));
    QDir good(mDir.filePath(QStringLiteral("good")));
    QVERIFY(QDir().mkpath(good.path()));
    ImportRequest request = baci(good, "t,i,j,k,v,q\n2020,156,528,10121,1,1\n2020,251,528,10121,2,1\n");
    request.dataSetName = QStringLiteral("bestaand BACI");
    QVERIFY(runImport(store, QStringLiteral("baci"), request).ok());
    request = cbsImports("010121;China;5\n")(good);
    request.dataSetName = QStringLiteral("bestaand CBS");
    QVERIFY(runImport(store, QStringLiteral("cbs"), request).ok());
}

void TestBadInput::corpusIsLargeEnough()
{
    QVERIFY(corpus().size() >= 30);
}

void TestBadInput::refusedAndStoreUnchanged_data()
{
    QTest::addColumn<int>("index");
    for (size_t i = 0; i < corpus().size(); ++i)
        QTest::newRow(corpus()[i].name) << int(i);
}

void TestBadInput::refusedAndStoreUnchanged()
{
    QFETCH(int, index);
    const BadCase &bad = corpus()[size_t(index)];
    QTemporaryDir caseDir(mDir.filePath(QStringLiteral("case-XXXXXX")));
    ImportRequest request = bad.make(QDir(caseDir.path()));

    Store store;
    QString error;
    QVERIFY(store.open(mStorePath, &error));
    const StoreSnapshot before = snapshot(store);
    const ImportReport report = runImport(store, QLatin1String(bad.format), request);
    const StoreSnapshot after = snapshot(store);

    const QString message = report.error.toString();
    QVERIFY2(!report.ok(), qPrintable(QStringLiteral("accepted: %1").arg(QString::fromUtf8(bad.name))));
    bool mentioned = false;
    for (const QString &part : QString::fromUtf8(bad.message).split(QLatin1Char('|')))
        mentioned = mentioned || message.contains(part);
    QVERIFY2(mentioned,
             qPrintable(QStringLiteral("message \"%1\" lacks \"%2\"").arg(message, QString::fromUtf8(bad.message))));
    if (bad.file)
        QCOMPARE(QFileInfo(report.error.file).fileName(), QString::fromUtf8(bad.file));
    if (bad.row >= 0)
        QCOMPARE(report.error.row, bad.row);
    if (bad.column >= 0)
        QCOMPARE(report.error.column, bad.column);
    QVERIFY2(after == before, qPrintable(before.toString() + QStringLiteral(" -> ") + after.toString()));
    // Core gives reasons; only the command line names its options (the wizard shows this text too).
    QVERIFY2(!message.contains(QStringLiteral("--")), qPrintable(message));
}

// Issue 14 item 8: a 1 GB CBS CSV with a bad row 8 was read to its end (197 s, 4.56 GB) before
// the problem was reported. The read stops at the bad row: nothing after it is read.
void TestBadInput::firstMalformedRowStopsTheRead()
{
    QTemporaryDir caseDir(mDir.filePath(QStringLiteral("stop-XXXXXX")));
    QByteArray csv = "Goederencode;Land;Invoerwaarde\n";
    for (int row = 2; row <= 200000; ++row)
        csv += QByteArray::number(10121 + row) + (row == 8 ? ";China;veel\n" : ";China;5\n");
    const QString path = caseDir.filePath(QStringLiteral("invoer-2020.csv"));
    writeFile(path, csv);
    ImportRequest request;
    request.files = {path};
    Store store;
    QString error;
    QVERIFY(store.open(mStorePath, &error));
    const ImportReport report = runImport(store, QStringLiteral("cbs"), request);
    QVERIFY(!report.ok());
    QCOMPARE(report.error.row, 8);
    QCOMPARE(report.error.column, 3);
    QCOMPARE(report.rowsRead, 7); // rows 2 to 8, and not one more
}

// What the user can do is a reason the command line or the window words, not a CLI flag.
void TestBadInput::remediesAreReasons_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<int>("remedy");
    QTest::newRow("unknown country") << QStringLiteral("cbs unknown country")
                                     << int(ImportReport::Remedy::MapOrSkipCountries);
    QTest::newRow("year unknown") << QStringLiteral("cbs year unknown") << int(ImportReport::Remedy::GiveYear);
    QTest::newRow("country codes missing")
        << QStringLiteral("baci country codes missing") << int(ImportReport::Remedy::GiveCountryCodes);
    QTest::newRow("bad value") << QStringLiteral("cbs non-numeric value") << int(ImportReport::Remedy::None);
}

void TestBadInput::remediesAreReasons()
{
    QFETCH(QString, name);
    QFETCH(int, remedy);
    const auto it = std::find_if(corpus().begin(), corpus().end(),
                                 [&](const BadCase &bad) { return QLatin1String(bad.name) == name; });
    QVERIFY(it != corpus().end());
    QTemporaryDir caseDir(mDir.filePath(QStringLiteral("remedy-XXXXXX")));
    Store store;
    QString error;
    QVERIFY(store.open(mStorePath, &error));
    const ImportReport report = runImport(store, QLatin1String(it->format), it->make(QDir(caseDir.path())));
    QVERIFY(!report.ok());
    QCOMPARE(int(report.remedy), remedy);
}

void TestBadInput::sameFileTwiceIsRefused_data()
{
    QTest::addColumn<QString>("format");
    QTest::newRow("baci") << QStringLiteral("baci");
    QTest::newRow("cbs") << QStringLiteral("cbs");
}

void TestBadInput::sameFileTwiceIsRefused()
{
    QFETCH(QString, format);
    QTemporaryDir caseDir(mDir.filePath(QStringLiteral("twice-XXXXXX")));
    const QDir dir(caseDir.path());
    ImportRequest request = format == QLatin1String("baci") ? baci(dir, "t,i,j,k,v,q\n2020,842,528,10121,7,1\n")
                                                            : cbsImports("851712;Japan;7\n")(dir);
    Store store;
    QString error;
    QVERIFY(store.open(mStorePath, &error));
    request.dataSetName = QStringLiteral("eerste keer %1").arg(format);
    QVERIFY(runImport(store, format, request).ok());

    const StoreSnapshot before = snapshot(store);
    request.dataSetName = QStringLiteral("tweede keer %1").arg(format);
    const ImportReport again = runImport(store, format, request);
    QCOMPARE(again.outcome, ImportReport::Outcome::DuplicateFile);
    QCOMPARE(again.duplicateOf, QStringLiteral("eerste keer %1").arg(format));
    QVERIFY(again.error.toString().contains(QStringLiteral("al geïmporteerd")));
    QCOMPARE(snapshot(store), before);
}

QTEST_GUILESS_MAIN(TestBadInput)
#include "test_badinput.moc"
