#include "io/csvreader.h"

#include <QIODevice>
#include <QStringDecoder>

#include <algorithm>
#include <array>
#include <cstring>

namespace herkomst::io {

namespace {

using StopTable = std::array<bool, 256>;

StopTable makeStops(std::initializer_list<char> chars)
{
    StopTable t{};
    for (char c : chars)
        t[static_cast<unsigned char>(c)] = true;
    return t;
}

QString formatBytes(qint64 bytes)
{
    if (bytes >= (1 << 20) && bytes % (1 << 20) == 0)
        return QStringLiteral("%1 MiB").arg(bytes >> 20);
    if (bytes >= 1024 && bytes % 1024 == 0)
        return QStringLiteral("%1 KiB").arg(bytes >> 10);
    return QStringLiteral("%1 bytes").arg(bytes);
}

// Fields per record for one candidate delimiter, quote-aware so quoted title lines such as
// "Invoer; waarde in euro" do not vote for ';'.
std::vector<int> fieldCounts(QByteArrayView sample, char delim, bool complete)
{
    std::vector<int> counts;
    int fields = 1;
    bool inQuotes = false, atFieldStart = true, lineHasData = false;
    for (qsizetype i = 0; i < sample.size() && counts.size() < 200; ++i) {
        const char c = sample[i];
        if (inQuotes) {
            if (c == '"') {
                if (i + 1 < sample.size() && sample[i + 1] == '"')
                    ++i;
                else
                    inQuotes = false;
            }
            continue;
        }
        if (c == '"' && atFieldStart) {
            inQuotes = true;
            atFieldStart = false;
            lineHasData = true;
        } else if (c == delim) {
            ++fields;
            atFieldStart = true;
            lineHasData = true;
        } else if (c == '\n' || c == '\r') {
            if (lineHasData)
                counts.push_back(fields);
            fields = 1;
            atFieldStart = true;
            lineHasData = false;
        } else {
            atFieldStart = false;
            lineHasData = true;
        }
    }
    if (lineHasData && complete && !inQuotes)
        counts.push_back(fields);
    return counts;
}

// Score = how many records share the most common field count (> 1). Title lines above the
// header and footnotes below have other counts and simply lose the vote.
int delimiterScore(const std::vector<int> &counts)
{
    std::vector<std::pair<int, int>> freq; // count -> occurrences
    for (int c : counts) {
        if (c < 2)
            continue;
        auto it = std::find_if(freq.begin(), freq.end(), [c](auto &p) { return p.first == c; });
        if (it == freq.end())
            freq.emplace_back(c, 1);
        else
            ++it->second;
    }
    int best = 0;
    for (auto &p : freq)
        best = std::max(best, p.second);
    return best;
}

char detectDelimiter(QByteArrayView sample, bool complete)
{
    // Order breaks ties: tab is never decimal punctuation, and Dutch files with decimal commas
    // use ';', so ';' beats ',' when a comma-decimal line happens to split evenly.
    char best = ',';
    int bestScore = 0;
    for (char cand : {'\t', ';', ','}) {
        const int score = delimiterScore(fieldCounts(sample, cand, complete));
        if (score > bestScore) {
            best = cand;
            bestScore = score;
        }
    }
    return best;
}

} // namespace

struct CsvReader::Private {
    enum class Parse { Done, NeedMore, End, Fail };

    QIODevice *device = nullptr;
    Options opt;

    QByteArray buf; // [pos, end) unparsed; buf[end] is a NUL sentinel that ends every scan loop
    qsizetype pos = 0;
    qsizetype end = 0;
    bool eof = false;
    bool started = false;

    qint64 consumed = 0;
    qint64 total = 0;
    qint64 line = 1;
    qint64 records = 0;
    char delim = ',';

    TextDecoding::Encoding reported = TextDecoding::Encoding::Utf8;
    TextDecoding::Encoding fieldEncoding = TextDecoding::Encoding::Utf8;
    bool encodingForced = false;
    bool sawUtf8 = false;
    std::optional<QStringDecoder> utf16; // UTF-16 input is transcoded to UTF-8 per block

