// The SQLite store: schema versions, all-or-nothing writes, provenance, round trip of the demo data.
#include "demo/demodata.h"
#include "store/datasetwriter.h"
#include "store/schema.h"
#include "store/store.h"

#include <QSqlQuery>
#include <QTemporaryDir>
#include <QtTest>

using namespace herkomst;

namespace {

qint64 count(const Store &store, const char *table)
{
    QSqlQuery q(store.database());
    q.exec(QStringLiteral("SELECT COUNT(*) FROM %1").arg(QLatin1String(table)));
    return q.next() ? q.value(0).toLongLong() : -1;
}

DataSetInfo info(const QString &name)
{
    DataSetInfo i;
    i.name = name;
    i.source = QStringLiteral("test");
    i.currency = QStringLiteral("EUR");
    return i;
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
            QSqlQuery q(store.database());
            QVERIFY(q.exec(QStringLiteral("PRAGMA user_version = 99")));
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

    void migratesAnEmptyVersionZeroFile()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("old.sqlite"));
        {
            QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("raw"));
            db.setDatabaseName(path);
            QVERIFY(db.open());
            QSqlQuery(db).exec(QStringLiteral("CREATE TABLE unrelated(x)"));
            db.close();
        }
        QSqlDatabase::removeDatabase(QStringLiteral("raw"));
        Store store;
        QString error;
        QVERIFY2(store.open(path, &error), qPrintable(error));
        QCOMPARE(store.schemaVersion(), schema::currentVersion());
    }

    void migratesVersionOneKeepingItsData()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("v1.sqlite"));
        {
            QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("v1"));
            db.setDatabaseName(path);
            QVERIFY(db.open());
            QVERIFY(schema::migrate(db, 1).isEmpty());
            QSqlQuery q(db);
            QVERIFY(q.exec(QStringLiteral("INSERT INTO dataset(name, source, currency, imported_at) "
                                          "VALUES('oud', 'CBS', 'EUR', '2021-11-22T00:00:00Z')")));
            db.close();
        }
        QSqlDatabase::removeDatabase(QStringLiteral("v1"));
        Store store;
        QString error;
        QVERIFY2(store.open(path, &error), qPrintable(error));
        QCOMPARE(store.schemaVersion(), schema::currentVersion());
        QCOMPARE(store.dataSets().front().name, QStringLiteral("oud"));
        QCOMPARE(count(store, "eu_membership"), 28); // the 27 of 2020 and the United Kingdom
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
        QSqlQuery q(store.database());
        QVERIFY(
            q.exec(QStringLiteral("SELECT COUNT(*), SUM(value) FROM import_flow WHERE status = 1 AND value IS NULL")));
        QVERIFY(q.next());
        QCOMPARE(q.value(0).toInt(), 22); // 0, 7, ..., 147 are secret, stored as missing
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
        QCOMPARE(data->worldExports.size(), original.worldExports.size());
        double a = 0, b = 0;
        for (const ImportFlow &f : data->imports)
            a += f.value.value;
        for (const ImportFlow &f : original.imports)
            b += f.value.value;
        QVERIFY(qFuzzyCompare(a, b));
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
