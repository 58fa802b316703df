#include "import/importer.h"

#include "import/importjob.h"
#include "import/storetradesink.h"
#include "io/inputfile.h"

namespace herkomst {

int Importer::detect(const QStringList &files) const
{
    QStringList expanded;
    io::SourceError error;
    return io::InputFile::expand(files, &expanded, &error) ? detectFiles(expanded) : 0;
}

ImportReport Importer::run(Store &store, const ImportRequest &request, ImportProgress &progress)
{
    // Archives as downloaded are read as their members, streaming; a refused archive (a bomb, a
    // name that would leave its folder, damage) stops the import before anything is read.
    ImportRequest members = request;
    io::SourceError error;
    if (!io::InputFile::expand(request.files, &members.files, &error)) {
        ImportReport report;
        report.format = key();
        report.fail(error);
        return report;
    }
    if (members.files.size() != request.files.size())
        members.mappings.clear(); // mappings are per file given; an archive's members are detected
    StoreTradeSink sink(store);
    ImportJob job(store, members, progress, sink);
    return job.run(*this);
}

} // namespace herkomst
