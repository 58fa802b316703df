#pragma once

#include "domain/tradetypes.h"

#include <QByteArray>
#include <QByteArrayView>
#include <QString>
#include <QStringList>
#include <vector>

namespace herkomst {

class CountryMatcher;

namespace io {
class CsvReader;
class CsvRow;
} // namespace io

// One source row as a flow format understood it: a reporter's import from, or export to, one
// partner of one product in one period. Filled by FlowFormat::interpret(), used by flowimport.
struct FlowRecord {
    enum class Verdict { Use, Skip, Reject, Unmatched };
    enum class Direction { Import, Export };
    // Country: an ISO3 partner. Block: a partner that names no country (Comext QP..QZ,
    // Comtrade's "Areas, nes"): stored under its own code with its value, counted in the
    // reporter's imports but never a supplier (docs/design.md §1). World: the total over all
    // partners, not stored as a partner but used as a cross-check and as the export total.
    enum class PartnerKind { Country, Block, World };

    Verdict verdict = Verdict::Use;
    Direction direction = Direction::Import;
    PartnerKind partnerKind = PartnerKind::Country;
    QByteArray partner; // ISO3 (Country) or the block's code (Block)
    QByteArray hs6;
    bool fromCn8 = false; // an eight-digit CN row, summed into its HS6
    QString description;  // English product text when the source gives one
    QByteArray keyExtra;  // more columns that make a source row unique (STAT_REGIME, customsCode, ...)

    QString message;              // skip reason (skipped rows are grouped by it) or the error
    int role = -1;                // the column the message is about
    bool sumSkippedValue = false; // the skipped rows' value is worth a note (confidential products)

    void skip(const QString &reason, int column, bool sumValue = false)
    {
        verdict = Verdict::Skip;
        message = reason;
        role = column;
        sumSkippedValue = sumValue;
    }
    void reject(int column, const QString &error)
    {
        verdict = Verdict::Reject;
        message = error;
        role = column;
    }
    void unmatched(int column, const QString &text)
    {
        verdict = Verdict::Unmatched;
        message = text;
        role = column;
    }
    // Takes the partner (or the skip or unmatched verdict) a format worked out once for this cell.
    void adoptPartner(const FlowRecord &known, int column);
};

// The cells of one CSV row by column role (FlowFormat::Role or a format's own roles).
class FlowFields {
public:
    FlowFields(const io::CsvRow &row, io::CsvReader &reader, const std::vector<int> &columns)
        : mRow(row), mReader(reader), mColumns(columns)
    {}

    bool has(int role) const { return column(role) > 0; }
    int column(int role) const { return role >= 0 && size_t(role) < mColumns.size() ? mColumns[size_t(role)] : 0; }
    QByteArrayView raw(int role) const; // bytes as in the file; empty when the column is absent
    QString text(int role) const;       // decoded and trimmed

private:
    const io::CsvRow &mRow;
    io::CsvReader &mReader;
    const std::vector<int> &mColumns;
};

// What one "one flow per row" download (Eurostat Comext, UN Comtrade) has particular: its column
// names and how its partner, product and flow codes read. Reading, aggregating, checking and
// storing are shared (flowimport.h), so a format class holds only the source's conventions.
class FlowFormat {
public:
    // Columns every flow file has; formats number their own further columns from FirstExtraRole.
    enum Role : int { ReporterRole, PartnerRole, ProductRole, FlowRole, PeriodRole, ValueRole, FirstExtraRole };

    struct Column {
        int role = 0;
        QString name;         // as the source's documentation writes it, for messages
        QStringList synonyms; // normalised header texts (see normaliseHeader), best first
        bool required = false;
    };

    virtual ~FlowFormat() = default;

    virtual QString source() const = 0;   // DataSetInfo::source: "Comext", "Comtrade"
    virtual QString title() const = 0;    // for messages and default names: "Eurostat Comext"
    virtual QString currency() const = 0; // "EUR", "USD"
    virtual QString unitNote() const = 0;
    virtual std::vector<Column> columns() const = 0;
    // A reporter cell to ISO3; empty when it is no single country (EU27_2020, a numeric code).
    virtual QByteArray reporter(const QString &text) = 0;
    // Partner, product, flow and the format's own columns of a row whose reporter was chosen.
    virtual void interpret(const FlowFields &fields, FlowRecord &record) = 0;

    // Lower case, letters and digits only: "VALUE_IN_EUROS" -> "valueineuros",
    // "Trade Value (US$)" -> "tradevalueus".
    static QString normaliseHeader(QStringView header);

protected:
    // A product cell: TOTAL and codes of 1 to 4 digits (chapters, headings; a leading zero may be
    // lost) are skipped as aggregates; 5 to maxDigits digits give the HS6 (CN8 when 7 or 8);
    // anything else is rejected. The text after the code becomes the description.
    static void readProduct(const QString &text, int maxDigits, FlowRecord &record);
    // 1 / M / import(s) and 2 / X / export(s); false when the cell is none of these.
    static bool readFlow(const QString &text, FlowRecord &record);
    // A partner through the import's one partner policy (CountryMatcher): a country, a block
    // that names no country, a total ("EU", "Totaal": skipped) or unmatched. `spellings` are
    // tried in order; `listedWithoutCountry` when the source itself says it names no country.
    static void matchPartner(CountryMatcher &partners, const QStringList &spellings, const QString &name,
                             bool listedWithoutCountry, FlowRecord &record);
};

} // namespace herkomst
