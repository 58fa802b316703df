#pragma once

#include "import/tradesink.h"

#include <memory>

namespace herkomst {

class DataSetWriter;
class Store;

// The sink of a real import: every row goes through DataSetWriter's bulk path in one transaction,
// so a failure, a cancel or a killed process leaves the store as it was.
class StoreTradeSink : public TradeSink {
public:
    explicit StoreTradeSink(Store &store);
    ~StoreTradeSink() override;

    void rollBack() override;
    qint64 dataSetId() const override;
    QString lastError() const override;

protected:
    bool doBegin(const DataSetInfo &info) override;
    bool doAddProduct(const ProductInfo &product) override;
    bool doAddImports(QByteArrayView reporter, int year, const TradeRow *rows, size_t count) override;
    bool doAddExports(QByteArrayView reporter, int year, const TradeRow *rows, size_t count) override;
    bool doAddWorldExports(int year, const TradeRow *rows, size_t count) override;
    bool doAddWorldHhi(int year, const TradeRow *rows, size_t count) override;
    bool doAddFile(const DataSetFile &file) override;
    bool doAddPartnerBlock(const PartnerBlock &block) override;
    bool doCommit() override;

private:
    template <typename Add>
    bool writeBulk(const TradeRow *rows, size_t count, Add &&add);

    std::unique_ptr<DataSetWriter> mWriter;
};

} // namespace herkomst
