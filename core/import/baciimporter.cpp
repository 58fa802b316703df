#include "import/baciimporter.h"

#include "domain/hsrevision.h"
#include "import/bacicountrycodes.h"
#include "import/bacifilename.h"
#include "import/baciproductcodes.h"
#include "import/baciyearparser.h"
#include "import/importjob.h"
#include "import/importprogress.h"
#include "import/importtext.h"
#include "import/tradesink.h"
#include "io/inputfile.h"

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
    io::SourceError error;
    const std::unique_ptr<QIODevice> file = io::InputFile::open(path, &error);
    if (!file)
        return false;
    QByteArray line = file->readLine(256).trimmed().toLower();
    if (line.startsWith("\xEF\xBB\xBF"))
        line.remove(0, 3);
    line.replace('"', QByteArray()).replace(' ', QByteArray());
    return line == "t,i,j,k,v,q";
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
    HsRevision revision = HsRevision::Unknown; // the release's, from the file names
};

// A release is in one HS revision for all its years (docs/design.md, "HS versions"): the year
// files' names say which (BACI_HS17_...), or the product codes' file for renamed year files.
bool findRevision(ImportJob &job, BaciInputs &inputs)
{
    QString named, namedBy;
    for (const QString &file : inputs.years) {
        const BaciFileName name = BaciFileName::parse(file);
        if (name.kind != BaciFileName::Kind::YearFile)
            continue;
        if (!named.isEmpty() && name.nomenclature != named)
            return job.fail({file, 0, 0,
                             ImportText::tr("dit jaarbestand is in %1, %2 in %3: één gegevensset heeft één "
                                            "HS-versie")
                                 .arg(name.nomenclature, QFileInfo(namedBy).fileName(), named)});
        named = name.nomenclature;
        namedBy = file;
    }
    if (named.isEmpty() && !inputs.products.isEmpty())
        named = BaciFileName::parse(inputs.products).nomenclature;
    inputs.revision = parseHsRevision(named);
    return true;
}

// Writes one parsed year through the sink: its products, the chosen reporters' imports and
// exports, and every exporter's world exports, in key order.
class BaciWriter {
public:
    BaciWriter(ImportJob &job, const BaciYear &year, const BaciProductCodes &products,
               std::function<void(double)> progress)
        : mJob(job), mSink(job.sink()), mYear(year), mProducts(products), mProgress(std::move(progress))
    {
        mTotal = qint64(year.imports.size()) +
                 qint64(std::count_if(year.world.begin(), year.world.end(), [](double w) { return w >= 0.0; }));
    }

    bool write()
    {
        char text[6];
        for (int32_t code : mYear.productCodes) {
            TradeSink::hs6Text(code, text);
            if (!mSink.addProduct({QString::fromLatin1(text, 6), {}, mProducts.description(code), {}}))
                return false;
        }
        return writeImports() && writeExports() && writeWorld();
    }

private:
    // BACI values are thousands of USD; the store keeps USD.
    static TradeValue usd(double thousands) { return TradeValue{thousands * 1000.0}; }

    bool flush(bool ok)
    {
        mWritten += qint64(mRows.size());
        mRows.clear();
        if (mJob.isCancelled())
            return false;
        mProgress(double(mWritten) / double(std::max<qint64>(mTotal, 1)));
        return ok;
    }

    // Imports of the chosen reporters (the EU as one reporter too), sorted by reporter, product
    // and partner.
    bool writeImports()
    {
        const std::vector<BaciYear::Import> &imports = mYear.imports;
        for (size_t r = 0; r < imports.size();) {
            const int reporter = imports[r].reporter;
            for (; r < imports.size() && imports[r].reporter == reporter; ++r) {
                const BaciYear::Import &row = imports[r];
                mRows.push_back({mYear.productCodes[size_t(row.product)], mYear.code(row.partner), usd(row.value)});
            }
            if (!flush(mSink.addImports(mYear.code(reporter), mYear.year, mRows.data(), mRows.size())))
                return false;
        }
        return true;
    }

