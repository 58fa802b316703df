#pragma once

#include "export/exporttable.h"

namespace herkomst {

// XLSX through libxlsxwriter: bold header row, frozen, with an autofilter; HS6 and other text as
// text, numbers as numbers with formats; column widths fitted to the content; title and notes
// on a second sheet "Toelichting". False with a Dutch *error when it fails; an existing file is
// only ever replaced by a complete one.
bool writeXlsx(const ExportTable &table, const QString &path, QString *error);

} // namespace herkomst