    Status status = Status::Ok;
    SourceError err;
    std::function<void(qint64, qint64)> progress;
    const std::atomic_bool *cancel = nullptr;

    StopTable stops{};
    const StopTable quotedStops = makeStops({'"', '\n', '\0'});
    CsvRow scratch;

    bool cancelled()
    {
        if (cancel && cancel->load(std::memory_order_relaxed)) {
            status = Status::Cancelled;
            err = {opt.fileName, 0, 0, CsvReader::tr("inlezen afgebroken")};
            return true;
        }
        return false;
    }

    void fail(qint64 row, int column, const QString &message)
    {
        status = Status::Error;
        err = {opt.fileName, row, column, message};
    }

    void append(const char *data, qsizetype n)
    {
        if (buf.size() < end + n + 1)
            buf.resize(end + n + 1);
        std::memcpy(buf.data() + end, data, size_t(n));
        end += n;
    }

    // Reads one block behind the unparsed tail. False on a read error or cancel.
    bool fill()
    {
        if (pos > 0) {
            std::memmove(buf.data(), buf.constData() + pos, size_t(end - pos));
            end -= pos;
            pos = 0;
        }
        const qint64 block = std::max<qint64>(opt.blockBytes, 4096);
        qint64 n = 0;
        if (utf16) {
            const QByteArray raw = device->read(block);
            n = raw.size();
            if (n > 0)
                append(QString(utf16->decode(raw)).toUtf8());
        } else {
            if (buf.size() < end + block + 1)
                buf.resize(end + block + 1);
            n = device->read(buf.data() + end, block);
            if (n > 0)
                end += n;
        }
        if (n < 0) {
            fail(0, 0, CsvReader::tr("lezen mislukt: %1").arg(device->errorString()));
            return false;
        }
        if (n == 0)
            eof = true;
        consumed += std::max<qint64>(n, 0);
        buf.data()[end] = '\0';
        if (progress)
            progress(consumed, total);
        return !cancelled();
    }

    void append(const QByteArray &bytes) { append(bytes.constData(), bytes.size()); }

    bool start()
    {
        started = true;
        // A sequential device may still know its size (an archive member's declared size).
        total = std::max<qint64>(device->size(), 0);
        // The first block decides encoding and delimiter; a tiny block size must not starve that.
        const qint64 sample = std::max<qint64>(opt.blockBytes, 64 * 1024);
        while (!eof && end < sample)
            if (!fill())
                return false;
        const QByteArrayView head(buf.constData(), end);

        if (head.startsWith("PK\x03\x04")) {
            fail(0, 0, CsvReader::tr("dit is een zip- of Excel-bestand (xlsx), geen CSV-tekst"));
            return false;
        }
        if (head.startsWith("\xD0\xCF\x11\xE0")) {
            fail(0, 0,
                 CsvReader::tr("dit is een oud Excel-bestand (xls), geen CSV-tekst; sla het "
                               "op als CSV of xlsx"));
            return false;
        }

        TextDecoding::Detection det = TextDecoding::detect(head, eof);
        if (opt.encoding) {
            encodingForced = true;
            if (*opt.encoding != det.encoding)
                det.bomLength = 0;
            det.encoding = *opt.encoding;
        }
        reported = fieldEncoding = det.encoding;
        pos = det.bomLength;
        if (det.encoding == TextDecoding::Encoding::Utf16LE || det.encoding == TextDecoding::Encoding::Utf16BE) {
            utf16.emplace(det.encoding == TextDecoding::Encoding::Utf16LE ? QStringConverter::Utf16LE
                                                                          : QStringConverter::Utf16BE);
            const QByteArray raw(buf.constData() + pos, end - pos);
            pos = end = 0;
            append(QString(utf16->decode(raw)).toUtf8());
            buf.data()[end] = '\0';
            fieldEncoding = TextDecoding::Encoding::Utf8;
            encodingForced = true;
        }

        const QByteArrayView text(buf.constData() + pos, end - pos);
        delim = opt.delimiter;
        if (!delim && text.size() >= 6 && text.startsWith("sep=") && (text[5] == '\n' || text[5] == '\r')) {
            // Excel's own hint line; it is not data.
            delim = text[4];
            pos += (text.size() > 6 && text[5] == '\r' && text[6] == '\n') ? 7 : 6;
            ++line;
        }
        if (!delim) {
            const qsizetype n = std::min<qsizetype>(text.size(), 64 * 1024);
            delim = detectDelimiter(text.first(n), eof && n == text.size());
        }
        stops = makeStops({delim, '\n', '\r', '\0'});
        return true;
    }

