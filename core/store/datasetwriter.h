#pragma once

#include "domain/tradedata.h"
#include "store/datasetinfo.h"
#include "store/storeerror.h"

#include <QByteArrayView>
#include <QString>
#include <memory>

namespace herkomst {

class Store;

// Writes one new data set in a single transaction: either everything lands at commit(), or
// nothing does (rollback(), an error, the destructor, or the process being killed).
// The add* calls are the hot path of large imports: they bind straight to SQLite statements.
class DataSetWriter {
public:
    explicit DataSetWriter(Store &store);
    ~DataSetWriter();
    DataSetWriter(const DataSetWriter &) = delete;
    DataSetWriter &operator=(const DataSetWriter &) = delete;

    // Starts the transaction and creates the data set row. Fails when the name is taken.
    bool begin(const DataSetInfo &info);
    qint64 dataSetId() const;

    bool addFile(const DataSetFile &file);
    bool addProduct(const ProductInfo &product); // a repeated HS6 updates the earlier entry
    bool addImport(QByteArrayView reporter, int year, QByteArrayView hs6, QByteArrayView partner, TradeValue value);
    bool addExport(QByteArrayView reporter, int year, QByteArrayView hs6, TradeValue value);
    bool addWorldExport(int year, QByteArrayView hs6, QByteArrayView exporter, TradeValue value);
    bool addWorldHhi(int year, QByteArrayView hs6, TradeValue hhi);
    // A partner code of this data set that names no country (docs/design.md §1).
    bool addPartnerBlock(const PartnerBlock &block);

    // One row of the bulk calls: the product and the partner (imports) or exporter (world
    // exports); `country` is unused for exports.
    struct Row {
        QByteArrayView hs6;
        QByteArrayView country;
        TradeValue value;
    };
    // The bulk path for large imports: many rows per SQLite statement, about three times faster
    // than a call per row. The views need only live for the call. Rows in key order insert fastest.
    // Any failure (such as a duplicate key) fails the whole call.
    bool addImports(QByteArrayView reporter, int year, const Row *rows, size_t count);
    bool addExports(QByteArrayView reporter, int year, const Row *rows, size_t count);
    bool addWorldExports(int year, const Row *rows, size_t count);

    bool commit();
    void rollback();

    // Dutch message of the first failure (naming the file; disk full, read-only and a store
    // another program is writing to in plain words); isDuplicateKey() tells a repeated key from
    // other errors, lastStoreError() gives the reason itself.
    QString lastError() const;
    StoreError lastStoreError() const;
    bool isDuplicateKey() const;

private:
    bool writeHsRevisions(); // each year's HS revision by the data set's coding
    struct Private;
    std::unique_ptr<Private> d;
};

} // namespace herkomst
