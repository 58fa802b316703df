#pragma once

#include <QString>

// Writes a synthetic BACI year in the release's exact format (t,i,j,k,v,q; k without leading
// zero; q space-padded or NA), sorted like BACI, with a matching country_codes_V*.csv (new
// header variant) and product_codes_HS17_V*.csv. Deterministic for a given row target.
struct BaciGenerator {
    qint64 targetRows = 11000000;
    int products = 5000;
    int countries = 200;
    int year = 2022;

    // Returns the year file's path; empty with *error on failure.
    QString write(const QString &folder, QString *error) const;
};
