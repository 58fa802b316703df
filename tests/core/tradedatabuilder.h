#pragma once

#include "domain/tradedata.h"

#include <QHash>
#include <memory>

// Builds small hand-made TradeData cases for the tests: products, partners and flows by name.
class TradeDataBuilder {
public:
    explicit TradeDataBuilder(const QString &reporter = QStringLiteral("NLD"), int year = 2020)
    {
        mData->reporter = reporter;
        mData->year = year;
        mData->currency = QStringLiteral("EUR");
        mData->dataSetName = QStringLiteral("test");
    }

    TradeDataBuilder &product(const QString &hs6, const QString &industry = QStringLiteral("chemie"))
    {
        mProducts.insert(hs6, int(mData->products.size()));
        mData->products.push_back({hs6, QStringLiteral("product ") + hs6, QString(), industry});
        mData->exports.push_back(herkomst::TradeValue{});
        mData->deliveredWorldHhi.push_back(herkomst::missingValue());
        return *this;
    }
    TradeDataBuilder &import(const QString &hs6, const QString &partner, double value)
    {
        mData->imports.push_back({mProducts.value(hs6), partnerIndex(partner), herkomst::TradeValue{value}});
        return *this;
    }
    TradeDataBuilder &importSecret(const QString &hs6, const QString &partner)
    {
        mData->imports.push_back({mProducts.value(hs6), partnerIndex(partner), herkomst::TradeValue::secret()});
        return *this;
    }
    TradeDataBuilder &exportValue(const QString &hs6, double value)
    {
        mData->exports[size_t(mProducts.value(hs6))] = herkomst::TradeValue{value};
        return *this;
    }
    TradeDataBuilder &exportSecret(const QString &hs6)
    {
        mData->exports[size_t(mProducts.value(hs6))] = herkomst::TradeValue::secret();
        return *this;
    }
    TradeDataBuilder &worldExport(const QString &hs6, const QString &exporter, double value)
    {
        mData->worldExports.push_back({mProducts.value(hs6), partnerIndex(exporter), herkomst::TradeValue{value}});
        return *this;
    }
    TradeDataBuilder &worldHhi(const QString &hs6, double hhi)
    {
        mData->deliveredWorldHhi[size_t(mProducts.value(hs6))] = hhi;
        return *this;
    }
    // A partner code that names no country (value known, partner unknown).
    TradeDataBuilder &block(const QString &code, herkomst::EuSide side = herkomst::EuSide::Unknown)
    {
        mData->partnerBlocks.push_back({code, QStringLiteral("blok ") + code, side});
        return *this;
    }
    // What the source covers: no export row at all, or a world market of this many exporters.
    TradeDataBuilder &exportsNotCovered()
    {
        mData->coverage.exports = false;
        return *this;
    }
    TradeDataBuilder &worldExporters(int count)
    {
        mData->coverage.worldExporters = count;
        return *this;
    }
    std::shared_ptr<const herkomst::TradeData> build() const { return mData; }

private:
    int partnerIndex(const QString &iso3)
    {
        for (size_t i = 0; i < mData->partners.size(); ++i) {
            if (mData->partners[i] == iso3)
                return int(i);
        }
        mData->partners.push_back(iso3);
        return int(mData->partners.size()) - 1;
    }

    std::shared_ptr<herkomst::TradeData> mData = std::make_shared<herkomst::TradeData>();
    QHash<QString, int> mProducts;
};
