#include "import/fixedlayoutmatch.h"

#include "import/flowformat.h"

namespace herkomst::ui {

FixedLayoutMatch FixedLayoutMatch::match(const TablePreview &preview, const FormatLayout &layout)
{
    FixedLayoutMatch best;
    int bestFound = 0;
    // The header is the first row (a few files start with a title line or two).
    for (size_t r = 0; r < preview.rows.size() && r < 5; ++r) {
        FixedLayoutMatch candidate;
        candidate.headerRow = preview.rowNumbers[r];
        int found = 0;
        std::vector<bool> seen(layout.columns.size(), false);
        for (const QString &cell : preview.rows[r]) {
            const QString name = FlowFormat::normaliseHeader(cell);
            int known = -1;
            for (size_t k = 0; k < layout.columns.size() && known < 0; ++k) {
                const FormatLayout::Column &column = layout.columns[k];
                if (!seen[k] && !name.isEmpty() &&
                    (column.synonyms.contains(name) || FlowFormat::normaliseHeader(column.name) == name))
                    known = int(k);
            }
            if (known >= 0) {
                seen[size_t(known)] = true;
                ++found;
            }
            candidate.columnOf.push_back(known);
        }
        for (size_t k = 0; k < layout.columns.size(); ++k) {
            if (layout.columns[k].required && !seen[k])
                candidate.missing << layout.columns[k].name;
        }
        if (found > bestFound) {
            best = candidate;
            bestFound = found;
        }
    }
    if (bestFound == 0) {
        best = {};
        for (const FormatLayout::Column &column : layout.columns) {
            if (column.required)
                best.missing << column.name;
        }
    }
    return best;
}

} // namespace herkomst::ui
