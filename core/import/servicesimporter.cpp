#include "import/servicesimporter.h"

#include "import/cbsimporter.h"

#include "import/importjob.h"
#include "import/importprogress.h"
#include "import/servicestablereader.h"
#include "store/store.h"

#include <QFileInfo>

namespace herkomst {

namespace {

constexpr qint64 kDetectMaxBytes = 16 * 1024 * 1024; // larger files are goods, not a services table

bool isTable(const QString &path)
{
    const QString suffix = QFileInfo(path).suffix().toLower();
    return suffix == QLatin1String("csv") || suffix == QLatin1String("txt") || CbsImporter::isWorkbook(path);
}

} // namespace

QString ServicesImporter::displayName() const
{
    return tr("Diensten per land (CBS StatLine)");
}

std::optional<ColumnMapping> ServicesImporter::detectLayout(const QString &path)
{
    io::SourceError error;
    const std::optional<std::vector<QStringList>> rows =
        ServicesTableReader::readRows(path, &error, ServicesTableReader::headerSearchRows);
    return rows ? ServicesTableReader::detectLayout(*rows) : std::nullopt;
}

int ServicesImporter::detectFiles(const QStringList &files) const
{
    if (files.size() != 1 || !isTable(files.front()) || QFileInfo(files.front()).size() > kDetectMaxBytes)
        return 0;
    return detectLayout(files.front()) ? 80 : 0;
}

bool ServicesImporter::read(ImportJob &job)
{
    return job.fail({{}, 0, 0, tr("Diensten worden niet als goederenhandel ingelezen.")});
}

ImportReport ServicesImporter::run(Store &store, const ImportRequest &request, ImportProgress &progress)
{
    ImportReport report;
    report.format = key();
    report.currency = QStringLiteral("EUR");
    if (request.files.size() != 1) {
        report.fail({{}, 0, 0, tr("Een tabel met diensteninvoer is één bestand; kies er één.")});
        return report;
    }
    if (request.reporters.size() > 1 || request.allReporters()) {
        report.fail({{}, 0, 0, tr("Een tabel met diensteninvoer hoort bij één rapporterend land.")},
                    ImportReport::Remedy::ChooseReporter);
        return report;
    }
    const QString path = request.files.front();
    const QString reporter = request.reporters.isEmpty() ? QStringLiteral("NLD") : request.reporters.front();
    progress.report(0.0, tr("%1 lezen").arg(QFileInfo(path).fileName()));
    const std::optional<ColumnMapping> layout = request.mappings.empty() ? std::nullopt : request.mappings.front();
    io::SourceError error;
    std::optional<ServicesDataSet> set =
        ServicesTableReader::read(path, reporter, request.dataSetName, &error, layout, request.year);
    if (!set) {
        const bool noYear = layout && layout->has(ColumnRole::ImportValue) && !layout->has(ColumnRole::Year) &&
                            request.year <= 0 && layout->year <= 0;
        report.fail(error, noYear ? ImportReport::Remedy::GiveYear : ImportReport::Remedy::None);
        return report;
    }
    report.rowsRead = set->rowsRead;
    report.dataSetName = set->name;
    if (progress.isCancelled()) {
        report.outcome = ImportReport::Outcome::Cancelled;
        return report;
    }
    progress.report(0.85, tr("Opslaan in de database"));
    // The reasons the store would refuse, with what the user can do about them.
    if (const std::optional<DataSetInfo> holder = store.dataSetWithFile(set->sha256); holder) {
        report.outcome = ImportReport::Outcome::DuplicateFile;
        report.remedy = ImportReport::Remedy::AllowDuplicate;
        report.duplicateOf = holder->name;
        report.error = {set->fileName, 0, 0,
                        tr("dit bestand is al geïmporteerd in gegevensset \"%1\" (zelfde SHA-256-controlegetal)")
                            .arg(holder->name)};
        return report;
    }
    if (store.dataSet(set->name)) {
        report.fail({{}, 0, 0, tr("Er is al een gegevensset met de naam \"%1\".").arg(set->name)},
                    ImportReport::Remedy::ChooseName);
        return report;
    }
    QString storeError;
    const std::optional<qint64> id = writeServicesDataSet(store, *set, &storeError);
    if (!id) {
        report.fail({set->fileName, 0, 0, storeError});
        return report;
    }
    const ServicesTableReader::Contents contents = ServicesTableReader::contents(set->values);
    report.outcome = ImportReport::Outcome::Stored;
    report.dataSetId = *id;
    report.rowsStored = qint64(set->values.size());
    report.notes << tr("Diensteninvoer van %1: %2 waarden, %3 partners, %4 jaren, in mln euro.")
                        .arg(reporter)
                        .arg(set->values.size())
                        .arg(contents.partners)
                        .arg(contents.years.size());
    progress.report(1.0, tr("Opgeslagen"));
    return report;
}

} // namespace herkomst
