#pragma once

#include "import/importer.h"

#include <memory>
#include <vector>

namespace herkomst {

// The formats core can import, in the order the wizard lists them.
std::vector<std::unique_ptr<Importer>> createImporters();
// The importer for a --format key; nullptr when unknown.
std::unique_ptr<Importer> createImporter(const QString &key);
// The importer most confident about the files; nullptr when none reaches the threshold.
std::unique_ptr<Importer> detectImporter(const QStringList &files, int threshold = 30);

} // namespace herkomst
