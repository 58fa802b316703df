// Sources as downloaded: a BACI release zip (every year, its own code lists, a Readme), a Comext
// 7z, a Comtrade gz and a CBS table in a tar.gz, imported directly and streaming, with the
// members' names and checksums in the provenance; a bomb and a path-traversal name refused with
// nothing stored. Fixtures are written here through libarchive.
#include "import/importerregistry.h"
#include "importtesthelpers.h"
#include "store/store.h"
#include "support/clirun.h"
#include "support/zipfile.h"

#include <QCryptographicHash>
#include <QTemporaryDir>
#include <QTest>

using namespace herkomst;
using namespace importtest;
using ziptest::ArchiveKind;

namespace {

QByteArray year(int y, const char *value)
{
    const QByteArray t = QByteArray::number(y);
    return "t,i,j,k,v,q\n" + t + ",156,528,851712," + value + ",NA\n" + t + ",251,528,10121,2.5,1\n" + t +
           ",528,251,10121,7,1\n";
}

QString sha(const QByteArray &bytes)
{
    return QString::fromLatin1(QCryptographicHash::hash(bytes, QCryptographicHash::Sha256).toHex());
}

// A store that already holds a data set; a refused import must leave it byte for byte as it was.
template <typename Refuse>
void seedAndCheckUnchanged(const QString &db, const QString &dir, Refuse refuse)
{
    Store store;
    QVERIFY(store.open(db, nullptr));
    writeFile(dir + QStringLiteral("/country_codes_V202301.csv"), baciCountryCodes(false));
    const QString seed = dir + QStringLiteral("/BACI_HS17_Y2018_V202301.csv");
    writeFile(seed, year(2018, "5"));
    ImportRequest request;
    request.files = {seed};
    QVERIFY(runImport(store, QStringLiteral("baci"), request).ok());
    const StoreSnapshot before = snapshot(store);
    refuse(store);
    QCOMPARE(snapshot(store), before);
}

} // namespace

class TestArchiveImport : public QObject {
    Q_OBJECT

private slots:
    void initTestCase();
    void baciReleaseZipImportsEveryYear();
    void baciReleaseZipOneYear();
    void comextSevenZip();
    void comtradeGzip();
    void cbsTableInTarGz();
    void bombRefusedStoreUnchanged();
    void pathTraversalRefusedStoreUnchanged();
    void cliImportsTheZipAsDownloaded();

private:
    QString path(const QString &name) const { return mDir.filePath(name); }
    QTemporaryDir mDir;
    QString mRelease;
    QByteArray mYear2019, mYear2020;
};

void TestArchiveImport::initTestCase()
{
    mRelease = path(QStringLiteral("BACI_HS17_V202301.zip"));
    mYear2019 = year(2019, "800");
    mYear2020 = year(2020, "900");
    QString error;
    QVERIFY2(ziptest::writeArchive(mRelease, ArchiveKind::Zip,
                                   {{QStringLiteral("Readme.txt"), QByteArray("BACI HS17 V202301\n")},
                                    {QStringLiteral("BACI_HS17_Y2019_V202301.csv"), mYear2019},
                                    {QStringLiteral("BACI_HS17_Y2020_V202301.csv"), mYear2020},
                                    {QStringLiteral("country_codes_V202301.csv"), baciCountryCodes(false)},
                                    {QStringLiteral("product_codes_HS17_V202301.csv"), baciProductCodes()}},
                                   &error),
             qPrintable(error));
}

