#include "import/cbsimporter.h"

#include "import/batchhandover.h"
#include "import/cbsrow.h"
#include "import/cbstablereader.h"
#include "import/countrymatcher.h"
#include "import/importjob.h"
#include "import/importprogress.h"
#include "import/importtext.h"
#include "import/tradesink.h"
#include "io/csvreader.h"
#include "io/inputfile.h"
#include "io/textdecoding.h"
#include "io/xlsxreader.h"

#include <QFile>
#include <QFileInfo>
#include <QTemporaryFile>
#include <algorithm>
#include <atomic>
#include <numeric>
#include <optional>
#include <thread>

namespace herkomst {

namespace {

constexpr size_t batchRows = 2048;
// Sheet rows hold their cells' text as QStrings (some hundred bytes a row): half-size batches
// keep the rows waiting between the threads small. Much smaller (256) cost the XML thread a
// tenth of its time in wake-ups.
constexpr size_t sheetBatchRows = 1024;

// Sheet rows as the XML thread read them.
struct SheetBatch {
    std::vector<io::XlsxRow> rows{sheetBatchRows};
    size_t count = 0;
};

// CSV lines as the splitting thread hands them over. A line's bytes are copied at once (its
// fields lie together in the reader's buffer) and each field is kept as where it starts and
// ends, trimmed; a field the file's encoding makes other than UTF-8 goes decoded behind them.
struct CsvBatch {
    std::vector<char> bytes;
    std::vector<std::pair<uint32_t, uint32_t>> fields; // begin, end in bytes
    std::vector<std::pair<qint64, int>> lines;         // per line: record number, fields
    qint64 done = 0, total = 0;                        // bytes of the file read so far, its size

    CsvBatch()
    {
        bytes.reserve(batchRows * 64);
        fields.reserve(batchRows * 4);
        lines.reserve(batchRows);
    }

    void add(qint64 record, const io::CsvRow &row, io::CsvReader &reader, QByteArray &scratch)
    {
        const int count = row.size();
        lines.emplace_back(record, count);
        if (count == 0)
            return;
        const char *first = row[0].data();
        const char *last = row[count - 1].data() + row[count - 1].size();
        const size_t base = bytes.size();
        bytes.insert(bytes.end(), first, last);
        for (int f = 0; f < count; ++f) {
            const QByteArrayView field = row[f];
            const QByteArrayView text = reader.utf8(field, scratch);
            size_t begin = base + size_t(field.data() - first);
            if (text.data() != field.data()) {
                begin = bytes.size();
                bytes.insert(bytes.end(), text.begin(), text.end());
            }
            const QByteArrayView trimmed = text.trimmed();
            begin += size_t(trimmed.data() - text.data());
            fields.emplace_back(uint32_t(begin), uint32_t(begin + size_t(trimmed.size())));
        }
    }

    // Line `index` as a CbsRow; lines are taken in order.
    void fill(size_t index, CbsRow &row)
    {
        if (index == 0)
            mField = 0;
        const auto [record, count] = lines[index];
        mViews.clear();
        for (int f = 0; f < count; ++f, ++mField)
            mViews.emplace_back(bytes.data() + fields[mField].first, fields[mField].second - fields[mField].first);
        row.fill(record, mViews);
    }

private:
    size_t mField = 0;
    std::vector<QByteArrayView> mViews;
};

// Reads one table source into CbsData; false with the job's report failed on bad input. The
// first malformed row stops the read at once.
class CbsFileReader {
public:
    CbsFileReader(ImportJob &job, int fileIndex, CbsData &data, CountryMatcher &countries)
        : mJob(job)
        , mRequest(job.request())
        , mPath(mRequest.files[fileIndex])
        , mData(data)
        , mCountries(countries)
        , mFileIndex(fileIndex)
    {
        if (size_t(fileIndex) < mRequest.mappings.size())
            mMapping = mRequest.mappings[size_t(fileIndex)];
    }

    bool read() { return CbsImporter::isWorkbook(mPath) ? readWorkbook() : readCsv(); }
    int tablesFound() const { return mTables; }

private:
    CbsTableReader::Context context(const QString &sheet, io::DutchNumber::DecimalHint hint) const
    {
        CbsTableReader::Context c;
        c.file = mPath;
        c.fileIndex = mFileIndex;
        c.sheet = sheet;
        c.year = mRequest.year;
        c.fallbackYear = ColumnMapping::yearInText(sheet);
        if (c.fallbackYear == 0)
            c.fallbackYear = ColumnMapping::yearInText(QFileInfo(mPath).completeBaseName());
        c.decimalHint = hint;
        c.mapping = mMapping;
        return c;
    }

