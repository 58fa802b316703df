#include "import/baciyearparser.h"

#include "import/bacicountrycodes.h"
#include "import/baciline.h"
#include "import/bytesource.h"
#include "import/importjob.h"
#include "import/importtext.h"
#include "import/tradeperiod.h"
#include "io/inputfile.h"
#include "io/textdecoding.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <algorithm>
#include <charconv>
#include <cstring>
#include <thread>
#include <tuple>

namespace herkomst {

namespace {

using namespace baciline;

// Reads of this size stay in the core's L2 cache between the copy and the parse.
constexpr qint64 blockBytes = qint64(256) << 10;
// Smaller files are parsed by one thread (errors then come in file order without merging).
constexpr qint64 singleThreadBelow = qint64(4) << 20;
constexpr int maxProductCode = 1000000;

const char *const columnNames[] = {"t", "i", "j", "k", "v", "q"};

} // namespace

struct BaciYearParser::Chunk {
    int index = 0;
    qint64 begin = 0;
    qint64 end = 0;
    std::vector<int32_t> productOf;    // k -> local product, -1
    std::vector<int32_t> productCodes; // local product -> k
    // exporter * capacity + local product. Exporter-major: BACI rows come sorted by exporter, so
    // consecutive rows touch one exporter's 40 KB row instead of a new cache line each.
    std::vector<double> world;
    size_t capacity = 0;                   // products per exporter row
    std::vector<BaciYear::Import> imports; // product holds k here, mapped at the merge
    std::vector<double> euExports;         // local product -> members' exports to non-members
    std::array<qint64, 1000> blockRowsByCode{};
    std::array<double, 1000> blockValueByCode{};
    qint64 rows = 0;
    qint64 lines = 0;
    int year = 0;
    uint64_t firstKey = 0, lastKey = 0;
    qint64 firstKeyLine = 0;
    bool sorted = true;
    bool hasRows = false;
    bool cancelled = false;
    // The first bad row: local line (1-based in the chunk), column, message.
    qint64 errorLine = 0;
    int errorColumn = 0;
    QString errorMessage;

