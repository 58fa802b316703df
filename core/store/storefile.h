#pragma once

#include <QByteArray>
#include <QString>

// The store's file as the file system sees it: how to name it to SQLite, whether it can be
// written, and which files have already passed the check on opening (docs/design.md §5).
namespace herkomst::storefile {

enum class ReadAccess {
    Shared,    // file and folder writable: read with SQLite's locks, beside writers
    Immutable, // read-only file, folder or medium: nothing can change it, read without locks
    Blocked,   // read-only, with a write journal left behind that only a writer can finish
};
ReadAccess readAccess(const QString &path);
// Whether a WAL journal with content lies beside the store (a writer is at work, or was killed).
bool hasWriteJournal(const QString &path);

// file: URIs for sqlite3_open_v2; the read-only one adds mode=ro (and immutable=1 on Immutable).
QByteArray uri(const QString &path);
QByteArray readOnlyUri(const QString &path, ReadAccess access);

// Removes a store and the journal files SQLite keeps beside it.
void remove(const QString &path);

// Whether this process already checked the file unchanged since (size and time of the file and
// its WAL journal), so that a second Store on the same file, such as a worker thread's, opens
// at once. Thread-safe.
bool checkedBefore(const QString &path);
void rememberChecked(const QString &path);

} // namespace herkomst::storefile
