#include "store/datasetwriter.h"

#include "store/store.h"

#include <QCoreApplication>
#include <QHash>
#include <QPair>
#include <QSet>
#include <set>
#include <sqlite3.h>

namespace herkomst {

namespace {

class WriterText {
    Q_DECLARE_TR_FUNCTIONS(Store)
public:
    static QString noImport() { return tr("Er loopt geen import."); }
    static QString duplicateKey() { return tr("deze combinatie staat er al eerder in (dubbele sleutel)"); }
    static QString nameTaken(const QString &name)
    {
        return tr("Er is al een gegevensset met de naam \"%1\".").arg(name);
    }
    static QString notOpen() { return tr("De database is niet geopend."); }
};

// The bulk statements: rowsPerStatement rows a statement, all sharing the data set, (reporter)
// and year parameters. One sqlite3_step per row costs more than the B-tree insert itself.
constexpr int rowsPerStatement = 64;

struct BulkSpec {
    const char *head;
    bool hasReporter;
    bool hasCountry;
};

enum BulkTable { BulkImports, BulkExports, BulkWorldExports, BulkTableCount };

const BulkSpec bulkSpecs[BulkTableCount] = {
    {"INSERT INTO import_flow(dataset_id, reporter, year, hs6, partner, value, status) VALUES", true, true},
    {"INSERT INTO export_flow(dataset_id, reporter, year, hs6, value, status) VALUES", true, false},
    {"INSERT INTO world_export(dataset_id, year, hs6, exporter, value, status) VALUES", false, true},
};

QByteArray bulkSql(const BulkSpec &spec, int rows)
{
    const int shared = spec.hasReporter ? 3 : 2;
    const int perRow = spec.hasCountry ? 4 : 3;
    QByteArray sql = spec.head;
    for (int r = 0; r < rows; ++r) {
        sql += r ? ",(" : "(";
        for (int p = 1; p <= shared; ++p)
            sql += '?' + QByteArray::number(p) + ',';
        for (int c = 0; c < perRow; ++c)
            sql += (c ? ",?" : "?") + QByteArray::number(shared + 1 + r * perRow + c);
        sql += ')';
    }
    return sql;
}

struct SliceCounts {
    qint64 imports = 0;
    qint64 exports = 0;
    qint64 worldExports = 0;
    qint64 worldHhi = 0;
    QSet<QByteArray> exporters; // world data: exporters with a known value
};

} // namespace

struct DataSetWriter::Private {
    Store &store;
    sqlite::Database &connection;
    sqlite3 *db = nullptr;
    bool active = false;
    qint64 id = 0;
    QString error;
    StoreError storeError;
    bool duplicate = false;
    sqlite3_stmt *product = nullptr;
    sqlite3_stmt *importFlow = nullptr;
    sqlite3_stmt *exportFlow = nullptr;
    sqlite3_stmt *worldExport = nullptr;
    sqlite3_stmt *worldHhi = nullptr;
    sqlite3_stmt *bulkMany[BulkTableCount] = {};
    sqlite3_stmt *bulkOne[BulkTableCount] = {};
    QHash<QPair<QByteArray, int>, SliceCounts> slices;
    HsCoding hsCoding;

    explicit Private(Store &s) : store(s), connection(s.connection()) {}

    // The first failure is the one reported: later clean-up (a rollback after a full disk)
    // never replaces it.
    bool fail(int rc)
    {
        connection.recordFailure(rc);
        if (storeError.failed())
            return false;
        storeError = StoreError::fromSqlite(connection.lastFailure(), store.path());
        error = storeError.message();
        // SQLite ends the transaction itself on some errors (disk full, I/O): nothing more may
        // be written, or it would land outside the transaction.
        if (active && !connection.inTransaction())
            active = false;
        return false;
    }

    bool exec(const char *sql)
    {
        const int rc = sqlite3_exec(db, sql, nullptr, nullptr, nullptr);
        return rc == SQLITE_OK || fail(rc);
    }

