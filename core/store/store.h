#pragma once

#include "domain/tradedata.h"
#include "store/datasetinfo.h"
#include "store/sqlite.h"
#include "store/storeerror.h"
#include "store/storefile.h"

#include <QString>
#include <QStringList>
#include <atomic>
#include <functional>
#include <optional>
#include <vector>

namespace herkomst {

namespace schema {
struct Identity;
}

// Progress and cancel for a long read; the reading thread calls progress (0..1).
struct ReadControl {
    std::function<void(double fraction)> progress;
    const std::atomic<bool> *cancel = nullptr; // once true, the read stops within milliseconds
};

// The local SQLite store: data sets with their provenance and trade flows (docs/design.md §5).
// Writes go through DataSetWriter (one transaction per import), so the store is never left
// half-written.
//
// Threads: a Store is one SQLite connection and belongs to the thread that uses it; never share
// one Store object between threads. To read on a worker thread, open a Store of its own there on
// the same path (opening to read is cheap: the check on opening runs once per process for a file
// that has not changed since). SQLite's WAL journal lets any number of readers work while one
// writer imports. The world-export source a loaded TradeData carries opens its own connection
// and may be used from any thread.
class Store {
public:
    enum class Mode {
        ReadWrite, // creates a missing or empty file, brings an older store up to date
        ReadOnly,  // never writes, never creates; works on read-only files, folders and media
        Inspect,   // ReadOnly without the check on opening: for running the full check on a
                   // store that may be damaged, never for analysing it
    };
    enum class Check {
        Quick, // PRAGMA quick_check: every page and record readable and well formed
        Full,  // PRAGMA integrity_check: also indexes against their tables
    };

    Store();
    ~Store();
    Store(const Store &) = delete;
    Store &operator=(const Store &) = delete;

    // Default location under the user's application data folder.
    static QString defaultPath();

    // Opens for reading and writing, as open(path, Mode::ReadWrite, ...); *error gets the
    // Dutch message of the reason.
    bool open(const QString &path, QString *error);
    // Opens in the given mode. A file that is not a Herkomst store, is of a newer or impossible
    // schema version, or is damaged (PRAGMA quick_check) is refused and left byte for byte as it
    // was. Only ReadWrite migrates an older store, and only a Herkomst store. A failed create
    // removes the file it made.
    bool open(const QString &path, Mode mode, StoreError *error);
    void close();
    bool isOpen() const;
    QString path() const { return mPath; }
    Mode mode() const { return mMode; }
    int schemaVersion() const;
    // How long a write waits for another program's write to finish before reporting Busy.
    void setBusyTimeout(int milliseconds);

    // Runs the check and returns SQLite's findings: empty when the store is sound. A check that
    // cannot run at all returns nullopt with *error.
    std::optional<QStringList> check(Check depth, StoreError *error = nullptr) const;

    // The store's own connection, for DataSetWriter and for tests that look at raw rows.
    sqlite::Database &connection() const { return mDb; }
    // The reason behind the connection's last failure, naming this store's file.
    StoreError lastError() const;

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

    // Loads one reporter-year of a data set for the analysis: the reporter's imports and exports
    // and, per product, the world market summarised in SQL (TradeData::worldMarkets); the
    // partner-level world exports stay in the store behind TradeData::worldExportSource.
    // Missing data set or slice: nullopt with a Dutch *error. Cancelled: nullopt, *error empty.
    std::optional<TradeData> loadTradeData(qint64 dataSetId, const QString &reporter, int year, QString *error,
                                           const ReadControl &control = {}) const;

private:
    bool openExisting(const QString &path, Mode mode, StoreError *error);
    StoreError identifyReadOnly(const QString &path, storefile::ReadAccess access, schema::Identity *identity);
    bool create(const QString &path, bool existedEmpty, StoreError *error);
    bool prepareForWriting(bool migrate, StoreError *error);

    mutable sqlite::Database mDb;
    QString mPath;
    Mode mMode = Mode::ReadWrite;
};

} // namespace herkomst
