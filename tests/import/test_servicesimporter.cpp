// ServicesImporter, the wizard's format for services by partner (issue 17, item 3): it recognises
// the CBS services layouts and nothing else (goods tables, CBS workbooks, BACI); it stores exactly
// what import-services stores from the same file (one reader, one writer); a given mapping, a year
// and the reasons a store refuses come back as a report with the remedy the wizard words.
#include "importtesthelpers.h"
#include "xlsxfixture.h"

#include "bench/cbscsvgenerator.h"
#include "bench/cbsworkbookgenerator.h"
#include "import/importerregistry.h"
#include "import/importprogress.h"
#include "import/servicesimporter.h"
#include "import/servicestablereader.h"
#include "store/servicesstore.h"
#include "store/store.h"
#include "support/clirun.h"

#include <QFileInfo>
#include <QTemporaryDir>
#include <QtTest>

using namespace herkomst;
using importtest::writeFile;

namespace {

QString fixture(const QString &name)
{
    return QDir::cleanPath(QStringLiteral(HERKOMST_TEST_DATA_DIR "/../../core/data/") + name);
}

ImportReport import(Store &store, const ImportRequest &request)
{
    ServicesImporter importer;
    ImportProgress progress;
    return importer.run(store, request, progress);
}

// Every stored services value of a data set as "year|partner|status|value", sorted.
QStringList stored(const Store &store, const QString &dataSet)
{
    const std::optional<DataSetInfo> info = store.dataSet(dataSet);
    QStringList lines;
    if (!info)
        return lines;
    for (int year : {2019, 2020}) {
        QString error;
        if (const auto values = loadServices(store, info->id, QStringLiteral("NLD"), year, &error)) {
            for (const ServicesValue &v : *values)
                lines << QStringLiteral("%1|%2|%3|%4")
                             .arg(v.year)
                             .arg(v.partner)
                             .arg(int(v.value.status))
                             .arg(v.value.value, 0, 'f', 3);
        }
    }
    lines.sort();
    return lines;
}

} // namespace

class TestServicesImporter : public QObject {
    Q_OBJECT

private slots:
    void recognisesServicesOnly()
    {
        ServicesImporter services;
        QVERIFY(services.detect({fixture(QStringLiteral("services-long.csv"))}) > 70);
        QVERIFY(services.detect({fixture(QStringLiteral("services-wide.csv"))}) > 70);
        QTemporaryDir dir;
        // A services workbook beats the CBS format, which claims every workbook at 70.
        XlsxFixture workbook;
        workbook.addSheet(QStringLiteral("Diensten")).rows = {
            {QStringLiteral("Landen"), QStringLiteral("Perioden"), QStringLiteral("Invoer van diensten (mln euro)")},
            {QStringLiteral("India"), QStringLiteral("2020"), 3371}};
        const QString xlsx = dir.filePath(QStringLiteral("diensten.xlsx"));
        QVERIFY(workbook.write(xlsx));
        QVERIFY(services.detect({xlsx}) > createImporter(QStringLiteral("cbs"))->detect({xlsx}));
        // Goods tables are no services, even with a partner and a year column.
        QString error;
        const QString goods = CbsCsvGenerator{2000, 2020}.write(dir.path(), &error);
        QVERIFY2(!goods.isEmpty(), qPrintable(error));
        QCOMPARE(services.detect({goods}), 0);
        const QString goodsBook = CbsWorkbookGenerator{500, 2020}.write(dir.filePath(QStringLiteral("g.xlsx")), &error);
        QVERIFY2(!goodsBook.isEmpty(), qPrintable(error));
        QCOMPARE(services.detect({goodsBook}), 0);
        writeFile(dir.filePath(QStringLiteral("goods-by-partner.csv")),
                  "Landen;Perioden;Goederen;Invoerwaarde (x 1 000 euro)\nDuitsland;2020;010121;12\n");
        QCOMPARE(services.detect({dir.filePath(QStringLiteral("goods-by-partner.csv"))}), 0);
        const QString baci =
            QStringLiteral(HERKOMST_SHARED_DATA_DIR "/baci/BACI_HS17_Y2020_V202301_extract_AFG_ZAF.csv");
        if (QFileInfo::exists(baci)) {
            QCOMPARE(services.detect({baci}), 0);
            QCOMPARE(services.detect({QStringLiteral(HERKOMST_SHARED_DATA_DIR "/baci/country_codes_V202301.csv")}), 0);
        }
        // The services fixtures stay unclaimed by the goods formats, so the wizard picks services.
        for (const auto &importer : createImporters())
            QVERIFY2(importer->detect({fixture(QStringLiteral("services-long.csv"))}) < 70,
                     qPrintable(importer->key()));
    }

