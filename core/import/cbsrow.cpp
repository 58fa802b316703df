#include "import/cbsrow.h"

#include "io/csvreader.h"
#include "io/xlsxrow.h"

namespace herkomst {

QString CbsCell::toString() const
{
    switch (kind) {
    case Kind::Empty:
        return {};
    case Kind::Number:
        return io::XlsxCell::numberText(number);
    case Kind::Boolean:
        return io::XlsxCell::booleanText(number != 0);
    case Kind::Text:
    case Kind::Error:
        break;
    }
    return QString::fromUtf8(text);
}

void CbsRow::reset(size_t cells)
{
    mCells.resize(cells);
    mAt.resize(cells);
    for (size_t i = 0; i < cells; ++i) {
        mCells[i] = CbsCell{};
        mAt[i].first = -1;
    }
    if (!mDecoded.isEmpty())
        mDecoded.resize(0); // keeps its capacity for the next row
}

void CbsRow::setText(size_t index, QByteArrayView text)
{
    mAt[index] = {mDecoded.size(), text.size()};
    mDecoded.append(text);
}

void CbsRow::pointViews()
{
    for (size_t i = 0; i < mCells.size(); ++i) {
        if (mAt[i].first < 0)
            continue;
        // Trimmed after decoding, so a no-break space (U+00A0) at either end stays text.
        mCells[i].text = QByteArrayView(mDecoded).sliced(mAt[i].first, mAt[i].second).trimmed();
    }
}

void CbsRow::fill(const io::XlsxRow &source)
{
    row = source.row;
    reset(source.cells.size());
    for (size_t i = 0; i < source.cells.size(); ++i) {
        const io::XlsxCell &from = source.cells[i];
        CbsCell &to = mCells[i];
        switch (from.kind) {
        case io::XlsxCell::Kind::Empty:
            break;
        case io::XlsxCell::Kind::Number:
        case io::XlsxCell::Kind::Boolean:
            to.kind = from.kind == io::XlsxCell::Kind::Number ? CbsCell::Kind::Number : CbsCell::Kind::Boolean;
            to.number = from.number;
            break;
        case io::XlsxCell::Kind::Text:
        case io::XlsxCell::Kind::Error:
            to.kind = from.kind == io::XlsxCell::Kind::Text ? CbsCell::Kind::Text : CbsCell::Kind::Error;
            setText(i, from.text.toUtf8());
            break;
        }
    }
    pointViews();
}

void CbsRow::fill(const io::CsvRow &source, io::CsvReader &reader)
{
    row = reader.recordNumber();
    const size_t n = size_t(source.size());
    reset(n);
    for (size_t i = 0; i < n; ++i) {
        const QByteArrayView field = source[int(i)];
        CbsCell &cell = mCells[i];
        cell.kind = CbsCell::Kind::Text;
        // A view into the reader's buffer unless the file's encoding needs decoding.
        const QByteArrayView text = reader.utf8(field, mScratch);
        if (text.data() == field.data())
            cell.text = text.trimmed();
        else
            setText(i, text);
    }
    pointViews();
}

void CbsRow::fill(qint64 rowNumber, const std::vector<QByteArrayView> &texts)
{
    row = rowNumber;
    reset(texts.size());
    for (size_t i = 0; i < texts.size(); ++i) {
        mCells[i].kind = CbsCell::Kind::Text;
        mCells[i].text = texts[i];
    }
}

} // namespace herkomst
