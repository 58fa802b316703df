// Fuzz target: ServicesTableReader (Table 1's services imports by partner), CSV or, for inputs
// that look like a workbook, XLSX. Either it reads values, each with a partner, a year the
// imports accept and a value that is missing or not negative, or it fails with a reason.
#include "fuzzinput.h"

#include "import/servicestablereader.h"
#include "import/tradeperiod.h"

#include <cmath>
#include <cstdio>
#include <cstdlib>

namespace {

[[noreturn]] void broken(const char *what)
{
    std::fprintf(stderr, "fuzz_servicesimport: %s\n", what);
    std::abort();
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const bool workbook = fuzz::isWorkbookInput(data, size);
    const QString path = workbook
                             ? fuzz::writeWorkbook(QStringLiteral("diensten.xlsx"), data, size)
                             : fuzz::writeFile(QStringLiteral("diensten.csv"),
                                               QByteArrayView(reinterpret_cast<const char *>(data), qsizetype(size)));
    herkomst::io::SourceError error;
    const auto set = herkomst::ServicesTableReader::read(path, QStringLiteral("NLD"), QString(), &error);
    if (!set) {
        if (error.message.isEmpty())
            broken("a failed read without a reason");
        return 0;
    }
    if (set->values.empty())
        broken("a data set without values");
    for (const herkomst::ServicesValue &v : set->values) {
        if (v.partner.trimmed().isEmpty() || !herkomst::isTradeYear(v.year))
            broken("a value without a partner or with an impossible year");
        if (v.value.known() && (!std::isfinite(v.value.value) || v.value.value < 0))
            broken("a known value that is negative or not finite");
    }
    return 0;
}
