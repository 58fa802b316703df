#pragma once

#include <QByteArray>
#include <QByteArrayView>
#include <QString>
#include <vector>

namespace herkomst {

namespace io {
class CsvReader;
class CsvRow;
struct XlsxRow;
} // namespace io

// One cell of a CBS table as the table reader sees it, whatever the file: a number (a workbook's
// numeric cell) or trimmed UTF-8 text (a CSV field as it is, decoded only when not ASCII).
struct CbsCell {
    enum class Kind : quint8 { Empty, Number, Text, Boolean, Error };
    Kind kind = Kind::Empty;
    double number = 0.0;
    QByteArrayView text; // UTF-8, trimmed; Text and Error

    bool isBlank() const { return kind == Kind::Empty || (kind == Kind::Text && text.isEmpty()); }
    QString toString() const; // for headers and messages
};

// One row of a CBS table. Views stay valid until the row is filled again (and, for CSV, until the
// reader reads on), so a row costs no allocation per cell.
class CbsRow {
public:
    qint64 row = 0; // 1-based row in the sheet or record in the file

    int columnCount() const { return int(mCells.size()); }
    const CbsCell &cell(int column) const // 1-based; out of range reads as empty
    {
        static const CbsCell empty;
        return column >= 1 && column <= columnCount() ? mCells[size_t(column - 1)] : empty;
    }
    const std::vector<CbsCell> &cells() const { return mCells; }

    void fill(const io::XlsxRow &row);
    void fill(const io::CsvRow &row, io::CsvReader &reader);
    // Cells as text that is UTF-8 and trimmed already; the views must outlive the row's use.
    void fill(qint64 row, const std::vector<QByteArrayView> &texts);

private:
    void reset(size_t cells);
    void setText(size_t index, QByteArrayView text);
    void pointViews();

    std::vector<CbsCell> mCells;
    QByteArray mDecoded;                              // text that is not a view into the source
    QByteArray mScratch;                              // one field as the CSV reader decoded it
    std::vector<std::pair<qsizetype, qsizetype>> mAt; // per cell: offset, length in mDecoded (or -1)
};

} // namespace herkomst
