#pragma once

#include "io/xlsxcell.h"

#include <vector>

namespace herkomst::io {

// One <row> of a sheet. cells[i] is column i + 1, so columns keep their sheet position; columns
// missing from the file are Empty. Rows missing from the file are simply not returned.
struct XlsxRow {
    qint64 row = 0; // 1-based sheet row
    std::vector<XlsxCell> cells;

    int columnCount() const { return int(cells.size()); }
    // 1-based, like the sheet; out of range reads as Empty.
    const XlsxCell &cell(int column) const
    {
        static const XlsxCell empty;
        return column >= 1 && column <= columnCount() ? cells[size_t(column - 1)] : empty;
    }
};

} // namespace herkomst::io
