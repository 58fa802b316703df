#pragma once

#include <QString>

// A CBS-style CSV of imports by product and country as large as asked (2 million rows, 45 MB by
// default): "Goederencode;Land;Invoerwaarde", CN8 codes (several per HS6, summed by the importer),
// Dutch country names, Dutch numbers with a decimal comma and a few CBS symbols (x, .). Every
// (code, country) pair occurs once, as in a real table. Deterministic for a given size.
struct CbsCsvGenerator {
    qint64 rows = 2000000;
    int year = 2020;

    // Writes <folder>/invoer-<year>.csv; its path, or empty with *error.
    QString write(const QString &folder, QString *error) const;
};
