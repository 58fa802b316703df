#include "store/storeerror.h"

#include "store/schema.h"
#include "store/sqlite.h"

#include <QCoreApplication>
#include <QDir>
#include <cerrno>
#include <sqlite3.h>

namespace herkomst {

namespace {

class StoreErrorText {
    Q_DECLARE_TR_FUNCTIONS(StoreError)
public:
    static QString describe(const StoreError &e)
    {
        const QString file = QDir::toNativeSeparators(e.path);
        switch (e.problem) {
        case StoreProblem::None:
            return {};
        case StoreProblem::Missing:
            return tr("De database %1 bestaat niet.").arg(file);
        case StoreProblem::Empty:
            return tr("De database %1 is leeg: er staan nog geen gegevens in.").arg(file);
        case StoreProblem::NotHerkomst:
            return tr("Het bestand %1 is geen Herkomst-database; Herkomst heeft er niets aan veranderd.").arg(file);
        case StoreProblem::NewerVersion:
            return tr("De database %1 is gemaakt door een nieuwere versie van Herkomst (schemaversie %2; deze "
                      "versie kent t/m %3). Er is niets aan veranderd; werk Herkomst bij.")
                .arg(file)
                .arg(e.version)
                .arg(schema::currentVersion());
        case StoreProblem::InvalidVersion:
            return tr("De database %1 heeft schemaversie %2, die geen versie van Herkomst schrijft; Herkomst leest "
                      "en verandert haar niet.")
                .arg(file)
                .arg(e.version);
        case StoreProblem::Damaged:
            return tr("De database %1 is beschadigd; Herkomst analyseert haar niet. (%2)").arg(file, e.detail);
        case StoreProblem::ReadOnly:
            return tr("De database %1 is alleen-lezen (het bestand, de map of de schijf): Herkomst kan er niet "
                      "in schrijven.")
                .arg(file);
        case StoreProblem::DiskFull:
            return tr("De schijf waarop de database %1 staat is vol.").arg(file);
        case StoreProblem::Busy:
            return tr("Een ander programma schrijft op dit moment in de database %1.").arg(file);
        case StoreProblem::UnfinishedWrite:
            return tr("De database %1 heeft een onafgemaakt schrijflogboek (%2), dat alleen op een beschrijfbare "
                      "plek kan worden afgewerkt.")
                .arg(file, QDir::toNativeSeparators(e.path + QStringLiteral("-wal")));
        case StoreProblem::Cancelled:
            return tr("Het laden van %1 is afgebroken.").arg(file);
        case StoreProblem::Failed:
            break;
        }
        return tr("De database %1 kan niet worden gebruikt: %2").arg(file, e.detail);
    }
};

StoreProblem problemOf(const sqlite::Failure &failure)
{
    switch (failure.code) {
    case SQLITE_FULL:
        return StoreProblem::DiskFull;
    case SQLITE_BUSY:
    case SQLITE_LOCKED:
        return StoreProblem::Busy;
    case SQLITE_READONLY:
        // A hot journal or WAL that a read-only connection may not apply.
        if (failure.extendedCode == SQLITE_READONLY_ROLLBACK || failure.extendedCode == SQLITE_READONLY_RECOVERY)
            return StoreProblem::UnfinishedWrite;
        return StoreProblem::ReadOnly;
    case SQLITE_CORRUPT:
        return StoreProblem::Damaged;
    case SQLITE_NOTADB:
        return StoreProblem::NotHerkomst;
    case SQLITE_INTERRUPT:
        return StoreProblem::Cancelled;
    case SQLITE_PERM:
    case SQLITE_AUTH:
        return StoreProblem::ReadOnly;
    default:
        break;
    }
    // I/O errors and failed opens carry the system's reason.
    switch (failure.systemErrno) {
    case ENOSPC:
#ifdef EDQUOT
    case EDQUOT:
#endif
        return StoreProblem::DiskFull;
    case EROFS:
    case EACCES:
    case EPERM:
        return StoreProblem::ReadOnly;
    default:
        return StoreProblem::Failed;
    }
}

} // namespace

QString StoreError::message() const
{
    return StoreErrorText::describe(*this);
}

StoreError StoreError::fromSqlite(const sqlite::Failure &failure, const QString &path)
{
    StoreError error;
    error.problem = failure.failed() ? problemOf(failure) : StoreProblem::Failed;
    error.path = path;
    error.detail = failure.message;
    return error;
}

} // namespace herkomst
