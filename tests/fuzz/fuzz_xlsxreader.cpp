// Fuzz target: io::XlsxReader (ZipArchive on libarchive, XmlPullParser, shared strings, cell
// references) on one workbook. Input as fuzz::writeWorkbook reads it: a zip as it is, or XML
// parts put into a valid zip so that the mutations reach the XML.
#include "fuzzinput.h"

#include "io/xlsxreader.h"

#include <cstdio>
#include <cstdlib>

using herkomst::io::XlsxReader;
using herkomst::io::XlsxRow;

namespace {

[[noreturn]] void broken(const char *what)
{
    std::fprintf(stderr, "fuzz_xlsxreader: %s\n", what);
    std::abort();
}

void checkRefusal(const XlsxReader &reader)
{
    if (reader.error().message.isEmpty())
        broken("refused without a message");
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    XlsxReader reader(fuzz::writeWorkbook(QStringLiteral("fuzz.xlsx"), data, size));
    if (!reader.open()) {
        checkRefusal(reader);
        return 0;
    }
    const QStringList sheets = reader.sheetNames();
    for (int s = 0; s < sheets.size() && s < 4; ++s) {
        if (!reader.openSheet(s)) {
            checkRefusal(reader);
            continue;
        }
        XlsxRow row;
        while (reader.readRow(row)) {
            if (row.row < 1)
                broken("a row without its number");
            for (int c = 1; c <= row.columnCount(); ++c)
                (void)row.cell(c).toString();
        }
        if (reader.hasError())
            checkRefusal(reader);
    }
    return 0;
}
