#include "import/importer.h"

#include "import/importjob.h"
#include "import/storetradesink.h"

namespace herkomst {

ImportReport Importer::run(Store &store, const ImportRequest &request, ImportProgress &progress)
{
    StoreTradeSink sink(store);
    ImportJob job(store, request, progress, sink);
    return job.run(*this);
}

} // namespace herkomst
