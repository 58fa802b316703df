#pragma once

#include <QtGlobal>

// A SQLite VFS over the platform's own that fails writes with SQLITE_FULL once a byte budget is
// spent, as a full disk does. Installed as the default VFS, so every connection the test process
// opens (the Store's own included) writes through it.
namespace fulldisk {

void install();
// Bytes that may still be written (across all files); -1: no limit. At 0 the shared-memory
// file a WAL reader needs cannot be made either.
void setBudget(qint64 bytes);

} // namespace fulldisk
