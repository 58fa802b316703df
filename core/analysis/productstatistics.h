#pragma once

#include "countries/eucomposition.h"
#include "domain/metric.h"
#include "domain/tradedata.h"

#include <QHash>
#include <memory>
#include <vector>

namespace herkomst {

// The fewest exporters a year's world data must hold to stand for the world market. BACI lists
// about 220; a file with fewer is an extract (a few countries' exports), whose HHI says nothing
// about the world: the world-market criteria are then undetermined, with a warning.
constexpr int kMinimumWorldExporters = 50;

// Imports over exports when the reporter exports none of a product it imports: CEPII's 9999
// (GeoDep), a known value above any threshold a user would set, never undetermined.
constexpr double kNoExportsRatio = 9999.0;

// Everything a criterion may test, computed once per product (docs/design.md §1). Missing inputs give
// NaN, which the funnel reports as "undetermined", never as kept or dropped.
struct ProductStats {
    int product = -1; // index into TradeData::products
    // False when the year lists the product without imports (only its exports or world market
    // are known): no imports, no dependency, so the product holds no criterion that year.
    bool imported = true;
    double importValue = 0.0;      // M[p]: known values over all partners but the reporter
    int suppressedImportCells = 0; // partner values that are secret or unknown
    // Known imports whose partner the source does not name (TradeData::partnerBlocks): part of
    // importValue, never a supplier. A product with such imports is flagged (hasHiddenPartner).
    double hiddenPartnerValue = 0.0;
    double hiddenPartnerShare = 0.0; // of importValue; NaN when M[p] is 0
    // An EU reporter's imports from its own members: not in M[p], only the rest of total EU
    // demand in extraEuImportShare (the European Commission's second criterion).
    double intraEuImports = 0.0;
    double exportValue = 0.0;   // X[p]; NaN when suppressed
    int topNonEuPartner = -1;   // index into TradeData::partners, -1 when none
    double supplierShare = 0.0; // max non-EU partner share; NaN when M[p] is 0
    int topPartner = -1;
    double topPartnerShare = 0.0;
    double extraEuImports = 0.0;
    double extraEuImportShare = 0.0;
    double importHhi = 0.0;
    double extraEuImportHhi = 0.0;  // 0 when nothing comes from outside the EU
    double importExportRatio = 0.0; // kNoExportsRatio when X = 0
    double extraEuImportsToExports = 0.0;
    double worldHhi = 0.0;          // NaN when the source has no world data
    bool worldHhiDelivered = false; // HHI given by the source instead of computed
    int topWorldExporter = -1;
    double topWorldExporterShare = 0.0; // NaN when unknown

    double metric(Metric metric) const;
    bool hasHiddenPartner() const { return hiddenPartnerValue > 0.0; }
};

// Statistics of one data set, reporter and year, keeping the trade data they came from.
struct StatisticsTable {
    std::shared_ptr<const TradeData> data;
    EuComposition euComposition = EuComposition::Eu27_2020;
    std::vector<ProductStats> rows; // one per product, same order as data->products
    QHash<QString, int> rowByHs6;

    const ProductInfo &product(int row) const { return data->products[size_t(rows[size_t(row)].product)]; }
    QString partnerCode(int partner) const { return partner < 0 ? QString() : data->partners[size_t(partner)]; }
};

StatisticsTable computeStatistics(std::shared_ptr<const TradeData> data,
                                  EuComposition euComposition = EuComposition::Eu27_2020);

// One share per partner for the product detail view, largest first.
struct PartnerShare {
    QString iso3;       // or the code of a block that names no country
    double value = 0.0; // NaN when suppressed
    double share = 0.0; // NaN when suppressed
    bool eu = false;
    bool hiddenPartner = false; // a block: value known, partner unknown (never a supplier)
};
// A partner's name for the screen: the country's in the language ("nl" or "en"), or the name the
// data set gives a block that names no country.
QString partnerName(const StatisticsTable &table, const QString &code, const QString &language = QStringLiteral("nl"));
std::vector<PartnerShare> importPartners(const StatisticsTable &table, int row);
std::vector<PartnerShare> worldExporters(const StatisticsTable &table, int row);

} // namespace herkomst
