#pragma once

#include <QString>

namespace herkomst {

namespace sqlite {
struct Failure;
}

// Why a store could not be opened, read or written. Core gives the reason and the file; the
// command line or the window adds what the user can do about it (docs/design.md §5).
enum class StoreProblem {
    None,
    Missing,         // the file does not exist (opening to read never creates one)
    Empty,           // an empty file: no Herkomst data in it yet
    NotHerkomst,     // not an SQLite database, or one that Herkomst did not make
    NewerVersion,    // made by a newer Herkomst: its schema version is above this build's
    InvalidVersion,  // a Herkomst store with a schema version no Herkomst writes (below 1)
    Damaged,         // the check on opening, or a read, found the file damaged
    ReadOnly,        // writing is needed, but the file, its folder or the medium is read-only
    DiskFull,        // the disk (or the user's quota) is full
    Busy,            // another program is writing to the store
    UnfinishedWrite, // a write journal that only a writable location can finish
    Cancelled,       // the caller asked to stop
    Failed,          // anything else; detail holds SQLite's or the system's text
};

struct StoreError {
    StoreProblem problem = StoreProblem::None;
    QString path;
    QString detail;  // SQLite's own text or the check's findings; may be empty
    int version = 0; // the store's schema version, for the version problems

    bool failed() const { return problem != StoreProblem::None; }
    // One Dutch sentence or two naming the file; never a command-line flag or window control.
    QString message() const;

    // The problem behind a failed SQLite call on the store at `path`.
    static StoreError fromSqlite(const sqlite::Failure &failure, const QString &path);
};

} // namespace herkomst
