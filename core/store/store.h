#pragma once

#include "domain/tradedata.h"
#include "store/datasetinfo.h"

#include <QSqlDatabase>
#include <QString>
#include <optional>
#include <vector>

namespace herkomst {

// The local SQLite store: data sets with their provenance and trade flows. Writes go through
// DataSetWriter (one transaction per import), so the store is never left half-written.
class Store {
public:
    Store();
    ~Store();
    Store(const Store &) = delete;
    Store &operator=(const Store &) = delete;

    // Default location under the user's application data folder.
    static QString defaultPath();

    // Opens (creating when absent) and migrates. On failure returns false and sets *error to a
    // Dutch message; a store of a newer schema version is left untouched.
    bool open(const QString &path, QString *error);
    void close();
    bool isOpen() const;
    QString path() const { return mPath; }
    QSqlDatabase database() const;
    int schemaVersion() const;

    std::vector<DataSetInfo> dataSets() const;
    std::optional<DataSetInfo> dataSet(const QString &name) const;
    std::optional<DataSetInfo> dataSet(qint64 id) const;
    // The data set that already holds a file with this checksum, if any.
    std::optional<DataSetInfo> dataSetWithFile(const QString &sha256) const;
    bool renameDataSet(qint64 id, const QString &newName, QString *error);
    bool removeDataSet(qint64 id, QString *error);

    // Country names the user mapped by hand in an import (alias -> ISO3), remembered for later.
    bool rememberCountryAlias(const QString &alias, const QString &iso3, QString *error);
    QString countryAlias(const QString &alias) const;

    // Loads one reporter-year of a data set for the analysis. Missing data set or slice: error.
    std::optional<TradeData> loadTradeData(qint64 dataSetId, const QString &reporter, int year, QString *error) const;

private:
    QString mConnectionName;
    QString mPath;
};

} // namespace herkomst
