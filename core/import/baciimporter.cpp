#include "import/baciimporter.h"

#include "countries/countryregistry.h"
#include "import/bacicountrycodes.h"
#include "import/bacifilename.h"
#include "import/baciproductcodes.h"
#include "import/baciyearparser.h"
#include "import/filechecksum.h"
#include "import/importprogress.h"
#include "import/importsupport.h"
#include "store/datasetwriter.h"
#include "store/store.h"

#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QSet>
#include <algorithm>
#include <cstdio>
#include <ctime>
#include <numeric>
#include <thread>

namespace herkomst {

using importsupport::tr;

namespace {

bool hasBaciHeader(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return false;
    QByteArray line = file.readLine(256).trimmed().toLower();
    if (line.startsWith("\xEF\xBB\xBF"))
        line.remove(0, 3);
    line.replace('"', QByteArray()).replace(' ', QByteArray());
    return line == "t,i,j,k,v,q";
}

QString defaultName(const QStringList &dataFiles, const std::vector<int> &years)
{
    const BaciFileName first = BaciFileName::parse(dataFiles.front());
    if (first.kind != BaciFileName::Kind::YearFile)
        return QStringLiteral("BACI %1").arg(QFileInfo(dataFiles.front()).completeBaseName());
    const auto [lo, hi] = std::minmax_element(years.begin(), years.end());
    const QString span = *lo == *hi ? QString::number(*lo) : QStringLiteral("%1-%2").arg(*lo).arg(*hi);
    return QStringLiteral("BACI %1 %2 (V%3)").arg(first.nomenclature, span, first.version);
}

// Rows a bulk call of the writer gets: large enough that the call costs nothing, small enough
// to stay in cache.
constexpr size_t bulkRows = 4096;

// Six-digit HS code text of a BACI product code (k lost its leading zero).
QByteArray hs6(int32_t code)
{
    char text[8];
    std::snprintf(text, sizeof text, "%06d", code);
    return QByteArray(text, 6);
}

} // namespace

QString BaciImporter::displayName() const
{
    return tr("BACI (CEPII): wereldhandel per jaar");
}

int BaciImporter::detect(const QStringList &files) const
{
    int score = 0;
    for (const QString &file : files) {
        const BaciFileName name = BaciFileName::parse(file);
        if (name.kind == BaciFileName::Kind::YearFile)
            score = std::max(score, 95);
        else if (name.kind != BaciFileName::Kind::Other)
            score = std::max(score, 20);
        else if (file.endsWith(QLatin1String(".csv"), Qt::CaseInsensitive) && hasBaciHeader(file))
            score = std::max(score, 90);
    }
    return score;
}

ImportReport BaciImporter::run(Store &store, const ImportRequest &request, ImportProgress &progress)
{
    ImportReport report;
    report.format = key();
    // HERKOMST_IMPORT_TIMING=1 prints the phases to stderr (for the benchmark).
    QElapsedTimer clock;
    clock.start();
    const bool timing = qEnvironmentVariableIsSet("HERKOMST_IMPORT_TIMING");
    auto phase = [&](const char *name) {
        if (timing)
            std::fprintf(stderr, "[import] %-24s %7.3f s wall %7.3f s cpu\n", name, double(clock.nsecsElapsed()) / 1e9,
                         double(std::clock()) / CLOCKS_PER_SEC);
    };

    // Year files and side files may all come as inputs.
    QStringList dataFiles;
    QString countriesPath = request.countriesFile;
    QString productsPath = request.productsFile;
    for (const QString &file : request.files) {
        const BaciFileName name = BaciFileName::parse(file);
        if (name.kind == BaciFileName::Kind::CountryCodes && countriesPath.isEmpty())
            countriesPath = file;
        else if (name.kind == BaciFileName::Kind::ProductCodes && productsPath.isEmpty())
            productsPath = file;
        else if (name.kind == BaciFileName::Kind::YearFile || name.kind == BaciFileName::Kind::Other)
            dataFiles << file;
    }
    if (dataFiles.isEmpty()) {
        report.fail({{}, 0, 0, tr("Geen BACI-jaarbestand (BACI_HS??_Y????_V??????.csv) opgegeven.")});
        return report;
    }
    for (const QString &file : dataFiles) {
        if (!QFileInfo(file).isFile()) {
            report.fail({file, 0, 0, tr("het bestand bestaat niet of is geen bestand")});
            return report;
        }
    }
    if (countriesPath.isEmpty())
        countriesPath = BaciFileName::findSideFile(dataFiles.front(), BaciFileName::Kind::CountryCodes);
    if (productsPath.isEmpty())
        productsPath = BaciFileName::findSideFile(dataFiles.front(), BaciFileName::Kind::ProductCodes);
    if (countriesPath.isEmpty()) {
        report.fail({dataFiles.front(), 0, 0,
                     tr("het bestand met BACI-landcodes (country_codes_V*.csv) ontbreekt; BACI gebruikt eigen "
                        "landcodes (528 = NLD, 842 = USA). Geef het op met --countries.")});
        return report;
    }
    BaciCountryCodes countries;
    BaciProductCodes products;
    io::SourceError error;
    if (!countries.load(countriesPath, &error) || (!productsPath.isEmpty() && !products.load(productsPath, &error))) {
        report.fail(error);
        return report;
    }

    // Reporters: NLD unless chosen; each must be a country BACI lists.
    BaciYearParser::Options options;
    options.allReporters = request.allReporters();
    QStringList reporters = request.reporters.isEmpty() ? QStringList{QStringLiteral("NLD")} : request.reporters;
    if (!options.allReporters) {
        for (QString &reporter : reporters) {
            const Country *country = CountryRegistry::instance().find(reporter);
            if (!country || countries.codesFor(country->iso3.toLatin1()).empty()) {
                report.fail({countriesPath, 0, 0,
                             tr("rapporterend land \"%1\" komt niet voor in de BACI-landcodes").arg(reporter)});
                return report;
            }
            reporter = country->iso3;
            options.reporters.insert(reporter.toLatin1());
        }
    }
    options.expectedYear = request.year;
    options.threads =
        request.threads > 0 ? request.threads : int(std::clamp(std::thread::hardware_concurrency(), 1u, 2u));
    options.cancel = progress.cancelFlag();

    // Checksums run beside the parser and the writer (on two cores they cost little wall time);
    // a file imported before is refused before commit, so its rows never land.
    std::vector<DataSetFile> files(static_cast<size_t>(dataFiles.size()));
    for (size_t n = 0; n < files.size(); ++n) {
        files[n].fileName = QFileInfo(dataFiles[int(n)]).fileName();
        files[n].size = QFileInfo(dataFiles[int(n)]).size();
    }
    QString hashError;
    std::thread hasher([&] {
        for (size_t n = 0; n < files.size() && !progress.isCancelled(); ++n)
            files[n].sha256 = fileSha256(dataFiles[int(n)], &hashError);
    });
    struct JoinOnExit {
        std::thread &thread;
        ~JoinOnExit() { join(); }
        void join()
        {
            if (thread.joinable())
                thread.join();
        }
    } hashing{hasher};

    std::vector<BaciYear> years(static_cast<size_t>(dataFiles.size()));
    for (int n = 0; n < dataFiles.size(); ++n) {
        const QString label = tr("BACI lezen: %1").arg(QFileInfo(dataFiles[n]).fileName());
        progress.report(0.8 * n / dataFiles.size(), label);
        options.progress = [&progress, n, &dataFiles](qint64 done, qint64 total) {
            progress.report(0.8 * (n + (total > 0 ? double(done) / double(total) : 0.0)) / dataFiles.size());
        };
        BaciYearParser parser(countries, options);
        if (!parser.parse(dataFiles[n], years[size_t(n)], &error)) {
            if (error.isNull())
                importsupport::cancelled(report);
            else
                report.fail(error);
            return report;
        }
        for (int m = 0; m < n; ++m) {
            if (years[size_t(m)].year == years[size_t(n)].year) {
                report.fail({dataFiles[n], 0, 0,
                             tr("jaar %1 staat ook al in %2")
                                 .arg(years[size_t(n)].year)
                                 .arg(QFileInfo(dataFiles[m]).fileName())});
                return report;
            }
        }
    }
    phase("parsed");

    std::vector<int> yearNumbers;
    for (const BaciYear &year : years)
        yearNumbers.push_back(year.year);
    DataSetInfo info;
    info.name = request.dataSetName.isEmpty() ? defaultName(dataFiles, yearNumbers) : request.dataSetName;
    info.source = QStringLiteral("BACI");
    info.currency = QStringLiteral("USD");
    info.unitNote = tr("x 1 000 USD in BACI, opgeslagen in USD");
    info.note = tr("CEPII BACI; landcodes: %1; productcodes: %2")
                    .arg(QFileInfo(countriesPath).fileName(),
                         productsPath.isEmpty() ? tr("geen") : QFileInfo(productsPath).fileName());
    // Checksums known (waits for the hasher) and no file imported before; an import of the same
    // file twice is told as such, not as the default name being taken.
    auto checkFiles = [&] {
        hashing.join();
        if (!hashError.isEmpty()) {
            report.fail({{}, 0, 0, hashError});
            return false;
        }
        return std::all_of(files.begin(), files.end(), [&](const DataSetFile &file) {
            return !file.sha256.isEmpty() &&
                   importsupport::checkNotImported(store, file, request.allowDuplicateFiles, report);
        });
    };
    if (store.dataSet(info.name) && !checkFiles()) {
        if (progress.isCancelled())
            importsupport::cancelled(report);
        return report;
    }
    if (!importsupport::checkNameFree(store, info.name, report))
        return report;

    progress.report(0.8, tr("Opslaan in de database"));
    DataSetWriter writer(store);
    auto writeFailed = [&](const QString &file) {
        importsupport::writerFailed(writer, report, file);
        return report;
    };
    auto stopCancelled = [&] {
        importsupport::cancelled(report);
        return report;
    };
    if (!writer.begin(info))
        return writeFailed({});

    // Products: every code any year has, with BACI's English description.
    QSet<int32_t> seen;
    std::vector<int32_t> productCodes;
    for (const BaciYear &year : years) {
        for (int32_t code : year.productCodes) {
            if (!seen.contains(code)) {
                seen.insert(code);
                productCodes.push_back(code);
            }
        }
    }
    std::sort(productCodes.begin(), productCodes.end());
    for (int32_t code : productCodes) {
        if (!writer.addProduct({QString::fromLatin1(hs6(code)), {}, products.description(code), {}}))
            return writeFailed({});
    }

    qint64 stored = 0;
    qint64 totalToStore = 0;
    for (const BaciYear &year : years)
        totalToStore += qint64(year.imports.size()) +
                        qint64(std::count_if(year.world.begin(), year.world.end(), [](double w) { return w >= 0.0; }));
    auto step = [&]() {
        if (progress.isCancelled())
            return false;
        progress.report(0.8 + 0.2 * double(stored) / double(std::max<qint64>(totalToStore, 1)));
        return true;
    };
    for (size_t n = 0; n < years.size(); ++n) {
        const BaciYear &year = years[n];
        const int countryCount = year.countryCount();
        std::vector<int> byName(static_cast<size_t>(countryCount)); // write in key order: SQLite appends fast
        std::iota(byName.begin(), byName.end(), 0);
        std::sort(byName.begin(), byName.end(),
                  [&year](int a, int b) { return year.iso3[size_t(a)] < year.iso3[size_t(b)]; });
        std::vector<QByteArray> codes;
        codes.reserve(year.productCodes.size());
        for (int32_t code : year.productCodes)
            codes.push_back(hs6(code));

        // BACI values are thousands of USD; the store keeps USD. Rows go in key order and in
        // batches through the writer's bulk path; `flush` writes what `rows` holds.
        std::vector<DataSetWriter::Row> rows;
        rows.reserve(bulkRows);
        const auto flush = [&](auto &&write) {
            const bool ok = write();
            stored += qint64(rows.size());
            rows.clear();
            return ok;
        };
        for (size_t r = 0; r < year.imports.size();) {
            const int reporter = year.imports[r].reporter;
            for (; r < year.imports.size() && year.imports[r].reporter == reporter && rows.size() < bulkRows; ++r) {
                const BaciYear::Import &row = year.imports[r];
                rows.push_back(
                    {codes[size_t(row.product)], year.iso3[size_t(row.partner)], TradeValue{row.value * 1000.0}});
            }
            if (!flush([&] {
                    return writer.addImports(year.iso3[size_t(reporter)], year.year, rows.data(), rows.size());
                }))
                return writeFailed(dataFiles[int(n)]);
            if (!step())
                return stopCancelled();
        }
        for (int reporter : byName) {
            if (!options.allReporters && !options.reporters.contains(year.iso3[size_t(reporter)]))
                continue;
            for (size_t p = 0; p < codes.size(); ++p) {
                const double w = year.worldValue(int(p), reporter);
                if (w >= 0.0)
                    rows.push_back({codes[p], {}, TradeValue{w * 1000.0}});
            }
            if (!flush([&] {
                    return writer.addExports(year.iso3[size_t(reporter)], year.year, rows.data(), rows.size());
                }))
                return writeFailed(dataFiles[int(n)]);
        }
        for (size_t p = 0; p < codes.size(); ++p) {
            for (int exporter : byName) {
                const double w = year.worldValue(int(p), exporter);
                if (w >= 0.0)
                    rows.push_back({codes[p], year.iso3[size_t(exporter)], TradeValue{w * 1000.0}});
            }
            if (rows.size() + size_t(countryCount) > bulkRows || p + 1 == codes.size()) {
                if (!flush([&] { return writer.addWorldExports(year.year, rows.data(), rows.size()); }))
                    return writeFailed(dataFiles[int(n)]);
                if (!step())
                    return stopCancelled();
            }
        }

        // Rows of exporters without ISO code (BACI aggregates such as 697 "Europe EFTA, nes").
        DataSetFile &file = files[n];
        file.rowsRead = year.rows;
        file.rowsRejected = year.unmatchedRows;
        file.rowsStored = year.rows - year.unmatchedRows;
        report.rowsRead += year.rows;
        report.rowsRejected += year.unmatchedRows;
        for (int code = 0; code < BaciCountryCodes::maxCode; ++code) {
            const qint64 count = year.unmatchedByCode[size_t(code)];
            if (count == 0)
                continue;
            const QString label = QStringLiteral("%1 %2").arg(code).arg(countries.entry(code).name);
            report.unmatched[label] += count;
            report.addIssue(
                ImportIssue::Kind::Unmatched,
                {dataFiles[int(n)], 0, 2,
                 tr("exporteur %1 heeft geen ISO-landcode; %2 regels niet opgeslagen").arg(label).arg(count)});
        }
        report.notes << tr("%1: jaar %2, %3 regels, %4 producten, %5 invoerregels voor %6.")
                            .arg(file.fileName)
                            .arg(year.year)
                            .arg(year.rows)
                            .arg(year.productCodes.size())
                            .arg(year.imports.size())
                            .arg(options.allReporters ? tr("alle landen") : reporters.join(QLatin1String(", ")));
    }
    phase("rows written");
    if (!checkFiles())
        return progress.isCancelled() ? stopCancelled() : report;
    phase("checksums");
    for (const DataSetFile &file : files) {
        if (!writer.addFile(file))
            return writeFailed({});
    }
    for (const QString &side : {countriesPath, productsPath}) {
        if (side.isEmpty())
            continue;
        DataSetFile file{QFileInfo(side).fileName(), fileSha256(side, &hashError), QFileInfo(side).size(), 0, 0, 0};
        if (!writer.addFile(file))
            return writeFailed({});
    }
    if (progress.isCancelled())
        return stopCancelled();
    progress.report(0.99, tr("Vastleggen"));
    if (!writer.commit())
        return writeFailed({});
    phase("committed");

    report.outcome = ImportReport::Outcome::Stored;
    report.dataSetName = info.name;
    report.dataSetId = writer.dataSetId();
    report.rowsStored = stored;
    report.notes << tr("Waarden: BACI geeft duizenden USD; opgeslagen in USD.");
    progress.report(1.0, tr("Klaar"));
    return report;
}

} // namespace herkomst