    bool finishTable(CbsTableReader &table, const QString &sheet)
    {
        if (!table.finish())
            return mJob.fail(table.error());
        ImportReport &report = mJob.report();
        const QString where = sheet.isEmpty()
                                  ? QFileInfo(mPath).fileName()
                                  : ImportText::tr("%1, blad \"%2\"").arg(QFileInfo(mPath).fileName(), sheet);
        if (table.kind() == TableKind::Unknown) {
            report.notes << ImportText::tr("%1: geen CBS-tabel herkend, overgeslagen.").arg(where);
            return true;
        }
        ++mTables;
        report.notes << ImportText::tr("%1: %2, kop op regel %3, %4 gegevensregels%5.")
                            .arg(where, ColumnMapping::tableName(table.kind()))
                            .arg(table.mapping().headerRow)
                            .arg(table.dataRows())
                            .arg(table.mapping().unitNote.isEmpty()
                                     ? QString()
                                     : ImportText::tr(", eenheid \"%1\"").arg(table.mapping().unitNote));
        return true;
    }

    bool readWorkbook()
    {
        // A workbook is a zip read by seeking: one inside a downloaded archive is copied out first.
        QTemporaryFile copy;
        QString path = mPath;
        if (io::InputFile::isMember(mPath)) {
            io::SourceError error;
            const std::unique_ptr<QIODevice> member = mJob.openInput(mPath, &error);
            if (!member)
                return mJob.fail(error);
            if (!copy.open())
                return mJob.fail(
                    {mPath, 0, 0, ImportText::tr("kan geen tijdelijk bestand maken: %1").arg(copy.errorString())});
            QByteArray block(1 << 20, Qt::Uninitialized);
            qint64 n = 0;
            while ((n = member->read(block.data(), block.size())) > 0)
                copy.write(block.constData(), n);
            if (n < 0)
                return mJob.fail({mPath, 0, 0, member->errorString()});
            copy.flush();
            path = copy.fileName();
        }
        io::XlsxReader reader(path);
        reader.setFileName(mPath);
        std::atomic_bool stop{false};
        reader.setCancelFlag(&stop);
        if (!reader.open())
            return mJob.fail(reader.error());
        const QStringList sheets = reader.sheetNames();
        for (int s = 0; s < sheets.size(); ++s) {
            if (!reader.openSheet(s))
                return mJob.fail(reader.error());
            CbsTableReader table(context(sheets[s], io::DutchNumber::DecimalHint::Comma), mData, mCountries,
                                 mJob.report(), &mJob);
            if (!readSheet(reader, table, stop))
                return false;
            if (!finishTable(table, sheets[s]))
                return false;
            mJob.reading(mFileIndex, int(mRequest.files.size()), double(s + 1) / double(sheets.size()));
        }
        return true;
    }

    // The XML is unpacked and parsed on a second thread while this one files the rows.
    bool readSheet(io::XlsxReader &reader, CbsTableReader &table, std::atomic_bool &stop)
    {
        BatchHandover<SheetBatch> handover;
        std::thread producer([&reader, &handover] {
            SheetBatch batch;
            while (reader.readRow(batch.rows[batch.count])) {
                if (++batch.count == sheetBatchRows) {
                    if (!handover.push(std::move(batch)))
                        return;
                    batch = SheetBatch{};
                }
            }
            handover.push(std::move(batch));
            handover.finish();
        });
        bool ok = true;
        SheetBatch batch;
        CbsRow row;
        while (ok && handover.pop(batch)) {
            for (size_t i = 0; i < batch.count && ok; ++i) {
                row.fill(batch.rows[i]);
                ok = table.addRow(row);
            }
            if (mJob.isCancelled())
                ok = false;
        }
        if (!ok) {
            stop = true;
            handover.abandon();
        }
        producer.join();
        if (mJob.isCancelled())
            return mJob.cancelled();
        if (!ok)
            return mJob.fail(table.error());
        if (reader.hasError())
            return mJob.fail(reader.error());
        return true;
    }

