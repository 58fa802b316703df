#pragma once

#include "import/columnmapping.h"
#include "io/sourceerror.h"

#include <QString>
#include <QStringList>
#include <vector>

namespace herkomst {

// The first rows of one table (a CSV file or one sheet of a workbook) as text, with the column
// mapping the importers would detect, so the import wizard can show how a file is understood
// before anything is read in full.
struct TablePreview {
    QString file;
    QStringList sheets;             // sheet names of a workbook; empty for CSV and text
    int sheet = 0;                  // index of the sheet shown
    std::vector<qint64> rowNumbers; // 1-based source row of each preview row
    std::vector<QStringList> rows;  // cells as text, column i = source column i + 1
    int columnCount = 0;
    ColumnMapping mapping; // as detected; headerRow 0 when no header was recognised
    int titleYear = 0;     // a year above the header, else in the sheet or file name
    io::SourceError error; // the file could not be read

    bool ok() const { return error.isNull(); }
    // The text of a cell; empty outside the preview.
    QString cell(qint64 row, int column) const;
};

// Reads at most maxRows rows (and up to the header search depth to detect the mapping).
TablePreview previewTable(const QString &path, int sheet = 0, int maxRows = 40);

} // namespace herkomst
