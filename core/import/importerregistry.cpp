#include "import/importerregistry.h"

#include "import/baciimporter.h"
#include "import/cbsimporter.h"
#include "import/comextimporter.h"
#include "import/comtradeimporter.h"

namespace herkomst {

std::vector<std::unique_ptr<Importer>> createImporters()
{
    std::vector<std::unique_ptr<Importer>> list;
    list.push_back(std::make_unique<CbsImporter>());
    list.push_back(std::make_unique<BaciImporter>());
    list.push_back(std::make_unique<ComextImporter>());
    list.push_back(std::make_unique<ComtradeImporter>());
    return list;
}

std::unique_ptr<Importer> createImporter(const QString &key)
{
    for (auto &importer : createImporters()) {
        if (importer->key().compare(key, Qt::CaseInsensitive) == 0)
            return std::move(importer);
    }
    return nullptr;
}

std::unique_ptr<Importer> detectImporter(const QStringList &files, int threshold)
{
    std::unique_ptr<Importer> best;
    int bestScore = threshold - 1;
    for (auto &importer : createImporters()) {
        const int score = importer->detect(files);
        if (score > bestScore) {
            bestScore = score;
            best = std::move(importer);
        }
    }
    return best;
}

} // namespace herkomst
