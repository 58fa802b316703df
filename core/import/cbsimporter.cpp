#include "import/cbsimporter.h"

#include "countries/countryregistry.h"
#include "import/cbstablereader.h"
#include "import/countrymatcher.h"
#include "import/filechecksum.h"
#include "import/importprogress.h"
#include "import/importsupport.h"
#include "io/csvreader.h"
#include "io/textdecoding.h"
#include "io/xlsxreader.h"
#include "store/datasetwriter.h"
#include "store/store.h"

#include <QFile>
#include <QFileInfo>
#include <algorithm>
#include <atomic>
#include <condition_variable>
#include <deque>
#include <mutex>
#include <thread>

namespace herkomst {

using importsupport::isWorkbook;
using importsupport::tr;

namespace {

// A small bounded hand-over of sheet rows from the XML thread to the importing thread.
class RowBatches {
public:
    static constexpr size_t batchRows = 2048;

    // False when the consumer gave up (bad input): the producer stops.
    bool push(std::vector<io::XlsxRow> &&rows, size_t count)
    {
        std::unique_lock<std::mutex> lock(mMutex);
        mChanged.wait(lock, [this] { return mQueue.size() < 4 || mAbandoned; });
        if (mAbandoned)
            return false;
        mQueue.push_back({std::move(rows), count});
        mChanged.notify_all();
        return true;
    }
    void finish()
    {
        std::lock_guard<std::mutex> lock(mMutex);
        mFinished = true;
        mChanged.notify_all();
    }
    void abandon()
    {
        std::lock_guard<std::mutex> lock(mMutex);
        mAbandoned = true;
        mChanged.notify_all();
    }
    bool pop(std::vector<io::XlsxRow> &rows, size_t &count)
    {
        std::unique_lock<std::mutex> lock(mMutex);
        mChanged.wait(lock, [this] { return !mQueue.empty() || mFinished; });
        if (mQueue.empty())
            return false;
        rows = std::move(mQueue.front().first);
        count = mQueue.front().second;
        mQueue.pop_front();
        mChanged.notify_all();
        return true;
    }

private:
    std::mutex mMutex;
    std::condition_variable mChanged;
    std::deque<std::pair<std::vector<io::XlsxRow>, size_t>> mQueue;
    bool mFinished = false;
    bool mAbandoned = false;
};

// Reads one table source into CbsData; false with report.error set on bad input.
class CbsFileReader {
public:
    CbsFileReader(const ImportRequest &request, int fileIndex, CbsData &data, CountryMatcher &countries,
                  ImportReport &report, ImportProgress &progress)
        : mRequest(request)
        , mPath(request.files[fileIndex])
        , mData(data)
        , mCountries(countries)
        , mReport(report)
        , mProgress(progress)
        , mFileIndex(fileIndex)
    {
        if (size_t(fileIndex) < request.mappings.size())
            mMapping = request.mappings[size_t(fileIndex)];
    }

    bool read() { return isWorkbook(mPath) ? readWorkbook() : readCsv(); }
    int tablesFound() const { return mTables; }

private:
    CbsTableReader::Context context(const QString &sheet, io::DutchNumber::DecimalHint hint) const
    {
        CbsTableReader::Context c;
        c.file = mPath;
        c.sheet = sheet;
        c.year = mRequest.year;
        c.fallbackYear = ColumnMapping::yearInText(sheet);
        if (c.fallbackYear == 0)
            c.fallbackYear = ColumnMapping::yearInText(QFileInfo(mPath).completeBaseName());
        c.decimalHint = hint;
        c.mapping = mMapping;
        c.skipUnmatched = mRequest.skipUnmatchedCountries;
        return c;
    }

    bool finishTable(CbsTableReader &table, const QString &sheet)
    {
        if (!table.finish())
            return fail(table.error());
        const QString where = sheet.isEmpty() ? QFileInfo(mPath).fileName()
                                              : tr("%1, blad \"%2\"").arg(QFileInfo(mPath).fileName(), sheet);
        if (table.kind() == TableKind::Unknown) {
            mReport.notes << tr("%1: geen CBS-tabel herkend, overgeslagen.").arg(where);
            return true;
        }
        ++mTables;
        mReport.notes << tr("%1: %2, kop op regel %3, %4 gegevensregels%5.")
                             .arg(where, ColumnMapping::tableName(table.kind()))
                             .arg(table.mapping().headerRow)
                             .arg(table.dataRows())
                             .arg(table.mapping().unitNote.isEmpty()
                                      ? QString()
                                      : tr(", eenheid \"%1\"").arg(table.mapping().unitNote));
        if (!table.firstUnmatched().isNull() && mFirstUnmatched.isNull())
            mFirstUnmatched = table.firstUnmatched();
        return true;
    }

