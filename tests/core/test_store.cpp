// The SQLite store: schema versions, all-or-nothing writes, provenance, round trip of the demo data.
#include "analysis/productstatistics.h"
#include "demo/demodata.h"
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

qint64 count(const Store &store, const char *table)
{
    sqlite::Statement q(store.connection(), (QByteArrayLiteral("SELECT COUNT(*) FROM ") + table).constData());
    return q.next() ? q.columnInt64(0) : -1;
}

} // namespace

class TestStore : public QObject {
    Q_OBJECT

private slots:
    void createsCurrentSchema()
    {
        QTemporaryDir dir;
        Store store;
        QString error;
        QVERIFY2(store.open(dir.filePath(QStringLiteral("a.sqlite")), &error), qPrintable(error));
        QCOMPARE(store.schemaVersion(), schema::currentVersion());
        QVERIFY(count(store, "country") > 240);
        QVERIFY(store.dataSets().empty());
    }

    void refusesNewerSchemaUntouched()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("future.sqlite"));
        {
            Store store;
            QVERIFY(store.open(path, nullptr));
            QVERIFY(store.connection().exec("PRAGMA user_version = 99"));
        }
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QByteArray before = file.readAll();
        file.close();
        Store store;
        QString error;
        QVERIFY(!store.open(path, &error));
        QVERIFY2(error.contains(QStringLiteral("nieuwere versie")), qPrintable(error));
        QVERIFY(error.contains(QStringLiteral("99")));
        QVERIFY(file.open(QIODevice::ReadOnly));
        QCOMPARE(file.readAll(), before);
    }

    void initialisesAnSQLiteFileWithoutTables()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("blank.sqlite"));
        writeRawDatabase(path, "PRAGMA page_size = 4096; VACUUM");
        Store store;
        QString error;
        QVERIFY2(store.open(path, &error), qPrintable(error));
        QCOMPARE(store.schemaVersion(), schema::currentVersion());
        QCOMPARE(store.connection().integer("PRAGMA application_id"), qint64(schema::kApplicationId));
    }

    // Stores written before application_id existed: the exact tables of their version, no mark.
    void migratesAnEarlierVersionOneStoreKeepingItsData()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("v1.sqlite"));
        {
            sqlite::Database db;
            QVERIFY(db.open(path.toUtf8(), SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE));
            QVERIFY(!schema::migrate(db, 1).failed());
            QVERIFY(db.exec("PRAGMA application_id = 0; INSERT INTO dataset(name, source, currency, imported_at) "
                            "VALUES('oud', 'CBS', 'EUR', '2021-11-22T00:00:00Z')"));
        }
        {
            Store reader; // reading an older store reads it as it is and changes nothing
            StoreError error;
            const QByteArray before = contents(path);
            QVERIFY2(reader.open(path, Store::Mode::ReadOnly, &error), qPrintable(error.message()));
            QCOMPARE(reader.schemaVersion(), 1);
            QCOMPARE(reader.dataSets().front().name, QStringLiteral("oud"));
            reader.close();
            QCOMPARE(contents(path), before);
        }
        Store store;
        QString error;
        QVERIFY2(store.open(path, &error), qPrintable(error));
        QCOMPARE(store.schemaVersion(), schema::currentVersion());
        QCOMPARE(store.connection().integer("PRAGMA application_id"), qint64(schema::kApplicationId));
        QCOMPARE(store.dataSets().front().name, QStringLiteral("oud"));
        QCOMPARE(count(store, "eu_membership"), 28); // the 27 of 2020 and the United Kingdom
    }

    // Schema 3 counts each year's world exporters (thin world data) for the data sets already
    // stored; a version-2 store read as it is counts them when loading.
    void versionTwoStoreGetsItsWorldExportersCounted()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("v2.sqlite"));
        {
            sqlite::Database db;
            QVERIFY(db.open(path.toUtf8(), SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE));
            QVERIFY(!schema::migrate(db, 2).failed());
            QVERIFY(db.exec("INSERT INTO dataset(id, name, source, currency, imported_at) "
                            "VALUES(1, 'oud', 'BACI', 'USD', '2021-11-22T00:00:00Z');"
                            "INSERT INTO import_flow VALUES(1, 'NLD', 2020, '010121', 'CHN', 5, 0);"
                            "INSERT INTO world_export VALUES(1, 2020, '010121', 'CHN', 5, 0);"
                            "INSERT INTO world_export VALUES(1, 2020, '010121', 'USA', 3, 0);"
                            "INSERT INTO world_export VALUES(1, 2020, '010121', 'DEU', NULL, 1);"
                            "INSERT INTO dataset_slice VALUES(1, 'NLD', 2020, 1, 0, 0, 0);"
                            "INSERT INTO dataset_slice VALUES(1, '', 2020, 0, 0, 3, 0);"));
        }
        {
            Store reader;
            StoreError error;
            QVERIFY2(reader.open(path, Store::Mode::ReadOnly, &error), qPrintable(error.message()));
            QCOMPARE(reader.schemaVersion(), 2);
            QString message;
            const std::optional<TradeData> data = reader.loadTradeData(1, QStringLiteral("NLD"), 2020, &message);
            QVERIFY2(data, qPrintable(message));
            QCOMPARE(data->coverage.worldExporters, 2); // the secret one has no known value
            QVERIFY(!data->coverage.exports);
            QVERIFY(data->partnerBlocks.empty());
        }
        Store store;
        QString error;
        QVERIFY2(store.open(path, &error), qPrintable(error));
        QCOMPARE(store.schemaVersion(), schema::currentVersion());
        const DataSetInfo info = store.dataSets().front();
        for (const DataSetSlice &slice : info.slices)
            QCOMPARE(slice.worldExporters, slice.reporter.isEmpty() ? 2 : -1);
        QCOMPARE(count(store, "dataset_partner"), 0);
    }

    void writerIsAllOrNothing()
    {
        QTemporaryDir dir;
        Store store;
        QVERIFY(store.open(dir.filePath(QStringLiteral("w.sqlite")), nullptr));
        {
            DataSetWriter writer(store);
            QVERIFY(writer.begin(info(QStringLiteral("eerste"))));
            QVERIFY(writer.addImport("NLD", 2020, "010121", "CHN", TradeValue{5}));
            QVERIFY(writer.commit());
        }
        {
            DataSetWriter writer(store);
            QVERIFY(writer.begin(info(QStringLiteral("tweede"))));
            QVERIFY(writer.addImport("NLD", 2020, "010121", "CHN", TradeValue{5}));
            // A repeated key fails and says so; the caller then abandons the import.
            QVERIFY(!writer.addImport("NLD", 2020, "010121", "CHN", TradeValue{6}));
            QVERIFY(writer.isDuplicateKey());
            QVERIFY(writer.lastError().contains(QStringLiteral("dubbele")));
        } // destructor rolls back
        QCOMPARE(int(store.dataSets().size()), 1);
        QCOMPARE(count(store, "import_flow"), 1);

        DataSetWriter clash(store);
        QVERIFY(!clash.begin(info(QStringLiteral("eerste"))));
        QVERIFY(clash.lastError().contains(QStringLiteral("eerste")));
    }

    void bulkRowsEqualRowByRowAndFailWhole()
    {
        QTemporaryDir dir;
        Store store;
        QVERIFY(store.open(dir.filePath(QStringLiteral("bulk.sqlite")), nullptr));
        // 150 rows: more than two full 64-row statements plus a remainder.
        std::vector<QByteArray> codes;
        for (int i = 0; i < 150; ++i)
            codes.push_back(QByteArray::number(100000 + i));
        std::vector<DataSetWriter::Row> rows;
        for (int i = 0; i < 150; ++i)
            rows.push_back({codes[size_t(i)], "CHN", i % 7 == 0 ? TradeValue::secret() : TradeValue{double(i)}});
        {
            DataSetWriter writer(store);
            QVERIFY(writer.begin(info(QStringLiteral("bulk"))));
            QVERIFY(writer.addImports("NLD", 2020, rows.data(), rows.size()));
            QVERIFY(writer.addExports("NLD", 2020, rows.data(), rows.size()));
            QVERIFY(writer.addWorldExports(2020, rows.data(), rows.size()));
            QVERIFY(writer.commit());
        }
        QCOMPARE(count(store, "import_flow"), 150);
        QCOMPARE(count(store, "export_flow"), 150);
        QCOMPARE(count(store, "world_export"), 150);
        sqlite::Statement q(store.connection(),
                            "SELECT COUNT(*), SUM(value) FROM import_flow WHERE status = 1 AND value IS NULL");
        QVERIFY(q.next());
        QCOMPARE(q.columnInt(0), 22); // 0, 7, ..., 147 are secret, stored as missing
        const DataSetInfo stored = store.dataSets().front();
        QCOMPARE(stored.slices.size(), size_t(2)); // NLD 2020 and the world
        for (const DataSetSlice &slice : stored.slices)
            QCOMPARE(slice.reporter.isEmpty() ? slice.worldExportRows : slice.importRows, qint64(150));

        // One repeated key in the third statement fails the whole import.
        rows[140].hs6 = rows[3].hs6;
        DataSetWriter failing(store);
        QVERIFY(failing.begin(info(QStringLiteral("bulk2"))));
        QVERIFY(!failing.addImports("NLD", 2020, rows.data(), rows.size()));
        failing.rollback();
        QCOMPARE(int(store.dataSets().size()), 1);
        QCOMPARE(count(store, "import_flow"), 150);
    }

    void missingIsStoredApartFromZero()
    {
        QTemporaryDir dir;
        Store store;
        QVERIFY(store.open(dir.filePath(QStringLiteral("m.sqlite")), nullptr));
        DataSetWriter writer(store);
        QVERIFY(writer.begin(info(QStringLiteral("m"))));
        QVERIFY(writer.addImport("NLD", 2020, "010121", "CHN", TradeValue{0.0}));
        QVERIFY(writer.addImport("NLD", 2020, "010121", "USA", TradeValue::secret()));
        QVERIFY(writer.addImport("NLD", 2020, "010121", "DEU", TradeValue{7.0}));
        QVERIFY(writer.commit());
        const qint64 id = store.dataSets().front().id;
        QString error;
        const std::optional<TradeData> data = store.loadTradeData(id, QStringLiteral("NLD"), 2020, &error);
        QVERIFY2(data, qPrintable(error));
        int secret = 0, zero = 0;
        for (const ImportFlow &f : data->imports) {
            secret += f.value.status == ValueStatus::Secret;
            zero += f.value.known() && f.value.value == 0.0;
        }
        QCOMPARE(secret, 1);
        QCOMPARE(zero, 1);
    }

    void demoRoundTripsThroughTheStore()
    {
        QTemporaryDir dir;
        Store store;
        QVERIFY(store.open(dir.filePath(QStringLiteral("demo.sqlite")), nullptr));
        QString error;
        QVERIFY2(demo::writeToStore(store, &error), qPrintable(error));
        const std::vector<DataSetInfo> sets = store.dataSets();
        QCOMPARE(int(sets.size()), 1);
        QVERIFY(sets[0].synthetic);
        QCOMPARE(sets[0].years().back(), demo::kReferenceYear);
        const std::optional<TradeData> data = store.loadTradeData(sets[0].id, QStringLiteral("NLD"), 2020, &error);
        QVERIFY2(data, qPrintable(error));
        const TradeData &original = *demo::tradeData().at(2020);
        QCOMPARE(data->products.size(), original.products.size());
        QCOMPARE(data->imports.size(), original.imports.size());
        // World exports arrive summarised per product, the rows stay in the store until asked.
        QVERIFY(data->worldExports.empty());
        QCOMPARE(data->worldMarkets.size(), data->products.size());
        double a = 0, b = 0;
        for (const ImportFlow &f : data->imports)
            a += f.value.value;
        for (const ImportFlow &f : original.imports)
            b += f.value.value;
        QVERIFY(qFuzzyCompare(a, b));

        // The statistics from the store equal those computed in memory, product by product.
        const StatisticsTable fromStore = computeStatistics(std::make_shared<const TradeData>(*data));
        const StatisticsTable inMemory = computeStatistics(demo::tradeData().at(2020));
        int worldRowsAsked = 0;
        for (size_t row = 0; row < inMemory.rows.size(); ++row) {
            const ProductStats &m = inMemory.rows[row];
            const int storeRow = fromStore.rowByHs6.value(inMemory.product(int(row)).hs6, -1);
            QVERIFY(storeRow >= 0);
            const ProductStats &s = fromStore.rows[size_t(storeRow)];
            QCOMPARE(std::isnan(s.worldHhi), std::isnan(m.worldHhi));
            if (!std::isnan(m.worldHhi))
                QVERIFY2(std::abs(s.worldHhi - m.worldHhi) < 1e-12, qPrintable(inMemory.product(int(row)).hs6));
            QCOMPARE(fromStore.partnerCode(s.topWorldExporter), inMemory.partnerCode(m.topWorldExporter));
            if (!std::isnan(m.topWorldExporterShare))
                QVERIFY(std::abs(s.topWorldExporterShare - m.topWorldExporterShare) < 1e-12);
            QCOMPARE(std::isnan(s.supplierShare), std::isnan(m.supplierShare));
            if (row % 97 == 0) { // the detail view's list, loaded on demand
                const std::vector<PartnerShare> loaded = worldExporters(fromStore, storeRow);
                const std::vector<PartnerShare> held = worldExporters(inMemory, int(row));
                QCOMPARE(loaded.size(), held.size());
                for (size_t k = 0; k < held.size(); ++k) {
                    QCOMPARE(loaded[k].iso3, held[k].iso3);
                    QVERIFY(std::abs(loaded[k].share - held[k].share) < 1e-12);
                }
                ++worldRowsAsked;
            }
        }
        QVERIFY(worldRowsAsked > 5);
    }

    // Ties for the largest world exporter go to the first code, in SQL as in memory.
    void worldMarketTiesGoToTheFirstCode()
    {
        QTemporaryDir dir;
        Store store;
        QVERIFY(store.open(dir.filePath(QStringLiteral("t.sqlite")), nullptr));
        DataSetWriter writer(store);
        QVERIFY(writer.begin(info(QStringLiteral("t"))));
        QVERIFY(writer.addImport("NLD", 2020, "010121", "CHN", TradeValue{5}));
        QVERIFY(writer.addWorldExport(2020, "010121", "USA", TradeValue{3}));
        QVERIFY(writer.addWorldExport(2020, "010121", "DEU", TradeValue{3}));
        QVERIFY(writer.addWorldExport(2020, "010121", "FRA", TradeValue{1}));
        QVERIFY(writer.addWorldExport(2020, "010121", "AUT", TradeValue::secret()));
        QVERIFY(writer.commit());
        QString error;
        const std::optional<TradeData> data =
            store.loadTradeData(store.dataSets().front().id, QStringLiteral("NLD"), 2020, &error);
        QVERIFY2(data, qPrintable(error));
        // Three exporters with a known value: the store counts them, and so little world data is
        // no world market (kMinimumWorldExporters): the world criteria are undetermined.
        QCOMPARE(data->coverage.worldExporters, 3);
        QVERIFY(std::isnan(computeStatistics(std::make_shared<const TradeData>(*data)).rows[0].worldHhi));
        // The summary itself, as if the store held a whole world market.
        TradeData whole = *data;
        whole.coverage.worldExporters = kMinimumWorldExporters;
        const StatisticsTable table = computeStatistics(std::make_shared<const TradeData>(whole));
        QCOMPARE(table.partnerCode(table.rows[0].topWorldExporter), QStringLiteral("DEU"));
        QCOMPARE(table.rows[0].topWorldExporterShare, 3.0 / 7.0);
        QCOMPARE(table.rows[0].worldHhi, 19.0 / 49.0);
        const std::vector<PartnerShare> exporters = worldExporters(table, 0);
        QCOMPARE(int(exporters.size()), 4); // the secret one is listed, as missing
        QCOMPARE(exporters.back().iso3, QStringLiteral("AUT"));
        QVERIFY(std::isnan(exporters.back().share));
    }

    void renameAndRemove()
    {
        QTemporaryDir dir;
        Store store;
        QVERIFY(store.open(dir.filePath(QStringLiteral("r.sqlite")), nullptr));
        DataSetWriter writer(store);
        QVERIFY(writer.begin(info(QStringLiteral("oud"))));
        QVERIFY(writer.addFile({QStringLiteral("a.csv"), QStringLiteral("abc123"), 10, 3, 2, 1}));
        QVERIFY(writer.addImport("NLD", 2020, "010121", "CHN", TradeValue{5}));
        QVERIFY(writer.commit());
        const qint64 id = store.dataSets().front().id;
        QVERIFY(store.dataSetWithFile(QStringLiteral("abc123")));
        QString error;
        QVERIFY(store.renameDataSet(id, QStringLiteral("nieuw"), &error));
        QCOMPARE(store.dataSets().front().name, QStringLiteral("nieuw"));
        QVERIFY(store.removeDataSet(id, &error));
        QVERIFY(store.dataSets().empty());
        QCOMPARE(count(store, "import_flow"), 0);
        QVERIFY(!store.dataSetWithFile(QStringLiteral("abc123")));
    }

    void remembersCountryAliases()
    {
        QTemporaryDir dir;
        Store store;
        QVERIFY(store.open(dir.filePath(QStringLiteral("c.sqlite")), nullptr));
        QVERIFY(store.rememberCountryAlias(QStringLiteral("Fantasië"), QStringLiteral("chn"), nullptr));
        QCOMPARE(store.countryAlias(QStringLiteral("fantasie")), QStringLiteral("CHN"));
    }
};

QTEST_GUILESS_MAIN(TestStore)
#include "test_store.moc"
