#pragma once

#include "domain/tradetypes.h"

#include <QString>
#include <memory>
#include <vector>

namespace herkomst {

struct ProductInfo {
    QString hs6;           // always six digits, leading zero kept
    QString descriptionNl; // as the source gives it
    QString descriptionEn; // the source's English, else the HS nomenclature's (filled on loading)
    QString industry;      // bedrijfstak; empty when the source has none

    // The product's description wherever one is shown: in the screen's language where the data
    // has it, else in the other (BACI gives English only; the HS nomenclature's English fills the
    // gaps when data is loaded).
    const QString &description(bool english = false) const
    {
        const QString &first = english ? descriptionEn : descriptionNl;
        return first.isEmpty() ? (english ? descriptionNl : descriptionEn) : first;
    }
};

// A partner code that names no country (docs/design.md §1, "Value known, partner unknown"):
// Comext QU-QZ and QP-QS, "nes" areas, CBS residual groups such as "Overige Azië". Its value
// counts in the reporter's imports (and in extra-EU imports when its side says so); it is never
// the largest supplier and counts as one block in an import HHI.
struct PartnerBlock {
    QString code;
    QString name; // as the source or the built-in table names it
    EuSide side = EuSide::Unknown;
};

// Which flows a source covers for one reporter and year (docs/design.md §1, "Missing is never
// zero"). A flow the source does not cover leaves its criterion undetermined for every product;
// inside a covered flow a product without a row is a true zero.
struct FlowCoverage {
    bool exports = true;     // the reporter's exports: false when the data set has no export row at all
    int worldExporters = -1; // exporters with a known value in the world data; -1 when not counted
    bool worldHhi = false;   // the source delivers the world-market HHI itself (CBS table 4)
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

// The world market of one product as the analysis needs it, summarised from the world exports
// W[p][e] with known values: in SQL by the store, or from TradeData::worldExports in memory.
struct WorldMarket {
    double total = 0.0;        // sum of W[p][e]
    double sumOfSquares = 0.0; // sum of W[p][e]^2: the HHI is sumOfSquares / total^2
    int topExporter = -1;      // index into TradeData::partners; ties go to the first code
    double topValue = 0.0;
};

// The partner-level world exports of one product, fetched when asked (the product detail view)
// for data whose world exports are too many to hold for every product. Safe to call from any
// thread.
class WorldExportSource {
public:
    struct Exporter {
        QString iso3;
        TradeValue value;
    };
    virtual ~WorldExportSource() = default;
    virtual std::vector<Exporter> exporters(const QString &hs6) const = 0;
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
    // World exports come either as partner-level rows (worldExports), or summarised: one
    // WorldMarket per product, with the rows behind worldExportSource (a store loads them so).
    std::vector<WorldExportFlow> worldExports;
    std::vector<WorldMarket> worldMarkets;
    std::shared_ptr<const WorldExportSource> worldExportSource;
    std::vector<double> deliveredWorldHhi; // one per product; NaN when the source gives none
    // Partner codes among `partners` (and exporters) that name no country; any other is a country.
    std::vector<PartnerBlock> partnerBlocks;
    FlowCoverage coverage;

    const PartnerBlock *block(const QString &code) const
    {
        for (const PartnerBlock &b : partnerBlocks) {
            if (b.code == code)
                return &b;
        }
        return nullptr;
    }
};

} // namespace herkomst
