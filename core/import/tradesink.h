#pragma once

#include "domain/tradedata.h"
#include "store/datasetinfo.h"

#include <QByteArrayView>
#include <QString>
#include <cstdint>

namespace herkomst {

// One row of trade as a format hands it over: a struct key, never a "year|hs6|partner" string.
struct TradeRow {
    int32_t hs6 = 0;        // the six-digit code as a number: 10121 is "010121"
    QByteArrayView country; // partner (imports) or exporter (world exports); unused otherwise
    TradeValue value;
};

// Where an import's rows go: one new data set, all of it at commit() or none of it. Rows come in
// bulk, per reporter and year, in key order where the format can (stores append fastest then).
// The store writes through StoreTradeSink; a benchmark or a dry run can count instead.
class TradeSink {
public:
    virtual ~TradeSink() = default;

    bool begin(const DataSetInfo &info) { return doBegin(info); }
    bool addProduct(const ProductInfo &product) { return doAddProduct(product); }
    bool addImports(QByteArrayView reporter, int year, const TradeRow *rows, size_t count)
    {
        return count == 0 || (mRows += qint64(count), doAddImports(reporter, year, rows, count));
    }
    bool addExports(QByteArrayView reporter, int year, const TradeRow *rows, size_t count)
    {
        return count == 0 || (mRows += qint64(count), doAddExports(reporter, year, rows, count));
    }
    bool addWorldExports(int year, const TradeRow *rows, size_t count)
    {
        return count == 0 || (mRows += qint64(count), doAddWorldExports(year, rows, count));
    }
    bool addWorldHhi(int year, const TradeRow *rows, size_t count)
    {
        return count == 0 || (mRows += qint64(count), doAddWorldHhi(year, rows, count));
    }
    bool addFile(const DataSetFile &file) { return doAddFile(file); }
    // A partner code of the data set that names no country (docs/design.md §1).
    bool addPartnerBlock(const PartnerBlock &block) { return doAddPartnerBlock(block); }
    bool commit() { return doCommit(); }
    virtual void rollBack() = 0;

    // The trade rows handed over (imports, exports, world exports, world HHI): what "opgeslagen"
    // (stored) counts in the import summary and in `datasets`, as the data set's slices add up.
    qint64 rowsWritten() const { return mRows; }
    virtual qint64 dataSetId() const = 0;
    virtual QString lastError() const = 0;

    // Writes the six characters of a code: "010121" for 10121.
    static void hs6Text(int32_t hs6, char *text)
    {
        for (int i = 5; i >= 0; --i, hs6 /= 10)
            text[i] = char('0' + hs6 % 10);
    }

protected:
    virtual bool doBegin(const DataSetInfo &info) = 0;
    virtual bool doAddProduct(const ProductInfo &product) = 0;
    virtual bool doAddImports(QByteArrayView reporter, int year, const TradeRow *rows, size_t count) = 0;
    virtual bool doAddExports(QByteArrayView reporter, int year, const TradeRow *rows, size_t count) = 0;
    virtual bool doAddWorldExports(int year, const TradeRow *rows, size_t count) = 0;
    virtual bool doAddWorldHhi(int year, const TradeRow *rows, size_t count) = 0;
    virtual bool doAddFile(const DataSetFile &file) = 0;
    virtual bool doAddPartnerBlock(const PartnerBlock &block) = 0;
    virtual bool doCommit() = 0;

private:
    qint64 mRows = 0;
};

} // namespace herkomst
