#pragma once

#include <QDateTime>
#include <QString>
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

    std::vector<int> years() const;
    std::vector<QString> reporters() const;
};

} // namespace herkomst
