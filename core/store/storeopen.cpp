// Opening a store: recognising it, checking it, and preparing it for writing (docs/design.md §5).
#include "store/store.h"

#include "countries/countryregistry.h"
#include "countries/eucomposition.h"
#include "store/schema.h"
#include "store/storefile.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QStandardPaths>
#include <sqlite3.h>

namespace herkomst {

namespace {

constexpr int kDefaultBusyTimeoutMs = 5000;

bool setFailure(StoreError *error, StoreError value)
{
    if (error)
        *error = std::move(value);
    return false;
}

// Countries and EU membership mirror the built-in tables, so a store is readable on its own.
bool fillReferenceTables(sqlite::Database &db)
{
    const bool countries = db.integer("SELECT count(*) FROM country", -1) == 0;
    const bool membership = db.integer("SELECT count(*) FROM eu_membership", -1) == 0;
    if (!countries && !membership)
        return true;
    sqlite::Transaction transaction(db);
    if (!transaction.isActive())
        return false;
    if (countries) {
        sqlite::Statement insert(db, "INSERT INTO country(iso3, iso2, numeric, name_nl, name_en, kind) "
                                     "VALUES(?, ?, ?, ?, ?, ?)");
        for (const Country &c : CountryRegistry::instance().countries()) {
            insert.bindText(1, c.iso3);
            insert.bindText(2, c.iso2);
            insert.bind(3, c.numeric);
            insert.bindText(4, c.nameNl);
            insert.bindText(5, c.nameEn);
            insert.bind(6, int(c.kind));
            if (!insert.run())
                return false;
        }
    }
    if (membership) {
        sqlite::Statement insert(db, "INSERT INTO eu_membership(iso3, first_year, last_year) VALUES(?, ?, ?)");
        for (const EuMembership &m : euMemberships()) {
            insert.bindText(1, m.iso3);
            insert.bind(2, m.firstYear);
            insert.bind(3, m.lastYear);
            if (!insert.run())
                return false;
        }
    }
    return transaction.commit();
}

} // namespace

Store::Store() = default;

Store::~Store()
{
    close();
}

QString Store::defaultPath()
{
    const QString dir = QStandardPaths::writableLocation(QStandardPaths::AppDataLocation);
    return QDir(dir).filePath(QStringLiteral("herkomst.sqlite"));
}

bool Store::open(const QString &path, QString *error)
{
    StoreError reason;
    const bool ok = open(path, Mode::ReadWrite, &reason);
    if (!ok && error)
        *error = reason.message();
    return ok;
}

bool Store::open(const QString &path, Mode mode, StoreError *error)
{
    close();
    mPath = path;
    const QFileInfo file(path);
    const bool exists = file.exists();
    bool ok = false;
    if (exists && file.size() > 0)
        ok = openExisting(path, mode, error);
    else if (mode != Mode::ReadWrite)
        ok = setFailure(error, {exists ? StoreProblem::Empty : StoreProblem::Missing, path, {}, 0});
    else
        ok = create(path, exists, error);
    if (!ok) {
        close();
        return false;
    }
    mMode = mode;
    return true;
}

bool Store::openExisting(const QString &path, Mode mode, StoreError *error)
{
    // Recognise and check the file on a read-only connection first: nothing is written to a
    // file before it is known to be a sound Herkomst store.
    const storefile::ReadAccess access = storefile::readAccess(path);
    if (access == storefile::ReadAccess::Blocked)
        return setFailure(error, {StoreProblem::UnfinishedWrite, path, {}, 0});
    schema::Identity identity;
    StoreError failure = identifyReadOnly(path, access, &identity);
    // On a full disk SQLite cannot make the shared-memory file a locked reader needs. With no
    // write journal beside the store no writer is at work (nor could one be): read it as it is.
    if (failure.problem == StoreProblem::DiskFull && mode != Mode::ReadWrite &&
        access == storefile::ReadAccess::Shared && !storefile::hasWriteJournal(path))
        failure = identifyReadOnly(path, storefile::ReadAccess::Immutable, &identity);
    if (failure.failed())
        return setFailure(error, failure);
    StoreError refused = schema::checkIdentity(identity);
    if (identity.kind == schema::Identity::Kind::Empty && !refused.failed())
        refused.problem = mode != Mode::ReadWrite ? StoreProblem::Empty : StoreProblem::None;
    if (refused.failed()) {
        refused.path = path;
        return setFailure(error, refused);
    }
    if (mode != Mode::Inspect && identity.kind != schema::Identity::Kind::Empty && !storefile::checkedBefore(path)) {
        StoreError checkError;
        const std::optional<QStringList> findings = check(Check::Quick, &checkError);
        if (!findings)
            return setFailure(error, checkError);
        if (!findings->isEmpty()) {
            // The first finding names the damage; the full list is for the full check.
            const QString more = findings->size() > 1 ? QStringLiteral(" …") : QString();
            return setFailure(error, {StoreProblem::Damaged, path, findings->first() + more, 0});
        }
        storefile::rememberChecked(path);
    }
    if (mode != Mode::ReadWrite)
        return true;

    if (access != storefile::ReadAccess::Shared)
        return setFailure(error, {StoreProblem::ReadOnly, path, {}, 0});
    mDb.close();
    if (!mDb.open(storefile::uri(path), SQLITE_OPEN_READWRITE | SQLITE_OPEN_NOMUTEX))
        return setFailure(error, StoreError::fromSqlite(mDb.lastFailure(), path));
    if (sqlite3_db_readonly(mDb.handle(), "main") == 1)
        return setFailure(error, {StoreProblem::ReadOnly, path, {}, 0});
    const bool current =
        identity.kind == schema::Identity::Kind::Herkomst && identity.version == schema::currentVersion();
    return prepareForWriting(!current, error);
}

StoreError Store::identifyReadOnly(const QString &path, storefile::ReadAccess access, schema::Identity *identity)
{
    if (mDb.open(storefile::readOnlyUri(path, access), SQLITE_OPEN_READONLY | SQLITE_OPEN_NOMUTEX) &&
        schema::identify(mDb, identity))
        return {};
    return StoreError::fromSqlite(mDb.lastFailure(), path);
}

bool Store::create(const QString &path, bool existedEmpty, StoreError *error)
{
    const QString folder = QFileInfo(path).absolutePath();
    if (!QDir().mkpath(folder))
        return setFailure(error, {StoreProblem::ReadOnly, path, {}, 0});
    if (!mDb.open(storefile::uri(path), SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE | SQLITE_OPEN_NOMUTEX)) {
        const StoreError reason = StoreError::fromSqlite(mDb.lastFailure(), path);
        if (!existedEmpty)
            storefile::remove(path);
        return setFailure(error, reason);
    }
    if (prepareForWriting(true, error))
        return true;
    mDb.close();
    if (existedEmpty)
        QFile::resize(path, 0);
    else
        storefile::remove(path); // a failed create leaves nothing behind
    return false;
}

bool Store::prepareForWriting(bool migrate, StoreError *error)
{
    sqlite3_busy_timeout(mDb.handle(), kDefaultBusyTimeoutMs);
    // WAL keeps readers working during an import and makes a killed writer harmless:
    // an unfinished transaction is simply not there when the file is opened again.
    if (!mDb.exec("PRAGMA journal_mode=WAL; PRAGMA synchronous=NORMAL"))
        return setFailure(error, StoreError::fromSqlite(mDb.lastFailure(), mPath));
    if (migrate) {
        StoreError failed = schema::migrate(mDb);
        if (failed.failed()) {
            failed.path = mPath;
            return setFailure(error, failed);
        }
    }
    if (!fillReferenceTables(mDb))
        return setFailure(error, StoreError::fromSqlite(mDb.lastFailure(), mPath));
    return true;
}

void Store::close()
{
    mDb.close();
    mPath.clear();
}

bool Store::isOpen() const
{
    return mDb.isOpen();
}

void Store::setBusyTimeout(int milliseconds)
{
    if (mDb.isOpen())
        sqlite3_busy_timeout(mDb.handle(), milliseconds);
}

int Store::schemaVersion() const
{
    return int(mDb.integer("PRAGMA user_version"));
}

StoreError Store::lastError() const
{
    return StoreError::fromSqlite(mDb.lastFailure(), mPath);
}

std::optional<QStringList> Store::check(Check depth, StoreError *error) const
{
    sqlite::Statement q(mDb, depth == Check::Full ? "PRAGMA integrity_check(100)" : "PRAGMA quick_check(100)");
    QStringList findings;
    while (q.next()) {
        const QString line = q.columnText(0);
        // "*** in database main ***" only heads the list of a single-file store.
        if (line != QLatin1String("ok") && !line.startsWith(QLatin1String("*** in database")))
            findings << line;
    }
    if (q.failed() && mDb.lastFailure().code == SQLITE_CORRUPT) {
        // The check ran into damage it could not step over: that is a finding too.
        findings << mDb.lastFailure().message;
        return findings;
    }
    if (q.failed()) {
        StoreError failure = StoreError::fromSqlite(mDb.lastFailure(), mPath);
        if (failure.problem == StoreProblem::Failed)
            failure.problem = StoreProblem::Damaged; // a check that cannot read the file found damage
        setFailure(error, failure);
        return std::nullopt;
    }
    return findings;
}

} // namespace herkomst
