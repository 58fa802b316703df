// Fuzz target: the Comext importer (flow rows through FlowFormat and readFlowFiles) on one
// download, full_v2 or SDMX-CSV, with the options an input may give (fuzz::applyOptions).
#include "fuzzimport.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const fuzz::Parts parts(data, size);
    herkomst::ImportRequest request;
    request.files = {fuzz::writeFile(QStringLiteral("full_v2_202052.dat"), parts.main())};
    fuzz::applyOptions(parts, request);
    fuzz::runImport(QStringLiteral("comext"), request);
    return 0;
}
