#pragma once

#include "domain/hsrevision.h"

#include <QDateTime>
#include <QString>
#include <map>
#include <vector>

namespace herkomst {

// Provenance of one imported file.
struct DataSetFile {
    QString fileName;
    QString sha256;
    qint64 size = 0;
    qint64 rowsRead = 0;
    qint64 rowsStored = 0;
    qint64 rowsRejected = 0;
};

// How many rows a data set holds for one reporter and year ("" reporter: world data).
struct DataSetSlice {
    QString reporter;
    int year = 0;
    qint64 importRows = 0;
    qint64 exportRows = 0;
    qint64 worldExportRows = 0;
    qint64 worldHhiRows = 0;
    int worldExporters = -1; // world data: exporters with a known value; -1 when not counted
};

struct DataSetInfo {
    qint64 id = 0;
    QString name;
    QString source;   // "CBS", "BACI", "demo", ...
    QString currency; // "EUR", "USD"
    QString unitNote; // as the source stated it, e.g. "x 1 000 euro"
    QDateTime importedAt;
    bool synthetic = false;
    QString note;
    std::vector<DataSetFile> files;
    std::vector<DataSetSlice> slices;
    // Writing: how the importer's codes follow the HS revisions; the store records each year's.
    HsCoding hsCoding;
    // Reading: the HS revision of each year that has one recorded (docs/design.md, "HS versions").
    std::map<int, HsRevision> hsRevisions;

    std::vector<int> years() const;
    std::vector<QString> reporters() const;
    HsRevision hsRevision(int year) const; // Unknown when none is recorded
};

} // namespace herkomst
