// Fuzz target: the saved-analysis reader (readSavedAnalysis, AnalysisStateJson, JsonFieldReader)
// on one .herkomst file, the file type a user double-clicks. What it accepts must be usable: it
// writes back and reads back as the same analysis, and the funnel runs on its criteria.
#include "fuzzinput.h"

#include "analysis/funnelanalysis.h"
#include "session/dataselection.h"
#include "session/savedanalysis.h"

#include <cstdio>
#include <cstdlib>

using namespace herkomst;

namespace {

[[noreturn]] void broken(const char *what, const QString &detail = {})
{
    std::fprintf(stderr, "fuzz_savedanalysis: %s %s\n", what, qPrintable(detail));
    std::abort();
}

// The demo data's statistics over three years, computed once for the run.
const StatisticsSet &demoStatistics()
{
    static const StatisticsSet set = [] {
        QString error;
        std::optional<StatisticsSet> loaded = loadStatistics(nullptr, DataSelection{}, 3, &error);
        if (!loaded)
            broken("no demo statistics", error);
        return std::move(*loaded);
    }();
    return set;
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QString path = fuzz::writeFile(QStringLiteral("analyse.herkomst"),
                                         QByteArrayView(reinterpret_cast<const char *>(data), qsizetype(size)));
    QString error;
    const std::optional<SavedAnalysis> analysis = readSavedAnalysis(path, &error);
    if (!analysis) {
        if (error.isEmpty())
            broken("refused without a message");
        return 0;
    }
    const QString again = fuzz::workDir().filePath(QStringLiteral("again.herkomst"));
    if (!writeSavedAnalysis(*analysis, again, &error))
        broken("read but cannot be written back", error);
    const std::optional<SavedAnalysis> reread = readSavedAnalysis(again, &error);
    if (!reread)
        broken("written back but cannot be read", error);
    if (reread->state != analysis->state || reread->storePath != analysis->storePath ||
        reread->dataSetName != analysis->dataSetName || reread->fileChecksums != analysis->fileChecksums)
        broken("reads back as another analysis");
    (void)checkAgainstStore(*analysis, nullptr);
    AnalysisSettings settings;
    settings.criteria = analysis->state.criteria;
    settings.industries = analysis->state.industries;
    settings.persistence = analysis->state.persistence;
    const AnalysisResult result = runFunnel(demoStatistics(), settings);
    (void)result;
    return 0;
}