    void fail(int column, const QString &message)
    {
        errorLine = lines;
        errorColumn = column;
        errorMessage = message;
    }
};

BaciYearParser::BaciYearParser(const BaciCountryCodes &codes, Options options)
    : mCodes(codes), mOptions(std::move(options))
{
    // Dense country indexes, one per ISO3 (two BACI codes of one ISO3 share it).
    mCountryOfCode.assign(BaciCountryCodes::maxCode, -1);
    for (int code = 0; code < BaciCountryCodes::maxCode; ++code) {
        const BaciCountryCodes::Entry &e = codes.entry(code);
        if (!e.listed || e.iso3.isEmpty())
            continue;
        const auto it = std::find(mIso3.begin(), mIso3.end(), e.iso3);
        if (it != mIso3.end()) {
            mCountryOfCode[size_t(code)] = int16_t(it - mIso3.begin());
        } else {
            mCountryOfCode[size_t(code)] = int16_t(mIso3.size());
            mIso3.push_back(e.iso3);
            mIsBlock.push_back(e.block);
        }
    }
    mIsReporter.assign(mIso3.size(), 0);
    mIsEuMember.assign(mIso3.size(), 0);
    for (size_t c = 0; c < mIso3.size(); ++c) {
        mIsReporter[c] = !mIsBlock[c] && (mOptions.allReporters || mOptions.reporters.contains(mIso3[c]));
        // EU27 and EU28 are compositions that do not change with the year.
        mIsEuMember[c] = mOptions.euReporter && !mIsBlock[c] &&
                         isEuMember(*mOptions.euReporter, QString::fromLatin1(mIso3[c]), 2020);
    }
}

bool BaciYearParser::checkYear(uint32_t t, Chunk &chunk) const
{
    if (chunk.year == 0)
        chunk.year = int(t);
    const int expected = mOptions.expectedYear ? mOptions.expectedYear : chunk.year;
    if (int(t) == expected && int(t) == chunk.year)
        return true;
    chunk.fail(1,
               ImportText::tr("jaar %1 verwacht (een BACI-bestand bevat één jaar), gevonden %2").arg(expected).arg(t));
    return false;
}

bool BaciYearParser::parseLine(const char *q, const char *e, Row &row, Chunk &chunk) const
{
    double quantity = 0.0;
    bool negative = false, na = false;
    int column = 1;
    auto expectComma = [&]() {
        if (q < e && *q == ',') {
            ++q;
            ++column;
            return true;
        }
        chunk.fail(column + (q == e ? 1 : 0),
                   q == e ? ImportText::tr("te weinig kolommen: kolom %1 ontbreekt (verwacht t,i,j,k,v,q)")
                                .arg(QLatin1String(columnNames[column]))
                          : ImportText::tr("komma verwacht na kolom %1, gevonden \"%2\"")
                                .arg(QLatin1String(columnNames[column - 1]), fieldText(q, e)));
        return false;
    };
    const char *field = q;
    if (!parseUnsigned(q, e, row.t, 4) || !isTradeYear(int(row.t))) {
        chunk.fail(1, ImportText::tr("jaartal verwacht, gevonden \"%1\"").arg(fieldText(field, e)));
        return false;
    }
    if (!checkYear(row.t, chunk) || !expectComma())
        return false;
    field = q;
    if (!parseUnsigned(q, e, row.i, 3)) {
        chunk.fail(2, ImportText::tr("BACI-landcode (exporteur) verwacht, gevonden \"%1\"").arg(fieldText(field, e)));
        return false;
    }
    if (!expectComma())
        return false;
    field = q;
    if (!parseUnsigned(q, e, row.j, 3)) {
        chunk.fail(3, ImportText::tr("BACI-landcode (importeur) verwacht, gevonden \"%1\"").arg(fieldText(field, e)));
        return false;
    }
    if (!expectComma())
        return false;
    field = q;
    if (!parseUnsigned(q, e, row.k, 6) || row.k < 10000) {
        chunk.fail(4,
                   ImportText::tr("productcode van 6 cijfers (GS6; een voorloopnul mag ontbreken) verwacht, gevonden "
                                  "\"%1\"")
                       .arg(fieldText(field, e)));
        return false;
    }
    if (!expectComma())
        return false;
    field = q;
    if (!parseDecimal(q, e, row.v, negative, na) || na) {
        chunk.fail(5,
                   ImportText::tr("handelswaarde in duizenden USD verwacht, gevonden \"%1\"").arg(fieldText(field, e)));
        return false;
    }
    if (negative) {
        chunk.fail(
            5, ImportText::tr("negatieve handelswaarde \"%1\"; waarden zijn nooit negatief").arg(fieldText(field, e)));
        return false;
    }
    if (!expectComma())
        return false;
    field = q;
    if (!parseDecimal(q, e, quantity, negative, na)) {
        chunk.fail(6, ImportText::tr("hoeveelheid (getal of NA) verwacht, gevonden \"%1\"").arg(fieldText(field, e)));
        return false;
    }
    if (q != e) {
        chunk.fail(
            column + (*q == ',' ? 1 : 0),
            *q == ',' ? ImportText::tr("te veel kolommen: verwacht t,i,j,k,v,q")
                      : ImportText::tr("hoeveelheid (getal of NA) verwacht, gevonden \"%1\"").arg(fieldText(field, e)));
        return false;
    }
    return true;
}

bool BaciYearParser::addRow(const Row &row, Chunk &chunk) const
{
    if (row.v > ImportJob::maxTradeValue) { // in thousands: x 1000 and the sums stay finite
        chunk.fail(5, ImportJob::tooLargeText(QString::number(row.v)));
        return false;
    }
    const int16_t exporter = mCountryOfCode[row.i];
    const int16_t importer = mCountryOfCode[row.j];
    if (exporter < 0 || importer < 0) {
        chunk.fail(exporter < 0 ? 2 : 3, ImportText::tr("landcode %1 staat niet in %2")
                                             .arg(exporter < 0 ? row.i : row.j)
                                             .arg(QFileInfo(mCodes.path()).fileName()));
        return false;
    }
    const uint64_t key = rowKey(row.i, row.j, row.k);
    if (!chunk.hasRows) {
        chunk.hasRows = true;
        chunk.firstKey = key;
        chunk.firstKeyLine = chunk.lines;
    } else if (key == chunk.lastKey) {
        chunk.fail(
            4, ImportText::tr("dubbele regel: exporteur %1, importeur %2 en product %3 staan ook op de regel ervoor")
                   .arg(row.i)
                   .arg(row.j)
                   .arg(row.k));
        return false;
    } else if (key < chunk.lastKey) {
        chunk.sorted = false;
    }
    chunk.lastKey = key;
    ++chunk.rows;
    if (mIsBlock[size_t(exporter)]) { // listed without a country ("Europe EFTA, nes"): a block
        ++chunk.blockRowsByCode[row.i];
        chunk.blockValueByCode[row.i] += row.v;
    }
    int32_t product = chunk.productOf[row.k];
    if (product < 0) {
        product = int32_t(chunk.productCodes.size());
        chunk.productOf[row.k] = product;
        chunk.productCodes.push_back(int32_t(row.k));
        if (size_t(product) == chunk.capacity) {
            const size_t countries = mIso3.size();
            std::vector<double> wider(chunk.capacity * 2 * countries, -1.0);
            for (size_t c = 0; c < countries; ++c)
                std::copy_n(chunk.world.data() + c * chunk.capacity, chunk.capacity,
                            wider.data() + c * chunk.capacity * 2);
            chunk.world.swap(wider);
            chunk.capacity *= 2;
        }
    }
    double &w = chunk.world[size_t(exporter) * chunk.capacity + size_t(product)];
    w = (w < 0.0 ? 0.0 : w) + row.v;
    if (mIsReporter[size_t(importer)])
        chunk.imports.push_back({int32_t(row.k), importer, exporter, row.v});
    if (mOptions.euReporter)
        addEuRow(row, exporter, importer, product, chunk);
    return true;
}

// The EU as one reporter: a member's import from a non-member is the EU's import from it; from a
// member, the EU's intra-EU import (from itself); a member's export to a non-member, its export.
void BaciYearParser::addEuRow(const Row &row, int16_t exporter, int16_t importer, int32_t product, Chunk &chunk) const
{
    const auto eu = int16_t(mIso3.size());
    if (mIsEuMember[size_t(importer)])
        chunk.imports.push_back({int32_t(row.k), eu, mIsEuMember[size_t(exporter)] ? eu : exporter, row.v});
    else if (mIsEuMember[size_t(exporter)]) {
        if (chunk.euExports.size() <= size_t(product))
            chunk.euExports.resize(chunk.capacity, -1.0);
        double &x = chunk.euExports[size_t(product)];
        x = (x < 0.0 ? 0.0 : x) + row.v;
    }
}

void BaciYearParser::parseChunk(ByteSource &source, Chunk &chunk) const
{
    chunk.productOf.assign(maxProductCode, -1);
    chunk.productCodes.reserve(8192);
    chunk.capacity = 6144; // HS has about 5,400 six-digit codes; grows if a file has more
    chunk.world.assign(chunk.capacity * mIso3.size(), -1.0);
    const QString tooLong =
        ImportText::tr("regel van meer dan %1 tekens; een BACI-regel is t,i,j,k,v,q").arg(maxLineBytes);
    std::vector<char> buffer(size_t(blockBytes + maxLineBytes));
    qint64 carried = 0;
    for (bool last = false; !last;) {
        if ((mOptions.cancel && mOptions.cancel->load(std::memory_order_relaxed))) {
            chunk.cancelled = true;
            return;
        }
        if (chunk.index > mStopAfter.load(std::memory_order_relaxed))
            return;
        const qint64 got = source.read(buffer.data() + carried, blockBytes);
        if (got < 0) {
            chunk.fail(0, ImportText::tr("het bestand is korter dan verwacht of onleesbaar: %1").arg(source.error()));
            return;
        }
        last = got == 0; // the line left over, if any, is the last
        const char *p = buffer.data();
        const char *end = buffer.data() + carried + got;
        while (p < end) {
            Row row;
            if (const char *next = end - p >= fastRowMargin ? fastRow(p, row.t, row.i, row.j, row.k, row.v) : nullptr) {
                ++chunk.lines;
                p = next;
                if (!checkYear(row.t, chunk))
                    return;
            } else {
                const char *newline = static_cast<const char *>(std::memchr(p, '\n', size_t(end - p)));
                if (!newline && !last)
                    break; // the rest of the line comes with the next block
                const char *lineEnd = newline ? newline : end;
                ++chunk.lines;
                if (lineEnd - p > maxLineBytes) {
                    chunk.fail(0, tooLong);
                    return;
                }
                const char *q = p;
                const char *e = lineEnd > p && lineEnd[-1] == '\r' ? lineEnd - 1 : lineEnd;
                p = newline ? newline + 1 : end;
                skipSpaces(q, e);
                if (q == e)
                    continue; // blank line
                if (!parseLine(q, e, row, chunk))
                    return;
            }
            if (!addRow(row, chunk))
                return;
        }
        carried = end - p;
        if (carried > maxLineBytes) {
            ++chunk.lines;
            chunk.fail(0, tooLong);
            return;
        }
        if (carried > 0)
            std::memmove(buffer.data(), p, size_t(carried));
        mBytesDone.fetch_add(got, std::memory_order_relaxed);
    }
}

// Header: t,i,j,k,v,q (quotes, spaces and a BOM tolerated). `head` is the first bytes (at most
// maxLineBytes + 1); *dataBegin gets where the data starts.
bool BaciYearParser::checkHeader(const QString &path, const QByteArray &head, qint64 *dataBegin, io::SourceError *error)
{
    const qsizetype newline = head.indexOf('\n');
    if (head.isEmpty()) {
        *error = {path, 0, 0, ImportText::tr("het bestand is leeg; verwacht een BACI-jaarbestand met kop t,i,j,k,v,q")};
        return false;
    }
    if (newline < 0 && head.size() > maxLineBytes) {
        *error = {path, 1, 0,
                  ImportText::tr("eerste regel van meer dan %1 tekens; verwacht kop t,i,j,k,v,q").arg(maxLineBytes)};
        return false;
    }
    QByteArray header = newline < 0 ? head : head.left(newline);
    *dataBegin = newline < 0 ? head.size() : newline + 1;
    if (header.startsWith("\xEF\xBB\xBF"))
        header.remove(0, 3);
    header = header.trimmed().toLower();
    header.replace('"', QByteArray()).replace(' ', QByteArray());
    if (header == "t,i,j,k,v,q")
        return true;
    QString message;
    if (header.contains(';') || header.contains('\t'))
        message = ImportText::tr("verkeerd scheidingsteken: een BACI-bestand gebruikt komma's (kop t,i,j,k,v,q)");
    else if (!looksLikeText(header))
        message =
            ImportText::tr("geen tekstbestand (binaire gegevens?); verwacht een BACI-jaarbestand met kop t,i,j,k,v,q");
    else {
        const QList<QByteArray> names = header.split(',');
        QStringList missing;
        for (const char *name : columnNames) {
            if (!names.contains(QByteArray(name)))
                missing << QLatin1String(name);
        }
        message =
            missing.isEmpty()
                ? ImportText::tr("kop t,i,j,k,v,q verwacht, gevonden \"%1\"").arg(QString::fromLatin1(header.left(60)))
                : ImportText::tr("kolom %1 ontbreekt in de kop; verwacht t,i,j,k,v,q")
                      .arg(missing.join(QLatin1String(", ")));
    }
    *error = {path, 1, 0, message};
    return false;
}

bool BaciYearParser::parse(const QString &path, BaciYear &year, io::SourceError *error)
{
    *error = {};
    if (io::InputFile::isMember(path))
        return parseStream(path, year, error);
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        *error = {path, 0, 0, ImportText::tr("kan het bestand niet openen: %1").arg(file.errorString())};
        return false;
    }
    const qint64 size = file.size();
    qint64 dataBegin = 0;
    if (!checkHeader(path, file.read(maxLineBytes + 1), &dataBegin, error))
        return false;
    file.close();