    bool fail(const io::SourceError &error)
    {
        mReport.fail(error);
        return false;
    }

    bool readWorkbook()
    {
        io::XlsxReader reader(mPath);
        std::atomic_bool stop{false};
        reader.setCancelFlag(&stop);
        if (!reader.open())
            return fail(reader.error());
        const QStringList sheets = reader.sheetNames();
        for (int s = 0; s < sheets.size(); ++s) {
            if (!reader.openSheet(s))
                return fail(reader.error());
            CbsTableReader table(context(sheets[s], io::DutchNumber::DecimalHint::Comma), mData, mCountries, mReport);
            // The XML is unpacked and parsed on a second thread while this one files the rows:
            // on two cores a 200,000-row sheet takes the time of the slower half, not the sum.
            RowBatches batches;
            std::thread producer([&reader, &batches] {
                std::vector<io::XlsxRow> batch(RowBatches::batchRows);
                size_t n = 0;
                while (reader.readRow(batch[n])) {
                    if (++n == batch.size()) {
                        if (!batches.push(std::move(batch), n))
                            return;
                        batch.assign(RowBatches::batchRows, {});
                        n = 0;
                    }
                }
                batches.push(std::move(batch), n);
                batches.finish();
            });
            bool ok = true;
            std::vector<io::XlsxRow> batch;
            size_t n = 0;
            while (ok && batches.pop(batch, n)) {
                for (size_t i = 0; i < n && ok; ++i)
                    ok = table.addRow(batch[i]);
                if (mProgress.isCancelled())
                    ok = false;
            }
            if (!ok) {
                stop = true;
                batches.abandon();
            }
            producer.join();
            if (mProgress.isCancelled())
                return false;
            if (!ok)
                return fail(table.error());
            if (reader.hasError())
                return fail(reader.error());
            if (!finishTable(table, sheets[s]))
                return false;
            mProgress.report((mFileIndex + double(s + 1) / sheets.size()) / mRequest.files.size());
        }
        return true;
    }

    bool readCsv()
    {
        QFile file(mPath);
        if (!file.open(QIODevice::ReadOnly))
            return fail({mPath, 0, 0, tr("kan het bestand niet openen: %1").arg(file.errorString())});
        if (file.size() == 0)
            return fail({mPath, 0, 0,
                         tr("het bestand is leeg; verwacht een CBS-tabel met een kop (goederencode, land, "
                            "invoerwaarde, ...)")});
        // Binary input (a zip, an image) is refused before it is read as text.
        const QByteArray head = file.peek(4096);
        if (head.contains('\0') && !head.startsWith("\xFF\xFE") && !head.startsWith("\xFE\xFF"))
            return fail(
                {mPath, 1, 0, tr("geen tekstbestand (binaire gegevens?); verwacht een CBS-tabel als CSV of XLSX")});
        io::CsvReader::Options options;
        options.fileName = mPath;
        io::CsvReader reader(&file, options);
        reader.setCancelFlag(mProgress.cancelFlag());
        const double base = double(mFileIndex) / mRequest.files.size();
        reader.setProgressCallback([this, base](qint64 done, qint64 total) {
            if (total > 0)
                mProgress.report(base + double(done) / double(total) / mRequest.files.size());
        });
        QStringList fields;
        io::XlsxRow row;
        std::optional<CbsTableReader> table;
        while (reader.readRow(fields)) {
            if (!table) {
                // ';' and tab files are Dutch: "1.234" groups thousands. ',' files keep the default rule.
                const auto hint = reader.delimiter() == ',' ? io::DutchNumber::DecimalHint::Auto
                                                            : io::DutchNumber::DecimalHint::Comma;
                table.emplace(context({}, hint), mData, mCountries, mReport);
            }
            row.row = reader.recordNumber();
            row.cells.resize(size_t(fields.size()));
            for (int i = 0; i < fields.size(); ++i) {
                io::XlsxCell &cell = row.cells[size_t(i)];
                cell.kind = fields[i].isEmpty() ? io::XlsxCell::Kind::Empty : io::XlsxCell::Kind::Text;
                cell.text = fields[i];
            }
            if (!table->addRow(row))
                return fail(table->error());
        }
        if (reader.status() == io::CsvReader::Status::Cancelled)
            return false;
        if (reader.status() == io::CsvReader::Status::Error)
            return fail(reader.error());
        if (!table)
            return fail({mPath, 0, 0, tr("het bestand bevat geen regels")});
        return finishTable(*table, {});
    }

