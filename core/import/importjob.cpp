#include "import/importjob.h"

#include "countries/countryregistry.h"
#include "import/countrymatcher.h"
#include "import/filechecksum.h"
#include "import/importer.h"
#include "import/importprogress.h"
#include "import/importtext.h"
#include "import/tradeperiod.h"
#include "import/tradesink.h"
#include "io/inputfile.h"
#include "store/store.h"

#include <QFileInfo>
#include <QHash>
#include <QMap>

#include <algorithm>
#include <cmath>
#include <thread>

namespace herkomst {

struct ImportJob::Private {
    QStringList inputs;
    QStringList sideFiles;
    std::vector<DataSetFile> files; // per input, then per side file
    // The archives the inputs came out of, as downloaded: their own provenance and checksum.
    QStringList archives;
    std::vector<DataSetFile> archiveFiles;
    QString hashError;
    std::thread hasher;
    bool inputsChecked = false;
    bool partnersChecked = false;
    io::SourceError firstUnmatched;
    std::unique_ptr<CountryMatcher> partners;
    QMap<QByteArray, QPair<qint64, double>> blockRows; // code -> rows, known value

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
    // A year given with the request is a trade year like any year read from a file (fuzz finding:
    // a CBS table without a year column was stored under year 4040).
    if (mRequest.year != 0 && !isTradeYear(mRequest.year)) {
        fail({{},
              0,
              0,
              ImportText::tr("Jaar %1 ligt buiten %2-%3.").arg(mRequest.year).arg(firstTradeYear).arg(lastTradeYear)});
        return mReport;
    }
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
    d->inputs = paths;
    d->files.assign(size_t(paths.size()), DataSetFile{});
    QHash<QString, QHash<QString, qint64>> members; // archive -> member -> declared size
    for (size_t n = 0; n < d->files.size(); ++n) {
        const QString &path = paths[int(n)];
        DataSetFile &file = d->files[n];
        const QString archive = io::InputFile::archiveOf(path);
        if (archive.isEmpty()) {
            if (!QFileInfo(path).isFile())
                return fail({path, 0, 0, ImportText::tr("het bestand bestaat niet of is geen bestand")});
            file.fileName = QFileInfo(path).fileName();
            file.size = QFileInfo(path).size();
            continue;
        }
        // A member: named with its archive, as downloaded; its checksum comes as it is read.
        if (!members.contains(archive)) {
            members.insert(archive, io::InputFile::memberSizes(archive));
            d->archives << archive;
            d->archiveFiles.push_back({QFileInfo(archive).fileName(), {}, QFileInfo(archive).size(), 0, 0, 0});
        }
        const QString member = io::InputFile::memberOf(path);
        if (!members[archive].contains(member))
            return fail({path, 0, 0, ImportText::tr("het bestand bestaat niet in het archief")});
        file.fileName = QFileInfo(archive).fileName() + QLatin1Char('/') + member;
        file.size = members[archive].value(member);
    }
    // On two cores the checksums cost little wall time beside the reading: the plain inputs and
    // the archives here, the members as they are read (openInput).
    d->hasher = std::thread([this] {
        const auto hash = [this](const QString &path, DataSetFile &file) {
            QString error;
            file.sha256 = fileSha256(path, &error);
            if (!error.isEmpty())
                d->hashError = error;
            return error.isEmpty();
        };
        for (size_t n = 0; n < d->files.size() && !mProgress.isCancelled(); ++n) {
            if (!io::InputFile::isMember(d->inputs[int(n)]) && !hash(d->inputs[int(n)], d->files[n]))
                return;
        }
        for (int n = 0; n < d->archives.size() && !mProgress.isCancelled(); ++n) {
            if (!hash(d->archives[n], d->archiveFiles[size_t(n)]))
                return;
        }
    });
    return true;
}

std::unique_ptr<QIODevice> ImportJob::openInput(const QString &path, io::SourceError *error)
{
    const qsizetype index = d->inputs.indexOf(path);
    io::InputFile::Observer observer;
    if (index >= 0 && io::InputFile::isMember(path)) {
        auto sum = std::make_shared<Sha256>();
        observer = [this, index, sum](QByteArrayView bytes) {
            if (bytes.isEmpty())
                d->files[size_t(index)].sha256 = sum->hex();
            else
                sum->add(bytes);
        };
    }
    return io::InputFile::open(path, error, std::move(observer), mProgress.cancelFlag());
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
    // The archives as downloaded and every file whose checksum is known (a member once read).
    std::vector<std::pair<QString, const DataSetFile *>> known;
    for (int n = 0; n < d->archives.size(); ++n)
        known.push_back({d->archives[n], &d->archiveFiles[size_t(n)]});
    for (size_t n = 0; n < d->files.size(); ++n) {
        if (!d->files[n].sha256.isEmpty())
            known.push_back({d->inputs[int(n)], &d->files[n]});
    }
    for (size_t n = 0; n < known.size(); ++n) {
        const DataSetFile &file = *known[n].second;
        for (size_t m = 0; m < n; ++m) {
            if (known[m].second->sha256 == file.sha256)
                return fail({known[n].first, 0, 0,
                             ImportText::tr("dit bestand is hetzelfde als %1").arg(known[m].second->fileName)});
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
    // Members read later are checked again before the commit.
    d->inputsChecked =
        std::all_of(d->files.begin(), d->files.end(), [](const DataSetFile &file) { return !file.sha256.isEmpty(); });
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
    mEuReporter.reset();
    mAllReporters = !single && mRequest.allReporters();
    if (mAllReporters)
        return true;
    const QStringList asked = mRequest.reporters.isEmpty() ? QStringList{QStringLiteral("NLD")} : mRequest.reporters;
    for (const QString &code : asked) {
        // The EU as one reporter is for formats that hold every member (BACI, Comext, Comtrade).
        if (const std::optional<EuComposition> eu = euReporterComposition(code); eu && !single) {
            if (mEuReporter && *mEuReporter != *eu)
                return fail({{}, 0, 0, ImportText::tr("kies één samenstelling van de EU als rapporterend land")});
            mEuReporter = eu;
            mReporters.push_back(euReporterCode(*eu).toLatin1());
            continue;
        }
        const Country *country = single && asked.size() > 1 ? nullptr : CountryRegistry::instance().find(code);
        if (country && country->kind != PartnerKind::Country)
            country = nullptr;
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

CountryMatcher &ImportJob::partners()
{
    if (!d->partners)
        d->partners = std::make_unique<CountryMatcher>(&mStore);
    return *d->partners;
}

void ImportJob::countBlockRows(const QByteArray &code, qint64 rows, double knownValue)
{
    QPair<qint64, double> &count = d->blockRows[code];
    count.first += rows;
    count.second += knownValue;
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
    mReport.currency = info.currency;
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
    // A member no format read to its end (none should) is hashed here.
    for (size_t n = 0; n < d->files.size(); ++n) {
        QString error;
        if (d->files[n].sha256.isEmpty())
            d->files[n].sha256 = fileSha256(d->inputs[int(n)], &error);
        if (!error.isEmpty())
            return fail({d->inputs[int(n)], 0, 0, error});
    }
    if (!checkInputs())
        return false;
    for (const DataSetFile &file : d->archiveFiles) {
        if (!mSink.addFile(file))
            return writeFailed();
    }
    for (const DataSetFile &file : d->files) {
        if (!mSink.addFile(file))
            return writeFailed();
    }
    for (const QString &side : std::as_const(d->sideFiles)) {
        QString error;
        const QString archive = io::InputFile::archiveOf(side);
        const QString name = archive.isEmpty()
                                 ? QFileInfo(side).fileName()
                                 : QFileInfo(archive).fileName() + QLatin1Char('/') + io::InputFile::memberOf(side);
        const DataSetFile file{name, fileSha256(side, &error), std::max<qint64>(io::InputFile::size(side), 0), 0, 0, 0};
        if (!error.isEmpty())
            return fail({side, 0, 0, error});
        if (!mSink.addFile(file))
            return writeFailed();
    }
    // The partner codes that name no country, with the rows and value the summary lists.
    if (d->partners) {
        for (const PartnerBlock &block : d->partners->blocks()) {
            if (!mSink.addPartnerBlock(block))
                return writeFailed();
        }
    }
    for (auto it = d->blockRows.cbegin(); it != d->blockRows.cend(); ++it) {
        const QString name = d->partners ? d->partners->blocks().value(it.key()).name : QString();
        mReport.hiddenPartners.push_back({QString::fromUtf8(it.key()), name, it->first, it->second});
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
