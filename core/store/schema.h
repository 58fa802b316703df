#pragma once

#include <QString>

class QSqlDatabase;

namespace herkomst::schema {

// Version written to PRAGMA user_version by this build.
int currentVersion();

// Brings the database to currentVersion() inside one transaction. A database from a newer
// version is refused untouched. Returns an empty string on success, else a Dutch message.
QString migrate(QSqlDatabase &db);
// The same up to a given version; tests use it to build stores as older versions left them.
QString migrate(QSqlDatabase &db, int targetVersion);

} // namespace herkomst::schema
