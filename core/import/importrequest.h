#pragma once

#include "import/columnmapping.h"

#include <QString>
#include <QStringList>
#include <optional>
#include <vector>

namespace herkomst {

// Everything a user chose for one import (CLI options or the wizard's pages).
struct ImportRequest {
    QStringList files;     // the tables or year files; side files may be listed here too
    QString dataSetName;   // empty: derived from the first file's name
    int year = 0;          // 0: from the data (BACI column t, CBS year column or title)
    QStringList reporters; // ISO3; empty: the importer's default (NLD); "ALL": every one
    QString countriesFile; // BACI country_codes_V*.csv; empty: looked for beside the data
    QString productsFile;  // BACI product_codes_HS*_V*.csv; empty: looked for beside the data
    // Per input file (same order as files); empty or absent entries are auto-detected.
    std::vector<std::optional<ColumnMapping>> mappings;
    // Rows whose country matches nothing are reported and not stored, instead of failing the
    // import. Off by default: a wizard first lets the user map the names.
    bool skipUnmatchedCountries = false;
    // Store a file again although a data set already holds it (same SHA-256).
    bool allowDuplicateFiles = false;
    int threads = 0; // 0: as many as the machine has, at most 2 for BACI

    bool allReporters() const
    {
        return reporters.size() == 1 && reporters.front().compare(QLatin1String("ALL"), Qt::CaseInsensitive) == 0;
    }
};

} // namespace herkomst
