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
    std::vector<QByteArray> iso3;      // per country index: ISO3, or a block's code (names no country)
    std::vector<int32_t> productCodes; // BACI k per product index, ascending
    std::vector<double> world;         // product * countryCount() + exporter; < 0: no flow
    // Chosen reporters, sorted by reporter, product, partner. The EU as one reporter has the
    // country index countryCount() (code euCode): its imports from non-members summed over the
    // members, and its intra-EU imports as imports from itself.
    std::vector<Import> imports;
    QByteArray euCode;             // "EU27" or "EU28" when the EU is a chosen reporter
    std::vector<double> euExports; // per product: members' exports to non-members; < 0: none

    qint64 rows = 0; // data rows read
    // Rows and value (thousands of USD) per BACI code whose exporter names no country.
    std::array<qint64, 1000> blockRowsByCode{};
    std::array<double, 1000> blockValueByCode{};

    int countryCount() const { return int(iso3.size()); }
    const QByteArray &code(int country) const { return country == countryCount() ? euCode : iso3[size_t(country)]; }
    double worldValue(int product, int exporter) const
    {
        return world[size_t(product) * iso3.size() + size_t(exporter)];
    }
};

} // namespace herkomst