    // Split the data at line boundaries; small files get one thread (and fully ordered errors).
    const int threads = size - dataBegin < singleThreadBelow ? 1 : std::clamp(mOptions.threads, 1, 8);
    std::vector<Chunk> chunks(static_cast<size_t>(threads));
    qint64 begin = dataBegin;
    QFile probe(path);
    probe.open(QIODevice::ReadOnly);
    for (int c = 0; c < threads; ++c) {
        Chunk &chunk = chunks[size_t(c)];
        chunk.index = c;
        chunk.begin = begin;
        qint64 end = size;
        if (c + 1 < threads) {
            end = std::max(begin, dataBegin + (size - dataBegin) * (c + 1) / threads);
            probe.seek(end);
            const QByteArray sample = probe.read(maxLineBytes);
            const qsizetype at = sample.indexOf('\n');
            end = at < 0 ? std::min(size, end + sample.size()) : end + at + 1;
        }
        chunk.end = end;
        begin = end;
    }
    probe.close();

    mBytesDone = 0;
    mStopAfter = threads;
    std::vector<std::thread> workers;
    std::atomic<int> running{threads};
    for (int c = 0; c < threads; ++c) {
        workers.emplace_back([this, &path, &chunks, &running, c] {
            FileRange range(path, chunks[size_t(c)].begin, chunks[size_t(c)].end);
            parseChunk(range, chunks[size_t(c)]);
            if (!chunks[size_t(c)].errorMessage.isEmpty()) {
                int current = mStopAfter.load();
                while (c < current && !mStopAfter.compare_exchange_weak(current, c)) {
                }
            }
            running.fetch_sub(1);
        });
    }
    while (running.load() > 0) {
        std::this_thread::sleep_for(std::chrono::milliseconds(50));
        if (mOptions.progress)
            mOptions.progress(mBytesDone.load(std::memory_order_relaxed), size - dataBegin);
    }
    for (std::thread &worker : workers)
        worker.join();
    return merge(path, chunks, year, error);
}

