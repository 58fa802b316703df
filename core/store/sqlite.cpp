#include "store/sqlite.h"

#include <sqlite3.h>
#include <utility>

namespace herkomst::sqlite {

Database::~Database()
{
    close();
}

Database::Database(Database &&other) noexcept
    : mDb(std::exchange(other.mDb, nullptr)), mFailure(std::move(other.mFailure))
{}

Database &Database::operator=(Database &&other) noexcept
{
    if (this != &other) {
        close();
        mDb = std::exchange(other.mDb, nullptr);
        mFailure = std::move(other.mFailure);
    }
    return *this;
}

bool Database::open(const QByteArray &uri, int flags)
{
    close();
    mFailure = {};
    sqlite3 *db = nullptr;
    const int rc = sqlite3_open_v2(uri.constData(), &db, flags | SQLITE_OPEN_URI, nullptr);
    if (rc != SQLITE_OK) {
        mFailure.code = rc & 0xff;
        mFailure.extendedCode = db ? sqlite3_extended_errcode(db) : rc;
        mFailure.systemErrno = db ? sqlite3_system_errno(db) : 0;
        mFailure.message = QString::fromUtf8(db ? sqlite3_errmsg(db) : sqlite3_errstr(rc));
        sqlite3_close(db);
        return false;
    }
    sqlite3_extended_result_codes(db, 1);
    mDb = db;
    return true;
}

void Database::close()
{
    // Statements are owned by their Statement objects, which must be gone by now; close_v2
    // keeps the connection alive until they are, instead of failing.
    if (mDb)
        sqlite3_close_v2(mDb);
    mDb = nullptr;
}

void Database::recordFailure(int code)
{
    mFailure.code = code & 0xff;
    mFailure.extendedCode = mDb ? sqlite3_extended_errcode(mDb) : code;
    mFailure.systemErrno = mDb ? sqlite3_system_errno(mDb) : 0;
    mFailure.message = QString::fromUtf8(mDb ? sqlite3_errmsg(mDb) : sqlite3_errstr(code));
}

bool Database::exec(const char *sql)
{
    if (!mDb) {
        mFailure = {SQLITE_MISUSE, SQLITE_MISUSE, 0, QString::fromUtf8(sqlite3_errstr(SQLITE_MISUSE))};
        return false;
    }
    const int rc = sqlite3_exec(mDb, sql, nullptr, nullptr, nullptr);
    if (rc != SQLITE_OK) {
        recordFailure(rc);
        return false;
    }
    return true;
}

qint64 Database::integer(const char *sql, qint64 fallback)
{
    Statement statement(*this, sql);
    return statement.next() ? statement.columnInt64(0) : fallback;
}

bool Database::inTransaction() const
{
    return mDb && !sqlite3_get_autocommit(mDb);
}

qint64 Database::lastInsertRowId() const
{
    return mDb ? sqlite3_last_insert_rowid(mDb) : 0;
}

int Database::changes() const
{
    return mDb ? sqlite3_changes(mDb) : 0;
}

Statement::Statement(Database &db, const char *sql, bool persistent) : mDb(&db)
{
    if (!db.handle()) {
        db.recordFailure(SQLITE_MISUSE);
        mFailed = true;
        return;
    }
    const int rc =
        sqlite3_prepare_v3(db.handle(), sql, -1, persistent ? SQLITE_PREPARE_PERSISTENT : 0, &mStatement, nullptr);
    if (rc != SQLITE_OK) {
        db.recordFailure(rc);
        sqlite3_finalize(mStatement);
        mStatement = nullptr;
        mFailed = true;
    }
}

Statement::~Statement()
{
    sqlite3_finalize(mStatement);
}

Statement::Statement(Statement &&other) noexcept
    : mDb(other.mDb), mStatement(std::exchange(other.mStatement, nullptr)), mFailed(other.mFailed)
{}

Statement &Statement::operator=(Statement &&other) noexcept
{
    if (this != &other) {
        sqlite3_finalize(mStatement);
        mDb = other.mDb;
        mStatement = std::exchange(other.mStatement, nullptr);
        mFailed = other.mFailed;
    }
    return *this;
}

void Statement::bind(int index, int value)
{
    sqlite3_bind_int(mStatement, index, value);
}

void Statement::bind(int index, qint64 value)
{
    sqlite3_bind_int64(mStatement, index, value);
}

void Statement::bind(int index, double value)
{
    sqlite3_bind_double(mStatement, index, value);
}

void Statement::bindNull(int index)
{
    sqlite3_bind_null(mStatement, index);
}

void Statement::bindText(int index, QByteArrayView text, bool stable)
{
    // A null view would bind SQL NULL; the store means "" (world data has no reporter).
    sqlite3_bind_text(mStatement, index, text.data() ? text.data() : "", int(text.size()),
                      stable ? SQLITE_STATIC : SQLITE_TRANSIENT);
}

void Statement::bindText(int index, const QString &text)
{
    const QByteArray utf8 = text.toUtf8();
    bindText(index, utf8);
}

bool Statement::next()
{
    if (!mStatement) {
        mFailed = true;
        return false;
    }
    const int rc = sqlite3_step(mStatement);
    if (rc == SQLITE_ROW)
        return true;
    if (rc != SQLITE_DONE) {
        mFailed = true;
        mDb->recordFailure(rc);
    }
    return false;
}

bool Statement::run()
{
    while (next()) {
    }
    const bool ok = !mFailed;
    reset();
    return ok;
}

void Statement::reset()
{
    // sqlite3_reset repeats the last step's error code; that error is already recorded.
    if (mStatement)
        sqlite3_reset(mStatement);
    mFailed = false;
}

int Statement::columnInt(int column) const
{
    return sqlite3_column_int(mStatement, column);
}

qint64 Statement::columnInt64(int column) const
{
    return sqlite3_column_int64(mStatement, column);
}

double Statement::columnDouble(int column) const
{
    return sqlite3_column_double(mStatement, column);
}

bool Statement::columnIsNull(int column) const
{
    return sqlite3_column_type(mStatement, column) == SQLITE_NULL;
}

QByteArrayView Statement::columnBytes(int column) const
{
    const auto *text = reinterpret_cast<const char *>(sqlite3_column_text(mStatement, column));
    return QByteArrayView(text, text ? sqlite3_column_bytes(mStatement, column) : 0);
}

QString Statement::columnText(int column) const
{
    const QByteArrayView bytes = columnBytes(column);
    return QString::fromUtf8(bytes.data(), bytes.size());
}

Transaction::Transaction(Database &db, Kind kind) : mDb(db)
{
    mActive = mDb.exec(kind == Kind::Immediate ? "BEGIN IMMEDIATE" : "BEGIN");
}

Transaction::~Transaction()
{
    rollback();
}

bool Transaction::commit()
{
    if (!mActive)
        return false;
    if (!mDb.exec("COMMIT")) {
        rollback();
        return false;
    }
    mActive = false;
    return true;
}

void Transaction::rollback()
{
    if (!mActive)
        return;
    mActive = false;
    if (!mDb.inTransaction())
        return; // SQLite rolled back itself (disk full, I/O error): its error stays the one reported
    const Failure cause = mDb.lastFailure();
    if (!mDb.exec("ROLLBACK") && cause.failed())
        mDb.setFailure(cause); // the error that made us roll back is the one to report
}

} // namespace herkomst::sqlite
