// Fuzz target: the CBS importer (CbsTableReader behind CSV and XLSX) on one table, as a user hands
// it over. A workbook input (see fuzz::writeWorkbook) becomes an .xlsx, anything else a .csv; the
// year in the file name is what CBS's own downloads carry.
#include "fuzzimport.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const fuzz::Parts parts(data, size);
    herkomst::ImportRequest request;
    if (fuzz::isWorkbookInput(data, size))
        request.files = {fuzz::writeWorkbook(QStringLiteral("invoer-2020.xlsx"), data, size)};
    else
        request.files = {fuzz::writeFile(QStringLiteral("invoer-2020.csv"), parts.main())};
    fuzz::applyOptions(parts, request);
    fuzz::runImport(QStringLiteral("cbs"), request);
    return 0;
}
