#pragma once

#include "import/importreport.h"
#include "store/datasetinfo.h"

#include <QString>

namespace herkomst {

class Store;
class DataSetWriter;

// Steps every importer shares, so each format class holds only what is particular to it.
namespace importsupport {

QString tr(const char *text);

// Fails the report when a data set already holds this file (same SHA-256) and duplicates are
// not allowed. True when the import may go on.
bool checkNotImported(const Store &store, const DataSetFile &file, bool allowDuplicate, ImportReport &report);
// Fails the report when the name is empty or taken (before any slow work is done).
bool checkNameFree(const Store &store, const QString &name, ImportReport &report);
// Fails the report with the writer's last error at this position (file, row, column).
bool writerFailed(const DataSetWriter &writer, ImportReport &report, const QString &file = {});
// Marks the report cancelled (nothing stored); always returns false.
bool cancelled(ImportReport &report);
// True for the spreadsheet files the CBS reader opens as workbooks (.xlsx, .xlsm).
bool isWorkbook(const QString &path);

} // namespace importsupport
} // namespace herkomst