// A year inside a downloaded archive: one thread inflates the member (and takes its checksum,
// through the opener the import gives), this one parses what comes, block by block.
bool BaciYearParser::parseStream(const QString &path, BaciYear &year, io::SourceError *error)
{
    const std::unique_ptr<QIODevice> device =
        mOptions.open ? mOptions.open(path, error) : io::InputFile::open(path, error, {}, mOptions.cancel);
    if (!device)
        return false;
    qint64 dataBegin = 0;
    const QByteArray head = device->peek(maxLineBytes + 1);
    if (!checkHeader(path, head, &dataBegin, error))
        return false;
    device->skip(dataBegin);
    const qint64 size = std::max<qint64>(device->size(), 0);

    std::vector<Chunk> chunks(1);
    mBytesDone = 0;
    mStopAfter = 1;
    BatchHandover<StreamBlock> handover;
    std::atomic<bool> done{false};
    std::thread inflater([&device, &handover, &done] {
        for (;;) {
            StreamBlock block{QByteArray(qsizetype(blockBytes), Qt::Uninitialized), {}};
            const qint64 n = device->read(block.bytes.data(), blockBytes);
            if (n <= 0) {
                if (n < 0)
                    handover.push({{}, device->errorString()});
                break;
            }
            block.bytes.truncate(qsizetype(n));
            if (!handover.push(std::move(block)))
                break;
        }
        handover.finish();
        done = true;
    });
    std::thread parser([this, &chunks, &handover] {
        StreamBlocks blocks(handover);
        parseChunk(blocks, chunks[0]);
        handover.abandon(); // stops the inflater if the parse stopped early
    });
    while (!done.load() || mBytesDone.load() < size) {
        std::this_thread::sleep_for(std::chrono::milliseconds(50));
        if (mOptions.progress)
            mOptions.progress(mBytesDone.load(std::memory_order_relaxed), size);
        if (done.load())
            break;
    }
    parser.join();
    inflater.join();
    return merge(path, chunks, year, error);
}

