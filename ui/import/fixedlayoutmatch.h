#pragma once

#include "import/formatlayout.h"
#include "import/importpreview.h"

#include <vector>

namespace herkomst::ui {

// How a file's preview lines up with a format's fixed columns (BACI, Comext, Comtrade): which
// row is the header and which known column each of the file's columns is, by the names the
// format knows. A file without the format's required columns is one it reads beside its data
// (BACI's country and product codes), or not one of its files at all.
struct FixedLayoutMatch {
    qint64 headerRow = 0;      // 0: no row names the format's columns
    std::vector<int> columnOf; // per file column (0-based): index into layout.columns, -1 none
    QStringList missing;       // required columns the header lacks
    bool isDataFile() const { return headerRow > 0 && missing.isEmpty(); }

    static FixedLayoutMatch match(const herkomst::TablePreview &preview, const herkomst::FormatLayout &layout);
};

} // namespace herkomst::ui
