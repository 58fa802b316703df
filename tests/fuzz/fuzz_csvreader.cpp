// Fuzz target: io::CsvReader, both paths (views into its buffer and decoded fields), on the
// smallest block it allows so that records, quotes and multi-byte characters cross block
// boundaries. A part "options" may set "delimiter=;" (or , or tab), "encoding=utf8|utf16le|
// utf16be|cp1252" and "max-line=N".
#include "fuzzinput.h"

#include "io/csvreader.h"

#include <QBuffer>

#include <cstdio>
#include <cstdlib>

using herkomst::io::CsvReader;
using herkomst::io::CsvRow;
using herkomst::io::TextDecoding;

namespace {

CsvReader::Options options(const fuzz::Parts &parts)
{
    CsvReader::Options options;
    options.blockBytes = 4096;
    options.fileName = QStringLiteral("fuzz.csv");
    const QByteArray *given = parts.find("options");
    if (!given)
        return options;
    for (const QByteArray &line : given->split('\n')) {
        if (line.startsWith("delimiter=") && line.size() > 10)
            options.delimiter = line.at(10) == 't' ? '\t' : line.at(10);
        else if (line.startsWith("max-line="))
            options.maxLineBytes = std::max(1LL, line.mid(9).toLongLong());
        else if (line == "encoding=utf8")
            options.encoding = TextDecoding::Encoding::Utf8;
        else if (line == "encoding=utf16le")
            options.encoding = TextDecoding::Encoding::Utf16LE;
        else if (line == "encoding=utf16be")
            options.encoding = TextDecoding::Encoding::Utf16BE;
        else if (line == "encoding=cp1252")
            options.encoding = TextDecoding::Encoding::Windows1252;
    }
    return options;
}

[[noreturn]] void broken(const char *what)
{
    std::fprintf(stderr, "fuzz_csvreader: %s\n", what);
    std::abort();
}

// Ends as it must: at the end, or with an error that says where and why.
void checkEnd(const CsvReader &reader)
{
    if (reader.status() == CsvReader::Status::Error && reader.error().message.isEmpty())
        broken("an error without a message");
    if (reader.status() == CsvReader::Status::Ok || reader.status() == CsvReader::Status::Cancelled)
        broken("stopped while not at the end and without an error");
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const fuzz::Parts parts(data, size);
    QByteArray bytes = parts.main();
    const CsvReader::Options opt = options(parts);

    qint64 fastRecords = 0;
    {
        QBuffer buffer(&bytes);
        buffer.open(QIODevice::ReadOnly);
        CsvReader reader(&buffer, opt);
        CsvRow row;
        qint64 line = 0;
        while (reader.readRow(row)) {
            if (row.line() < line)
                broken("a record starts before the one read earlier");
            line = row.line();
            for (int i = 0; i < row.size(); ++i)
                (void)reader.text(row[i]);
            (void)row.value(row.size());
            ++fastRecords;
        }
        checkEnd(reader);
    }
    {
        QBuffer buffer(&bytes);
        buffer.open(QIODevice::ReadOnly);
        CsvReader reader(&buffer, opt);
        QStringList fields;
        qint64 records = 0;
        while (reader.readRow(fields))
            ++records;
        checkEnd(reader);
        if (reader.status() == CsvReader::Status::AtEnd && records != fastRecords)
            broken("the two paths read a different number of records");
    }
    return 0;
}
