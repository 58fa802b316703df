#include "import/importjob.h"

#include "countries/countryregistry.h"
#include "import/filechecksum.h"
#include "import/importer.h"
#include "import/importprogress.h"
#include "import/importtext.h"
#include "import/tradesink.h"
#include "store/store.h"

#include <QFileInfo>

#include <algorithm>
#include <cmath>
#include <thread>

namespace herkomst {

struct ImportJob::Private {
    QStringList inputs;
    QStringList sideFiles;
    std::vector<DataSetFile> files; // per input, then per side file
    QString hashError;
    std::thread hasher;
    bool inputsChecked = false;
    bool partnersChecked = false;
    io::SourceError firstUnmatched;

    void joinHasher()
    {
        if (hasher.joinable())
            hasher.join();
    }
};

ImportJob::ImportJob(Store &store, const ImportRequest &request, ImportProgress &progress, TradeSink &sink)
    : mStore(store), mRequest(request), mProgress(progress), mSink(sink), d(std::make_unique<Private>())
{}

ImportJob::~ImportJob()
{
    d->joinHasher();
}

ImportReport ImportJob::run(Importer &format)
{
    mReport = ImportReport{};
    mReport.format = format.key();
    // A name the user chose is checked before any slow work.
    if (!mRequest.dataSetName.isEmpty() && !checkName(mRequest.dataSetName))
        return mReport;
    if (format.read(*this) && finish()) {
        mProgress.report(1.0, ImportText::tr("Klaar"));
        return mReport;
    }
    mSink.rollBack();
    if (mProgress.isCancelled()) // a reader stopped by the cancel may have said something else
        cancelled();
    return mReport;
}

bool ImportJob::addInputs(const QStringList &paths)
{
    for (const QString &path : paths) {
        if (!QFileInfo(path).isFile())
            return fail({path, 0, 0, ImportText::tr("het bestand bestaat niet of is geen bestand")});
    }
    d->inputs = paths;
    d->files.assign(size_t(paths.size()), DataSetFile{});
    for (size_t n = 0; n < d->files.size(); ++n) {
        d->files[n].fileName = QFileInfo(paths[int(n)]).fileName();
        d->files[n].size = QFileInfo(paths[int(n)]).size();
    }
    // On two cores the checksums cost little wall time beside the reading.
    d->hasher = std::thread([this] {
        for (size_t n = 0; n < d->files.size() && !mProgress.isCancelled(); ++n) {
            QString error;
            d->files[n].sha256 = fileSha256(d->inputs[int(n)], &error);
            if (!error.isEmpty()) {
                d->hashError = error;
                return;
            }
        }
    });
    return true;
}

void ImportJob::addSideFile(const QString &path)
{
    if (!path.isEmpty())
        d->sideFiles << path;
}

bool ImportJob::checkInputs()
{
    if (d->inputsChecked)
        return true;
    d->joinHasher();
    if (mProgress.isCancelled())
        return cancelled();
    if (!d->hashError.isEmpty())
        return fail({{}, 0, 0, d->hashError});
    for (size_t n = 0; n < d->files.size(); ++n) {
        const DataSetFile &file = d->files[n];
        for (size_t m = 0; m < n; ++m) {
            if (d->files[m].sha256 == file.sha256)
                return fail({d->inputs[int(n)], 0, 0,
                             ImportText::tr("dit bestand is hetzelfde als %1").arg(d->files[m].fileName)});
        }
        if (mRequest.allowDuplicateFiles)
            continue;
        if (const std::optional<DataSetInfo> existing = mStore.dataSetWithFile(file.sha256)) {
            mReport.outcome = ImportReport::Outcome::DuplicateFile;
            mReport.duplicateOf = existing->name;
            mReport.remedy = ImportReport::Remedy::AllowDuplicate;
            mReport.error = {file.fileName, 0, 0,
                             ImportText::tr("dit bestand is al geïmporteerd in gegevensset \"%1\" (zelfde "
                                            "SHA-256-controlegetal)")
                                 .arg(existing->name)};
            return false;
        }
    }
    d->inputsChecked = true;
    return true;
}

void ImportJob::setFileCounts(size_t index, qint64 read, qint64 used, qint64 rejected)
{
    if (index >= d->files.size())
        return;
    d->files[index].rowsRead = read;
    d->files[index].rowsStored = used;
    d->files[index].rowsRejected = rejected;
}

bool ImportJob::chooseReporters(bool single)
{
    mReporters.clear();
    mAllReporters = !single && mRequest.allReporters();
    if (mAllReporters)
        return true;
    const QStringList asked = mRequest.reporters.isEmpty() ? QStringList{QStringLiteral("NLD")} : mRequest.reporters;
    for (const QString &code : asked) {
        const Country *country = single && asked.size() > 1 ? nullptr : CountryRegistry::instance().find(code);
        if (!country) {
            return fail({{},
                         0,
                         0,
                         single ? ImportText::tr("Een tabel van deze soort heeft één rapporterend land; \"%1\" is "
                                                 "geen bekend land.")
                                      .arg(asked.join(QLatin1String(", ")))
                                : ImportText::tr("rapporterend land \"%1\" is geen bekend land (verwacht een "
                                                 "ISO-code zoals NLD)")
                                      .arg(code)});
        }
        mReporters.push_back(country->iso3.toLatin1());
    }
    std::sort(mReporters.begin(), mReporters.end());
    mReporters.erase(std::unique(mReporters.begin(), mReporters.end()), mReporters.end());
    return true;
}

bool ImportJob::isReporter(QByteArrayView iso3) const
{
    return mAllReporters || std::binary_search(mReporters.begin(), mReporters.end(), iso3,
                                               [](QByteArrayView a, QByteArrayView b) { return a < b; });
}

bool ImportJob::isCancelled() const
{
    return mProgress.isCancelled();
}

void ImportJob::reading(int index, int count, double fractionOfFile, const QString &message)
{
    mProgress.report(0.85 * (index + std::clamp(fractionOfFile, 0.0, 1.0)) / std::max(count, 1), message);
}

bool ImportJob::fail(const io::SourceError &error)
{
    mReport.fail(error);
    return false;
}

bool ImportJob::cancelled()
{
    mReport.outcome = ImportReport::Outcome::Cancelled;
    mReport.error = {{}, 0, 0, ImportText::tr("De import is afgebroken; er is niets opgeslagen.")};
    return false;
}

void ImportJob::unmatchedPartner(const QString &text, const io::SourceError &where)
{
    ++mReport.unmatched[text];
    ++mReport.rowsRejected;
    mReport.addIssue(ImportIssue::Kind::Unmatched,
                     {where.file, where.row, where.column, ImportText::tr("land \"%1\" niet herkend").arg(text)});
    if (d->firstUnmatched.isNull())
        d->firstUnmatched = {where.file, where.row, where.column, text};
}

bool ImportJob::checkPartners()
{
    if (d->partnersChecked || mReport.unmatched.isEmpty() || mRequest.skipUnmatchedCountries)
        return d->partnersChecked = true;
    const QStringList names = mReport.unmatched.keys();
    const io::SourceError &first = d->firstUnmatched;
    mReport.remedy = ImportReport::Remedy::MapOrSkipCountries;
    return fail({first.file, first.row, first.column,
                 ImportText::tr("land \"%1\" niet herkend (%2 onbekende landen: %3)")
                     .arg(first.message)
                     .arg(names.size())
                     .arg(QStringList(names.mid(0, 10)).join(QLatin1String(", ")))});
}

bool ImportJob::checkName(const QString &name)
{
    if (name.trimmed().isEmpty()) {
        mReport.remedy = ImportReport::Remedy::ChooseName;
        return fail({{}, 0, 0, ImportText::tr("De gegevensset heeft een naam nodig.")});
    }
    if (mStore.dataSet(name)) {
        mReport.remedy = ImportReport::Remedy::ChooseName;
        return fail({{}, 0, 0, ImportText::tr("Er is al een gegevensset met de naam \"%1\".").arg(name)});
    }
    return true;
}

bool ImportJob::begin(DataSetInfo info, double at)
{
    if (!checkPartners() || !checkInputs())
        return false;
    if (!mRequest.dataSetName.isEmpty())
        info.name = mRequest.dataSetName;
    if (!checkName(info.name))
        return false;
    if (isCancelled())
        return cancelled();
    mWriteFrom = at;
    mProgress.report(at, ImportText::tr("Opslaan in de database"));
    mReport.dataSetName = info.name;
    if (!mSink.begin(info))
        return writeFailed();
    return true;
}

bool ImportJob::writeFailed(const QString &file)
{
    return fail({file, 0, 0, ImportText::tr("opslaan in de database mislukt: %1").arg(mSink.lastError())});
}

void ImportJob::writing(double fraction)
{
    mProgress.report(mWriteFrom + (0.99 - mWriteFrom) * std::clamp(fraction, 0.0, 1.0));
}

bool ImportJob::finish()
{
    if (!checkInputs())
        return false;
    for (const DataSetFile &file : d->files) {
        if (!mSink.addFile(file))
            return writeFailed();
    }
    for (const QString &side : std::as_const(d->sideFiles)) {
        QString error;
        const DataSetFile file{QFileInfo(side).fileName(), fileSha256(side, &error), QFileInfo(side).size(), 0, 0, 0};
        if (!error.isEmpty())
            return fail({side, 0, 0, error});
        if (!mSink.addFile(file))
            return writeFailed();
    }
    if (isCancelled())
        return cancelled();
    mProgress.report(0.99, ImportText::tr("Vastleggen"));
    if (!mSink.commit())
        return writeFailed();
    mReport.outcome = ImportReport::Outcome::Stored;
    mReport.dataSetId = mSink.dataSetId();
    mReport.rowsStored = mSink.rowsWritten();
    return true;
}

ImportJob::ValueProblem ImportJob::tradeValue(const io::DutchNumber::Result &number, TradeValue &value)
{
    switch (number.status) {
    case io::DutchNumber::Status::Value:
    case io::DutchNumber::Status::Nil:
        break;
    case io::DutchNumber::Status::Secret:
        value = TradeValue::secret();
        return ValueProblem::None;
    case io::DutchNumber::Status::Unknown:
    case io::DutchNumber::Status::Empty:
        value = TradeValue::unknown();
        return ValueProblem::None;
    case io::DutchNumber::Status::Invalid:
        return ValueProblem::NotANumber;
    }
    if (!std::isfinite(number.value) || number.value < 0.0)
        return ValueProblem::Negative;
    if (number.value > maxTradeValue)
        return ValueProblem::TooLarge;
    value = TradeValue{number.value};
    return ValueProblem::None;
}

QString ImportJob::tooLargeText(const QString &written)
{
    return ImportText::tr("waarde %1 is te groot voor een handelsstroom (meer dan 10^15)").arg(written.left(40));
}

} // namespace herkomst