    const ImportRequest &mRequest;
    QString mPath;
    CbsData &mData;
    CountryMatcher &mCountries;
    ImportReport &mReport;
    ImportProgress &mProgress;
    int mFileIndex;
    std::optional<ColumnMapping> mMapping;
    int mTables = 0;

public:
    io::SourceError mFirstUnmatched;
};

// Entries in key order: SQLite appends to its B-trees instead of seeking around.
template <typename Map>
std::vector<std::pair<QByteArray, typename Map::mapped_type>> sorted(const Map &map)
{
    std::vector<std::pair<QByteArray, typename Map::mapped_type>> entries;
    entries.reserve(size_t(map.size()));
    for (auto it = map.cbegin(); it != map.cend(); ++it)
        entries.emplace_back(it.key(), it.value());
    std::sort(entries.begin(), entries.end(), [](const auto &a, const auto &b) { return a.first < b.first; });
    return entries;
}

} // namespace

QString CbsImporter::displayName() const
{
    return tr("CBS-tabellen (XLSX of CSV)");
}

int CbsImporter::detect(const QStringList &files) const
{
    int score = 0;
    for (const QString &path : files) {
        if (isWorkbook(path)) {
            score = std::max(score, 70);
            continue;
        }
        QFile file(path);
        if (!file.open(QIODevice::ReadOnly))
            continue;
        const QString text = io::TextDecoding::decode(file.read(16384));
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

ImportReport CbsImporter::run(Store &store, const ImportRequest &request, ImportProgress &progress)
{
    ImportReport report;
    report.format = key();
    if (request.files.isEmpty()) {
        report.fail({{}, 0, 0, tr("Geen CBS-tabel opgegeven.")});
        return report;
    }
    QString reporter = QStringLiteral("NLD");
    if (!request.reporters.isEmpty()) {
        const Country *country = request.allReporters() || request.reporters.size() > 1
                                     ? nullptr
                                     : CountryRegistry::instance().find(request.reporters.front());
        if (!country) {
            report.fail({{},
                         0,
                         0,
                         tr("Een CBS-tabel heeft één rapporterend land; \"%1\" is geen bekend land.")
                             .arg(request.reporters.join(QLatin1String(", ")))});
            return report;
        }
        reporter = country->iso3;
    }
    const QString name = request.dataSetName.isEmpty()
                             ? QStringLiteral("CBS %1").arg(QFileInfo(request.files.front()).completeBaseName())
                             : request.dataSetName;
    // Same file twice: refused before anything is read (CBS files are small).
    std::vector<DataSetFile> files;
    for (const QString &path : request.files) {
        if (!QFileInfo(path).isFile()) {
            report.fail({path, 0, 0, tr("het bestand bestaat niet of is geen bestand")});
            return report;
        }
        QString error;
        DataSetFile file{QFileInfo(path).fileName(), fileSha256(path, &error), QFileInfo(path).size(), 0, 0, 0};
        if (!error.isEmpty()) {
            report.fail({path, 0, 0, error});
            return report;
        }
        for (const DataSetFile &earlier : files) {
            if (earlier.sha256 == file.sha256) {
                report.fail({path, 0, 0, tr("dit bestand is hetzelfde als %1").arg(earlier.fileName)});
                return report;
            }
        }
        if (!importsupport::checkNotImported(store, file, request.allowDuplicateFiles, report))
            return report;
        files.push_back(file);
    }

    if (!importsupport::checkNameFree(store, name, report))
        return report;

    CbsData data;
    CountryMatcher countries(&store);
    io::SourceError firstUnmatched;
    int tables = 0;
    for (int n = 0; n < request.files.size(); ++n) {
        progress.report(double(n) / request.files.size(), tr("Lezen: %1").arg(QFileInfo(request.files[n]).fileName()));
        const qint64 readBefore = report.rowsRead, rejectedBefore = report.rowsRejected;
        CbsFileReader reader(request, n, data, countries, report, progress);
        if (!reader.read()) {
            if (progress.isCancelled())
                importsupport::cancelled(report);
            return report;
        }
        if (reader.tablesFound() == 0) {
            report.fail({request.files[n], 0, 0,
                         tr("geen CBS-tabel herkend: verwacht een kop met een goederencode (GS6/HS6/GN) en land met "
                            "invoerwaarde, uitvoerwaarde, bedrijfstak of Herfindahl-index")});
            return report;
        }
        tables += reader.tablesFound();
        if (firstUnmatched.isNull())
            firstUnmatched = reader.mFirstUnmatched;
        files[size_t(n)].rowsRead = report.rowsRead - readBefore;
        files[size_t(n)].rowsRejected = report.rowsRejected - rejectedBefore;
        files[size_t(n)].rowsStored = files[size_t(n)].rowsRead - files[size_t(n)].rowsRejected;
    }
    Q_UNUSED(tables)
    if (!report.unmatched.isEmpty() && !request.skipUnmatchedCountries) {
        QStringList names = report.unmatched.keys();
        const int shown = int(std::min<qsizetype>(names.size(), 10));
        report.fail({firstUnmatched.file, firstUnmatched.row, firstUnmatched.column,
                     tr("land \"%1\" niet herkend (%2 onbekende namen: %3). Gebruik een Nederlandse of Engelse "
                        "landnaam of ISO-code, of importeer met --skip-unmatched om deze regels over te slaan.")
                         .arg(firstUnmatched.message)
                         .arg(names.size())
                         .arg(QStringList(names.mid(0, shown)).join(QLatin1String(", ")))});
        return report;
    }
    if (data.imports.isEmpty() && data.exports.isEmpty() && data.worldHhi.isEmpty() && data.products.isEmpty()) {
        report.fail({request.files.front(), 0, 0, tr("de tabellen bevatten geen gegevensregels")});
        return report;
    }

    DataSetInfo info;
    info.name = name;
    info.source = QStringLiteral("CBS");
    info.currency = data.currency.isEmpty() ? QStringLiteral("EUR") : data.currency;
    info.unitNote = data.unitNote;
    if (data.unitNote.isEmpty())
        report.notes << tr("Geen eenheid gevonden (zoals \"x 1 000 euro\"); waarden zijn als euro opgeslagen.");

    progress.report(0.9, tr("Opslaan in de database"));
    DataSetWriter writer(store);
    auto writeFailed = [&] {
        importsupport::writerFailed(writer, report);
        return report;
    };
    if (!writer.begin(info))
        return writeFailed();
    for (const auto &[hs6, product] : sorted(data.products)) {
        if (!writer.addProduct(product))
            return writeFailed();
    }
    // Keys are "year|hs6|partner" and "year|hs6".
    qint64 stored = 0;
    const QByteArray reporterCode = reporter.toLatin1();
    // Imports and exports go through the writer's bulk path, up to 4,096 rows of one year a call.
    const auto writeBulk = [&](const auto &entries, auto &&add) {
        std::vector<DataSetWriter::Row> rows;
        for (size_t n = 0; n < entries.size();) {
            const QByteArrayView year = QByteArrayView(entries[n].first).first(4);
            rows.clear();
            for (; n < entries.size() && rows.size() < 4096 && QByteArrayView(entries[n].first).first(4) == year; ++n) {
                const QByteArrayView key(entries[n].first);
                rows.push_back(
                    {key.sliced(5, 6), key.size() > 12 ? key.sliced(12) : QByteArrayView(), entries[n].second.value});
            }
            if (!(writer.*add)(reporterCode, year.toByteArray().toInt(), rows.data(), rows.size()))
                return false;
            stored += qint64(rows.size());
        }
        return true;
    };
    if (!writeBulk(sorted(data.imports), &DataSetWriter::addImports) ||
        !writeBulk(sorted(data.exports), &DataSetWriter::addExports))
        return writeFailed();
    for (const auto &[key, entry] : sorted(data.worldHhi)) {
        if (!writer.addWorldHhi(key.left(4).toInt(), key.mid(5, 6), entry.value))
            return writeFailed();
        ++stored;
    }
    for (const DataSetFile &file : files) {
        if (!writer.addFile(file))
            return writeFailed();
    }
    if (progress.isCancelled()) {
        importsupport::cancelled(report);
        return report;
    }
    if (!writer.commit())
        return writeFailed();
    report.outcome = ImportReport::Outcome::Stored;
    report.dataSetName = name;
    report.dataSetId = writer.dataSetId();
    report.rowsStored = stored;
    report.notes << tr("Rapporterend land: %1.").arg(reporter);
    progress.report(1.0, tr("Klaar"));
    return report;
}

} // namespace herkomst