// The chunks parsed: the first error, the year, order and duplicates across chunk borders, then
// one BaciYear.
bool BaciYearParser::merge(const QString &path, std::vector<Chunk> &chunks, BaciYear &year,
                           io::SourceError *error) const
{
    // The earliest failing chunk decides; chunks before it ran to their end, so lines add up.
    qint64 lineBase = 1; // the header
    for (const Chunk &chunk : chunks) {
        if (chunk.cancelled)
            return false;
        if (!chunk.errorMessage.isEmpty()) {
            *error = {path, lineBase + chunk.errorLine, chunk.errorColumn, chunk.errorMessage};
            return false;
        }
        lineBase += chunk.lines;
    }

    // Years, order and duplicates across chunk borders.
    year = BaciYear{};
    year.iso3 = mIso3;
    if (mOptions.euReporter)
        year.euCode = euReporterCode(*mOptions.euReporter).toLatin1();
    bool sorted = true;
    const Chunk *previous = nullptr;
    lineBase = 1;
    for (const Chunk &chunk : chunks) {
        if (chunk.hasRows) {
            if (year.year == 0)
                year.year = chunk.year;
            if (chunk.year != year.year) {
                *error = {path, lineBase + 1, 1,
                          ImportText::tr("jaar %1 verwacht (een BACI-bestand bevat één jaar), gevonden %2")
                              .arg(year.year)
                              .arg(chunk.year)};
                return false;
            }
            if (previous && chunk.firstKey == previous->lastKey) {
                *error = {
                    path, lineBase + chunk.firstKeyLine, 4,
                    ImportText::tr(
                        "dubbele regel: deze combinatie van exporteur, importeur en product staat ook op de regel "
                        "ervoor")};
                return false;
            }
            if (previous && chunk.firstKey < previous->lastKey)
                sorted = false;
            sorted = sorted && chunk.sorted;
            previous = &chunk;
        }
        lineBase += chunk.lines;
    }
    if (!previous) {
        *error = {path, 2, 0, ImportText::tr("het bestand bevat alleen de kop en geen handelsstromen")};
        return false;
    }
    if (!sorted && !findDuplicate(path, error))
        return false;

    // Merge: products ascending by code, dense world array, import rows by reporter/product/partner.
    std::vector<int32_t> globalProduct(maxProductCode, -1);
    for (const Chunk &chunk : chunks) {
        for (int32_t code : chunk.productCodes)
            globalProduct[size_t(code)] = 0;
    }
    for (int32_t code = 0; code < maxProductCode; ++code) {
        if (globalProduct[size_t(code)] == 0) {
            globalProduct[size_t(code)] = int32_t(year.productCodes.size());
            year.productCodes.push_back(code);
        }
    }
    const size_t countries = mIso3.size();
    year.world.assign(year.productCodes.size() * countries, -1.0);
    size_t importCount = 0;
    for (Chunk &chunk : chunks) {
        for (size_t local = 0; local < chunk.productCodes.size(); ++local) {
            const size_t product = size_t(globalProduct[size_t(chunk.productCodes[local])]);
            double *to = year.world.data() + product * countries;
            for (size_t c = 0; c < countries; ++c) {
                const double from = chunk.world[c * chunk.capacity + local];
                if (from >= 0.0)
                    to[c] = (to[c] < 0.0 ? 0.0 : to[c]) + from;
            }
        }
        std::vector<double>().swap(chunk.world);
        std::vector<int32_t>().swap(chunk.productOf);
        importCount += chunk.imports.size();
        year.rows += chunk.rows;
        for (size_t code = 0; code < chunk.blockRowsByCode.size(); ++code) {
            year.blockRowsByCode[code] += chunk.blockRowsByCode[code];
            year.blockValueByCode[code] += chunk.blockValueByCode[code];
        }
        if (mOptions.euReporter) {
            year.euExports.resize(year.productCodes.size(), -1.0);
            // euExports grows by the chunk's capacity: only its first productCodes.size() are products.
            const size_t products = std::min(chunk.euExports.size(), chunk.productCodes.size());
            for (size_t local = 0; local < products; ++local) {
                const double x = chunk.euExports[local];
                double &to = year.euExports[size_t(globalProduct[size_t(chunk.productCodes[local])])];
                if (x >= 0.0)
                    to = (to < 0.0 ? 0.0 : to) + x;
            }
        }
    }
    year.imports.reserve(importCount);
    for (Chunk &chunk : chunks) {
        for (const BaciYear::Import &row : chunk.imports)
            year.imports.push_back({globalProduct[size_t(row.product)], row.reporter, row.partner, row.value});
        std::vector<BaciYear::Import>().swap(chunk.imports);
    }
    std::sort(year.imports.begin(), year.imports.end(), [](const BaciYear::Import &a, const BaciYear::Import &b) {
        return std::tie(a.reporter, a.product, a.partner) < std::tie(b.reporter, b.product, b.partner);
    });
    // Two BACI codes of one ISO3 (Belgium 56 and Belgium-Luxembourg 58) add up.
    size_t out = 0;
    for (size_t in = 0; in < year.imports.size(); ++in) {
        const BaciYear::Import &row = year.imports[in];
        if (out > 0) {
            BaciYear::Import &last = year.imports[out - 1];
            if (last.reporter == row.reporter && last.product == row.product && last.partner == row.partner) {
                last.value += row.value;
                continue;
            }
        }
        year.imports[out++] = row;
    }
    year.imports.resize(out);
    return true;
}

