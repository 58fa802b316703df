#pragma once

#include "import/cbsdata.h"
#include "import/columnmapping.h"
#include "import/importreport.h"
#include "import/textkeymap.h"
#include "io/dutchnumber.h"
#include "io/sourceerror.h"

#include <QHash>
#include <QString>
#include <optional>

namespace herkomst {

class CbsRow;
struct CbsCell;
class CountryMatcher;
class ImportJob;

// Reads one CBS table (a CSV file or one sheet) row by row: title lines and a unit line above,
// the header found by its column names, data rows, footnotes below. Rows are grouped into
// CbsData as they come, so nothing is held per row.
class CbsTableReader {
public:
    struct Context {
        QString file;         // path, for messages
        int fileIndex = 0;    // into CbsData::files
        QString sheet;        // sheet name, empty for CSV
        int year = 0;         // the request's year (0: from the table)
        int fallbackYear = 0; // a year in the file or sheet name
        io::DutchNumber::DecimalHint decimalHint = io::DutchNumber::DecimalHint::Comma;
        std::optional<ColumnMapping> mapping; // a mapping the user fixed; skips detection
    };

    // `job` takes the rows whose partner matches nothing (the import's policy); without a job (a
    // preview) only the header is looked for.
    CbsTableReader(Context context, CbsData &data, CountryMatcher &countries, ImportReport &report,
                   ImportJob *job = nullptr);

    // Feeds the next row of the sheet. False on bad input: the first malformed row stops the read.
    bool addRow(const CbsRow &row);
    // After the last row. False on bad input (e.g. an HHI column that is neither 0..1 nor 0..10 000).
    bool finish();

    bool hasHeader() const { return mMapping.headerRow > 0; }
    TableKind kind() const { return mKind; }
    const ColumnMapping &mapping() const { return mMapping; }
    qint64 dataRows() const { return mDataRows; }
    io::SourceError error() const { return mError; }
    int titleYear() const { return mTitleYear; }

    static constexpr int headerSearchRows = 60;

private:
    struct Product {
        int32_t hs6 = 0;
        int32_t cn8 = 0; // 0 unless the line holds a CN8 (GN) code
        QString description;
    };

    bool fail(qint64 row, int column, const QString &message);
    bool skipRow();
    void adoptUnit();
    bool readHeader(const CbsRow &row);
    bool readData(const CbsRow &row);
    bool readProduct(const CbsRow &row, Product &product);
    void noteProduct(const CbsRow &row, const Product &product);
    bool readYear(const CbsRow &row, int &year);
    bool readValue(const CbsCell &cell, qint64 row, int column, bool scaled, TradeValue &value);
    // Partner index of a cell; -1 for a total line, -2 when it matches nothing.
    int partnerOf(const CbsCell &cell);
    bool readImport(const CbsRow &row, const Product &product, int year);
    // Files a value under its key: a new key, or a CN8 part of an HS6 total; any other repeat of a
    // key is refused. `partner` names the partner cell for that message (imports only). `recent`
    // remembers the partner's last key: CBS lists the CN8 lines of one HS6 heading one after
    // another, so most lines add to the entry that partner had last, without a hash probe; and
    // in a run of a product met for the first time (mRun) every other key is new.
    struct RecentEntry {
        uint64_t key = ~uint64_t(0);
        uint32_t index = 0;
    };
    bool store(CbsData::Table &table, uint64_t key, TradeValue value, qint64 row, const Product &product,
               const CbsCell *partner, RecentEntry *recent = nullptr);

    Context mContext;
    CbsData &mData;
    CountryMatcher &mCountries;
    ImportReport &mReport;
    ImportJob *mJob;
    ColumnMapping mMapping;
    TableKind mKind = TableKind::Unknown;
    int mTitleYear = 0;
    qint64 mRowsSeen = 0;
    qint64 mDataRows = 0;
    Product mLast;           // CBS leaves repeated product cells empty ("fill down")
    char mLastPlain[8] = {}; // the digits mLast was read from, when plain (plainCode)
    qsizetype mLastPlainSize = 0;
    io::SourceError mError;
    TextKeyMap<int> mPartners;               // a partner cell's bytes -> partnerOf()
    std::vector<RecentEntry> mRecentImports; // by partner index
    struct {
        uint64_t key = ~uint64_t(0); // (year, HS6) of the import lines being read
        bool fresh = false;          // no line of it came before this run
    } mRun;
    int32_t mNotedHs6 = 0;          // the product noteProduct() saw last
    std::vector<uint64_t> mHhiKeys; // scaled in finish()
    double mHhiMax = 0.0;
    qint64 mHhiMaxRow = 0;
};

} // namespace herkomst