    bool prepare(const char *sql, sqlite3_stmt **statement)
    {
        const int rc = sqlite3_prepare_v3(db, sql, -1, SQLITE_PREPARE_PERSISTENT, statement, nullptr);
        return rc == SQLITE_OK || fail(rc);
    }

    void finalize()
    {
        for (sqlite3_stmt **s : {&product, &importFlow, &exportFlow, &worldExport, &worldHhi}) {
            sqlite3_finalize(*s);
            *s = nullptr;
        }
        for (int t = 0; t < BulkTableCount; ++t) {
            sqlite3_finalize(bulkMany[t]);
            sqlite3_finalize(bulkOne[t]);
            bulkMany[t] = bulkOne[t] = nullptr;
        }
    }

    static void bindText(sqlite3_stmt *s, int column, QByteArrayView text,
                         sqlite3_destructor_type lifetime = SQLITE_TRANSIENT)
    {
        // A null view would bind SQL NULL; the store means "" (e.g. world data has no reporter).
        sqlite3_bind_text(s, column, text.data() ? text.data() : "", int(text.size()), lifetime);
    }

    static void bindValue(sqlite3_stmt *s, int column, TradeValue value)
    {
        if (value.known())
            sqlite3_bind_double(s, column, value.value);
        else
            sqlite3_bind_null(s, column);
        sqlite3_bind_int(s, column + 1, int(value.status));
    }

    bool step(sqlite3_stmt *s)
    {
        if (!active) {
            error = WriterText::noImport();
            return false;
        }
        const int rc = sqlite3_step(s);
        if (rc == SQLITE_DONE) {
            sqlite3_reset(s);
            return true;
        }
        duplicate = sqlite3_extended_errcode(db) == SQLITE_CONSTRAINT_PRIMARYKEY;
        fail(rc);
        sqlite3_reset(s);
        if (duplicate)
            error = WriterText::duplicateKey();
        return false;
    }

    // The world data's exporters with a known value, so a store tells a world market from an
    // extract of a few exporters (thin world data).
    void noteExporter(int year, QByteArrayView exporter, TradeValue value)
    {
        if (!value.known())
            return;
        QSet<QByteArray> &exporters = slices[qMakePair(QByteArray(), year)].exporters;
        if (!exporters.contains(QByteArray::fromRawData(exporter.data(), exporter.size())))
            exporters.insert(exporter.toByteArray());
    }

