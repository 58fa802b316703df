// The store's data sets: listing, renaming, removing, remembered country names.
#include "store/store.h"

#include "countries/countryregistry.h"
#include "store/hsversions.h"

#include <QCoreApplication>
#include <QHash>
#include <algorithm>
#include <sqlite3.h>

namespace herkomst {

namespace {

class StoreText {
    Q_DECLARE_TR_FUNCTIONS(Store)
public:
    static QString nameNeeded() { return tr("Een gegevensset heeft een naam nodig."); }
    static QString nameTaken(const QString &name)
    {
        return tr("Hernoemen naar \"%1\" mislukt: er is al een gegevensset met die naam.").arg(name);
    }
};

DataSetInfo readDataSetRow(const sqlite::Statement &q)
{
    DataSetInfo info;
    info.id = q.columnInt64(0);
    info.name = q.columnText(1);
    info.source = q.columnText(2);
    info.currency = q.columnText(3);
    info.unitNote = q.columnText(4);
    info.importedAt = QDateTime::fromString(q.columnText(5), Qt::ISODate);
    info.synthetic = q.columnInt(6) != 0;
    info.note = q.columnText(7);
    return info;
}

} // namespace

std::vector<int> DataSetInfo::years() const
{
    std::vector<int> result;
    for (const DataSetSlice &s : slices) {
        if (std::find(result.begin(), result.end(), s.year) == result.end())
            result.push_back(s.year);
    }
    std::sort(result.begin(), result.end());
    return result;
}

HsRevision DataSetInfo::hsRevision(int year) const
{
    const auto it = hsRevisions.find(year);
    return it == hsRevisions.end() ? HsRevision::Unknown : it->second;
}

std::vector<QString> DataSetInfo::reporters() const
{
    std::vector<QString> result;
    for (const DataSetSlice &s : slices) {
        if (!s.reporter.isEmpty() && std::find(result.begin(), result.end(), s.reporter) == result.end())
            result.push_back(s.reporter);
    }
    std::sort(result.begin(), result.end());
    return result;
}

std::vector<DataSetInfo> Store::dataSets() const
{
    std::vector<DataSetInfo> result;
    sqlite::Statement q(mDb, "SELECT id, name, source, currency, unit_note, imported_at, synthetic, note "
                             "FROM dataset ORDER BY name");
    while (q.next())
        result.push_back(readDataSetRow(q));

    QHash<qint64, size_t> index;
    for (size_t i = 0; i < result.size(); ++i)
        index.insert(result[i].id, i);
    sqlite::Statement files(mDb, "SELECT dataset_id, file_name, sha256, size, rows_read, rows_stored, rows_rejected "
                                 "FROM dataset_file ORDER BY rowid");
    while (files.next()) {
        const auto it = index.constFind(files.columnInt64(0));
        if (it == index.constEnd())
            continue;
        result[*it].files.push_back({files.columnText(1), files.columnText(2), files.columnInt64(3),
                                     files.columnInt64(4), files.columnInt64(5), files.columnInt64(6)});
    }
    // A store read as it is (read-only, schema 2) has no exporter counts: -1.
    sqlite::Statement slices(
        mDb, schemaVersion() >= 3 ? "SELECT dataset_id, reporter, year, import_rows, export_rows, world_export_rows, "
                                    "world_hhi_rows, coalesce(world_exporters, -1) FROM dataset_slice "
                                    "ORDER BY reporter, year"
                                  : "SELECT dataset_id, reporter, year, import_rows, export_rows, world_export_rows, "
                                    "world_hhi_rows, -1 FROM dataset_slice ORDER BY reporter, year");
    while (slices.next()) {
        const auto it = index.constFind(slices.columnInt64(0));
        if (it == index.constEnd())
            continue;
        result[*it].slices.push_back({slices.columnText(1), slices.columnInt(2), slices.columnInt64(3),
                                      slices.columnInt64(4), slices.columnInt64(5), slices.columnInt64(6),
                                      slices.columnInt(7)});
    }
    readHsRevisions(mDb, schemaVersion(), result, index);
    return result;
}

std::optional<DataSetInfo> Store::dataSet(const QString &name) const
{
    for (DataSetInfo &info : dataSets()) {
        if (info.name == name)
            return std::move(info);
    }
    return std::nullopt;
}

std::optional<DataSetInfo> Store::dataSet(qint64 id) const
{
    for (DataSetInfo &info : dataSets()) {
        if (info.id == id)
            return std::move(info);
    }
    return std::nullopt;
}

std::optional<DataSetInfo> Store::dataSetWithFile(const QString &sha256) const
{
    sqlite::Statement q(mDb, "SELECT dataset_id FROM dataset_file WHERE sha256 = ? LIMIT 1");
    q.bindText(1, sha256);
    if (q.next())
        return dataSet(q.columnInt64(0));
    return std::nullopt;
}

bool Store::renameDataSet(qint64 id, const QString &newName, QString *error)
{
    const QString name = newName.trimmed();
    if (name.isEmpty()) {
        if (error)
            *error = StoreText::nameNeeded();
        return false;
    }
    sqlite::Statement q(mDb, "UPDATE dataset SET name = ? WHERE id = ?");
    q.bindText(1, name);
    q.bind(2, id);
    if (!q.run()) {
        if (error) {
            const bool taken = mDb.lastFailure().extendedCode == SQLITE_CONSTRAINT_UNIQUE;
            *error = taken ? StoreText::nameTaken(name) : lastError().message();
        }
        return false;
    }
    return mDb.changes() == 1;
}

bool Store::removeDataSet(qint64 id, QString *error)
{
    sqlite::Transaction transaction(mDb);
    bool ok = transaction.isActive();
    for (const char *sql :
         {"DELETE FROM import_flow WHERE dataset_id = ?", "DELETE FROM export_flow WHERE dataset_id = ?",
          "DELETE FROM world_export WHERE dataset_id = ?", "DELETE FROM world_hhi WHERE dataset_id = ?",
          "DELETE FROM product WHERE dataset_id = ?", "DELETE FROM dataset_slice WHERE dataset_id = ?",
          "DELETE FROM dataset_year WHERE dataset_id = ?", "DELETE FROM dataset_partner WHERE dataset_id = ?",
          "DELETE FROM services_import WHERE dataset_id = ?", "DELETE FROM dataset_file WHERE dataset_id = ?",
          "DELETE FROM dataset WHERE id = ?"}) {
        if (!ok)
            break;
        sqlite::Statement q(mDb, sql);
        q.bind(1, id);
        ok = q.run();
    }
    ok = ok && transaction.commit();
    if (!ok && error)
        *error = lastError().message();
    return ok;
}

bool Store::rememberCountryAlias(const QString &alias, const QString &iso3, QString *error)
{
    sqlite::Statement q(mDb, "INSERT OR REPLACE INTO country_alias(alias, iso3) VALUES(?, ?)");
    q.bindText(1, CountryRegistry::normalise(alias));
    q.bindText(2, iso3.toUpper());
    if (!q.run()) {
        if (error)
            *error = lastError().message();
        return false;
    }
    return true;
}

QString Store::countryAlias(const QString &alias) const
{
    sqlite::Statement q(mDb, "SELECT iso3 FROM country_alias WHERE alias = ?");
    q.bindText(1, CountryRegistry::normalise(alias));
    return q.next() ? q.columnText(0) : QString();
}

} // namespace herkomst
