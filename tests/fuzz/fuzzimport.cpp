#include "fuzzimport.h"

#include "import/importer.h"
#include "import/importerregistry.h"
#include "import/importjob.h"
#include "import/importprogress.h"
#include "import/tradeperiod.h"
#include "import/tradesink.h"
#include "store/store.h"

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <cstdlib>
#include <memory>
#include <set>
#include <tuple>

using namespace herkomst;

namespace fuzz {

namespace {

[[noreturn]] void broken(const char *what, const QString &detail = {})
{
    std::fprintf(stderr, "fuzz: %s %s\n", what, qPrintable(detail));
    std::abort();
}

// What the store would refuse or store wrongly, checked as the rows arrive: rows only inside a
// data set, six-digit products, trade years, values that are numbers (never negative, infinite or
// NaN), an HHI within 0..1, and every key once (a format refuses a repeated key itself, naming
// both rows; the store would fail with a constraint error instead).
class CheckingSink : public TradeSink {
public:
    bool committed = false;
    bool rolledBack = false;

    void rollBack() override
    {
        rolledBack = true;
        mOpen = false;
    }
    qint64 dataSetId() const override { return 1; }
    QString lastError() const override { return {}; }

protected:
    bool doBegin(const DataSetInfo &info) override
    {
        if (mOpen || committed)
            broken("begin twice");
        if (info.name.isEmpty())
            broken("a data set without a name");
        mOpen = true;
        return true;
    }
    bool doAddProduct(const ProductInfo &product) override
    {
        inside("product");
        if (product.hs6.size() != 6 ||
            !std::all_of(product.hs6.cbegin(), product.hs6.cend(), [](QChar c) { return c >= u'0' && c <= u'9'; }))
            broken("product code", product.hs6);
        if (!mProducts.insert(product.hs6).second)
            broken("product twice", product.hs6);
        return true;
    }
    bool doAddImports(QByteArrayView reporter, int year, const TradeRow *rows, size_t count) override
    {
        return flows('M', reporter, year, rows, count);
    }
    bool doAddExports(QByteArrayView reporter, int year, const TradeRow *rows, size_t count) override
    {
        return flows('X', reporter, year, rows, count);
    }
    bool doAddWorldExports(int year, const TradeRow *rows, size_t count) override
    {
        return flows('W', {}, year, rows, count);
    }
    bool doAddWorldHhi(int year, const TradeRow *rows, size_t count) override
    {
        for (size_t n = 0; n < count; ++n) {
            if (rows[n].value.known() && !(rows[n].value.value <= 1.0 + 1e-9))
                broken("world HHI above 1", QString::number(rows[n].value.value));
        }
        return flows('H', {}, year, rows, count);
    }
    bool doAddPartnerBlock(const PartnerBlock &block) override
    {
        inside("partner block");
        if (block.code.isEmpty())
            broken("a partner block without a code");
        if (!mBlocks.insert(block.code).second)
            broken("partner block twice", block.code);
        return true;
    }
    bool doAddFile(const DataSetFile &) override
    {
        inside("file");
        return true;
    }
    bool doCommit() override
    {
        inside("commit");
        committed = true;
        mOpen = false;
        return true;
    }

private:
    void inside(const char *what) const
    {
        if (!mOpen)
            broken(what, QStringLiteral("outside a data set"));
    }
    bool flows(char kind, QByteArrayView reporter, int year, const TradeRow *rows, size_t count)
    {
        inside("rows");
        if (!isTradeYear(year))
            broken("year", QString::number(year));
        if ((kind == 'M' || kind == 'X') && reporter.isEmpty())
            broken("rows without a reporter");
        for (size_t n = 0; n < count; ++n) {
            const TradeRow &row = rows[n];
            if (row.hs6 < 0 || row.hs6 > 999999)
                broken("product number", QString::number(row.hs6));
            if (row.value.known() && !(std::isfinite(row.value.value) && row.value.value >= 0.0))
                broken("value", QString::number(row.value.value));
            const bool byPartner = kind == 'M' || kind == 'W';
            if (byPartner && row.country.isEmpty())
                broken("a flow without its partner");
            const auto key = std::make_tuple(kind, reporter.toByteArray(), year, row.hs6,
                                             byPartner ? row.country.toByteArray() : QByteArray());
            if (!mKeys.insert(key).second)
                broken("the same key twice", QString::fromLatin1(&kind, 1) + QString::number(row.hs6));
        }
        return true;
    }

    bool mOpen = false;
    std::set<QString> mProducts;
    std::set<QString> mBlocks;
    std::set<std::tuple<char, QByteArray, int, int32_t, QByteArray>> mKeys;
};

// An empty store for the whole run: the job looks for duplicate files and country aliases in it.
Store &emptyStore()
{
    static Store store;
    static const bool opened = [] {
        QString error;
        if (!store.open(workDir().filePath(QStringLiteral("fuzz.db")), &error))
            broken("cannot open the store", error);
        return true;
    }();
    (void)opened;
    return store;
}

} // namespace

void applyOptions(const Parts &parts, ImportRequest &request)
{
    const QByteArray *options = parts.find("options");
    if (!options)
        return;
    for (const QByteArray &line : options->split('\n')) {
        const QString text = QString::fromUtf8(line.trimmed());
        if (text == QLatin1String("skip-unmatched"))
            request.skipUnmatchedCountries = true;
        else if (text.startsWith(QLatin1String("reporter=")))
            request.reporters << text.mid(9);
        else if (text.startsWith(QLatin1String("year=")))
            request.year = text.mid(5).toInt();
    }
}

void runImport(const QString &key, ImportRequest request)
{
    const std::unique_ptr<Importer> format = createImporter(key);
    if (!format)
        broken("no format", key);
    // Every input is new to the store; the checksum is still computed, as in an import.
    request.allowDuplicateFiles = true;
    request.threads = 2;
    ImportProgress progress;
    CheckingSink sink;
    ImportJob job(emptyStore(), request, progress, sink);
    const ImportReport report = job.run(*format);
    // HERKOMST_FUZZ_VERBOSE=1 shows what each input came to, for writing seeds.
    static const bool verbose = qEnvironmentVariableIsSet("HERKOMST_FUZZ_VERBOSE");
    if (verbose) {
        for (const QString &line : report.summaryLines())
            std::fprintf(stderr, "%s\n", qPrintable(line));
    }
    if (report.ok()) {
        if (!sink.committed || sink.rolledBack)
            broken("stored without a commit");
        if (report.rowsStored != sink.rowsWritten())
            broken("rowsStored differs from the rows handed over",
                   QStringLiteral("%1 != %2").arg(report.rowsStored).arg(sink.rowsWritten()));
        if (report.rowsRead < 0 || report.rowsRejected < 0 || report.rowsSkipped < 0)
            broken("a negative count");
    } else {
        if (sink.committed)
            broken("failed after a commit");
        if (report.error.message.trimmed().isEmpty())
            broken("a failure without a message");
    }
}

} // namespace fuzz
