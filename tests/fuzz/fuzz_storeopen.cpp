// Fuzz target: opening a store file read-only, as `analyse` and the window do, and reading every
// slice of every data set it holds into statistics. A store is a file a user can be handed too
// (a saved analysis names one): whatever its bytes, it is refused with a reason or read, never a
// crash and never figures from a damaged file. Seeds are small stores; the mutator changes pages.
#include "fuzzinput.h"

#include "analysis/productstatistics.h"
#include "store/store.h"

#include <QFile>

#include <cstdio>
#include <cstdlib>

using namespace herkomst;

namespace {

[[noreturn]] void broken(const char *what, const QString &detail = {})
{
    std::fprintf(stderr, "fuzz_storeopen: %s %s\n", what, qPrintable(detail));
    std::abort();
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    // A new name per input: the check on opening is remembered per file, size and time, and an
    // input of the same size written within the clock's resolution would skip it.
    static qint64 count = 0;
    const QString name = QStringLiteral("store-%1.sqlite").arg(++count);
    const QString path = fuzz::writeFile(name, QByteArrayView(reinterpret_cast<const char *>(data), qsizetype(size)));
    {
        Store store;
        StoreError error;
        if (!store.open(path, Store::Mode::ReadOnly, &error)) {
            if (error.message().isEmpty())
                broken("refused without a message");
        } else {
            int slices = 0;
            for (const DataSetInfo &info : store.dataSets()) {
                for (const DataSetSlice &slice : info.slices) {
                    if (slice.reporter.isEmpty() || ++slices > 8)
                        continue;
                    QString loadError;
                    const std::optional<TradeData> trade =
                        store.loadTradeData(info.id, slice.reporter, slice.year, &loadError);
                    if (trade)
                        (void)computeStatistics(std::make_shared<const TradeData>(*trade));
                    else if (loadError.isEmpty())
                        broken("a slice neither read nor refused");
                }
            }
        }
    }
    for (const QString &suffix : {QString(), QStringLiteral("-wal"), QStringLiteral("-shm")})
        QFile::remove(path + suffix);
    return 0;
}
