#pragma once

#include "import/importer.h"

namespace herkomst {

// CBS tables (maatwerktabellen) as CBS delivers them, XLSX or CSV: title lines, a unit line,
// a header found by Dutch or English column names, footnotes. A workbook may hold all four
// tables (imports by product and country, exports by product, product -> industry, world-market
// HHI by product) among other sheets; each may also come as its own file. Reporter: NLD.
class CbsImporter : public Importer {
public:
    QString key() const override { return QStringLiteral("cbs"); }
    QString displayName() const override;
    bool read(ImportJob &job) override;

    // True for the spreadsheet files read as workbooks (.xlsx, .xlsm); others are read as CSV.
    static bool isWorkbook(const QString &path);

protected:
    int detectFiles(const QStringList &files) const override;
};

} // namespace herkomst
