#include "import/baciimporter.h"

#include "import/bacicountrycodes.h"
#include "import/bacifilename.h"
#include "import/baciproductcodes.h"
#include "import/baciyearparser.h"
#include "import/importjob.h"
#include "import/importprogress.h"
#include "import/importtext.h"
#include "import/tradesink.h"

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

namespace {

const char *const columnNames[] = {"t", "i", "j", "k", "v", "q"}; // BACI's header, in order

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

QString defaultName(const QStringList &dataFiles, const std::vector<BaciYear> &years)
{
    const BaciFileName first = BaciFileName::parse(dataFiles.front());
    if (first.kind != BaciFileName::Kind::YearFile)
        return QStringLiteral("BACI %1").arg(QFileInfo(dataFiles.front()).completeBaseName());
    const auto [lo, hi] = std::minmax_element(years.begin(), years.end(),
                                              [](const BaciYear &a, const BaciYear &b) { return a.year < b.year; });
    const QString span =
        lo->year == hi->year ? QString::number(lo->year) : QStringLiteral("%1-%2").arg(lo->year).arg(hi->year);
    return QStringLiteral("BACI %1 %2 (V%3)").arg(first.nomenclature, span, first.version);
}

// HERKOMST_IMPORT_TIMING=1 prints the phases to stderr (for the benchmark).
class PhaseClock {
public:
    PhaseClock() : mOn(qEnvironmentVariableIsSet("HERKOMST_IMPORT_TIMING")) { mClock.start(); }
    void phase(const char *name) const
    {
        if (mOn)
            std::fprintf(stderr, "[import] %-24s %7.3f s wall %7.3f s cpu\n", name, double(mClock.nsecsElapsed()) / 1e9,
                         double(std::clock()) / CLOCKS_PER_SEC);
    }

private:
    QElapsedTimer mClock;
    bool mOn;
};

// The files of one BACI import: year files, and the code lists given or found beside them.
struct BaciInputs {
    QStringList years;
    QString countries;
    QString products;
};

// Writes the parsed years through the sink: products, then per year the chosen reporters'
// imports and exports and every exporter's world exports, in key order.
class BaciWriter {
public:
    BaciWriter(ImportJob &job, const QStringList &paths, const std::vector<BaciYear> &years,
               const BaciProductCodes &products)
        : mJob(job), mSink(job.sink()), mPaths(paths), mYears(years), mProducts(products)
    {
        for (const BaciYear &year : years)
            mTotal += qint64(year.imports.size()) +
                      qint64(std::count_if(year.world.begin(), year.world.end(), [](double w) { return w >= 0.0; }));
    }

    bool write()
    {
        if (!writeProducts())
            return false;
        for (size_t n = 0; n < mYears.size(); ++n) {
            if (!writeYear(mYears[n]))
                return mJob.isCancelled() ? mJob.cancelled() : mJob.writeFailed(mPaths.value(int(n)));
        }
        return true;
    }

private:
    // Every code any year has, with BACI's English description.
    bool writeProducts()
    {
        std::vector<int32_t> codes;
        for (const BaciYear &year : mYears)
            codes.insert(codes.end(), year.productCodes.begin(), year.productCodes.end());
        std::sort(codes.begin(), codes.end());
        codes.erase(std::unique(codes.begin(), codes.end()), codes.end());
        char text[6];
        for (int32_t code : codes) {
            TradeSink::hs6Text(code, text);
            if (!mSink.addProduct({QString::fromLatin1(text, 6), {}, mProducts.description(code), {}}))
                return mJob.writeFailed();
        }
        return true;
    }

    // BACI values are thousands of USD; the store keeps USD.
    static TradeValue usd(double thousands) { return TradeValue{thousands * 1000.0}; }

    bool flush(bool ok)
    {
        mWritten += qint64(mRows.size());
        mRows.clear();
        if (mJob.isCancelled())
            return false;
        mJob.writing(double(mWritten) / double(std::max<qint64>(mTotal, 1)));
        return ok;
    }

