#pragma once

#include <QByteArray>
#include <QByteArrayView>
#include <QString>

struct sqlite3;
struct sqlite3_stmt;

// A lean RAII layer over the SQLite C API, the store's only way to its file (docs/design.md §5):
// a connection, a prepared statement, a transaction. Nothing here words messages for a user;
// StoreError does that from the Failure a call leaves behind.
namespace herkomst::sqlite {

// What SQLite said when a call failed: its result codes, errno and its own text.
struct Failure {
    int code = 0;         // primary result code (SQLITE_FULL, SQLITE_BUSY, ...); 0 when nothing failed
    int extendedCode = 0; // extended result code (SQLITE_READONLY_DBMOVED, ...)
    int systemErrno = 0;  // errno of the failing system call, 0 when none
    QString message;      // sqlite3_errmsg, in English

    bool failed() const { return code != 0; }
};

class Database {
public:
    Database() = default;
    ~Database();
    Database(const Database &) = delete;
    Database &operator=(const Database &) = delete;
    Database(Database &&other) noexcept;
    Database &operator=(Database &&other) noexcept;

    // Opens `uri` (a file: URI, see sqlite3_open_v2) with SQLITE_OPEN_* flags plus SQLITE_OPEN_URI.
    bool open(const QByteArray &uri, int flags);
    void close();
    bool isOpen() const { return mDb != nullptr; }
    sqlite3 *handle() const { return mDb; }

    // Runs one or more statements without results.
    bool exec(const char *sql);
    // The first column of the first row of a query such as "PRAGMA user_version"; fallback on failure.
    qint64 integer(const char *sql, qint64 fallback = 0);
    bool inTransaction() const;
    qint64 lastInsertRowId() const;
    int changes() const; // rows the last INSERT, UPDATE or DELETE changed

    // The failure of the last call that failed (kept until the next failure, so a later
    // clean-up call cannot replace the error that caused it).
    const Failure &lastFailure() const { return mFailure; }
    void clearFailure() { mFailure = {}; }
    void setFailure(const Failure &failure) { mFailure = failure; }
    // Records the connection's current error as the last failure (for callers using handle()).
    void recordFailure(int code);

private:
    sqlite3 *mDb = nullptr;
    Failure mFailure;
};

class Statement {
public:
    Statement() = default;
    // Prepares `sql`; check isValid(). Persistent statements are reused for many rows.
    Statement(Database &db, const char *sql, bool persistent = false);
    ~Statement();
    Statement(const Statement &) = delete;
    Statement &operator=(const Statement &) = delete;
    Statement(Statement &&other) noexcept;
    Statement &operator=(Statement &&other) noexcept;

    bool isValid() const { return mStatement != nullptr; }
    sqlite3_stmt *handle() const { return mStatement; }

    // Parameters count from 1. Text is copied unless `stable` says it outlives the next step().
    void bind(int index, int value);
    void bind(int index, qint64 value);
    void bind(int index, double value);
    void bindNull(int index);
    void bindText(int index, QByteArrayView text, bool stable = false);
    void bindText(int index, const QByteArray &text) { bindText(index, QByteArrayView(text)); }
    void bindText(int index, const QString &text);

    // Advances to the next row: true on a row; false when done or failed (see failed()).
    bool next();
    // Runs a statement without result rows to its end and resets it; false on failure.
    bool run();
    void reset();
    bool failed() const { return mFailed; }

    int columnInt(int column) const;
    qint64 columnInt64(int column) const;
    double columnDouble(int column) const;
    bool columnIsNull(int column) const;
    QByteArrayView columnBytes(int column) const; // valid until the next step
    QString columnText(int column) const;

private:
    Database *mDb = nullptr;
    sqlite3_stmt *mStatement = nullptr;
    bool mFailed = false;
};

// BEGIN (IMMEDIATE for writers) ... COMMIT; rolls back when destroyed uncommitted. A ROLLBACK
// after SQLite already ended the transaction itself (disk full, I/O error) is skipped, so the
// error that ended it stays the one reported.
class Transaction {
public:
    enum class Kind { Deferred, Immediate };
    explicit Transaction(Database &db, Kind kind = Kind::Immediate);
    ~Transaction();
    Transaction(const Transaction &) = delete;
    Transaction &operator=(const Transaction &) = delete;

    bool isActive() const { return mActive; }
    bool commit();
    void rollback();

private:
    Database &mDb;
    bool mActive = false;
};

} // namespace herkomst::sqlite
