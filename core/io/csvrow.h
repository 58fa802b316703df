#pragma once

#include <QByteArrayView>

#include <vector>

namespace herkomst::io {

// One record from CsvReader's fast path. The views point into the reader's buffer and stay valid
// only until the next CsvReader::readRow(); quotes are already removed. An empty line has size 0.
class CsvRow {
public:
    int size() const { return int(mFields.size()); }
    bool isEmpty() const { return mFields.empty(); }
    QByteArrayView operator[](int index) const { return mFields[size_t(index)]; }
    // Out-of-range columns read as empty, so ragged rows need no special casing.
    QByteArrayView value(int index) const
    {
        return index >= 0 && index < size() ? mFields[size_t(index)] : QByteArrayView();
    }
    qint64 line() const { return mLine; } // 1-based line on which the record starts

private:
    friend class CsvReader;
    std::vector<QByteArrayView> mFields;
    qint64 mLine = 0;
};

} // namespace herkomst::io