    // Exports of the chosen reporters: their world exports; the EU's, its members' exports to
    // non-members.
    bool writeExports()
    {
        for (int reporter = 0; reporter < mYear.countryCount(); ++reporter) {
            if (!mJob.isReporter(mYear.iso3[size_t(reporter)]))
                continue;
            for (size_t p = 0; p < mYear.productCodes.size(); ++p) {
                const double w = mYear.worldValue(int(p), reporter);
                if (w >= 0.0)
                    mRows.push_back({mYear.productCodes[p], {}, usd(w)});
            }
            if (!flush(mSink.addExports(mYear.iso3[size_t(reporter)], mYear.year, mRows.data(), mRows.size())))
                return false;
        }
        for (size_t p = 0; p < mYear.euExports.size(); ++p) {
            if (mYear.euExports[p] >= 0.0)
                mRows.push_back({mYear.productCodes[p], {}, usd(mYear.euExports[p])});
        }
        return flush(mSink.addExports(mYear.euCode, mYear.year, mRows.data(), mRows.size()));
    }

    // Every exporter of every product, for the world-market HHI, exporters in code order.
    bool writeWorld()
    {
        std::vector<int> byName(size_t(mYear.countryCount()), 0);
        std::iota(byName.begin(), byName.end(), 0);
        std::sort(byName.begin(), byName.end(),
                  [this](int a, int b) { return mYear.iso3[size_t(a)] < mYear.iso3[size_t(b)]; });
        for (size_t p = 0; p < mYear.productCodes.size(); ++p) {
            for (int exporter : byName) {
                const double w = mYear.worldValue(int(p), exporter);
                if (w >= 0.0)
                    mRows.push_back({mYear.productCodes[p], mYear.iso3[size_t(exporter)], usd(w)});
            }
            if (mRows.size() >= 4096 || p + 1 == mYear.productCodes.size()) {
                if (!flush(mSink.addWorldExports(mYear.year, mRows.data(), mRows.size())))
                    return false;
            }
        }
        return true;
    }

    ImportJob &mJob;
    TradeSink &mSink;
    const BaciYear &mYear;
    const BaciProductCodes &mProducts;
    std::function<void(double)> mProgress;
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
        else if (name.kind == BaciFileName::Kind::YearFile && request.year > 0 && name.year != request.year &&
                 io::InputFile::isMember(file))
            continue; // a release holds every year; the request's year takes one
        else if (name.kind == BaciFileName::Kind::YearFile ||
                 (name.kind == BaciFileName::Kind::Other && !io::InputFile::isMember(file)))
            inputs.years << file; // a renamed year file; a release's Readme is no year
    }
    if (inputs.years.isEmpty())
        return job.fail({{},
                         0,
                         0,
                         request.year > 0 ? ImportText::tr("Geen BACI-jaarbestand van %1 gevonden.").arg(request.year)
                                          : ImportText::tr("Geen BACI-jaarbestand (BACI_HS??_Y????_V??????.csv) "
                                                           "opgegeven.")});
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
    return findRevision(job, inputs);
}

// Each reporter must be a country BACI lists.
bool checkReporters(ImportJob &job, const BaciCountryCodes &countries)
{
    if (!job.chooseReporters(false))
        return false;
    for (const QByteArray &reporter : job.reporters()) {
        if (countries.codesFor(reporter).empty() && !euReporterComposition(QString::fromLatin1(reporter)))
            return job.fail({countries.path(), 0, 0,
                             ImportText::tr("rapporterend land \"%1\" komt niet voor in de BACI-landcodes")
                                 .arg(QString::fromLatin1(reporter))});
    }
    return true;
}

BaciYearParser::Options parserOptions(ImportJob &job)
{
    const ImportRequest &request = job.request();
    BaciYearParser::Options options;
    options.allReporters = job.allReporters();
    for (const QByteArray &reporter : job.reporters())
        options.reporters.insert(reporter);
    options.euReporter = job.euReporter();
    options.expectedYear = request.year;
    options.threads =
        request.threads > 0 ? request.threads : int(std::clamp(std::thread::hardware_concurrency(), 1u, 2u));
    options.cancel = job.progress().cancelFlag();
    return options;
}

// One year file: its counts for the provenance, the rows and value of exporters that name no
// country (BACI's "nes" codes, kept as blocks), and a note.
void reportYear(ImportJob &job, size_t index, const QString &path, const BaciCountryCodes &countries,
                const BaciYear &year)
{
    ImportReport &report = job.report();
    job.setFileCounts(index, year.rows, year.rows, 0);
    report.rowsRead += year.rows;
    for (int code = 0; code < BaciCountryCodes::maxCode; ++code) {
        if (const qint64 rows = year.blockRowsByCode[size_t(code)]; rows > 0)
            job.countBlockRows(countries.entry(code).iso3, rows, year.blockValueByCode[size_t(code)] * 1000.0);
    }
    QStringList reporters;
    for (const QByteArray &reporter : job.reporters())
        reporters << QString::fromLatin1(reporter);
    report.notes << ImportText::tr("%1: jaar %2, %3 regels, %4 producten, %5 invoerregels voor %6.")
                        .arg(QFileInfo(path).fileName())
                        .arg(year.year)
                        .arg(year.rows)
                        .arg(year.productCodes.size())
                        .arg(year.imports.size())
                        .arg(job.allReporters() ? ImportText::tr("alle landen") : reporters.join(QLatin1String(", ")));
}

