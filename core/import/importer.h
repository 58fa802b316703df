#pragma once

#include "import/formatlayout.h"
#include "import/importreport.h"
#include "import/importrequest.h"

#include <QString>
#include <QStringList>

namespace herkomst {

class ImportJob;
class ImportProgress;
class Store;

// One import format (docs/design.md §8, "an import format"). A format reads its files and hands
// grouped rows to the job's sink; everything formats share (checksums, duplicates, reporters,
// the partner policy, the name, progress, cancel, the transaction) is the ImportJob's. A new
// format is one class behind this interface, listed once in importerregistry.cpp.
class Importer {
public:
    virtual ~Importer() = default;

    virtual QString key() const = 0;         // "cbs", "baci"; what --format takes
    virtual QString displayName() const = 0; // Dutch, for the wizard
    // 0..100: how sure the importer is that it reads these files (names and first bytes only).
    // An archive as downloaded (zip, 7z, gz, tar.gz) counts by its members (detectFiles).
    virtual int detect(const QStringList &files) const;
    // The columns the format reads and the unit of its values, for the wizard's preview; empty
    // for a format whose columns the user maps.
    virtual FormatLayout layout() const { return {}; }

    // Reads the files and writes one new data set in one transaction: an ImportJob around read()
    // with the store's sink. On any error or cancel nothing is stored. Runs on the caller's thread
    // (a worker in the GUI).
    virtual ImportReport run(Store &store, const ImportRequest &request, ImportProgress &progress);

    // The format's own part: reads job.request().files (archives already replaced by their
    // members, see io::InputFile), groups their rows and writes them through job.sink() after
    // job.begin(). False with the job's report failed (or the job cancelled).
    virtual bool read(ImportJob &job) = 0;

protected:
    // detect() on files that are no archives; every format implements it.
    virtual int detectFiles(const QStringList &) const { return 0; }
};

} // namespace herkomst
