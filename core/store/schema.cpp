#include "store/schema.h"

#include <QCoreApplication>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QStringList>
#include <functional>
#include <vector>

namespace herkomst::schema {

namespace {

// Migration N brings a store from version N-1 to N. Append new steps; never edit old ones.
const std::vector<QStringList> &migrations()
{
    static const std::vector<QStringList> steps = {
        // 1: the first schema
        {
            QStringLiteral("CREATE TABLE dataset(id INTEGER PRIMARY KEY, name TEXT NOT NULL UNIQUE, "
                           "source TEXT NOT NULL, currency TEXT NOT NULL, unit_note TEXT, "
                           "imported_at TEXT NOT NULL, synthetic INTEGER NOT NULL DEFAULT 0, note TEXT)"),
            QStringLiteral("CREATE TABLE dataset_file(dataset_id INTEGER NOT NULL, file_name TEXT NOT NULL, "
                           "sha256 TEXT NOT NULL, size INTEGER, rows_read INTEGER, rows_stored INTEGER, "
                           "rows_rejected INTEGER)"),
            QStringLiteral("CREATE INDEX dataset_file_sha256 ON dataset_file(sha256)"),
            QStringLiteral("CREATE TABLE dataset_slice(dataset_id INTEGER NOT NULL, reporter TEXT NOT NULL, "
                           "year INTEGER NOT NULL, import_rows INTEGER NOT NULL DEFAULT 0, "
                           "export_rows INTEGER NOT NULL DEFAULT 0, world_export_rows INTEGER NOT NULL DEFAULT 0, "
                           "world_hhi_rows INTEGER NOT NULL DEFAULT 0, PRIMARY KEY(dataset_id, reporter, year)) "
                           "WITHOUT ROWID"),
            QStringLiteral("CREATE TABLE country(iso3 TEXT PRIMARY KEY, iso2 TEXT, numeric INTEGER, "
                           "name_nl TEXT, name_en TEXT, kind INTEGER NOT NULL DEFAULT 0) WITHOUT ROWID"),
            QStringLiteral("CREATE TABLE country_alias(alias TEXT PRIMARY KEY, iso3 TEXT NOT NULL) WITHOUT ROWID"),
            QStringLiteral("CREATE TABLE product(dataset_id INTEGER NOT NULL, hs6 TEXT NOT NULL, "
                           "description_nl TEXT, description_en TEXT, industry TEXT, "
                           "PRIMARY KEY(dataset_id, hs6)) WITHOUT ROWID"),
            // value NULL with status 1 (secret) or 2 (unknown): missing is never zero.
            QStringLiteral("CREATE TABLE import_flow(dataset_id INTEGER NOT NULL, reporter TEXT NOT NULL, "
                           "year INTEGER NOT NULL, hs6 TEXT NOT NULL, partner TEXT NOT NULL, value REAL, "
                           "status INTEGER NOT NULL DEFAULT 0, "
                           "PRIMARY KEY(dataset_id, reporter, year, hs6, partner)) WITHOUT ROWID"),
            QStringLiteral("CREATE TABLE export_flow(dataset_id INTEGER NOT NULL, reporter TEXT NOT NULL, "
                           "year INTEGER NOT NULL, hs6 TEXT NOT NULL, value REAL, "
                           "status INTEGER NOT NULL DEFAULT 0, "
                           "PRIMARY KEY(dataset_id, reporter, year, hs6)) WITHOUT ROWID"),
            QStringLiteral("CREATE TABLE world_export(dataset_id INTEGER NOT NULL, year INTEGER NOT NULL, "
                           "hs6 TEXT NOT NULL, exporter TEXT NOT NULL, value REAL, "
                           "status INTEGER NOT NULL DEFAULT 0, "
                           "PRIMARY KEY(dataset_id, year, hs6, exporter)) WITHOUT ROWID"),
            QStringLiteral("CREATE TABLE world_hhi(dataset_id INTEGER NOT NULL, year INTEGER NOT NULL, "
                           "hs6 TEXT NOT NULL, hhi REAL, status INTEGER NOT NULL DEFAULT 0, "
                           "PRIMARY KEY(dataset_id, year, hs6)) WITHOUT ROWID"),
        },
        // 2: EU membership by year, so a store documents which countries counted as EU
        {
            QStringLiteral("CREATE TABLE eu_membership(iso3 TEXT PRIMARY KEY, first_year INTEGER NOT NULL, "
                           "last_year INTEGER NOT NULL) WITHOUT ROWID"),
        },
    };
    return steps;
}

QString tr(const char *text)
{
    return QCoreApplication::translate("Store", text);
}

} // namespace

int currentVersion()
{
    return int(migrations().size());
}

QString migrate(QSqlDatabase &db)
{
    return migrate(db, currentVersion());
}

QString migrate(QSqlDatabase &db, int targetVersion)
{
    QSqlQuery query(db);
    if (!query.exec(QStringLiteral("PRAGMA user_version")) || !query.next())
        return tr("Het bestand is geen leesbare Herkomst-database: %1").arg(query.lastError().text());
    const int version = query.value(0).toInt();
    if (version > currentVersion()) {
        return tr("De database is gemaakt door een nieuwere versie van Herkomst (schemaversie %1; "
                  "deze versie kent t/m %2). Er is niets aan veranderd; werk Herkomst bij.")
            .arg(version)
            .arg(currentVersion());
    }
    if (version >= targetVersion)
        return {};

    if (!db.transaction())
        return tr("Kan de database niet bijwerken: %1").arg(db.lastError().text());
    for (int step = version; step < targetVersion; ++step) {
        for (const QString &statement : migrations()[size_t(step)]) {
            if (!query.exec(statement)) {
                const QString message = query.lastError().text();
                db.rollback();
                return tr("Bijwerken van de database naar schemaversie %1 mislukt: %2").arg(step + 1).arg(message);
            }
        }
    }
    if (!query.exec(QStringLiteral("PRAGMA user_version = %1").arg(targetVersion)) || !db.commit()) {
        const QString message = db.lastError().text();
        db.rollback();
        return tr("Bijwerken van de database mislukt: %1").arg(message);
    }
    return {};
}

} // namespace herkomst::schema
