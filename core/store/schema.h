#pragma once

#include <QString>

class QSqlDatabase;

namespace herkomst::schema {

// Version written to PRAGMA user_version by this build.
int currentVersion();

// Brings the database to currentVersion() inside one transaction. A database from a newer
// version is refused untouched. Returns an empty string on success, else a Dutch message.
QString migrate(QSqlDatabase &db);

} // namespace herkomst::schema
