#pragma once

#include "import/importreport.h"
#include "import/importrequest.h"

#include <QString>
#include <QStringList>

namespace herkomst {

class ImportProgress;
class Store;

// One import format. A new format (Comext, Comtrade, ...) is a new class behind this interface;
// the CLI and the wizard find it through importerregistry.h.
class Importer {
public:
    virtual ~Importer() = default;

    virtual QString key() const = 0;         // "cbs", "baci"; what --format takes
    virtual QString displayName() const = 0; // Dutch, for the wizard
    // 0..100: how sure the importer is that it reads these files (names and first bytes only).
    virtual int detect(const QStringList &files) const = 0;

    // Reads the files and writes one new data set in one transaction through DataSetWriter:
    // on any error or cancel nothing is stored. Runs on the caller's thread (a worker in the GUI).
    virtual ImportReport run(Store &store, const ImportRequest &request, ImportProgress &progress) = 0;
};

} // namespace herkomst