    // The unit and the totals as goods tables read them: "x 1 000 000 euro" is millions, and the
    // EU and the world are aggregates, never partners.
    void unitAndTotalsAsGoodsTablesReadThem()
    {
        const std::vector<QStringList> rows = {
            {QStringLiteral("Diensten; invoer (x 1 000 000 euro)")},
            {QStringLiteral("Landen"), QStringLiteral("Perioden"), QStringLiteral("Invoer van diensten")},
            {QStringLiteral("India"), QStringLiteral("2020"), QStringLiteral("3371")}};
        const std::optional<ColumnMapping> layout = ServicesTableReader::detectLayout(rows);
        QVERIFY(layout);
        QCOMPARE(layout->unitFactor, 1e6);
        QCOMPARE(layout->unitNote, QStringLiteral("mln euro"));
        for (const char *total : {"Totaal", "Totaal landen", "EU", "Extra-EU", "Wereld"})
            QVERIFY2(ServicesTableReader::isTotal(QLatin1String(total)), total);
        QVERIFY(!ServicesTableReader::isTotal(QStringLiteral("India")));
    }

    void storesWhatImportServicesStores()
    {
        QTemporaryDir dir;
        const QString cliDb = dir.filePath(QStringLiteral("cli.sqlite"));
        const CliRun run =
            runCli({QStringLiteral("import-services"), QStringLiteral("--db"), cliDb, QStringLiteral("--name"),
                    QStringLiteral("d"), fixture(QStringLiteral("services-wide.csv"))});
        QVERIFY2(run.exitCode == 0, qPrintable(run.err));
        Store store;
        QString error;
        QVERIFY(store.open(dir.filePath(QStringLiteral("w.sqlite")), &error));
        ImportRequest request;
        request.files = {fixture(QStringLiteral("services-wide.csv"))};
        request.dataSetName = QStringLiteral("d");
        const ImportReport report = import(store, request);
        QVERIFY2(report.ok(), qPrintable(report.error.toString()));
        QCOMPARE(report.rowsStored, 42);
        QVERIFY(holdsServices(store, report.dataSetId));
        Store cli;
        QVERIFY(cli.open(cliDb, Store::Mode::ReadOnly, nullptr));
        const QStringList expected = stored(cli, QStringLiteral("d"));
        QCOMPARE(expected.size(), 42);
        QCOMPARE(stored(store, QStringLiteral("d")), expected);
    }

    void mappingAndYear()
    {
        QTemporaryDir dir;
        Store store;
        QString error;
        QVERIFY(store.open(dir.filePath(QStringLiteral("s.sqlite")), &error));
        // One value column and no year column: the year is the request's, else the import refuses.
        const QString path = dir.filePath(QStringLiteral("een-jaar.csv"));
        writeFile(path, "Gebied;Bedrag\nIndia;3371000000\nBrazili\xc3\xab;-\n");
        ColumnMapping mapping;
        mapping.headerRow = 1;
        mapping.setColumn(ColumnRole::Partner, 1);
        mapping.setColumn(ColumnRole::ImportValue, 2);
        QVERIFY(mapping.detectUnit(QStringLiteral("euro")));
        ImportRequest request;
        request.files = {path};
        request.mappings = {mapping};
        ImportReport report = import(store, request);
        QCOMPARE(report.outcome, ImportReport::Outcome::Failed);
        QCOMPARE(report.remedy, ImportReport::Remedy::GiveYear);
        QCOMPARE(report.error.row, qint64(1));
        QCOMPARE(report.error.column, 2);
        QVERIFY(store.dataSets().empty());
        request.year = 2020;
        report = import(store, request);
        QVERIFY2(report.ok(), qPrintable(report.error.toString()));
        QCOMPARE(stored(store, QStringLiteral("een-jaar")),
                 (QStringList{QStringLiteral("2020|Brazilië|0|0.000"), QStringLiteral("2020|India|0|3371.000")}));

        // A year kept from a table of two; the same file again is a duplicate, a taken name a name to choose.
        request = {};
        request.files = {fixture(QStringLiteral("services-long.csv"))};
        request.year = 2019;
        report = import(store, request);
        QVERIFY2(report.ok(), qPrintable(report.error.toString()));
        QCOMPARE(report.rowsStored, 20);
        report = import(store, request);
        QCOMPARE(report.outcome, ImportReport::Outcome::DuplicateFile);
        QCOMPARE(report.remedy, ImportReport::Remedy::AllowDuplicate);
        QCOMPARE(report.duplicateOf, QStringLiteral("services-long"));
        request.files = {fixture(QStringLiteral("services-wide.csv"))};
        request.dataSetName = QStringLiteral("een-jaar");
        report = import(store, request);
        QCOMPARE(report.remedy, ImportReport::Remedy::ChooseName);
        request.reporters = {QStringLiteral("ALL")};
        QCOMPARE(import(store, request).remedy, ImportReport::Remedy::ChooseReporter);
        QCOMPARE(store.dataSets().size(), size_t(2));
    }

    void cancelStoresNothing()
    {
        QTemporaryDir dir;
        Store store;
        QString error;
        QVERIFY(store.open(dir.filePath(QStringLiteral("s.sqlite")), &error));
        ImportRequest request;
        request.files = {fixture(QStringLiteral("services-long.csv"))};
        ServicesImporter importer;
        ImportProgress progress;
        progress.cancel();
        QCOMPARE(importer.run(store, request, progress).outcome, ImportReport::Outcome::Cancelled);
        QVERIFY(store.dataSets().empty());
    }
};

QTEST_GUILESS_MAIN(TestServicesImporter)
#include "test_servicesimporter.moc"
