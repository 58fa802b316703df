// Loading one reporter-year for the analysis: what the statistics need, streamed from SQLite,
// with the world market summarised in SQL (docs/design.md §5, "Loading").
#include "store/store.h"

#include "domain/hsnomenclature.h"
#include "store/storefile.h"

#include <QCoreApplication>
#include <QHash>
#include <sqlite3.h>

namespace herkomst {

namespace {

class LoadText {
    Q_DECLARE_TR_FUNCTIONS(Store)
public:
    static QString noDataSet(qint64 id) { return tr("Gegevensset %1 bestaat niet in deze database.").arg(id); }
    static QString noImports(const QString &name, const QString &reporter, int year)
    {
        return tr("Gegevensset \"%1\" heeft geen invoer van %2 in %3.").arg(name, reporter).arg(year);
    }
};

TradeValue readValue(const sqlite::Statement &q, int column)
{
    const auto status = static_cast<ValueStatus>(q.columnInt(column + 1));
    return status == ValueStatus::Known ? TradeValue{q.columnDouble(column), status} : TradeValue{0.0, status};
}

// The partner-level world exports of one data set and year, read when the detail view asks.
// Each call opens its own read-only connection, so any thread may call it and no file handle
// outlives the call.
class StoreWorldExports final : public WorldExportSource {
public:
    StoreWorldExports(QString path, qint64 dataSetId, int year)
        : mPath(std::move(path)), mDataSetId(dataSetId), mYear(year)
    {}

    std::vector<Exporter> exporters(const QString &hs6) const override
    {
        std::vector<Exporter> result;
        const storefile::ReadAccess access = storefile::readAccess(mPath);
        sqlite::Database db;
        if (access == storefile::ReadAccess::Blocked ||
            !db.open(storefile::readOnlyUri(mPath, access), SQLITE_OPEN_READONLY | SQLITE_OPEN_NOMUTEX))
            return result;
        sqlite::Statement q(db, "SELECT exporter, value, status FROM world_export "
                                "WHERE dataset_id = ? AND year = ? AND hs6 = ?");
        q.bind(1, mDataSetId);
        q.bind(2, mYear);
        q.bindText(3, hs6);
        while (q.next())
            result.push_back({q.columnText(0), readValue(q, 1)});
        return result;
    }

private:
    QString mPath;
    qint64 mDataSetId;
    int mYear;
};

// Stops a running query within about a millisecond of a cancel, through SQLite's progress
// handler; removed again when the load ends.
class CancelGuard {
public:
    CancelGuard(sqlite3 *db, const std::atomic<bool> *cancel) : mDb(db)
    {
        if (cancel)
            sqlite3_progress_handler(mDb, 4000, &CancelGuard::poll, const_cast<std::atomic<bool> *>(cancel));
    }
    ~CancelGuard() { sqlite3_progress_handler(mDb, 0, nullptr, nullptr); }
    CancelGuard(const CancelGuard &) = delete;
    CancelGuard &operator=(const CancelGuard &) = delete;

private:
    static int poll(void *cancel) { return static_cast<std::atomic<bool> *>(cancel)->load(std::memory_order_relaxed); }
    sqlite3 *mDb;
};

// Reports progress over the rows the slice says each query will read.
class Progress {
public:
    Progress(const ReadControl &control, qint64 totalRows) : mControl(control), mTotal(std::max<qint64>(totalRows, 1))
    {}
    void advance(qint64 rows = 1)
    {
        mDone += rows;
        if (mControl.progress && (mDone & 4095) == 0)
            mControl.progress(std::min(1.0, double(mDone) / double(mTotal)));
    }
    void finish()
    {
        if (mControl.progress)
            mControl.progress(1.0);
    }

private:
    const ReadControl &mControl;
    qint64 mTotal;
    qint64 mDone = 0;
};

struct Loader {
    sqlite::Database &db;
    TradeData &data;
    Progress &progress;
    QHash<QByteArray, int> productIndex;
    QHash<QByteArray, int> partnerIndex;

    int partnerId(QByteArrayView code)
    {
        const QByteArray key = code.toByteArray();
        const auto it = partnerIndex.constFind(key);
        if (it != partnerIndex.constEnd())
            return *it;
        const int id = int(data.partners.size());
        data.partners.push_back(QString::fromUtf8(key));
        partnerIndex.insert(key, id);
        return id;
    }

