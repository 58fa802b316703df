#pragma once

#include "io/sourceerror.h"

#include <QMap>
#include <QString>
#include <QStringList>
#include <vector>

namespace herkomst {

// One row the importer did not store, with where it is and why.
struct ImportIssue {
    enum class Kind { Rejected, Skipped, Unmatched };
    Kind kind = Kind::Rejected;
    io::SourceError where; // file, row, column and the reason
};

// What an import did: the counts a user checks against the source, every row not stored with
// its reason, and every country name or code that matched nothing. Nothing is dropped silently.
struct ImportReport {
    enum class Outcome { Stored, Failed, Cancelled, DuplicateFile };
    // What the user can do about a failure; the command line or the window words it in its own
    // terms (an option, a page of the wizard). Core messages never name either.
    enum class Remedy {
        None,
        MapOrSkipCountries, // map the unknown names to countries, or skip their rows
        AllowDuplicate,     // remove the data set holding the file, or import it again anyway
        ChooseName,         // give the data set a (free) name
        GiveYear,           // state the year the table is about
        GiveCountryCodes,   // give BACI's country_codes_V*.csv
        ChooseReporter,     // choose a reporter the files hold
    };

    Outcome outcome = Outcome::Failed;
    io::SourceError error; // why it failed (Failed, DuplicateFile)
    Remedy remedy = Remedy::None;
    QString format; // importer key
    QString dataSetName;
    qint64 dataSetId = 0;
    QString duplicateOf; // the data set already holding an input file

    qint64 rowsRead = 0;             // data rows read from the sources (headers, titles, notes excluded)
    qint64 rowsStored = 0;           // "opgeslagen": trade rows the new data set holds after summing (imports,
                                     // exports, world exports, world HHI), as `datasets` adds its slices up
    qint64 rowsRejected = 0;         // data rows not stored (see issues)
    qint64 rowsSkipped = 0;          // totals, notes and blank lines passed over on purpose
    QMap<QString, qint64> unmatched; // country name or code as written -> rows affected
    // Partners that name no country (value known, partner unknown), kept as blocks: every such
    // code with the rows and the known value that count under it.
    struct HiddenPartner {
        QString code;
        QString name;
        qint64 rows = 0;
        double value = 0.0; // in the data set's currency
    };
    std::vector<HiddenPartner> hiddenPartners;
    QString currency;                // of the stored data set
    std::vector<ImportIssue> issues; // the first maxIssues; counts above cover them all
    QStringList notes;               // what the importer decided: sheets used, unit, year, ...

    static constexpr int maxIssues = 10000;

    bool ok() const { return outcome == Outcome::Stored; }
    void addIssue(ImportIssue::Kind kind, const io::SourceError &where);
    void fail(const io::SourceError &where, Remedy remedy = Remedy::None);

    // Issues as CSV (bestand;regel;kolom;soort;melding), UTF-8 with BOM so Excel reads it.
    QByteArray issuesCsv() const;
    bool writeIssuesCsv(const QString &path, QString *errorText) const;
    // Dutch lines for a terminal or a dialog.
    QStringList summaryLines() const;
};

} // namespace herkomst
