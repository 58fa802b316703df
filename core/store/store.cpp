#include "store/store.h"

#include "countries/countryregistry.h"
#include "countries/eucomposition.h"
#include "store/schema.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QHash>
#include <QSqlError>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QUuid>
#include <QVariant>
#include <algorithm>

namespace herkomst {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("Store", text);
}

DataSetInfo readDataSetRow(const QSqlQuery &q)
{
    DataSetInfo info;
    info.id = q.value(0).toLongLong();
    info.name = q.value(1).toString();
    info.source = q.value(2).toString();
    info.currency = q.value(3).toString();
    info.unitNote = q.value(4).toString();
    info.importedAt = QDateTime::fromString(q.value(5).toString(), Qt::ISODate);
    info.synthetic = q.value(6).toBool();
    info.note = q.value(7).toString();
    return info;
}

// Countries and EU membership mirror the built-in tables, so a store is readable on its own.
void fillReferenceTables(QSqlDatabase &db)
{
    auto isEmpty = [&db](const char *table) {
        QSqlQuery q(db);
        return q.exec(QStringLiteral("SELECT COUNT(*) FROM %1").arg(QLatin1String(table))) && q.next() &&
               q.value(0).toInt() == 0;
    };
    db.transaction();
    QSqlQuery insert(db);
    if (isEmpty("country")) {
        insert.prepare(QStringLiteral("INSERT INTO country(iso3, iso2, numeric, name_nl, name_en, kind) "
                                      "VALUES(?, ?, ?, ?, ?, ?)"));
        for (const Country &c : CountryRegistry::instance().countries()) {
            insert.addBindValue(c.iso3);
            insert.addBindValue(c.iso2);
            insert.addBindValue(c.numeric);
            insert.addBindValue(c.nameNl);
            insert.addBindValue(c.nameEn);
            insert.addBindValue(int(c.kind));
            insert.exec();
        }
    }
    if (isEmpty("eu_membership")) {
        insert.prepare(QStringLiteral("INSERT INTO eu_membership(iso3, first_year, last_year) VALUES(?, ?, ?)"));
        for (const EuMembership &m : euMemberships()) {
            insert.addBindValue(m.iso3);
            insert.addBindValue(m.firstYear);
            insert.addBindValue(m.lastYear);
            insert.exec();
        }
    }
    db.commit();
}

const char kDataSetColumns[] = "id, name, source, currency, unit_note, imported_at, synthetic, note";

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

Store::Store() : mConnectionName(QStringLiteral("herkomst-store-") + QUuid::createUuid().toString(QUuid::WithoutBraces))
{}

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
    close();
    QDir().mkpath(QFileInfo(path).absolutePath());
    QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), mConnectionName);
    db.setDatabaseName(path);
    if (!db.open()) {
        if (error)
            *error = tr("Kan de database %1 niet openen: %2").arg(path, db.lastError().text());
        db = QSqlDatabase();
        QSqlDatabase::removeDatabase(mConnectionName);
        return false;
    }
    QSqlQuery pragma(db);
    // WAL keeps readers working during an import and makes a killed writer harmless:
    // an unfinished transaction is simply not there when the file is opened again.
    pragma.exec(QStringLiteral("PRAGMA journal_mode=WAL"));
    pragma.exec(QStringLiteral("PRAGMA synchronous=NORMAL"));
    pragma.exec(QStringLiteral("PRAGMA busy_timeout=5000"));
    const QString message = schema::migrate(db);
    if (!message.isEmpty()) {
        if (error)
            *error = QStringLiteral("%1: %2").arg(QDir::toNativeSeparators(path), message);
        db.close();
        db = QSqlDatabase();
        QSqlDatabase::removeDatabase(mConnectionName);
        return false;
    }
    mPath = path;

    fillReferenceTables(db);
    return true;
}

void Store::close()
{
    if (!QSqlDatabase::contains(mConnectionName))
        return;
    {
        QSqlDatabase db = QSqlDatabase::database(mConnectionName, false);
        db.close();
    }
    QSqlDatabase::removeDatabase(mConnectionName);
    mPath.clear();
}

bool Store::isOpen() const
{
    return QSqlDatabase::contains(mConnectionName) && database().isOpen();
}

QSqlDatabase Store::database() const
{
    return QSqlDatabase::database(mConnectionName, false);
}

int Store::schemaVersion() const
{
    QSqlQuery q(database());
    return q.exec(QStringLiteral("PRAGMA user_version")) && q.next() ? q.value(0).toInt() : 0;
}

