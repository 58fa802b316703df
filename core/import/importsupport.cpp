#include "import/importsupport.h"

#include "store/datasetwriter.h"
#include "store/store.h"

#include <QCoreApplication>
#include <QFileInfo>

namespace herkomst::importsupport {

QString tr(const char *text)
{
    return QCoreApplication::translate("Import", text);
}

bool checkNotImported(const Store &store, const DataSetFile &file, bool allowDuplicate, ImportReport &report)
{
    if (allowDuplicate)
        return true;
    const std::optional<DataSetInfo> existing = store.dataSetWithFile(file.sha256);
    if (!existing)
        return true;
    report.outcome = ImportReport::Outcome::DuplicateFile;
    report.duplicateOf = existing->name;
    report.error = {file.fileName, 0, 0,
                    tr("dit bestand is al geïmporteerd in gegevensset \"%1\" (zelfde SHA-256-controlegetal). "
                       "Verwijder die gegevensset eerst, of importeer opnieuw met --allow-duplicate.")
                        .arg(existing->name)};
    return false;
}

bool checkNameFree(const Store &store, const QString &name, ImportReport &report)
{
    if (name.trimmed().isEmpty()) {
        report.fail({{}, 0, 0, tr("De gegevensset heeft een naam nodig (--name).")});
        return false;
    }
    if (store.dataSet(name)) {
        report.fail(
            {{}, 0, 0, tr("Er is al een gegevensset met de naam \"%1\"; kies een andere naam met --name.").arg(name)});
        return false;
    }
    return true;
}

bool writerFailed(const DataSetWriter &writer, ImportReport &report, const QString &file)
{
    report.fail({file, 0, 0, tr("opslaan in de database mislukt: %1").arg(writer.lastError())});
    return false;
}

bool cancelled(ImportReport &report)
{
    report.outcome = ImportReport::Outcome::Cancelled;
    report.error = {{}, 0, 0, tr("De import is afgebroken; er is niets opgeslagen.")};
    return false;
}

bool isWorkbook(const QString &path)
{
    const QString suffix = QFileInfo(path).suffix().toLower();
    return suffix == QLatin1String("xlsx") || suffix == QLatin1String("xlsm");
}

} // namespace herkomst::importsupport