    bool readCsv()
    {
        io::SourceError error;
        const std::unique_ptr<QIODevice> file = mJob.openInput(mPath, &error);
        if (!file)
            return mJob.fail(error);
        // Binary input (a zip, an image) is refused before it is read as text.
        const QByteArray head = file->peek(4096);
        if (head.isEmpty())
            return mJob.fail(
                {mPath, 0, 0,
                 ImportText::tr("het bestand is leeg; verwacht een CBS-tabel met een kop (goederencode, land, "
                                "invoerwaarde, ...)")});
        if (head.contains('\0') && !head.startsWith("\xFF\xFE") && !head.startsWith("\xFE\xFF"))
            return mJob.fail({mPath, 1, 0,
                              ImportText::tr("geen tekstbestand (binaire gegevens?); verwacht een CBS-tabel als CSV of "
                                             "XLSX")});
        io::CsvReader::Options options;
        options.fileName = mPath;
        io::CsvReader reader(file.get(), options);
        reader.setCancelFlag(mJob.progress().cancelFlag());
        qint64 done = 0, total = 0; // as the splitting thread last saw them
        reader.setProgressCallback([&done, &total](qint64 d, qint64 t) {
            done = d;
            total = t;
        });
        // The lines are split into fields and decoded on a second thread while this one files
        // them: on two cores the read takes the time of the slower half.
        BatchHandover<CsvBatch> handover;
        std::thread splitter([&] {
            io::CsvRow fields;
            QByteArray scratch;
            CsvBatch batch;
            while (reader.readRow(fields)) {
                batch.add(reader.recordNumber(), fields, reader, scratch);
                if (batch.lines.size() == batchRows) {
                    batch.done = done;
                    batch.total = total;
                    if (!handover.push(std::move(batch)))
                        return;
                    batch = CsvBatch{};
                }
            }
            batch.done = done;
            batch.total = total;
            handover.push(std::move(batch));
            handover.finish();
        });
        bool ok = true;
        CsvBatch batch;
        CbsRow row;
        std::optional<CbsTableReader> table;
        const int count = int(mRequest.files.size());
        while (ok && handover.pop(batch)) {
            for (size_t i = 0; i < batch.lines.size() && ok; ++i) {
                if (!table) {
                    // ';' and tab files are Dutch: "1.234" groups thousands. ',' files keep the default rule.
                    const auto hint = reader.delimiter() == ',' ? io::DutchNumber::DecimalHint::Auto
                                                                : io::DutchNumber::DecimalHint::Comma;
                    table.emplace(context({}, hint), mData, mCountries, mJob.report(), &mJob);
                }
                batch.fill(i, row);
                ok = table->addRow(row); // the first malformed row stops the read
            }
            if (batch.total > 0)
                mJob.reading(mFileIndex, count, double(batch.done) / double(batch.total));
            if (mJob.isCancelled())
                ok = false;
        }
        if (!ok)
            handover.abandon();
        splitter.join();
        if (mJob.isCancelled() || reader.status() == io::CsvReader::Status::Cancelled)
            return mJob.cancelled();
        if (!ok)
            return mJob.fail(table->error());
        if (reader.status() == io::CsvReader::Status::Error)
            return mJob.fail(reader.error());
        if (!table)
            return mJob.fail({mPath, 0, 0, ImportText::tr("het bestand bevat geen regels")});
        return finishTable(*table, {});
    }

    ImportJob &mJob;
    const ImportRequest &mRequest;
    QString mPath;
    CbsData &mData;
    CountryMatcher &mCountries;
    int mFileIndex;
    std::optional<ColumnMapping> mMapping;
    int mTables = 0;
};

// Writes what the tables said through the sink: products, then imports, exports and world HHI in
// key order (year, product, partner by ISO3), in bulk per year.
class CbsWriter {
public:
    CbsWriter(ImportJob &job, const CbsData &data, QByteArrayView reporter)
        : mJob(job), mSink(job.sink()), mData(data), mReporter(reporter)
    {
        // Partners were numbered as met; the store appends fastest in ISO3 order.
        std::vector<uint16_t> byName(data.partners.size());
        std::iota(byName.begin(), byName.end(), uint16_t(0));
        std::sort(byName.begin(), byName.end(),
                  [&data](uint16_t a, uint16_t b) { return data.partners[a] < data.partners[b]; });
        mRank.assign(data.partners.size(), 0);
        for (size_t r = 0; r < byName.size(); ++r)
            mRank[byName[r]] = uint16_t(r);
    }

