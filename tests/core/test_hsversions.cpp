// Schema 5, the HS revision of each year of a data set: recorded by the writer from the importer's
// coding, filled in by the migration from version 4 for the data sets already stored, inferred for
// a version-4 store read as it is, and removed with its data set.
#include "store/datasetwriter.h"
#include "store/schema.h"
#include "store/store.h"
#include "storetesthelpers.h"

#include <QTemporaryDir>
#include <QtTest>
#include <sqlite3.h>

using namespace herkomst;
using namespace storetest;

namespace {

qint64 yearRows(const Store &store)
{
    sqlite::Statement q(store.connection(), "SELECT COUNT(*) FROM dataset_year");
    return q.next() ? q.columnInt64(0) : -1;
}

std::map<int, HsRevision> revisions(const Store &store, const QString &name)
{
    const std::optional<DataSetInfo> info = store.dataSet(name);
    return info ? info->hsRevisions : std::map<int, HsRevision>{};
}

// A version-4 store as an earlier Herkomst left it: a BACI release in HS17, a CBS table over three
// revisions, and demo data whose revision nobody knows.
void writeVersionFourStore(const QString &path)
{
    sqlite::Database db;
    QVERIFY(db.open(path.toUtf8(), SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE));
    QVERIFY(!schema::migrate(db, 4).failed());
    QVERIFY2(db.exec("INSERT INTO dataset(id, name, source, currency, imported_at) VALUES"
                     "(1, 'baci', 'BACI', 'USD', '2024-01-01T00:00:00Z'),"
                     "(2, 'cbs', 'CBS', 'EUR', '2024-01-01T00:00:00Z'),"
                     "(3, 'demo', 'demo', 'EUR', '2024-01-01T00:00:00Z');"
                     "INSERT INTO dataset_file(dataset_id, file_name, sha256) VALUES"
                     "(1, 'BACI_HS17_Y2019_V202401.csv', 'a'), (1, 'BACI_HS17_Y2022_V202401.csv', 'b'),"
                     "(1, 'country_codes_V202401.csv', 'c'), (2, 'cbs.xlsx', 'd');"
                     "INSERT INTO dataset_slice(dataset_id, reporter, year) VALUES"
                     "(1, 'NLD', 2019), (1, '', 2019), (1, 'NLD', 2022), (1, '', 2022),"
                     "(2, 'NLD', 2016), (2, 'NLD', 2021), (2, 'NLD', 2022), (3, 'NLD', 2020);"),
             qPrintable(db.lastFailure().message));
}

} // namespace

class TestHsVersions : public QObject {
    Q_OBJECT

private slots:
    void migrationFromFourFillsTheKnownRevisions()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("v4.sqlite"));
        writeVersionFourStore(path);
        const std::map<int, HsRevision> baci{{2019, HsRevision::HS2017}, {2022, HsRevision::HS2017}};
        const std::map<int, HsRevision> cbs{
            {2016, HsRevision::HS2012}, {2021, HsRevision::HS2017}, {2022, HsRevision::HS2022}};
        {
            // Read as it is, untouched: the same revisions, inferred.
            Store reader;
            StoreError error;
            QVERIFY2(reader.open(path, Store::Mode::ReadOnly, &error), qPrintable(error.message()));
            QCOMPARE(reader.schemaVersion(), 4);
            QCOMPARE(revisions(reader, QStringLiteral("baci")), baci);
            QCOMPARE(revisions(reader, QStringLiteral("cbs")), cbs);
            QVERIFY(revisions(reader, QStringLiteral("demo")).empty());
        }
        Store store;
        QString error;
        QVERIFY2(store.open(path, &error), qPrintable(error));
        QCOMPARE(store.schemaVersion(), 5);
        QCOMPARE(store.schemaVersion(), schema::currentVersion());
        QCOMPARE(yearRows(store), qint64(5)); // one per data set and year, none for the demo data
        QCOMPARE(revisions(store, QStringLiteral("baci")), baci);
        QCOMPARE(revisions(store, QStringLiteral("cbs")), cbs);
        QCOMPARE(store.dataSet(QStringLiteral("cbs"))->hsRevision(2021), HsRevision::HS2017);
        QCOMPARE(store.dataSet(QStringLiteral("demo"))->hsRevision(2020), HsRevision::Unknown);
    }

    // A BACI data set of two releases in different revisions has no one revision: unknown.
    void mixedBaciReleasesStayUnknown()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("v4.sqlite"));
        writeVersionFourStore(path);
        {
            sqlite::Database db;
            QVERIFY(db.open(path.toUtf8(), SQLITE_OPEN_READWRITE));
            QVERIFY(db.exec("INSERT INTO dataset_file(dataset_id, file_name, sha256) "
                            "VALUES(1, 'BACI_HS22_Y2022_V202401.csv', 'e')"));
        }
        Store store;
        QVERIFY(store.open(path, nullptr));
        QVERIFY(revisions(store, QStringLiteral("baci")).empty());
    }

    void writerRecordsTheCodingOfEachYear()
    {
        QTemporaryDir dir;
        Store store;
        QVERIFY(store.open(dir.filePath(QStringLiteral("w.sqlite")), nullptr));
        const auto write = [&store](const QString &name, const HsCoding &coding) {
            DataSetInfo i = info(name);
            i.hsCoding = coding;
            DataSetWriter writer(store);
            QVERIFY(writer.begin(i));
            QVERIFY(writer.addImport("NLD", 2021, "010121", "CHN", TradeValue{5}));
            QVERIFY(writer.addImport("NLD", 2022, "010121", "CHN", TradeValue{5}));
            QVERIFY(writer.addWorldExport(2022, "010121", "CHN", TradeValue{5}));
            QVERIFY(writer.commit());
        };
        write(QStringLiteral("jaarlijks"), {HsRevision::Unknown, true});
        write(QStringLiteral("release"), {HsRevision::HS2012, false});
        write(QStringLiteral("onbekend"), {});
        QCOMPARE(revisions(store, QStringLiteral("jaarlijks")),
                 (std::map<int, HsRevision>{{2021, HsRevision::HS2017}, {2022, HsRevision::HS2022}}));
        QCOMPARE(revisions(store, QStringLiteral("release")),
                 (std::map<int, HsRevision>{{2021, HsRevision::HS2012}, {2022, HsRevision::HS2012}}));
        QVERIFY(revisions(store, QStringLiteral("onbekend")).empty());
        QCOMPARE(yearRows(store), qint64(4));

        QVERIFY(store.removeDataSet(store.dataSet(QStringLiteral("jaarlijks"))->id, nullptr));
        QCOMPARE(yearRows(store), qint64(2));
    }

    // A rolled-back import records no revision either.
    void rollbackLeavesNoRevision()
    {
        QTemporaryDir dir;
        Store store;
        QVERIFY(store.open(dir.filePath(QStringLiteral("r.sqlite")), nullptr));
        {
            DataSetInfo i = info(QStringLiteral("weg"));
            i.hsCoding.yearly = true;
            DataSetWriter writer(store);
            QVERIFY(writer.begin(i));
            QVERIFY(writer.addImport("NLD", 2021, "010121", "CHN", TradeValue{5}));
        }
        QCOMPARE(yearRows(store), qint64(0));
        QVERIFY(store.dataSets().empty());
    }
};

QTEST_GUILESS_MAIN(TestHsVersions)
#include "test_hsversions.moc"