    bool writeYear(const BaciYear &year)
    {
        const int countries = year.countryCount();
        std::vector<int> byName(size_t(countries), 0); // exporters in ISO3 order: key order for the store
        std::iota(byName.begin(), byName.end(), 0);
        std::sort(byName.begin(), byName.end(),
                  [&year](int a, int b) { return year.iso3[size_t(a)] < year.iso3[size_t(b)]; });
        // Imports of the chosen reporters, already sorted by reporter, product and partner.
        for (size_t r = 0; r < year.imports.size();) {
            const int reporter = year.imports[r].reporter;
            for (; r < year.imports.size() && year.imports[r].reporter == reporter; ++r) {
                const BaciYear::Import &row = year.imports[r];
                mRows.push_back(
                    {year.productCodes[size_t(row.product)], year.iso3[size_t(row.partner)], usd(row.value)});
            }
            if (!flush(mSink.addImports(year.iso3[size_t(reporter)], year.year, mRows.data(), mRows.size())))
                return false;
        }
        // Exports of the chosen reporters: their world exports.
        for (int reporter : byName) {
            if (!mJob.isReporter(year.iso3[size_t(reporter)]))
                continue;
            for (size_t p = 0; p < year.productCodes.size(); ++p) {
                const double w = year.worldValue(int(p), reporter);
                if (w >= 0.0)
                    mRows.push_back({year.productCodes[p], {}, usd(w)});
            }
            if (!flush(mSink.addExports(year.iso3[size_t(reporter)], year.year, mRows.data(), mRows.size())))
                return false;
        }
        // Every exporter of every product, for the world-market HHI.
        for (size_t p = 0; p < year.productCodes.size(); ++p) {
            for (int exporter : byName) {
                const double w = year.worldValue(int(p), exporter);
                if (w >= 0.0)
                    mRows.push_back({year.productCodes[p], year.iso3[size_t(exporter)], usd(w)});
            }
            if (mRows.size() >= 4096 || p + 1 == year.productCodes.size()) {
                if (!flush(mSink.addWorldExports(year.year, mRows.data(), mRows.size())))
                    return false;
            }
        }
        return true;
    }

    ImportJob &mJob;
    TradeSink &mSink;
    const QStringList &mPaths;
    const std::vector<BaciYear> &mYears;
    const BaciProductCodes &mProducts;
    std::vector<TradeRow> mRows;
    qint64 mTotal = 0;
    qint64 mWritten = 0;
};

// Year files and side files may all come as inputs; code lists not given are looked for beside
// the first year file.
bool findInputs(ImportJob &job, BaciInputs &inputs)
{
    const ImportRequest &request = job.request();
    inputs.countries = request.countriesFile;
    inputs.products = request.productsFile;
    for (const QString &file : request.files) {
        const BaciFileName name = BaciFileName::parse(file);
        if (name.kind == BaciFileName::Kind::CountryCodes && inputs.countries.isEmpty())
            inputs.countries = file;
        else if (name.kind == BaciFileName::Kind::ProductCodes && inputs.products.isEmpty())
            inputs.products = file;
        else if (name.kind == BaciFileName::Kind::YearFile || name.kind == BaciFileName::Kind::Other)
            inputs.years << file;
    }
    if (inputs.years.isEmpty())
        return job.fail({{}, 0, 0, ImportText::tr("Geen BACI-jaarbestand (BACI_HS??_Y????_V??????.csv) opgegeven.")});
    if (!job.addInputs(inputs.years))
        return false;
    if (inputs.countries.isEmpty())
        inputs.countries = BaciFileName::findSideFile(inputs.years.front(), BaciFileName::Kind::CountryCodes);
    if (inputs.products.isEmpty())
        inputs.products = BaciFileName::findSideFile(inputs.years.front(), BaciFileName::Kind::ProductCodes);
    if (inputs.countries.isEmpty()) {
        job.report().fail(
            {inputs.years.front(), 0, 0,
             ImportText::tr("het bestand met BACI-landcodes (country_codes_V*.csv) ontbreekt; BACI gebruikt "
                            "eigen landcodes (528 = NLD, 842 = USA)")},
            ImportReport::Remedy::GiveCountryCodes);
        return false;
    }
    job.addSideFile(inputs.countries);
    job.addSideFile(inputs.products);
    return true;
}

// Each reporter must be a country BACI lists.
bool checkReporters(ImportJob &job, const BaciCountryCodes &countries)
{
    if (!job.chooseReporters(false))
        return false;
    for (const QByteArray &reporter : job.reporters()) {
        if (countries.codesFor(reporter).empty())
            return job.fail({countries.path(), 0, 0,
                             ImportText::tr("rapporterend land \"%1\" komt niet voor in de BACI-landcodes")
                                 .arg(QString::fromLatin1(reporter))});
    }
    return true;
}

bool parseYears(ImportJob &job, const BaciInputs &inputs, const BaciCountryCodes &countries,
                std::vector<BaciYear> &years)
{
    const ImportRequest &request = job.request();
    BaciYearParser::Options options;
    options.allReporters = job.allReporters();
    for (const QByteArray &reporter : job.reporters())
        options.reporters.insert(reporter);
    options.expectedYear = request.year;
    options.threads =
        request.threads > 0 ? request.threads : int(std::clamp(std::thread::hardware_concurrency(), 1u, 2u));
    options.cancel = job.progress().cancelFlag();
    const int count = int(inputs.years.size());
    years.assign(size_t(count), BaciYear{});
    for (int n = 0; n < count; ++n) {
        job.reading(n, count, 0.0, ImportText::tr("BACI lezen: %1").arg(QFileInfo(inputs.years[n]).fileName()));
        options.progress = [&job, n, count](qint64 done, qint64 total) {
            job.reading(n, count, total > 0 ? double(done) / double(total) : 0.0);
        };
        io::SourceError error;
        BaciYearParser parser(countries, options);
        if (!parser.parse(inputs.years[n], years[size_t(n)], &error))
            return error.isNull() ? job.cancelled() : job.fail(error);
        for (int m = 0; m < n; ++m) {
            if (years[size_t(m)].year == years[size_t(n)].year)
                return job.fail({inputs.years[n], 0, 0,
                                 ImportText::tr("jaar %1 staat ook al in %2")
                                     .arg(years[size_t(n)].year)
                                     .arg(QFileInfo(inputs.years[m]).fileName())});
        }
    }
    return true;
}

// Per file: counts for its provenance, exporters without ISO code (BACI aggregates such as
// 697 "Europe EFTA, nes", not stored) as issues, and a note.
void reportYears(ImportJob &job, const BaciInputs &inputs, const BaciCountryCodes &countries,
                 const std::vector<BaciYear> &years)
{
    ImportReport &report = job.report();
    QStringList reporters;
    for (const QByteArray &reporter : job.reporters())
        reporters << QString::fromLatin1(reporter);
    for (size_t n = 0; n < years.size(); ++n) {
        const BaciYear &year = years[n];
        const QString &path = inputs.years[int(n)];
        job.setFileCounts(n, year.rows, year.rows - year.unmatchedRows, year.unmatchedRows);
        report.rowsRead += year.rows;
        report.rowsRejected += year.unmatchedRows;
        for (int code = 0; code < BaciCountryCodes::maxCode; ++code) {
            const qint64 count = year.unmatchedByCode[size_t(code)];
            if (count == 0)
                continue;
            const QString label = QStringLiteral("%1 %2").arg(code).arg(countries.entry(code).name);
            report.unmatched[label] += count;
            report.addIssue(ImportIssue::Kind::Unmatched,
                            {path, 0, 2,
                             ImportText::tr("exporteur %1 heeft geen ISO-landcode; %2 regels niet opgeslagen")
                                 .arg(label)
                                 .arg(count)});
        }
        report.notes << ImportText::tr("%1: jaar %2, %3 regels, %4 producten, %5 invoerregels voor %6.")
                            .arg(QFileInfo(path).fileName())
                            .arg(year.year)
                            .arg(year.rows)
                            .arg(year.productCodes.size())
                            .arg(year.imports.size())
                            .arg(job.allReporters() ? ImportText::tr("alle landen")
                                                    : reporters.join(QLatin1String(", ")));
    }
}

} // namespace

