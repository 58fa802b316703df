#pragma once

#include "store/storeerror.h"

namespace herkomst::sqlite {
class Database;
}

// The store's schema and its versions (docs/design.md §5): PRAGMA application_id marks a file as
// a Herkomst store, PRAGMA user_version is its schema version, migrations bring it up to date.
namespace herkomst::schema {

// "HRKM": written by every migration, so a store is recognisable before anything is changed.
constexpr int kApplicationId = 0x48524b4d;

// Version written to PRAGMA user_version by this build.
int currentVersion();

// What a file holds, read without changing it.
struct Identity {
    enum class Kind {
        Empty,           // an SQLite file without tables and without marks: a new store may go here
        Herkomst,        // carries Herkomst's application_id
        EarlierHerkomst, // written before stores were marked: no application_id, but exactly the
                         // tables a Herkomst migration made, at a version this build knows
        Foreign,         // anything else
    };
    Kind kind = Kind::Foreign;
    int version = 0;
};
// Reads the marks and the schema; on a failed read returns false with the connection's failure.
bool identify(sqlite::Database &db, Identity *identity);

// Whether a store of this identity can be read as it is or may be brought up to date:
// None, or NotHerkomst, NewerVersion or InvalidVersion (path left empty).
StoreError checkIdentity(const Identity &identity);

// Brings the store to targetVersion in one transaction and marks it with the application_id.
// Refuses, untouched, a store with a version outside 0..currentVersion() or above targetVersion.
// Returns the problem (path left empty); on success problem None.
StoreError migrate(sqlite::Database &db, int targetVersion);
inline StoreError migrate(sqlite::Database &db)
{
    return migrate(db, currentVersion());
}

} // namespace herkomst::schema