    bool write()
    {
        for (uint32_t index : mData.products.sortedOrder()) {
            if (!mSink.addProduct(mData.products.value(index)))
                return mJob.writeFailed();
        }
        return write(mData.imports, Kind::Imports) && write(mData.exports, Kind::Exports) &&
               write(mData.worldHhi, Kind::WorldHhi);
    }

private:
    enum class Kind { Imports, Exports, WorldHhi };

    // Entries [begin, end) in the order they came, all of one (year, product).
    struct Run {
        uint64_t product;
        uint32_t begin, end;
    };

    // The tables list a product's lines together, so the entries come in runs of one product: the
    // runs in write order, as units. Empty when a product's lines came apart.
    static std::vector<Run> productRuns(const FlatKeyMap<CbsData::Entry> &entries)
    {
        std::vector<Run> runs;
        for (uint32_t i = 0; i < entries.size(); ++i) {
            const uint64_t product = entries.key(i) >> 16;
            if (runs.empty() || runs.back().product != product)
                runs.push_back({product, i, i});
            runs.back().end = i + 1;
        }
        const auto byProduct = [](const Run &a, const Run &b) { return a.product < b.product; };
        if (!std::is_sorted(runs.begin(), runs.end(), byProduct))
            std::sort(runs.begin(), runs.end(), byProduct);
        const auto same = [](const Run &a, const Run &b) { return a.product == b.product; };
        if (std::adjacent_find(runs.begin(), runs.end(), same) != runs.end())
            runs.clear();
        return runs;
    }

    // By year, product and partner (by ISO3: its rank in place of its index), run by run: only a
    // product whose lines came apart takes a sort of every entry. Handed over in bounded batches
    // of one year: never a second copy of every row.
    bool write(const CbsData::Table &table, Kind kind)
    {
        const FlatKeyMap<CbsData::Entry> &entries = table.entries;
        const auto sortKey = [&](uint32_t index) {
            const uint64_t key = entries.key(index);
            return (key & ~uint64_t(0xFFFF)) | (kind == Kind::Imports ? mRank[CbsData::partnerOf(key)] : 0);
        };
        const auto before = [&sortKey](uint32_t a, uint32_t b) { return sortKey(a) < sortKey(b); };
        std::vector<TradeRow> rows;
        rows.reserve(std::min(entries.size(), batchRows));
        int year = 0;
        const auto flush = [&] {
            const bool ok =
                rows.empty() || (kind == Kind::Imports   ? mSink.addImports(mReporter, year, rows.data(), rows.size())
                                 : kind == Kind::Exports ? mSink.addExports(mReporter, year, rows.data(), rows.size())
                                                         : mSink.addWorldHhi(year, rows.data(), rows.size()));
            rows.clear();
            return ok;
        };
        const auto add = [&](const std::vector<uint32_t> &order) {
            for (const uint32_t index : order) {
                const uint64_t key = entries.key(index);
                if (!rows.empty() && (rows.size() == batchRows || CbsData::yearOf(key) != year) && !flush())
                    return false;
                year = CbsData::yearOf(key);
                rows.push_back(
                    {CbsData::hs6Of(key),
                     kind == Kind::Imports ? QByteArrayView(mData.partners[CbsData::partnerOf(key)]) : QByteArrayView(),
                     entries.value(index).value()});
            }
            return true;
        };
        std::vector<uint32_t> order;
        const std::vector<Run> runs = productRuns(entries);
        if (runs.empty()) {
            order.resize(entries.size());
            std::iota(order.begin(), order.end(), 0u);
            std::sort(order.begin(), order.end(), before);
            if (!add(order))
                return mJob.writeFailed();
        }
        for (const Run &run : runs) {
            order.resize(run.end - run.begin);
            std::iota(order.begin(), order.end(), run.begin);
            std::sort(order.begin(), order.end(), before);
            if (!add(order))
                return mJob.writeFailed();
        }
        return flush() || mJob.writeFailed();
    }

