// Fuzz target: the Comtrade importer (flow rows through FlowFormat and readFlowFiles) on one
// download, with the options an input may give (fuzz::applyOptions).
#include "fuzzimport.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const fuzz::Parts parts(data, size);
    herkomst::ImportRequest request;
    request.files = {fuzz::writeFile(QStringLiteral("comtrade-2020.csv"), parts.main())};
    fuzz::applyOptions(parts, request);
    fuzz::runImport(QStringLiteral("comtrade"), request);
    return 0;
}
