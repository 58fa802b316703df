#pragma once

struct sqlite3;
class QSqlDatabase;

namespace herkomst {

// The raw SQLite connection behind a QSQLITE database, for bulk writes where QSqlQuery's
// per-row overhead would dominate (BACI years have millions of rows). Qt's driver on Debian
// links the system libsqlite3, so the handle is safe to use with it. nullptr when unavailable.
sqlite3 *sqliteHandle(const QSqlDatabase &db);

} // namespace herkomst