    Parse parse(CsvRow &row)
    {
        char *data = buf.data();
        qsizetype p = pos;
        auto &fields = row.mFields;
        fields.clear();
        if (p == end)
            return eof ? Parse::End : Parse::NeedMore;

        qint64 extraLines = 0;
        bool anyQuoted = false;
        char c = data[p];
        if (c == '\n' || c == '\r') {
            if (c == '\r' && p + 1 == end && !eof)
                return Parse::NeedMore;
            p += (c == '\r' && data[p + 1] == '\n') ? 2 : 1;
        } else {
            for (;;) {
                const qsizetype fieldStart = p;
                if (data[p] == '"') {
                    anyQuoted = true;
                    ++p;
                    for (;;) {
                        while (!quotedStops[static_cast<unsigned char>(data[p])])
                            ++p;
                        c = data[p];
                        if (c == '"') {
                            if (p + 1 == end && !eof)
                                return Parse::NeedMore;
                            if (data[p + 1] == '"') {
                                p += 2;
                                continue;
                            }
                            ++p;
                            break;
                        }
                        if (c == '\n') {
                            ++extraLines;
                            ++p;
                            continue;
                        }
                        if (p != end) {
                            failNul(int(fields.size()) + 1, extraLines);
                            return Parse::Fail;
                        }
                        if (!eof)
                            return Parse::NeedMore;
                        fail(line, int(fields.size()) + 1,
                             CsvReader::tr("aanhalingsteken (\") wordt niet afgesloten vóór het "
                                           "einde van het bestand"));
                        return Parse::Fail;
                    }
                }
                // Unquoted field, or text after a closing quote (kept, leniently).
                while (!stops[static_cast<unsigned char>(data[p])])
                    ++p;
                c = data[p];
                fields.emplace_back(data + fieldStart, p - fieldStart);
                if (c == delim) {
                    ++p;
                    continue;
                }
                if (c == '\n') {
                    ++p;
                    break;
                }
                if (c == '\r') {
                    if (p + 1 == end && !eof)
                        return Parse::NeedMore;
                    p += data[p + 1] == '\n' ? 2 : 1;
                    break;
                }
                if (p != end) {
                    failNul(int(fields.size()), extraLines);
                    return Parse::Fail;
                }
                if (!eof)
                    return Parse::NeedMore;
                break;
            }
        }
        if (p - pos > opt.maxLineBytes) {
            failTooLong();
            return Parse::Fail;
        }
        if (anyQuoted)
            unquote(fields);
        row.mLine = line;
        line += 1 + extraLines;
        pos = p;
        ++records;
        return Parse::Done;
    }

    // In place: the unescaped text is never longer than the raw text, so views stay inside it.
    static void unquote(std::vector<QByteArrayView> &fields)
    {
        for (auto &f : fields) {
            if (f.isEmpty() || f.front() != '"')
                continue;
            char *w = const_cast<char *>(f.data());
            char *const out = w;
            const char *r = f.data() + 1;
            const char *const e = f.data() + f.size();
            bool inQuotes = true;
            while (r < e) {
                if (inQuotes && *r == '"') {
                    if (r + 1 < e && r[1] == '"') {
                        *w++ = '"';
                        r += 2;
                    } else {
                        inQuotes = false;
                        ++r;
                    }
                } else {
                    *w++ = *r++;
                }
            }
            f = QByteArrayView(out, w - out);
        }
    }