    ImportJob &mJob;
    TradeSink &mSink;
    const CbsData &mData;
    QByteArrayView mReporter;
    std::vector<uint16_t> mRank;
};

} // namespace

bool CbsImporter::isWorkbook(const QString &path)
{
    const QString suffix = QFileInfo(path).suffix().toLower();
    return suffix == QLatin1String("xlsx") || suffix == QLatin1String("xlsm");
}

QString CbsImporter::displayName() const
{
    return ImportText::tr("CBS-tabellen (XLSX of CSV)");
}

int CbsImporter::detectFiles(const QStringList &files) const
{
    int score = 0;
    for (const QString &path : files) {
        if (isWorkbook(path)) {
            score = std::max(score, 70);
            continue;
        }
        io::SourceError error;
        const std::unique_ptr<QIODevice> file = io::InputFile::open(path, &error);
        if (!file)
            continue;
        const QString text = io::TextDecoding::decode(file->read(16384));
        const QStringList lines = text.split(QLatin1Char('\n'));
        for (int i = 0; i < std::min<qsizetype>(lines.size(), CbsTableReader::headerSearchRows); ++i) {
            for (const QChar delimiter : {QLatin1Char(';'), QLatin1Char(','), QLatin1Char('\t')}) {
                QStringList cells = lines[i].split(delimiter);
                for (QString &cell : cells)
                    cell = cell.trimmed().remove(QLatin1Char('"'));
                ColumnMapping mapping;
                if (mapping.detectHeader(cells, i + 1) && mapping.tableKind() != TableKind::Unknown)
                    score = std::max(score, 70);
            }
        }
    }
    return score;
}

bool CbsImporter::read(ImportJob &job)
{
    const ImportRequest &request = job.request();
    if (request.files.isEmpty())
        return job.fail({{}, 0, 0, ImportText::tr("Geen CBS-tabel opgegeven.")});
    // One reporter (NLD unless asked). The checksums run beside the reading (a CBS table of
    // millions of lines takes a tenth of the read to hash); a file given twice or imported before
    // is refused at begin(), before anything is written.
    if (!job.chooseReporters(true) || !job.addInputs(request.files))
        return false;
    const QByteArray reporter = job.reporters().front();

    CbsData data;
    data.files = request.files;
    CountryMatcher &countries = job.partners();
    ImportReport &report = job.report();
    for (int n = 0; n < request.files.size(); ++n) {
        job.reading(n, int(request.files.size()), 0.0,
                    ImportText::tr("Lezen: %1").arg(QFileInfo(request.files[n]).fileName()));
        const qint64 readBefore = report.rowsRead, rejectedBefore = report.rowsRejected;
        CbsFileReader reader(job, n, data, countries);
        if (!reader.read())
            return false;
        if (reader.tablesFound() == 0)
            return job.fail(
                {request.files[n], 0, 0,
                 ImportText::tr("geen CBS-tabel herkend: verwacht een kop met een goederencode (GS6/HS6/GN) en "
                                "land met invoerwaarde, uitvoerwaarde, bedrijfstak of Herfindahl-index")});
        const qint64 read = report.rowsRead - readBefore, rejected = report.rowsRejected - rejectedBefore;
        job.setFileCounts(size_t(n), read, read - rejected, rejected);
    }
    if (!job.checkPartners())
        return false;
    if (data.imports.empty() && data.exports.empty() && data.worldHhi.empty() && data.products.empty())
        return job.fail({request.files.front(), 0, 0, ImportText::tr("de tabellen bevatten geen gegevensregels")});

    DataSetInfo info;
    info.name = QStringLiteral("CBS %1").arg(QFileInfo(request.files.front()).completeBaseName());
    info.source = QStringLiteral("CBS");
    info.hsCoding.yearly = true; // each year in the revision in force (docs/design.md, "HS versions")
    info.currency = data.currency.isEmpty() ? QStringLiteral("EUR") : data.currency;
    info.unitNote = data.unitNote;
    if (data.unitNote.isEmpty())
        report.notes << ImportText::tr(
            "Geen eenheid gevonden (zoals \"x 1 000 euro\"); waarden zijn als euro opgeslagen.");
    if (!job.begin(info) || !CbsWriter(job, data, reporter).write())
        return false;
    report.notes << ImportText::tr("Rapporterend land: %1.").arg(QString::fromLatin1(reporter));
    return true;
}

} // namespace herkomst
