#include "store/servicesstore.h"

#include "store/sqlite.h"
#include "store/store.h"

#include <QCoreApplication>
#include <QDateTime>

namespace herkomst {

namespace {

class ServicesText {
    Q_DECLARE_TR_FUNCTIONS(Store)
public:
    static QString nameTaken(const QString &name)
    {
        return tr("Er is al een gegevensset met de naam \"%1\"; kies een andere naam.").arg(name);
    }
    static QString fileStored(const QString &file)
    {
        return tr("Het bestand %1 is al geïmporteerd; een tweede import zou de cijfers dubbel tellen.").arg(file);
    }
    static QString noServices(const QString &reporter)
    {
        return tr("De gegevensset bevat geen diensteninvoer van %1.").arg(reporter);
    }
    static QString noYear(const QString &reporter, int year)
    {
        return tr("De gegevensset bevat geen diensteninvoer van %1 in %2.").arg(reporter).arg(year);
    }
};

} // namespace

std::optional<qint64> writeServicesDataSet(Store &store, const ServicesDataSet &set, QString *error)
{
    sqlite::Database &db = store.connection();
    {
        sqlite::Statement seen(db, "SELECT 1 FROM dataset_file WHERE sha256 = ?");
        seen.bindText(1, set.sha256);
        if (!set.sha256.isEmpty() && seen.next()) {
            *error = ServicesText::fileStored(set.fileName);
            return std::nullopt;
        }
    }
    sqlite::Transaction transaction(db);
    bool ok = transaction.isActive();
    sqlite::Statement dataset(db, "INSERT INTO dataset(name, source, currency, unit_note, imported_at, synthetic) "
                                  "VALUES(?, ?, ?, ?, ?, 0)");
    dataset.bindText(1, set.name);
    dataset.bindText(2, set.source);
    dataset.bindText(3, set.currency);
    dataset.bindText(4, set.unitNote);
    dataset.bindText(5, QDateTime::currentDateTimeUtc().toString(Qt::ISODate));
    if (ok && !dataset.run()) {
        if (store.dataSet(set.name)) {
            *error = ServicesText::nameTaken(set.name);
            return std::nullopt;
        }
        ok = false;
    }
    const qint64 id = db.lastInsertRowId();
    sqlite::Statement value(db,
                            "INSERT INTO services_import(dataset_id, reporter, year, partner, value, status) "
                            "VALUES(?, ?, ?, ?, ?, ?)",
                            true);
    for (const ServicesValue &v : set.values) {
        if (!ok)
            break;
        value.bind(1, id);
        value.bindText(2, v.reporter);
        value.bind(3, v.year);
        value.bindText(4, v.partner);
        if (v.value.known())
            value.bind(5, v.value.value);
        else
            value.bindNull(5);
        value.bind(6, int(v.value.status));
        ok = value.run();
    }
    sqlite::Statement file(db, "INSERT INTO dataset_file(dataset_id, file_name, sha256, size, rows_read, "
                               "rows_stored, rows_rejected) VALUES(?, ?, ?, ?, ?, ?, 0)");
    file.bind(1, id);
    file.bindText(2, set.fileName);
    file.bindText(3, set.sha256);
    file.bind(4, set.fileSize);
    file.bind(5, set.rowsRead);
    file.bind(6, qint64(set.values.size()));
    ok = ok && file.run() && transaction.commit();
    if (!ok) {
        *error = store.lastError().message();
        return std::nullopt;
    }
    return id;
}

std::vector<RankedPartner> rankServices(const std::vector<ServicesValue> &values)
{
    std::vector<RankedPartner> ranking;
    for (const ServicesValue &v : values) {
        if (!v.value.known())
            continue;
        RankedPartner partner = identifyPartner(v.partner, v.year);
        partner.value = v.value.value;
        ranking.push_back(partner);
    }
    rankPartners(ranking);
    return ranking;
}

bool holdsServices(const Store &store, qint64 dataSetId)
{
    sqlite::Statement q(store.connection(), "SELECT 1 FROM services_import WHERE dataset_id = ? LIMIT 1");
    q.bind(1, dataSetId);
    return q.next();
}

std::optional<std::vector<ServicesValue>> loadServices(const Store &store, qint64 dataSetId, const QString &reporter,
                                                       int year, QString *error)
{
    sqlite::Database &db = store.connection();
    if (year == 0) {
        sqlite::Statement latest(db, "SELECT max(year) FROM services_import WHERE dataset_id = ? AND reporter = ?");
        latest.bind(1, dataSetId);
        latest.bindText(2, reporter);
        if (!latest.next() || latest.columnIsNull(0)) {
            *error = ServicesText::noServices(reporter);
            return std::nullopt;
        }
        year = latest.columnInt(0);
    }
    sqlite::Statement q(db, "SELECT partner, value, status FROM services_import "
                            "WHERE dataset_id = ? AND reporter = ? AND year = ? ORDER BY partner");
    q.bind(1, dataSetId);
    q.bindText(2, reporter);
    q.bind(3, year);
    std::vector<ServicesValue> values;
    while (q.next()) {
        ServicesValue v{reporter, year, q.columnText(0), {}};
        v.value.status = ValueStatus(q.columnInt(2));
        if (v.value.known())
            v.value.value = q.columnDouble(1);
        values.push_back(v);
    }
    if (values.empty()) {
        *error = ServicesText::noYear(reporter, year);
        return std::nullopt;
    }
    return values;
}

} // namespace herkomst
