#pragma once

#include "domain/tradetypes.h"

#include <QString>
#include <vector>

namespace herkomst {

struct ProductInfo {
    QString hs6; // always six digits, leading zero kept
    QString descriptionNl;
    QString descriptionEn;
    QString industry; // bedrijfstak; empty when the source has none
};

struct ImportFlow {
    int product; // index into TradeData::products
    int partner; // index into TradeData::partners
    TradeValue value;
};

struct WorldExportFlow {
    int product;
    int exporter; // index into TradeData::partners
    TradeValue value;
};

// Everything the analysis needs for one data set, reporter and year, as plain data.
struct TradeData {
    QString dataSetName;
    QString source;   // "CBS", "BACI", "Comext", "Comtrade", "demo"
    QString reporter; // ISO3
    int year = 0;
    QString currency; // "EUR", "USD"
    bool synthetic = false;
    std::vector<ProductInfo> products; // the universe: products the reporter imports
    std::vector<QString> partners;     // ISO3 codes referenced by the flows
    std::vector<ImportFlow> imports;
    std::vector<TradeValue> exports; // one per product; absent rows are zero
    std::vector<WorldExportFlow> worldExports;
    std::vector<double> deliveredWorldHhi; // one per product; NaN when the source gives none
};

} // namespace herkomst
