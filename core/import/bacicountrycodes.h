#pragma once

#include "io/sourceerror.h"

#include <QByteArray>
#include <QString>
#include <vector>

namespace herkomst {

class CountryMatcher;

// BACI's own country codes (NLD 528, FRA 251, USA 842, 490 = Other Asia nes, ...) mapped to ISO3
// through the release's country_codes_V*.csv. Reads both header variants:
// country_code,country_name_abbreviation,country_name_full,iso_2digit_alpha,iso_3digit_alpha
// and country_code,country_name,country_iso2,country_iso3.
class BaciCountryCodes {
public:
    static constexpr int maxCode = 1000; // BACI codes are below 1000

    struct Entry {
        bool listed = false; // the code is in the file
        QByteArray iso3;     // the country's ISO3, or for a code that names no country its block code
        bool block = false;  // names no country ("Europe EFTA, nes"): value known, partner unknown
        QString name;
    };

    // Every listed code becomes a partner through the import's one partner policy: a country
    // (by ISO3 or name, with the alias table), or a block under its own code and name.
    bool load(const QString &path, CountryMatcher &partners, io::SourceError *error);
    QString path() const { return mPath; }
    const Entry &entry(int code) const { return mEntries[size_t(code)]; }
    // Every BACI code that maps to this ISO3 (a few ISO3 have a former code too).
    std::vector<int> codesFor(const QByteArray &iso3) const;

private:
    QString mPath;
    std::vector<Entry> mEntries = std::vector<Entry>(maxCode);
};

} // namespace herkomst
