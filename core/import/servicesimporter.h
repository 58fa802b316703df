#pragma once

#include "import/importer.h"

#include <QCoreApplication>

namespace herkomst {

// Services imports by partner (CBS StatLine, CSV or XLSX) as a format the import wizard lists
// beside the goods formats (docs/design.md, "Table 1"). Services are no trade rows: run() reads
// the one file with ServicesTableReader, as import-services does, and stores it with
// writeServicesDataSet in one transaction instead of an ImportJob with a TradeSink. The
// request's mapping (the wizard's: header row, Partner, Year, ImportValue, unit) replaces the
// detected layout; its year keeps one year, or dates a table without a year column.
class ServicesImporter : public Importer {
    Q_DECLARE_TR_FUNCTIONS(Import)

public:
    QString key() const override { return QStringLiteral("services"); }
    QString displayName() const override;
    ImportReport run(Store &store, const ImportRequest &request, ImportProgress &progress) override;
    bool read(ImportJob &job) override; // never used: run() does not go through an ImportJob

    // The layout of a table as the wizard previews it (its first rows), or nullopt.
    static std::optional<ColumnMapping> detectLayout(const QString &path);

protected:
    // A table whose header is a services layout (no goods code) scores above a CBS workbook.
    int detectFiles(const QStringList &files) const override;
};

} // namespace herkomst
