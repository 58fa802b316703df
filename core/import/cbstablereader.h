#pragma once

#include "import/cbsdata.h"
#include "import/columnmapping.h"
#include "import/importreport.h"
#include "io/dutchnumber.h"
#include "io/sourceerror.h"

#include <QString>
#include <optional>

namespace herkomst {

struct HsCode;

namespace io {
struct XlsxRow;
struct XlsxCell;
} // namespace io
class CountryMatcher;

// Reads one CBS table (a CSV file or one sheet) row by row: title lines and a unit line above,
// the header found by its column names, data rows, footnotes below. Rows go into CbsData.
class CbsTableReader {
public:
    struct Context {
        QString file;         // path, for messages
        QString sheet;        // sheet name, empty for CSV
        int year = 0;         // the request's year (0: from the table)
        int fallbackYear = 0; // a year in the file or sheet name
        io::DutchNumber::DecimalHint decimalHint = io::DutchNumber::DecimalHint::Comma;
        std::optional<ColumnMapping> mapping; // a mapping the user fixed; skips detection
        bool skipUnmatched = false;
    };

    CbsTableReader(Context context, CbsData &data, CountryMatcher &countries, ImportReport &report);

    // Feeds the next row of the sheet (CSV rows come as text cells). False on bad input.
    bool addRow(const io::XlsxRow &row);
    // After the last row. False on bad input (e.g. an HHI column that is neither 0..1 nor 0..10 000).
    bool finish();

    bool hasHeader() const { return mMapping.headerRow > 0; }
    TableKind kind() const { return mKind; }
    const ColumnMapping &mapping() const { return mMapping; }
    qint64 dataRows() const { return mDataRows; }
    io::SourceError error() const { return mError; }
    // Where the first country that matched nothing was seen, for the refusal message.
    io::SourceError firstUnmatched() const { return mFirstUnmatched; }

    static constexpr int headerSearchRows = 60;

private:
    bool fail(qint64 row, int column, const QString &message);
    bool skipRow();
    void adoptUnit();
    bool readHeader(const io::XlsxRow &row);
    bool readData(const io::XlsxRow &row);
    bool readValue(const io::XlsxCell &cell, qint64 row, int column, bool scaled, TradeValue &value);
    // `partner` is null for tables by product; the row's description is built only for a message.
    bool store(QHash<QByteArray, CbsData::Entry> &table, const QByteArray &key, const QByteArray &cn8Key,
               TradeValue value, qint64 row, int column, const HsCode &code, const QString *partner);

    Context mContext;
    CbsData &mData;
    CountryMatcher &mCountries;
    ImportReport &mReport;
    ColumnMapping mMapping;
    TableKind mKind = TableKind::Unknown;
    int mTitleYear = 0;
    qint64 mRowsSeen = 0;
    qint64 mDataRows = 0;
    QByteArray mLastProduct; // CBS leaves repeated product cells empty ("fill down")
    QString mLastDescription;
    io::SourceError mError;
    io::SourceError mFirstUnmatched;
    QList<QPair<QByteArray, qint64>> mHhiRows; // key, row: scaled in finish()
    double mHhiMax = 0.0;
    qint64 mHhiMaxRow = 0;
};

} // namespace herkomst