void TestArchiveImport::baciReleaseZipImportsEveryYear()
{
    Store store;
    QVERIFY(store.open(path(QStringLiteral("release.db")), nullptr));
    QCOMPARE(detectImporter({mRelease})->key(), QStringLiteral("baci"));
    ImportRequest request;
    request.files = {mRelease}; // the code lists come out of the zip itself
    const ImportReport report = runImport(store, QStringLiteral("baci"), request);
    QVERIFY2(report.ok(), qPrintable(report.error.toString()));
    QCOMPARE(report.dataSetName, QStringLiteral("BACI HS17 2019-2020 (V202301)"));
    QCOMPARE(report.rowsRead, 6);
    QCOMPARE(number(store, QStringLiteral("SELECT value FROM import_flow WHERE year = 2019 AND partner = 'CHN'")),
             800000.0);
    QCOMPARE(number(store, QStringLiteral("SELECT value FROM import_flow WHERE year = 2020 AND partner = 'CHN'")),
             900000.0);
    QCOMPARE(count(store, QStringLiteral("SELECT count(*) FROM product WHERE description_en LIKE 'Telephones%'")), 1);

    // Provenance: the zip as downloaded, each member read by name with its own checksum.
    const DataSetInfo info = *store.dataSet(report.dataSetName);
    QHash<QString, QString> files;
    for (const DataSetFile &file : info.files)
        files.insert(file.fileName, file.sha256);
    QFile zip(mRelease);
    QVERIFY(zip.open(QIODevice::ReadOnly));
    QCOMPARE(files.value(QStringLiteral("BACI_HS17_V202301.zip")), sha(zip.readAll()));
    QCOMPARE(files.value(QStringLiteral("BACI_HS17_V202301.zip/BACI_HS17_Y2019_V202301.csv")), sha(mYear2019));
    QCOMPARE(files.value(QStringLiteral("BACI_HS17_V202301.zip/BACI_HS17_Y2020_V202301.csv")), sha(mYear2020));
    QCOMPARE(files.value(QStringLiteral("BACI_HS17_V202301.zip/country_codes_V202301.csv")),
             sha(baciCountryCodes(false)));
    QVERIFY(!files.contains(QStringLiteral("BACI_HS17_V202301.zip/Readme.txt")));

    // The same zip again is the same download: refused by its checksum.
    request.dataSetName = QStringLiteral("nogmaals");
    QCOMPARE(runImport(store, QStringLiteral("baci"), request).outcome, ImportReport::Outcome::DuplicateFile);
}

void TestArchiveImport::baciReleaseZipOneYear()
{
    Store store;
    QVERIFY(store.open(path(QStringLiteral("oneyear.db")), nullptr));
    ImportRequest request;
    request.files = {mRelease};
    request.year = 2019;
    const ImportReport report = runImport(store, QStringLiteral("baci"), request);
    QVERIFY2(report.ok(), qPrintable(report.error.toString()));
    QCOMPARE(count(store, QStringLiteral("SELECT count(DISTINCT year) FROM import_flow")), 1);
    QCOMPARE(count(store, QStringLiteral("SELECT count(*) FROM import_flow WHERE year = 2019")), 2);
    request.year = 2005;
    request.dataSetName = QStringLiteral("geen");
    request.allowDuplicateFiles = true;
    const ImportReport none = runImport(store, QStringLiteral("baci"), request);
    QVERIFY(!none.ok());
    QVERIFY2(none.error.message.contains(QStringLiteral("2005")), qPrintable(none.error.toString()));
}

void TestArchiveImport::comextSevenZip()
{
    const QByteArray data = "DECLARANT_ISO,PARTNER_ISO,PRODUCT_NC,FLOW,PERIOD,VALUE_IN_EUROS\n"
                            "NL,CN,85171300,1,202052,600\nNL,QX,85171300,1,202052,50\nNL,CN,85171300,2,202052,5\n";
    const QString archive = path(QStringLiteral("full_v2_202052.7z"));
    QVERIFY(ziptest::writeArchive(archive, ArchiveKind::SevenZip, {{QStringLiteral("full_v2_202052.dat"), data}}));
    Store store;
    QVERIFY(store.open(path(QStringLiteral("comext.db")), nullptr));
    QCOMPARE(detectImporter({archive})->key(), QStringLiteral("comext"));
    ImportRequest request;
    request.files = {archive};
    const ImportReport report = runImport(store, QStringLiteral("comext"), request);
    QVERIFY2(report.ok(), qPrintable(report.error.toString()));
    QCOMPARE(number(store, QStringLiteral("SELECT value FROM import_flow WHERE partner = 'QX'")), 50.0);
    QCOMPARE(count(store, QStringLiteral("SELECT count(*) FROM dataset_file WHERE file_name = "
                                         "'full_v2_202052.7z/full_v2_202052.dat' AND sha256 = '%1'")
                              .arg(sha(data))),
             1);
}

void TestArchiveImport::comtradeGzip()
{
    const QByteArray data = "reporterISO,partnerCode,partnerISO,partnerDesc,flowCode,cmdCode,period,primaryValue\n"
                            "NLD,156,CHN,China,M,851713,2020,800\nNLD,490,S19,\"Other Asia, nes\",M,851713,2020,100\n";
    const QString archive = path(QStringLiteral("comtrade-nld-2020.csv.gz"));
    QVERIFY(ziptest::writeArchive(archive, ArchiveKind::Gzip, {{QStringLiteral("x"), data}}));
    Store store;
    QVERIFY(store.open(path(QStringLiteral("comtrade.db")), nullptr));
    QCOMPARE(detectImporter({archive})->key(), QStringLiteral("comtrade"));
    ImportRequest request;
    request.files = {archive};
    const ImportReport report = runImport(store, QStringLiteral("comtrade"), request);
    QVERIFY2(report.ok(), qPrintable(report.error.toString()));
    QCOMPARE(number(store, QStringLiteral("SELECT value FROM import_flow WHERE partner = 'TWN'")), 100.0);
    QCOMPARE(count(store, QStringLiteral("SELECT count(*) FROM dataset_file WHERE file_name = "
                                         "'comtrade-nld-2020.csv.gz/comtrade-nld-2020.csv'")),
             1);
}

