#pragma once

#include "io/sourceerror.h"
#include "store/servicesstore.h"

#include <QCoreApplication>
#include <QString>
#include <QStringList>
#include <optional>
#include <vector>

namespace herkomst {

// Reads a table of services imports by partner, as CBS StatLine downloads it (CSV or XLSX, the
// first sheet), in either layout (docs/design.md, "Table 1"):
//   long: a partner column ("Landen"), a year column ("Perioden") and a value column
//         ("Invoer van diensten"), one row per partner and year;
//   wide: a partner column and one column per year ("2019", "2020*").
// Title and unit lines above the header are allowed; a unit "x 1 000 euro" or "x miljard euro"
// is converted to millions. Totals ("Totaal", "Wereld") are no partner and are skipped. CBS
// symbols follow DutchNumber: "." unknown, "x" secret, "-" zero; missing is never zero. Partner
// names are kept as the source prints them. The first malformed cell stops the read with file,
// row and column.
class ServicesTableReader {
    Q_DECLARE_TR_FUNCTIONS(ServicesTableReader)
public:
    // Rows of text as the file holds them (CSV decoded, XLSX cells as shown); nullopt with *error.
    static std::optional<std::vector<QStringList>> readRows(const QString &path, io::SourceError *error);
    // The values of the rows for reporter; nullopt with *error naming row and column.
    static std::optional<std::vector<ServicesValue>> parse(const std::vector<QStringList> &rows, const QString &file,
                                                           const QString &reporter, io::SourceError *error);
    // A file read and parsed as one data set ready to store (name: the file's base name unless given).
    static std::optional<ServicesDataSet> read(const QString &path, const QString &reporter, const QString &name,
                                               io::SourceError *error);
};

} // namespace herkomst