QString BaciImporter::displayName() const
{
    return ImportText::tr("BACI (CEPII): wereldhandel per jaar");
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

bool BaciImporter::read(ImportJob &job)
{
    const PhaseClock clock;
    BaciInputs inputs;
    if (!findInputs(job, inputs))
        return false;
    BaciCountryCodes countries;
    BaciProductCodes products;
    io::SourceError error;
    if (!countries.load(inputs.countries, &error) ||
        (!inputs.products.isEmpty() && !products.load(inputs.products, &error)))
        return job.fail(error);
    if (!checkReporters(job, countries))
        return false;
    std::vector<BaciYear> years;
    if (!parseYears(job, inputs, countries, years))
        return false;
    clock.phase("parsed");

    DataSetInfo info;
    info.name = defaultName(inputs.years, years);
    info.source = QStringLiteral("BACI");
    info.currency = QStringLiteral("USD");
    info.unitNote = ImportText::tr("x 1 000 USD in BACI, opgeslagen in USD");
    info.note = ImportText::tr("CEPII BACI; landcodes: %1; productcodes: %2")
                    .arg(QFileInfo(inputs.countries).fileName(),
                         inputs.products.isEmpty() ? ImportText::tr("geen") : QFileInfo(inputs.products).fileName());
    if (!job.begin(info, 0.8))
        return false;
    if (!BaciWriter(job, inputs.years, years, products).write())
        return false;
    clock.phase("rows written");
    reportYears(job, inputs, countries, years);
    job.report().notes << ImportText::tr("Waarden: BACI geeft duizenden USD; opgeslagen in USD.");
    return true;
}

FormatLayout BaciImporter::layout() const
{
    FormatLayout layout;
    const QString meanings[] = {ImportText::tr("jaar"),
                                ImportText::tr("exporteur (BACI-landcode)"),
                                ImportText::tr("importeur (BACI-landcode)"),
                                ImportText::tr("product (HS6)"),
                                ImportText::tr("waarde (x 1 000 USD)"),
                                ImportText::tr("hoeveelheid in ton (niet gebruikt)")};
    for (int c = 0; c < 6; ++c) {
        const QString name = QString::fromLatin1(columnNames[c]);
        layout.columns.push_back({name, meanings[c], true, {name}});
    }
    layout.unitNote = ImportText::tr("x 1 000 USD in BACI, opgeslagen in USD");
    layout.currency = QStringLiteral("USD");
    layout.sideFiles = ImportText::tr("de landcodes (country_codes_V….csv) en productomschrijvingen "
                                      "(product_codes_HS…_V….csv) van dezelfde BACI-versie");
    return layout;
}

} // namespace herkomst