    void failNul(int column, qint64 extraLines)
    {
        fail(line + extraLines, column,
             CsvReader::tr("bevat binaire gegevens (NUL-byte); is dit wel een CSV-tekstbestand?"));
    }

    void failTooLong()
    {
        fail(line, 0,
             CsvReader::tr("regel %1 is langer dan %2; is dit wel een CSV-bestand?")
                 .arg(line)
                 .arg(formatBytes(opt.maxLineBytes)));
    }

    bool read(CsvRow &row)
    {
        if (status != Status::Ok)
            return false;
        if (!started && !start())
            return false;
        if ((records & 1023) == 1023 && cancelled())
            return false;
        for (;;) {
            switch (parse(row)) {
            case Parse::Done:
                return true;
            case Parse::End:
                status = Status::AtEnd;
                return false;
            case Parse::Fail:
                return false;
            case Parse::NeedMore:
                if (end - pos > opt.maxLineBytes) {
                    failTooLong();
                    return false;
                }
                if (!fill())
                    return false;
                break;
            }
        }
    }
};

CsvReader::CsvReader(QIODevice *device) : CsvReader(device, Options()) {}

CsvReader::CsvReader(QIODevice *device, const Options &options) : d(std::make_unique<Private>())
{
    d->device = device;
    d->opt = options;
    if (!device || !device->isReadable())
        d->fail(0, 0, CsvReader::tr("bestand kan niet worden gelezen"));
}

CsvReader::~CsvReader() = default;

bool CsvReader::readRow(CsvRow &row)
{
    return d->read(row);
}

bool CsvReader::readRow(QStringList &fields)
{
    if (!d->read(d->scratch))
        return false;
    const int n = d->scratch.size();
    fields.resize(n);
    for (int i = 0; i < n; ++i)
        fields[i] = text(d->scratch[i]);
    return true;
}

QString CsvReader::text(QByteArrayView field)
{
    using E = TextDecoding::Encoding;
    if (TextDecoding::isAscii(field))
        return QString::fromLatin1(field);
    if (d->fieldEncoding == E::Windows1252)
        return TextDecoding::fromWindows1252(field);
    if (d->encodingForced || TextDecoding::isValidUtf8(field)) {
        d->sawUtf8 = true;
        return QString::fromUtf8(field);
    }
    // Detection only saw ASCII in the first block; the first invalid byte settles it. A file
    // that already had valid UTF-8 is mixed, so only this field falls back.
    if (!d->sawUtf8)
        d->reported = d->fieldEncoding = E::Windows1252;
    return TextDecoding::fromWindows1252(field);
}

QByteArrayView CsvReader::utf8(QByteArrayView field, QByteArray &scratch)
{
    if (TextDecoding::isAscii(field))
        return field;
    if (d->fieldEncoding == TextDecoding::Encoding::Utf8 && TextDecoding::isValidUtf8(field)) {
        d->sawUtf8 = true; // as text() would
        return field;
    }
    scratch = text(field).toUtf8();
    return scratch;
}

char CsvReader::delimiter() const
{
    return d->delim;
}

TextDecoding::Encoding CsvReader::encoding() const
{
    return d->reported;
}

qint64 CsvReader::recordNumber() const
{
    return d->records;
}

CsvReader::Status CsvReader::status() const
{
    return d->status;
}

SourceError CsvReader::error() const
{
    return d->err;
}

void CsvReader::setProgressCallback(std::function<void(qint64, qint64)> callback)
{
    d->progress = std::move(callback);
}

void CsvReader::setCancelFlag(const std::atomic_bool *flag)
{
    d->cancel = flag;
}

} // namespace herkomst::io