    int productOf(QByteArrayView hs6) const { return productIndex.value(hs6.toByteArray(), -1); }

    // The universe: products the reporter imported that year, in HS6 order.
    bool imports(qint64 dataSetId, const QByteArray &reporter, int year)
    {
        sqlite::Statement q(
            db, "SELECT i.hs6, i.partner, i.value, i.status, p.description_nl, p.description_en, p.industry "
                "FROM import_flow i LEFT JOIN product p ON p.dataset_id = i.dataset_id AND p.hs6 = i.hs6 "
                "WHERE i.dataset_id = ? AND i.reporter = ? AND i.year = ? ORDER BY i.hs6, i.partner");
        q.bind(1, dataSetId);
        q.bindText(2, reporter);
        q.bind(3, year);
        QByteArray lastHs6;
        int product = -1;
        while (q.next()) {
            const QByteArrayView hs6 = q.columnBytes(0);
            if (product < 0 || hs6 != lastHs6) {
                lastHs6 = hs6.toByteArray();
                product = int(data.products.size());
                productIndex.insert(lastHs6, product);
                data.products.push_back(
                    {QString::fromUtf8(lastHs6), q.columnText(4), q.columnText(5), q.columnText(6)});
            }
            data.imports.push_back({product, partnerId(q.columnBytes(1)), readValue(q, 2)});
            progress.advance();
        }
        return !q.failed();
    }

    bool exports(qint64 dataSetId, const QByteArray &reporter, int year)
    {
        data.exports.assign(data.products.size(), TradeValue{});
        sqlite::Statement q(db, "SELECT hs6, value, status FROM export_flow "
                                "WHERE dataset_id = ? AND reporter = ? AND year = ?");
        q.bind(1, dataSetId);
        q.bindText(2, reporter);
        q.bind(3, year);
        while (q.next()) {
            if (const int product = productOf(q.columnBytes(0)); product >= 0)
                data.exports[size_t(product)] = readValue(q, 1);
            progress.advance();
        }
        return !q.failed();
    }

    // Per product the total, the sum of squares and the largest exporter, in one pass over the
    // world_export key range. Of tied exporters max() keeps the first in key order, which is
    // the first code: the rule the analysis uses everywhere. A block that names no country counts
    // in the total and once in the sum of squares, but is never the largest exporter.
    bool worldMarkets(qint64 dataSetId, int year, qint64 rowsPerProduct, bool withBlocks)
    {
        data.worldMarkets.assign(data.products.size(), WorldMarket{});
        sqlite::Statement q(
            db, withBlocks ? "SELECT hs6, sum(value), sum(value * value), max(CASE WHEN exporter IN (SELECT code FROM "
                             "dataset_partner WHERE dataset_id = ?1) THEN NULL ELSE value END), exporter "
                             "FROM world_export WHERE dataset_id = ?1 AND year = ?2 AND status = 0 GROUP BY hs6"
                           : "SELECT hs6, sum(value), sum(value * value), max(value), exporter FROM world_export "
                             "WHERE dataset_id = ?1 AND year = ?2 AND status = 0 GROUP BY hs6");
        q.bind(1, dataSetId);
        q.bind(2, year);
        while (q.next()) {
            progress.advance(rowsPerProduct);
            const int product = productOf(q.columnBytes(0));
            if (product < 0)
                continue;
            WorldMarket &market = data.worldMarkets[size_t(product)];
            market.total = q.columnDouble(1);
            market.sumOfSquares = q.columnDouble(2);
            if (!q.columnIsNull(3)) {
                market.topValue = q.columnDouble(3);
                market.topExporter = partnerId(q.columnBytes(4));
            }
        }
        return !q.failed();
    }

    // The data set's partner codes that name no country (schema 3 and later).
    bool partnerBlocks(qint64 dataSetId)
    {
        sqlite::Statement q(db, "SELECT code, name, side FROM dataset_partner WHERE dataset_id = ? ORDER BY code");
        q.bind(1, dataSetId);
        while (q.next())
            data.partnerBlocks.push_back({q.columnText(0), q.columnText(1), static_cast<EuSide>(q.columnInt(2))});
        return !q.failed();
    }

    // Exporters with a known value in a year's world data, for stores that did not count them.
    int countExporters(qint64 dataSetId, int year)
    {
        sqlite::Statement q(db, "SELECT count(DISTINCT exporter) FROM world_export "
                                "WHERE dataset_id = ? AND year = ? AND status = 0");
        q.bind(1, dataSetId);
        q.bind(2, year);
        return q.next() ? q.columnInt(0) : -1;
    }