    // Binds straight to the callers' bytes (SQLITE_STATIC): they live until the call returns.
    bool writeBulk(BulkTable table, QByteArrayView reporter, int year, const Row *rows, size_t count)
    {
        if (!active) {
            error = WriterText::noImport();
            return false;
        }
        const BulkSpec &spec = bulkSpecs[table];
        if (!bulkMany[table] && (!prepare(bulkSql(spec, rowsPerStatement).constData(), &bulkMany[table]) ||
                                 !prepare(bulkSql(spec, 1).constData(), &bulkOne[table])))
            return false;
        for (sqlite3_stmt *s : {bulkMany[table], bulkOne[table]}) {
            sqlite3_bind_int64(s, 1, id);
            if (spec.hasReporter)
                bindText(s, 2, reporter, SQLITE_STATIC);
            sqlite3_bind_int(s, spec.hasReporter ? 3 : 2, year);
        }
        const int firstRowColumn = spec.hasReporter ? 4 : 3;
        for (size_t done = 0; done < count;) {
            const int n = count - done >= size_t(rowsPerStatement) ? rowsPerStatement : 1;
            sqlite3_stmt *s = n == rowsPerStatement ? bulkMany[table] : bulkOne[table];
            int column = firstRowColumn;
            for (const Row *row = rows + done, *end = row + n; row != end; ++row) {
                bindText(s, column++, row->hs6, SQLITE_STATIC);
                if (spec.hasCountry)
                    bindText(s, column++, row->country, SQLITE_STATIC);
                bindValue(s, column, row->value);
                column += 2;
            }
            if (!step(s))
                return false;
            done += size_t(n);
        }
        return true;
    }
};

DataSetWriter::DataSetWriter(Store &store) : d(std::make_unique<Private>(store)) {}

DataSetWriter::~DataSetWriter()
{
    rollback();
}

bool DataSetWriter::begin(const DataSetInfo &info)
{
    d->db = d->connection.handle();
    d->error.clear();
    d->storeError = {};
    d->duplicate = false;
    if (!d->db) {
        d->error = WriterText::notOpen();
        return false;
    }
    if (!d->exec("BEGIN IMMEDIATE"))
        return false;
    d->active = true;
    d->hsCoding = info.hsCoding;

    sqlite3_stmt *insert = nullptr;
    if (!d->prepare("INSERT INTO dataset(name, source, currency, unit_note, imported_at, synthetic, note) "
                    "VALUES(?, ?, ?, ?, ?, ?, ?)",
                    &insert)) {
        rollback();
        return false;
    }
    const QByteArray name = info.name.toUtf8();
    Private::bindText(insert, 1, name);
    Private::bindText(insert, 2, info.source.toUtf8());
    Private::bindText(insert, 3, info.currency.toUtf8());
    Private::bindText(insert, 4, info.unitNote.toUtf8());
    const QDateTime when = info.importedAt.isValid() ? info.importedAt : QDateTime::currentDateTimeUtc();
    Private::bindText(insert, 5, when.toString(Qt::ISODate).toUtf8());
    sqlite3_bind_int(insert, 6, info.synthetic ? 1 : 0);
    Private::bindText(insert, 7, info.note.toUtf8());
    const int rc = sqlite3_step(insert);
    if (rc != SQLITE_DONE) {
        const bool taken = sqlite3_extended_errcode(d->db) == SQLITE_CONSTRAINT_UNIQUE;
        d->fail(rc);
        if (taken)
            d->error = WriterText::nameTaken(info.name);
        sqlite3_finalize(insert);
        rollback();
        return false;
    }
    sqlite3_finalize(insert);
    d->id = sqlite3_last_insert_rowid(d->db);

    const bool prepared =
        d->prepare("INSERT INTO product(dataset_id, hs6, description_nl, description_en, industry) "
                   "VALUES(?1, ?2, ?3, ?4, ?5) ON CONFLICT(dataset_id, hs6) DO UPDATE SET "
                   "description_nl = coalesce(nullif(excluded.description_nl, ''), description_nl), "
                   "description_en = coalesce(nullif(excluded.description_en, ''), description_en), "
                   "industry = coalesce(nullif(excluded.industry, ''), industry)",
                   &d->product) &&
        d->prepare("INSERT INTO import_flow(dataset_id, reporter, year, hs6, partner, value, status) "
                   "VALUES(?, ?, ?, ?, ?, ?, ?)",
                   &d->importFlow) &&
        d->prepare("INSERT INTO export_flow(dataset_id, reporter, year, hs6, value, status) "
                   "VALUES(?, ?, ?, ?, ?, ?)",
                   &d->exportFlow) &&
        d->prepare("INSERT INTO world_export(dataset_id, year, hs6, exporter, value, status) "
                   "VALUES(?, ?, ?, ?, ?, ?)",
                   &d->worldExport) &&
        d->prepare("INSERT INTO world_hhi(dataset_id, year, hs6, hhi, status) VALUES(?, ?, ?, ?, ?)", &d->worldHhi);
    if (!prepared) {
        rollback();
        return false;
    }
    for (sqlite3_stmt *s : {d->product, d->importFlow, d->exportFlow, d->worldExport, d->worldHhi})
        sqlite3_bind_int64(s, 1, d->id);
    return true;
}

qint64 DataSetWriter::dataSetId() const
{
    return d->id;
}

bool DataSetWriter::addFile(const DataSetFile &file)
{
    sqlite3_stmt *s = nullptr;
    if (!d->prepare("INSERT INTO dataset_file(dataset_id, file_name, sha256, size, rows_read, rows_stored, "
                    "rows_rejected) VALUES(?, ?, ?, ?, ?, ?, ?)",
                    &s))
        return false;
    sqlite3_bind_int64(s, 1, d->id);
    Private::bindText(s, 2, file.fileName.toUtf8());
    Private::bindText(s, 3, file.sha256.toUtf8());
    sqlite3_bind_int64(s, 4, file.size);
    sqlite3_bind_int64(s, 5, file.rowsRead);
    sqlite3_bind_int64(s, 6, file.rowsStored);
    sqlite3_bind_int64(s, 7, file.rowsRejected);
    const bool ok = d->step(s);
    sqlite3_finalize(s);
    return ok;
}

bool DataSetWriter::addProduct(const ProductInfo &product)
{
    Private::bindText(d->product, 2, product.hs6.toUtf8());
    Private::bindText(d->product, 3, product.descriptionNl.toUtf8());
    Private::bindText(d->product, 4, product.descriptionEn.toUtf8());
    Private::bindText(d->product, 5, product.industry.toUtf8());
    return d->step(d->product);
}

bool DataSetWriter::addImport(QByteArrayView reporter, int year, QByteArrayView hs6, QByteArrayView partner,
                              TradeValue value)
{
    Private::bindText(d->importFlow, 2, reporter);
    sqlite3_bind_int(d->importFlow, 3, year);
    Private::bindText(d->importFlow, 4, hs6);
    Private::bindText(d->importFlow, 5, partner);
    Private::bindValue(d->importFlow, 6, value);
    if (!d->step(d->importFlow))
        return false;
    ++d->slices[qMakePair(reporter.toByteArray(), year)].imports;
    return true;
}

bool DataSetWriter::addExport(QByteArrayView reporter, int year, QByteArrayView hs6, TradeValue value)
{
    Private::bindText(d->exportFlow, 2, reporter);
    sqlite3_bind_int(d->exportFlow, 3, year);
    Private::bindText(d->exportFlow, 4, hs6);
    Private::bindValue(d->exportFlow, 5, value);
    if (!d->step(d->exportFlow))
        return false;
    ++d->slices[qMakePair(reporter.toByteArray(), year)].exports;
    return true;
}

bool DataSetWriter::addWorldExport(int year, QByteArrayView hs6, QByteArrayView exporter, TradeValue value)
{
    sqlite3_bind_int(d->worldExport, 2, year);
    Private::bindText(d->worldExport, 3, hs6);
    Private::bindText(d->worldExport, 4, exporter);
    Private::bindValue(d->worldExport, 5, value);
    if (!d->step(d->worldExport))
        return false;
    ++d->slices[qMakePair(QByteArray(), year)].worldExports;
    d->noteExporter(year, exporter, value);
    return true;
}

bool DataSetWriter::addWorldHhi(int year, QByteArrayView hs6, TradeValue hhi)
{
    sqlite3_bind_int(d->worldHhi, 2, year);
    Private::bindText(d->worldHhi, 3, hs6);
    Private::bindValue(d->worldHhi, 4, hhi);
    if (!d->step(d->worldHhi))
        return false;
    ++d->slices[qMakePair(QByteArray(), year)].worldHhi;
    return true;
}

bool DataSetWriter::addImports(QByteArrayView reporter, int year, const Row *rows, size_t count)
{
    if (!d->writeBulk(BulkImports, reporter, year, rows, count))
        return false;
    if (count > 0)
        d->slices[qMakePair(reporter.toByteArray(), year)].imports += qint64(count);
    return true;
}

bool DataSetWriter::addExports(QByteArrayView reporter, int year, const Row *rows, size_t count)
{
    if (!d->writeBulk(BulkExports, reporter, year, rows, count))
        return false;
    if (count > 0)
        d->slices[qMakePair(reporter.toByteArray(), year)].exports += qint64(count);
    return true;
}

bool DataSetWriter::addWorldExports(int year, const Row *rows, size_t count)
{
    if (!d->writeBulk(BulkWorldExports, {}, year, rows, count))
        return false;
    if (count > 0)
        d->slices[qMakePair(QByteArray(), year)].worldExports += qint64(count);
    QByteArrayView last;
    for (const Row *row = rows, *end = rows + count; row != end; ++row) {
        if (row->country != last) // rows come by product and exporter: most repeat one of few
            d->noteExporter(year, row->country, row->value);
        last = row->country;
    }
    return true;
}

bool DataSetWriter::addPartnerBlock(const PartnerBlock &block)
{
    sqlite3_stmt *s = nullptr;
    if (!d->prepare("INSERT INTO dataset_partner(dataset_id, code, name, side) VALUES(?, ?, ?, ?)", &s))
        return false;
    sqlite3_bind_int64(s, 1, d->id);
    Private::bindText(s, 2, block.code.toUtf8());
    Private::bindText(s, 3, block.name.toUtf8());
    sqlite3_bind_int(s, 4, int(block.side));
    const bool ok = d->step(s);
    sqlite3_finalize(s);
    return ok;
}

bool DataSetWriter::commit()
{
    if (!d->active) {
        d->error = WriterText::noImport();
        return false;
    }
    sqlite3_stmt *s = nullptr;
    if (!d->prepare("INSERT INTO dataset_slice(dataset_id, reporter, year, import_rows, export_rows, "
                    "world_export_rows, world_hhi_rows, world_exporters) VALUES(?, ?, ?, ?, ?, ?, ?, ?)",
                    &s)) {
        rollback();
        return false;
    }
    for (auto it = d->slices.cbegin(); it != d->slices.cend(); ++it) {
        sqlite3_bind_int64(s, 1, d->id);
        Private::bindText(s, 2, it.key().first);
        sqlite3_bind_int(s, 3, it.key().second);
        sqlite3_bind_int64(s, 4, it->imports);
        sqlite3_bind_int64(s, 5, it->exports);
        sqlite3_bind_int64(s, 6, it->worldExports);
        sqlite3_bind_int64(s, 7, it->worldHhi);
        if (it.key().first.isEmpty())
            sqlite3_bind_int(s, 8, int(it->exporters.size()));
        else
            sqlite3_bind_null(s, 8);
        if (!d->step(s)) {
            sqlite3_finalize(s);
            rollback();
            return false;
        }
    }
    sqlite3_finalize(s);
    if (!writeHsRevisions()) {
        rollback();
        return false;
    }
    d->finalize();
    if (!d->exec("COMMIT")) {
        rollback();
        return false;
    }
    d->active = false;
    return true;
}

bool DataSetWriter::writeHsRevisions()
{
    std::set<int> years;
    for (auto it = d->slices.cbegin(); it != d->slices.cend(); ++it)
        years.insert(it.key().second);
    sqlite3_stmt *s = nullptr;
    if (!d->prepare("INSERT INTO dataset_year(dataset_id, year, hs_revision) VALUES(?, ?, ?)", &s))
        return false;
    bool ok = true;
    for (const int year : years) {
        const HsRevision revision = d->hsCoding.revisionOf(year);
        if (revision == HsRevision::Unknown)
            continue;
        sqlite3_bind_int64(s, 1, d->id);
        sqlite3_bind_int(s, 2, year);
        sqlite3_bind_int(s, 3, hsRevisionNumber(revision));
        if (!(ok = d->step(s)))
            break;
    }
    sqlite3_finalize(s);
    return ok;
}

void DataSetWriter::rollback()
{
    d->finalize();
    if (d->active && d->connection.inTransaction())
        sqlite3_exec(d->db, "ROLLBACK", nullptr, nullptr, nullptr); // its own failure never hides the cause
    d->active = false;
    d->slices.clear();
}

QString DataSetWriter::lastError() const
{
    return d->error;
}

StoreError DataSetWriter::lastStoreError() const
{
    return d->storeError;
}

bool DataSetWriter::isDuplicateKey() const
{
    return d->duplicate;
}

} // namespace herkomst
