#pragma once

#include <QString>

namespace herkomst {

// What a BACI file name tells: BACI_HS17_Y2020_V202301.csv, country_codes_V202301.csv,
// product_codes_HS17_V202301.csv.
struct BaciFileName {
    enum class Kind { Other, YearFile, CountryCodes, ProductCodes };
    Kind kind = Kind::Other;
    QString nomenclature; // "HS17"
    int year = 0;
    QString version; // "202301"

    static BaciFileName parse(const QString &path);
    // The newest of the files in the folder of `beside` with this kind, preferring version.
    static QString findSideFile(const QString &beside, Kind kind);
};

} // namespace herkomst
