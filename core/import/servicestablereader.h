#pragma once

#include "import/columnmapping.h"
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
    // The rows searched for the header.
    static constexpr int headerSearchRows = 60;

    // Rows of text as the file holds them (CSV decoded, XLSX cells as shown), at most maxRows
    // (0: all); row i is the file's row i + 1. nullopt with *error.
    static std::optional<std::vector<QStringList>> readRows(const QString &path, io::SourceError *error,
                                                            int maxRows = 0);
    // The layout of a services table as a ColumnMapping (rows and columns 1-based), the form the
    // wizard's mapping page edits: a Partner column always; Year and ImportValue columns for the
    // long layout; neither for the wide layout (the header's cells that are years, "2020*"
    // included); ImportValue alone for a table of one year (mapping.year). unitFactor turns the
    // values into euro (1e6 for "mln euro", the unit when the table names none). nullopt when no
    // row within headerSearchRows is such a header, or when the header names a goods code (a
    // goods table, not services).
    static std::optional<ColumnMapping> detectLayout(const std::vector<QStringList> &rows);
    // The values of the rows for reporter, read with layout (detected when absent). year (else
    // the layout's): only that year's values, or the year of a table without a year column.
    // nullopt with *error naming row and column.
    static std::optional<std::vector<ServicesValue>> parse(const std::vector<QStringList> &rows, const QString &file,
                                                           const QString &reporter, io::SourceError *error,
                                                           const std::optional<ColumnMapping> &layout = {},
                                                           int year = 0);
    // What values hold: their distinct partners and years (sorted), for a summary.
    struct Contents {
        int partners = 0;
        std::vector<int> years;
    };
    static Contents contents(const std::vector<ServicesValue> &values);
    // A partner name that is a total ("Totaal landen", "Wereld"): skipped, never a partner.
    static bool isTotal(const QString &partner);
    // A file read and parsed as one data set ready to store (name: the file's base name unless
    // given). The one path from file to ServicesDataSet: import-services and the wizard use it.
    static std::optional<ServicesDataSet> read(const QString &path, const QString &reporter, const QString &name,
                                               io::SourceError *error, const std::optional<ColumnMapping> &layout = {},
                                               int year = 0);
};

} // namespace herkomst