// The data set's name from the year files' names ("BACI HS17 2019-2021 (V202301)").
QString defaultName(const QStringList &dataFiles, int firstYear)
{
    const BaciFileName first = BaciFileName::parse(dataFiles.front());
    if (first.kind != BaciFileName::Kind::YearFile)
        return QStringLiteral("BACI %1").arg(QFileInfo(dataFiles.front()).completeBaseName());
    int lo = firstYear, hi = firstYear;
    for (const QString &file : dataFiles) {
        const BaciFileName name = BaciFileName::parse(file);
        if (name.kind == BaciFileName::Kind::YearFile) {
            lo = std::min(lo, name.year);
            hi = std::max(hi, name.year);
        }
    }
    const QString span = lo == hi ? QString::number(lo) : QStringLiteral("%1-%2").arg(lo).arg(hi);
    return QStringLiteral("BACI %1 %2 (V%3)").arg(first.nomenclature, span, first.version);
}

} // namespace

QString BaciImporter::displayName() const
{
    return ImportText::tr("BACI (CEPII): wereldhandel per jaar");
}

int BaciImporter::detectFiles(const QStringList &files) const
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
    if (!countries.load(inputs.countries, job.partners(), &error) ||
        (!inputs.products.isEmpty() && !products.load(inputs.products, &error)))
        return job.fail(error);
    if (!checkReporters(job, countries))
        return false;

    // Year by year: parsed, then written, so memory holds one year (every reporter's imports of a
    // year are 11 million rows). Each year takes an equal part of the progress, 80 % reading.
    BaciYearParser::Options options = parserOptions(job);
    options.open = [&job](const QString &path, io::SourceError *openError) { return job.openInput(path, openError); };
    const int count = int(inputs.years.size());
    std::vector<int> seen;
    for (int n = 0; n < count; ++n) {
        const QString &path = inputs.years[n];
        const auto share = [&job, n, count](double part, const QString &message = {}) {
            job.progress().report(0.99 * (n + std::clamp(part, 0.0, 1.0)) / count, message);
        };
        share(0.0, ImportText::tr("BACI lezen: %1").arg(QFileInfo(path).fileName()));
        options.progress = [&share](qint64 done, qint64 total) {
            share(total > 0 ? 0.8 * double(done) / double(total) : 0.0);
        };
        BaciYear year;
        BaciYearParser parser(countries, options);
        if (!parser.parse(path, year, &error))
            return error.isNull() ? job.cancelled() : job.fail(error);
        clock.phase("parsed");
        if (const auto it = std::find(seen.begin(), seen.end(), year.year); it != seen.end())
            return job.fail({path, 0, 0,
                             ImportText::tr("jaar %1 staat ook al in %2")
                                 .arg(year.year)
                                 .arg(QFileInfo(inputs.years[int(it - seen.begin())]).fileName())});
        seen.push_back(year.year);
        if (n == 0) {
            DataSetInfo info;
            info.name = defaultName(inputs.years, year.year);
            info.source = QStringLiteral("BACI");
            info.hsCoding.fixed = inputs.revision;
            info.currency = QStringLiteral("USD");
            info.unitNote = ImportText::tr("x 1 000 USD in BACI, opgeslagen in USD");
            info.note =
                ImportText::tr("CEPII BACI; landcodes: %1; productcodes: %2")
                    .arg(QFileInfo(inputs.countries).fileName(),
                         inputs.products.isEmpty() ? ImportText::tr("geen") : QFileInfo(inputs.products).fileName());
            if (!job.begin(info, 0.8 / count))
                return false;
        }
        share(0.8, ImportText::tr("Opslaan in de database"));
        if (!BaciWriter(job, year, products, [&share](double f) { share(0.8 + 0.2 * f); }).write())
            return job.isCancelled() ? job.cancelled() : job.writeFailed(path);
        clock.phase("rows written");
        reportYear(job, size_t(n), path, countries, year);
    }
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
