#pragma once

#include "countries/eucomposition.h"
#include "domain/tradetypes.h"
#include "import/importreport.h"
#include "import/importrequest.h"
#include "io/dutchnumber.h"
#include "store/datasetinfo.h"

#include <QByteArray>
#include <QIODevice>
#include <QStringList>

#include <memory>
#include <optional>
#include <vector>

namespace herkomst {

class CountryMatcher;
class Importer;
class ImportProgress;
class Store;
class TradeSink;

// What every import does, whatever the format (docs/design.md §4): the inputs and their
// checksums (a file given twice or already in a data set is refused), the reporters, progress
// and cancel, the unknown-country policy, the free data-set name, and the one transaction that
// stores the data set through a TradeSink. A format (Importer::read) only reads its files and
// hands grouped rows to the sink between begin() and the job's commit.
class ImportJob {
public:
    ImportJob(Store &store, const ImportRequest &request, ImportProgress &progress, TradeSink &sink);
    ~ImportJob(); // waits for the checksum thread
    ImportJob(const ImportJob &) = delete;
    ImportJob &operator=(const ImportJob &) = delete;

    // Runs one format from the first check to the commit; the report says how it went.
    ImportReport run(Importer &format);

    const ImportRequest &request() const { return mRequest; }
    ImportReport &report() { return mReport; }
    ImportProgress &progress() { return mProgress; }
    const Store &store() const { return mStore; }
    TradeSink &sink() { return mSink; }

    // --- Inputs ---------------------------------------------------------------------------------
    // The data files: each must be a file. Their SHA-256 is computed on a thread beside the reading.
    bool addInputs(const QStringList &paths);
    // A side file (BACI's code lists) recorded with the data set but never refused as a duplicate.
    void addSideFile(const QString &path);
    // Opens an input for reading (io::InputFile: a file, or an archive member inflated as it is
    // read, whose checksum is taken as its bytes pass). nullptr with *error.
    std::unique_ptr<QIODevice> openInput(const QString &path, io::SourceError *error);
    // Waits for the checksums; refuses a file given twice or one a data set already holds (unless
    // the request allows it). Formats with small files call it before reading, so such a file is
    // refused at once; begin() calls it in any case. An archive is checked as downloaded at once,
    // its members once they have been read (and again before the commit).
    bool checkInputs();
    // Counts of input file `index` for its provenance: data rows read, used, and rejected.
    void setFileCounts(size_t index, qint64 read, qint64 used, qint64 rejected);

    // --- Reporters --------------------------------------------------------------------------------
    // The request's reporters as ISO3 (NLD when none is asked); `single` refuses ALL and lists.
    // False (report failed) for a name or code that is no country.
    bool chooseReporters(bool single);
    bool allReporters() const { return mAllReporters; }
    const std::vector<QByteArray> &reporters() const { return mReporters; } // sorted ISO3 (and "EU27")
    // The EU as one reporter ("EU27", "EU28" among the reporters): its composition.
    std::optional<EuComposition> euReporter() const { return mEuReporter; }
    bool isReporter(QByteArrayView iso3) const;

    // --- Reading --------------------------------------------------------------------------------
    bool isCancelled() const;
    // Progress while reading file `index` of `count`: reading takes the first 85 %.
    void reading(int index, int count, double fractionOfFile, const QString &message = {});
    // Fails the report with this error; always false, so `return job.fail(...)` reads well.
    bool fail(const io::SourceError &error);
    // Marks the import cancelled (nothing stored); always false.
    bool cancelled();

    // --- Partners: one policy for every format (docs/design.md §1 and §4) ------------------------
    // Every partner code or name is classified here (CountryMatcher: totals, countries with the
    // alias table and the store's aliases, blocks that name no country, unmatched).
    CountryMatcher &partners();
    // Rows with a block partner (value known, partner unknown): counted for the summary, which
    // lists every such code with its rows and value; the blocks are stored with the data set.
    void countBlockRows(const QByteArray &code, qint64 rows, double knownValue);
    // A partner that matches nothing is counted and listed (issue and report.unmatched);
    // checkPartners() then refuses the import unless the request skips such rows
    // (ImportReport::Remedy::MapOrSkipCountries). Rows are otherwise never dropped for their partner.
    void unmatchedPartner(const QString &text, const io::SourceError &where);
    bool checkPartners();

    // --- Writing --------------------------------------------------------------------------------
    // Checks the partners, the inputs and the name (the request's, else info.name), then starts
    // the data set in the sink. Progress jumps to `at` with "Opslaan in de database".
    bool begin(DataSetInfo info, double at = 0.9);
    // The sink's last error as the reason the import failed, at this file if known; always false.
    bool writeFailed(const QString &file = {});
    // Progress while writing: `fraction` of the rows written.
    void writing(double fraction);

    // Every value source files carry, read by the same rule: a number, or missing for a stated
    // reason ("." unknown, "x" secret, empty); "-" is zero. Text and negative or infinite numbers
    // are no trade value, nor is one above maxTradeValue.
    enum class ValueProblem { None, NotANumber, Negative, TooLarge };
    // No trade value of one product, partner and year comes near this in any unit a source uses
    // (world trade is about 3e13 USD a year). Refusing larger ones keeps every value finite after
    // its unit (at most x 1e9) and every sum of them: a fuzz finding, 1e308 summed into "inf".
    static constexpr double maxTradeValue = 1e15;
    static ValueProblem tradeValue(const io::DutchNumber::Result &number, TradeValue &value);
    // The message for TooLarge, the value as the file writes it.
    static QString tooLargeText(const QString &written);

private:
    struct Private;
    bool finish(); // files, cancel check, commit
    bool checkName(const QString &name);

    Store &mStore;
    const ImportRequest &mRequest;
    ImportProgress &mProgress;
    TradeSink &mSink;
    ImportReport mReport;
    std::unique_ptr<Private> d;
    bool mAllReporters = false;
    std::vector<QByteArray> mReporters;
    std::optional<EuComposition> mEuReporter;
    double mWriteFrom = 0.9;
};

} // namespace herkomst
