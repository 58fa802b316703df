#pragma once

#include "export/exporttable.h"

#include <QByteArray>

namespace herkomst {

// CSV as Dutch Excel expects: UTF-8 with BOM, ';' between fields, decimal comma, no thousands
// separators, CRLF line ends; only the header row and the rows, so it reads back as written.
QByteArray toCsv(const ExportTable &table);
bool writeCsv(const ExportTable &table, const QString &path, QString *error);

} // namespace herkomst