bool BaciYearParser::findDuplicate(const QString &path, io::SourceError *error) const
{
    // Only for files not in BACI's own order: remember every key, sort, compare neighbours. Read
    // twice (a member of an archive is inflated again), the header line skipped each time.
    const auto open = [&path, error]() {
        std::unique_ptr<QIODevice> file = io::InputFile::open(path, error);
        if (file)
            file->readLine(maxLineBytes + 2);
        return file;
    };
    auto keyOf = [](const QByteArray &line, uint64_t &key) {
        const char *p = line.constData();
        const char *e = p + line.size();
        uint32_t t = 0, i = 0, j = 0, k = 0;
        if (!parseUnsigned(p, e, t, 4) || p == e || *p++ != ',' || !parseUnsigned(p, e, i, 3) || p == e ||
            *p++ != ',' || !parseUnsigned(p, e, j, 3) || p == e || *p++ != ',' || !parseUnsigned(p, e, k, 6))
            return false;
        key = rowKey(i, j, k);
        return true;
    };
    std::unique_ptr<QIODevice> file = open();
    if (!file)
        return false;
    std::vector<uint64_t> keys;
    while (!file->atEnd()) {
        uint64_t key = 0;
        if (keyOf(file->readLine(maxLineBytes + 2), key))
            keys.push_back(key);
    }
    std::sort(keys.begin(), keys.end());
    const auto duplicate = std::adjacent_find(keys.begin(), keys.end());
    if (duplicate == keys.end())
        return true;
    // Find where the repeated row is, for the message.
    const uint64_t wanted = *duplicate;
    if (!(file = open()))
        return false;
    qint64 line = 1;
    qint64 firstLine = 0;
    while (!file->atEnd()) {
        ++line;
        uint64_t key = 0;
        if (!keyOf(file->readLine(maxLineBytes + 2), key) || key != wanted)
            continue;
        if (firstLine == 0) {
            firstLine = line;
            continue;
        }
        const uint32_t i = uint32_t(wanted >> 30), j = uint32_t((wanted >> 20) & 1023), k = uint32_t(wanted & 0xFFFFF);
        *error = {path, line, 4,
                  ImportText::tr("dubbele regel: exporteur %1, importeur %2 en product %3 staan ook op regel %4")
                      .arg(i)
                      .arg(j)
                      .arg(k)
                      .arg(firstLine)};
        return false;
    }
    return true;
}

} // namespace herkomst
