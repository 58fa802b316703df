#include "import/storetradesink.h"

#include "store/datasetwriter.h"

#include <vector>

namespace herkomst {

namespace {

// Rows per bulk call: large enough that the call costs nothing, small enough to stay in cache.
constexpr size_t bulkRows = 4096;

} // namespace

StoreTradeSink::StoreTradeSink(Store &store) : mWriter(std::make_unique<DataSetWriter>(store)) {}

StoreTradeSink::~StoreTradeSink() = default;

void StoreTradeSink::rollBack()
{
    mWriter->rollback();
}

qint64 StoreTradeSink::dataSetId() const
{
    return mWriter->dataSetId();
}

QString StoreTradeSink::lastError() const
{
    return mWriter->lastError();
}

bool StoreTradeSink::doBegin(const DataSetInfo &info)
{
    return mWriter->begin(info);
}

bool StoreTradeSink::doAddProduct(const ProductInfo &product)
{
    return mWriter->addProduct(product);
}

// The writer takes product codes as text: they are spelled out per batch, in one buffer.
template <typename Add>
bool StoreTradeSink::writeBulk(const TradeRow *rows, size_t count, Add &&add)
{
    std::vector<char> codes(std::min(count, bulkRows) * 6);
    std::vector<DataSetWriter::Row> batch;
    batch.reserve(std::min(count, bulkRows));
    for (size_t start = 0; start < count; start += bulkRows) {
        const size_t n = std::min(bulkRows, count - start);
        batch.clear();
        for (size_t i = 0; i < n; ++i) {
            const TradeRow &row = rows[start + i];
            char *text = codes.data() + i * 6;
            hs6Text(row.hs6, text);
            batch.push_back({QByteArrayView(text, 6), row.country, row.value});
        }
        if (!add(batch.data(), batch.size()))
            return false;
    }
    return true;
}

bool StoreTradeSink::doAddImports(QByteArrayView reporter, int year, const TradeRow *rows, size_t count)
{
    return writeBulk(rows, count, [&](const DataSetWriter::Row *batch, size_t n) {
        return mWriter->addImports(reporter, year, batch, n);
    });
}

bool StoreTradeSink::doAddExports(QByteArrayView reporter, int year, const TradeRow *rows, size_t count)
{
    return writeBulk(rows, count, [&](const DataSetWriter::Row *batch, size_t n) {
        return mWriter->addExports(reporter, year, batch, n);
    });
}

bool StoreTradeSink::doAddWorldExports(int year, const TradeRow *rows, size_t count)
{
    return writeBulk(rows, count, [&](const DataSetWriter::Row *batch, size_t n) {
        return mWriter->addWorldExports(year, batch, n);
    });
}

bool StoreTradeSink::doAddWorldHhi(int year, const TradeRow *rows, size_t count)
{
    // The writer has no bulk path for HHI: a product per call (a few thousand per year).
    return writeBulk(rows, count, [&](const DataSetWriter::Row *batch, size_t n) {
        for (size_t i = 0; i < n; ++i) {
            if (!mWriter->addWorldHhi(year, batch[i].hs6, batch[i].value))
                return false;
        }
        return true;
    });
}

bool StoreTradeSink::doAddFile(const DataSetFile &file)
{
    return mWriter->addFile(file);
}

bool StoreTradeSink::doAddPartnerBlock(const PartnerBlock &block)
{
    return mWriter->addPartnerBlock(block);
}

bool StoreTradeSink::doCommit()
{
    return mWriter->commit();
}

} // namespace herkomst
