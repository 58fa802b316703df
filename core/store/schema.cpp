#include "store/schema.h"

#include "store/hsversions.h"
#include "store/sqlite.h"

#include <QStringList>
#include <set>
#include <sqlite3.h>
#include <tuple>
#include <vector>

namespace herkomst::schema {

namespace {

// Migration N brings a store from version N-1 to N. Append new steps; never edit old ones:
// stores written before application_id existed are recognised by exactly these statements.
const std::vector<std::vector<const char *>> &migrations()
{
    static const std::vector<std::vector<const char *>> steps = {
        // 1: the first schema
        {
            "CREATE TABLE dataset(id INTEGER PRIMARY KEY, name TEXT NOT NULL UNIQUE, "
            "source TEXT NOT NULL, currency TEXT NOT NULL, unit_note TEXT, "
            "imported_at TEXT NOT NULL, synthetic INTEGER NOT NULL DEFAULT 0, note TEXT)",
            "CREATE TABLE dataset_file(dataset_id INTEGER NOT NULL, file_name TEXT NOT NULL, "
            "sha256 TEXT NOT NULL, size INTEGER, rows_read INTEGER, rows_stored INTEGER, "
            "rows_rejected INTEGER)",
            "CREATE INDEX dataset_file_sha256 ON dataset_file(sha256)",
            "CREATE TABLE dataset_slice(dataset_id INTEGER NOT NULL, reporter TEXT NOT NULL, "
            "year INTEGER NOT NULL, import_rows INTEGER NOT NULL DEFAULT 0, "
            "export_rows INTEGER NOT NULL DEFAULT 0, world_export_rows INTEGER NOT NULL DEFAULT 0, "
            "world_hhi_rows INTEGER NOT NULL DEFAULT 0, PRIMARY KEY(dataset_id, reporter, year)) "
            "WITHOUT ROWID",
            "CREATE TABLE country(iso3 TEXT PRIMARY KEY, iso2 TEXT, numeric INTEGER, "
            "name_nl TEXT, name_en TEXT, kind INTEGER NOT NULL DEFAULT 0) WITHOUT ROWID",
            "CREATE TABLE country_alias(alias TEXT PRIMARY KEY, iso3 TEXT NOT NULL) WITHOUT ROWID",
            "CREATE TABLE product(dataset_id INTEGER NOT NULL, hs6 TEXT NOT NULL, "
            "description_nl TEXT, description_en TEXT, industry TEXT, "
            "PRIMARY KEY(dataset_id, hs6)) WITHOUT ROWID",
            // value NULL with status 1 (secret) or 2 (unknown): missing is never zero.
            "CREATE TABLE import_flow(dataset_id INTEGER NOT NULL, reporter TEXT NOT NULL, "
            "year INTEGER NOT NULL, hs6 TEXT NOT NULL, partner TEXT NOT NULL, value REAL, "
            "status INTEGER NOT NULL DEFAULT 0, "
            "PRIMARY KEY(dataset_id, reporter, year, hs6, partner)) WITHOUT ROWID",
            "CREATE TABLE export_flow(dataset_id INTEGER NOT NULL, reporter TEXT NOT NULL, "
            "year INTEGER NOT NULL, hs6 TEXT NOT NULL, value REAL, "
            "status INTEGER NOT NULL DEFAULT 0, "
            "PRIMARY KEY(dataset_id, reporter, year, hs6)) WITHOUT ROWID",
            "CREATE TABLE world_export(dataset_id INTEGER NOT NULL, year INTEGER NOT NULL, "
            "hs6 TEXT NOT NULL, exporter TEXT NOT NULL, value REAL, "
            "status INTEGER NOT NULL DEFAULT 0, "
            "PRIMARY KEY(dataset_id, year, hs6, exporter)) WITHOUT ROWID",
            "CREATE TABLE world_hhi(dataset_id INTEGER NOT NULL, year INTEGER NOT NULL, "
            "hs6 TEXT NOT NULL, hhi REAL, status INTEGER NOT NULL DEFAULT 0, "
            "PRIMARY KEY(dataset_id, year, hs6)) WITHOUT ROWID",
        },
        // 2: EU membership by year, so a store documents which countries counted as EU
        {
            "CREATE TABLE eu_membership(iso3 TEXT PRIMARY KEY, first_year INTEGER NOT NULL, "
            "last_year INTEGER NOT NULL) WITHOUT ROWID",
        },
        // 3: sources as they come (docs/design.md §1): how many exporters the world data of a
        // year holds (thin world data leaves the world-market step undetermined), counted for
        // the data sets already stored; and the partner codes of a data set that name no country
        // (value known, partner unknown), with their name and side of the EU border.
        {
            "ALTER TABLE dataset_slice ADD COLUMN world_exporters INTEGER",
            "UPDATE dataset_slice SET world_exporters = (SELECT count(DISTINCT w.exporter) FROM world_export w "
            "WHERE w.dataset_id = dataset_slice.dataset_id AND w.year = dataset_slice.year AND w.status = 0) "
            "WHERE reporter = ''",
            "CREATE TABLE dataset_partner(dataset_id INTEGER NOT NULL, code TEXT NOT NULL, name TEXT, "
            "side INTEGER NOT NULL DEFAULT 0, PRIMARY KEY(dataset_id, code)) WITHOUT ROWID",
        },
        // 4: services imports by partner (docs/design.md, "Table 1"): a data set of services holds
        // no products, only a value per reporter, year and partner as its source names it (CBS
        // residual groups included), in millions of the data set's currency; NULL with status 1
        // secret or 2 unknown.
        {
            "CREATE TABLE services_import(dataset_id INTEGER NOT NULL, reporter TEXT NOT NULL, "
            "year INTEGER NOT NULL, partner TEXT NOT NULL, value REAL, status INTEGER NOT NULL DEFAULT 0, "
            "PRIMARY KEY(dataset_id, reporter, year, partner)) WITHOUT ROWID",
        },
        // 5: the HS revision each year of a data set is coded in (docs/design.md, "HS versions"),
        // the revision's year (2017 for HS2017); a year without a row is not known. The data sets
        // already stored get theirs from recordHsRevisions() (applyDataStep).
        {
            "CREATE TABLE dataset_year(dataset_id INTEGER NOT NULL, year INTEGER NOT NULL, "
            "hs_revision INTEGER NOT NULL, PRIMARY KEY(dataset_id, year)) WITHOUT ROWID",
        },
    };
    return steps;
}

using SchemaEntries = std::set<std::tuple<QString, QString, QString>>; // type, name, sql

bool readSchema(sqlite::Database &db, SchemaEntries *entries)
{
    sqlite::Statement q(db, "SELECT type, name, sql FROM sqlite_schema WHERE name NOT LIKE 'sqlite_%'");
    while (q.next())
        entries->insert({q.columnText(0), q.columnText(1), q.columnText(2)});
    return !q.failed();
}

// What a migration fills in with the program's own rules, after its statements, by the version
// it brings a store to.
bool applyDataStep(sqlite::Database &db, int version)
{
    return version != 5 || recordHsRevisions(db);
}

bool applySteps(sqlite::Database &db, int from, int to)
{
    for (int step = from; step < to; ++step) {
        for (const char *statement : migrations()[size_t(step)]) {
            if (!db.exec(statement))
                return false;
        }
        if (!applyDataStep(db, step + 1))
            return false;
    }
    return true;
}

// The schema exactly as migrations 1..version leave it, built in memory.
SchemaEntries schemaOfVersion(int version)
{
    SchemaEntries entries;
    sqlite::Database memory;
    if (memory.open(QByteArrayLiteral(":memory:"), SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE) &&
        applySteps(memory, 0, version))
        readSchema(memory, &entries);
    return entries;
}

} // namespace

int currentVersion()
{
    return int(migrations().size());
}

bool identify(sqlite::Database &db, Identity *identity)
{
    sqlite::Statement marks(db, "SELECT application_id, user_version FROM pragma_application_id, pragma_user_version");
    if (!marks.next())
        return false;
    const qint64 applicationId = marks.columnInt64(0);
    identity->version = marks.columnInt(1);
    SchemaEntries entries;
    if (!readSchema(db, &entries))
        return false;
    using Kind = Identity::Kind;
    if (applicationId == kApplicationId)
        identity->kind = Kind::Herkomst;
    else if (applicationId != 0)
        identity->kind = Kind::Foreign;
    else if (entries.empty() && identity->version == 0)
        identity->kind = Kind::Empty;
    else if (identity->version >= 1 && identity->version <= currentVersion() &&
             entries == schemaOfVersion(identity->version))
        identity->kind = Kind::EarlierHerkomst;
    else
        identity->kind = Kind::Foreign;
    return true;
}

StoreError checkIdentity(const Identity &identity)
{
    StoreError error;
    error.version = identity.version;
    if (identity.kind == Identity::Kind::Foreign)
        error.problem = StoreProblem::NotHerkomst;
    else if (identity.version > currentVersion())
        error.problem = StoreProblem::NewerVersion;
    else if (identity.version < 0 || (identity.kind == Identity::Kind::Herkomst && identity.version == 0))
        error.problem = StoreProblem::InvalidVersion;
    return error;
}

StoreError migrate(sqlite::Database &db, int targetVersion)
{
    sqlite::Transaction transaction(db);
    if (!transaction.isActive())
        return StoreError::fromSqlite(db.lastFailure(), {});
    // Read again inside the transaction: another program may have migrated in the meantime.
    Identity identity;
    if (!identify(db, &identity))
        return StoreError::fromSqlite(db.lastFailure(), {});
    StoreError refused = checkIdentity(identity);
    if (!refused.failed() && identity.version > targetVersion)
        refused.problem = StoreProblem::NewerVersion;
    if (refused.failed())
        return refused;
    if (identity.kind == Identity::Kind::Herkomst && identity.version == targetVersion)
        return {};
    const QByteArray marks = QByteArrayLiteral("PRAGMA user_version = ") + QByteArray::number(targetVersion) +
                             QByteArrayLiteral("; PRAGMA application_id = ") + QByteArray::number(kApplicationId);
    if (!applySteps(db, identity.version, targetVersion) || !db.exec(marks.constData()) || !transaction.commit())
        return StoreError::fromSqlite(db.lastFailure(), {});
    return {};
}

} // namespace herkomst::schema