std::vector<DataSetInfo> Store::dataSets() const
{
    std::vector<DataSetInfo> result;
    QSqlQuery q(database());
    q.exec(QStringLiteral("SELECT %1 FROM dataset ORDER BY name").arg(QLatin1String(kDataSetColumns)));
    while (q.next())
        result.push_back(readDataSetRow(q));

    QHash<qint64, size_t> index;
    for (size_t i = 0; i < result.size(); ++i)
        index.insert(result[i].id, i);
    QSqlQuery files(database());
    files.exec(QStringLiteral("SELECT dataset_id, file_name, sha256, size, rows_read, rows_stored, rows_rejected "
                              "FROM dataset_file ORDER BY rowid"));
    while (files.next()) {
        const auto it = index.constFind(files.value(0).toLongLong());
        if (it == index.constEnd())
            continue;
        result[*it].files.push_back({files.value(1).toString(), files.value(2).toString(), files.value(3).toLongLong(),
                                     files.value(4).toLongLong(), files.value(5).toLongLong(),
                                     files.value(6).toLongLong()});
    }
    QSqlQuery slices(database());
    slices.exec(QStringLiteral("SELECT dataset_id, reporter, year, import_rows, export_rows, world_export_rows, "
                               "world_hhi_rows FROM dataset_slice ORDER BY reporter, year"));
    while (slices.next()) {
        const auto it = index.constFind(slices.value(0).toLongLong());
        if (it == index.constEnd())
            continue;
        result[*it].slices.push_back({slices.value(1).toString(), slices.value(2).toInt(), slices.value(3).toLongLong(),
                                      slices.value(4).toLongLong(), slices.value(5).toLongLong(),
                                      slices.value(6).toLongLong()});
    }
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
    QSqlQuery q(database());
    q.prepare(QStringLiteral("SELECT dataset_id FROM dataset_file WHERE sha256 = ? LIMIT 1"));
    q.addBindValue(sha256);
    if (q.exec() && q.next())
        return dataSet(q.value(0).toLongLong());
    return std::nullopt;
}

bool Store::renameDataSet(qint64 id, const QString &newName, QString *error)
{
    const QString name = newName.trimmed();
    if (name.isEmpty()) {
        if (error)
            *error = tr("Een gegevensset heeft een naam nodig.");
        return false;
    }
    QSqlQuery q(database());
    q.prepare(QStringLiteral("UPDATE dataset SET name = ? WHERE id = ?"));
    q.addBindValue(name);
    q.addBindValue(id);
    if (!q.exec()) {
        if (error)
            *error = tr("Hernoemen naar \"%1\" mislukt: er is al een gegevensset met die naam.").arg(name);
        return false;
    }
    return q.numRowsAffected() == 1;
}

bool Store::removeDataSet(qint64 id, QString *error)
{
    QSqlDatabase db = database();
    if (!db.transaction()) {
        if (error)
            *error = db.lastError().text();
        return false;
    }
    QSqlQuery q(db);
    for (const char *table :
         {"import_flow", "export_flow", "world_export", "world_hhi", "product", "dataset_slice", "dataset_file"}) {
        q.prepare(QStringLiteral("DELETE FROM %1 WHERE dataset_id = ?").arg(QLatin1String(table)));
        q.addBindValue(id);
        if (!q.exec()) {
            if (error)
                *error = q.lastError().text();
            db.rollback();
            return false;
        }
    }
    q.prepare(QStringLiteral("DELETE FROM dataset WHERE id = ?"));
    q.addBindValue(id);
    if (!q.exec() || !db.commit()) {
        if (error)
            *error = q.lastError().text();
        db.rollback();
        return false;
    }
    return true;
}

bool Store::rememberCountryAlias(const QString &alias, const QString &iso3, QString *error)
{
    QSqlQuery q(database());
    q.prepare(QStringLiteral("INSERT OR REPLACE INTO country_alias(alias, iso3) VALUES(?, ?)"));
    q.addBindValue(CountryRegistry::normalise(alias));
    q.addBindValue(iso3.toUpper());
    if (!q.exec()) {
        if (error)
            *error = q.lastError().text();
        return false;
    }
    return true;
}

QString Store::countryAlias(const QString &alias) const
{
    QSqlQuery q(database());
    q.prepare(QStringLiteral("SELECT iso3 FROM country_alias WHERE alias = ?"));
    q.addBindValue(CountryRegistry::normalise(alias));
    return q.exec() && q.next() ? q.value(0).toString() : QString();
}