    // Descriptions resolved once: where the source gave no text at all, the HS nomenclature's.
    void describeProducts()
    {
        for (ProductInfo &product : data.products) {
            if (product.descriptionNl.isEmpty() && product.descriptionEn.isEmpty())
                product.descriptionEn = HsNomenclature::instance().description(product.hs6);
        }
    }

    bool deliveredHhi(qint64 dataSetId, int year)
    {
        data.deliveredWorldHhi.assign(data.products.size(), missingValue());
        sqlite::Statement q(db, "SELECT hs6, hhi FROM world_hhi WHERE dataset_id = ? AND year = ? AND status = 0");
        q.bind(1, dataSetId);
        q.bind(2, year);
        while (q.next()) {
            if (const int product = productOf(q.columnBytes(0)); product >= 0)
                data.deliveredWorldHhi[size_t(product)] = q.columnDouble(1);
        }
        return !q.failed();
    }
};

} // namespace

std::optional<TradeData> Store::loadTradeData(qint64 dataSetId, const QString &reporter, int year, QString *error,
                                              const ReadControl &control) const
{
    QString ignored;
    if (!error)
        error = &ignored;
    error->clear();
    const CancelGuard cancelGuard(mDb.handle(), control.cancel);
    const auto cancelled = [&] { return control.cancel && control.cancel->load(std::memory_order_relaxed); };
    // One read transaction: every query sees the same state of the store.
    sqlite::Transaction snapshot(mDb, sqlite::Transaction::Kind::Deferred);
    const std::optional<DataSetInfo> info = dataSet(dataSetId);
    if (!info) {
        if (!cancelled())
            *error = mDb.lastFailure().failed() && !snapshot.isActive() ? lastError().message()
                                                                        : LoadText::noDataSet(dataSetId);
        return std::nullopt;
    }
    TradeData data;
    data.dataSetName = info->name;
    data.source = info->source;
    data.reporter = reporter;
    data.year = year;
    data.currency = info->currency;
    data.synthetic = info->synthetic;

    qint64 importRows = 0, exportRows = 0, worldRows = 0, worldProducts = 1;
    int worldExporters = 0;
    for (const DataSetSlice &slice : info->slices) {
        if (slice.year != year)
            continue;
        if (slice.reporter == reporter) {
            importRows = slice.importRows;
            exportRows = slice.exportRows;
        } else if (slice.reporter.isEmpty()) {
            worldRows = slice.worldExportRows;
            worldExporters = slice.worldExporters;
            data.coverage.worldHhi = slice.worldHhiRows > 0;
        }
    }
    // What the source covers (docs/design.md §1): no export row at all for the reporter leaves
    // the exports unknown, not zero; the world data says how many exporters it holds.
    data.coverage.exports = exportRows > 0;
    Progress progress(control, importRows + exportRows + worldRows);
    Loader loader{mDb, data, progress, {}, {}};
    const QByteArray reporterCode = reporter.toUtf8();
    bool ok = loader.imports(dataSetId, reporterCode, year);
    if (ok && data.products.empty()) {
        *error = LoadText::noImports(info->name, reporter, year);
        return std::nullopt;
    }
    worldProducts = std::max<qint64>(qint64(data.products.size()), 1);
    const bool described = schemaVersion() >= 3;
    ok = ok && (!described || loader.partnerBlocks(dataSetId)) && loader.exports(dataSetId, reporterCode, year) &&
         loader.worldMarkets(dataSetId, year, std::max<qint64>(worldRows / worldProducts, 1),
                             !data.partnerBlocks.empty()) &&
         loader.deliveredHhi(dataSetId, year);
    if (ok && worldRows > 0 && worldExporters < 0)
        worldExporters = loader.countExporters(dataSetId, year);
    data.coverage.worldExporters = worldRows > 0 ? worldExporters : 0;
    loader.describeProducts();
    if (!ok || cancelled()) {
        if (!cancelled())
            *error = lastError().message();
        return std::nullopt;
    }
    snapshot.commit();
    data.worldExportSource = std::make_shared<StoreWorldExports>(mPath, dataSetId, year);
    progress.finish();
    return data;
}

} // namespace herkomst