void TestArchiveImport::cbsTableInTarGz()
{
    const QByteArray table = "Invoer 2020 (x 1 000 euro)\nGoederencode;Land van herkomst;Invoerwaarde\n"
                             "851713;China;12\n851713;Overige Azië;3\n";
    const QString archive = path(QStringLiteral("cbs-maatwerk.tar.gz"));
    QVERIFY(ziptest::writeArchive(archive, ArchiveKind::TarGz, {{QStringLiteral("tabellen/invoer-2020.csv"), table}}));
    Store store;
    QVERIFY(store.open(path(QStringLiteral("cbs.db")), nullptr));
    ImportRequest request;
    request.files = {archive};
    const ImportReport report = runImport(store, QStringLiteral("cbs"), request);
    QVERIFY2(report.ok(), qPrintable(report.error.toString()));
    QCOMPARE(number(store, QStringLiteral("SELECT value FROM import_flow WHERE partner = 'CHN'")), 12000.0);
    QCOMPARE(number(store, QStringLiteral("SELECT value FROM import_flow WHERE partner = 'CBS-AZIE'")), 3000.0);
}

void TestArchiveImport::bombRefusedStoreUnchanged()
{
    const QString bomb = path(QStringLiteral("BACI_HS17_V209901.zip"));
    QVERIFY(ziptest::writeArchive(
        bomb, ArchiveKind::Zip,
        {{QStringLiteral("country_codes_V209901.csv"), baciCountryCodes(false)},
         {QStringLiteral("BACI_HS17_Y2020_V209901.csv"), "t,i,j,k,v,q\n" + QByteArray(128 << 20, '\n')}}));
    const QString db = path(QStringLiteral("bomb.db"));
    seedAndCheckUnchanged(db, mDir.path(), [&](Store &store) {
        ImportRequest request;
        request.files = {bomb};
        const ImportReport report = runImport(store, QStringLiteral("baci"), request);
        QVERIFY(!report.ok());
        QVERIFY2(report.error.file.endsWith(QStringLiteral("BACI_HS17_Y2020_V209901.csv")),
                 qPrintable(report.error.toString()));
        QVERIFY2(report.error.message.contains(QStringLiteral("archiefbom")), qPrintable(report.error.toString()));
    });
}

void TestArchiveImport::pathTraversalRefusedStoreUnchanged()
{
    const QString evil = path(QStringLiteral("evil.zip"));
    QVERIFY(ziptest::writeArchive(evil, ArchiveKind::Zip,
                                  {{QStringLiteral("BACI_HS17_Y2020_V202301.csv"), mYear2020},
                                   {QStringLiteral("../country_codes_V202301.csv"), baciCountryCodes(false)}}));
    seedAndCheckUnchanged(path(QStringLiteral("evil.db")), mDir.path(), [&](Store &store) {
        ImportRequest request;
        request.files = {evil};
        const ImportReport report = runImport(store, QStringLiteral("baci"), request);
        QVERIFY(!report.ok());
        QCOMPARE(report.error.file, evil);
        QVERIFY2(report.error.message.contains(QStringLiteral("../country_codes_V202301.csv")),
                 qPrintable(report.error.toString()));
    });
}

void TestArchiveImport::cliImportsTheZipAsDownloaded()
{
    const QString db = path(QStringLiteral("cli.db"));
    const CliRun run = runCli({QStringLiteral("import"), QStringLiteral("--db"), db, mRelease});
    QVERIFY2(run.exitCode == 0, qPrintable(run.err + run.out));
    const CliRun datasets = runCli({QStringLiteral("datasets"), QStringLiteral("--db"), db});
    QVERIFY2(datasets.out.contains(QStringLiteral("BACI_HS17_V202301.zip/BACI_HS17_Y2020_V202301.csv")),
             qPrintable(datasets.out));
}

QTEST_GUILESS_MAIN(TestArchiveImport)
#include "test_archiveimport.moc"
