#pragma once

#include <QByteArray>
#include <QtGlobal>
#include <array>
#include <cstdint>
#include <vector>

namespace herkomst {

// One BACI year file aggregated by ISO3 country: everything the store needs, nothing more.
// Values stay in BACI's unit (thousands of USD) until they are written.
struct BaciYear {
    struct Import {
        int32_t product;  // index into productCodes
        int16_t reporter; // country index (importer j)
        int16_t partner;  // country index (exporter i)
        double value;
    };

    int year = 0;
    std::vector<QByteArray> iso3;      // per country index
    std::vector<int32_t> productCodes; // BACI k per product index, ascending
    std::vector<double> world;         // product * countryCount() + exporter; < 0: no flow
    std::vector<Import> imports;       // chosen reporters, sorted by reporter, product, partner

    qint64 rows = 0;          // data rows read
    qint64 unmatchedRows = 0; // rows whose exporter has no ISO3 (not stored)
    std::array<qint64, 1000> unmatchedByCode{};

    int countryCount() const { return int(iso3.size()); }
    double worldValue(int product, int exporter) const
    {
        return world[size_t(product) * iso3.size() + size_t(exporter)];
    }
};

} // namespace herkomst