std::optional<TradeData> Store::loadTradeData(qint64 dataSetId, const QString &reporter, int year, QString *error) const
{
    const std::optional<DataSetInfo> info = dataSet(dataSetId);
    if (!info) {
        if (error)
            *error = tr("Gegevensset %1 bestaat niet in deze database.").arg(dataSetId);
        return std::nullopt;
    }
    TradeData data;
    data.dataSetName = info->name;
    data.source = info->source;
    data.reporter = reporter;
    data.year = year;
    data.currency = info->currency;
    data.synthetic = info->synthetic;

    QSqlDatabase db = database();
    QHash<QString, int> productIndex;
    QHash<QString, int> partnerIndex;
    auto partnerId = [&](const QString &iso3) {
        auto it = partnerIndex.constFind(iso3);
        if (it != partnerIndex.constEnd())
            return *it;
        const int id = int(data.partners.size());
        data.partners.push_back(iso3);
        partnerIndex.insert(iso3, id);
        return id;
    };
    auto readValue = [](const QSqlQuery &q, int column) {
        const auto status = static_cast<ValueStatus>(q.value(column + 1).toInt());
        return status == ValueStatus::Known ? TradeValue{q.value(column).toDouble(), status} : TradeValue{0.0, status};
    };

    // The universe: products the reporter imported in that year.
    QSqlQuery q(db);
    q.setForwardOnly(true);
    q.prepare(
        QStringLiteral("SELECT i.hs6, p.description_nl, p.description_en, p.industry, i.partner, i.value, i.status "
                       "FROM import_flow i LEFT JOIN product p ON p.dataset_id = i.dataset_id AND p.hs6 = i.hs6 "
                       "WHERE i.dataset_id = ? AND i.reporter = ? AND i.year = ? ORDER BY i.hs6"));
    q.addBindValue(dataSetId);
    q.addBindValue(reporter);
    q.addBindValue(year);
    if (!q.exec()) {
        if (error)
            *error = q.lastError().text();
        return std::nullopt;
    }
    while (q.next()) {
        const QString hs6 = q.value(0).toString();
        auto it = productIndex.constFind(hs6);
        if (it == productIndex.constEnd()) {
            it = productIndex.insert(hs6, int(data.products.size()));
            data.products.push_back({hs6, q.value(1).toString(), q.value(2).toString(), q.value(3).toString()});
        }
        data.imports.push_back({*it, partnerId(q.value(4).toString()), readValue(q, 5)});
    }
    if (data.products.empty()) {
        if (error)
            *error = tr("Gegevensset \"%1\" heeft geen invoer van %2 in %3.").arg(info->name, reporter).arg(year);
        return std::nullopt;
    }

    data.exports.assign(data.products.size(), TradeValue{});
    q.prepare(QStringLiteral(
        "SELECT hs6, value, status FROM export_flow WHERE dataset_id = ? AND reporter = ? AND year = ?"));
    q.addBindValue(dataSetId);
    q.addBindValue(reporter);
    q.addBindValue(year);
    q.exec();
    while (q.next()) {
        const auto it = productIndex.constFind(q.value(0).toString());
        if (it != productIndex.constEnd())
            data.exports[size_t(*it)] = readValue(q, 1);
    }

    q.prepare(
        QStringLiteral("SELECT hs6, exporter, value, status FROM world_export WHERE dataset_id = ? AND year = ?"));
    q.addBindValue(dataSetId);
    q.addBindValue(year);
    q.exec();
    while (q.next()) {
        const auto it = productIndex.constFind(q.value(0).toString());
        if (it != productIndex.constEnd())
            data.worldExports.push_back({*it, partnerId(q.value(1).toString()), readValue(q, 2)});
    }

    data.deliveredWorldHhi.assign(data.products.size(), missingValue());
    q.prepare(QStringLiteral("SELECT hs6, hhi, status FROM world_hhi WHERE dataset_id = ? AND year = ?"));
    q.addBindValue(dataSetId);
    q.addBindValue(year);
    q.exec();
    while (q.next()) {
        const auto it = productIndex.constFind(q.value(0).toString());
        if (it != productIndex.constEnd() && q.value(2).toInt() == int(ValueStatus::Known))
            data.deliveredWorldHhi[size_t(*it)] = q.value(1).toDouble();
    }
    return data;
}

} // namespace herkomst
