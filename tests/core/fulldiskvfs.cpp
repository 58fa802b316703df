#include "fulldiskvfs.h"

#include <atomic>
#include <cstring>
#include <sqlite3.h>

namespace fulldisk {

namespace {

std::atomic<qint64> budget{-1};
sqlite3_vfs *base = nullptr;
sqlite3_vfs vfs;
sqlite3_io_methods methods;

struct File {
    sqlite3_file file;
    sqlite3_file *real; // the base VFS's file, allocated right after this struct
};

sqlite3_file *real(sqlite3_file *f)
{
    return reinterpret_cast<File *>(f)->real;
}

bool spend(qint64 bytes)
{
    qint64 left = budget.load();
    while (left >= 0) {
        if (left < bytes)
            return false;
        if (budget.compare_exchange_weak(left, left - bytes))
            return true;
    }
    return true;
}

int xClose(sqlite3_file *f)
{
    const int rc = real(f)->pMethods ? real(f)->pMethods->xClose(real(f)) : SQLITE_OK;
    return rc;
}
int xRead(sqlite3_file *f, void *p, int n, sqlite3_int64 o)
{
    return real(f)->pMethods->xRead(real(f), p, n, o);
}
int xWrite(sqlite3_file *f, const void *p, int n, sqlite3_int64 o)
{
    if (!spend(n))
        return SQLITE_FULL;
    return real(f)->pMethods->xWrite(real(f), p, n, o);
}
int xTruncate(sqlite3_file *f, sqlite3_int64 size)
{
    return real(f)->pMethods->xTruncate(real(f), size);
}
int xSync(sqlite3_file *f, int flags)
{
    return real(f)->pMethods->xSync(real(f), flags);
}
int xFileSize(sqlite3_file *f, sqlite3_int64 *size)
{
    return real(f)->pMethods->xFileSize(real(f), size);
}
int xLock(sqlite3_file *f, int lock)
{
    return real(f)->pMethods->xLock(real(f), lock);
}
int xUnlock(sqlite3_file *f, int lock)
{
    return real(f)->pMethods->xUnlock(real(f), lock);
}
int xCheckReservedLock(sqlite3_file *f, int *out)
{
    return real(f)->pMethods->xCheckReservedLock(real(f), out);
}
int xFileControl(sqlite3_file *f, int op, void *arg)
{
    return real(f)->pMethods->xFileControl(real(f), op, arg);
}
int xSectorSize(sqlite3_file *f)
{
    return real(f)->pMethods->xSectorSize(real(f));
}
int xDeviceCharacteristics(sqlite3_file *f)
{
    return real(f)->pMethods->xDeviceCharacteristics(real(f));
}
int xShmMap(sqlite3_file *f, int page, int size, int extend, void volatile **out)
{
    if (extend && budget.load() == 0)
        return SQLITE_FULL; // the shared-memory file cannot grow either
    return real(f)->pMethods->xShmMap(real(f), page, size, extend, out);
}
int xShmLock(sqlite3_file *f, int offset, int n, int flags)
{
    return real(f)->pMethods->xShmLock(real(f), offset, n, flags);
}
void xShmBarrier(sqlite3_file *f)
{
    real(f)->pMethods->xShmBarrier(real(f));
}
int xShmUnmap(sqlite3_file *f, int deleteFlag)
{
    return real(f)->pMethods->xShmUnmap(real(f), deleteFlag);
}
int xFetch(sqlite3_file *f, sqlite3_int64 o, int n, void **out)
{
    return real(f)->pMethods->xFetch(real(f), o, n, out);
}
int xUnfetch(sqlite3_file *f, sqlite3_int64 o, void *p)
{
    return real(f)->pMethods->xUnfetch(real(f), o, p);
}

int xOpen(sqlite3_vfs *, sqlite3_filename name, sqlite3_file *f, int flags, int *outFlags)
{
    File *file = reinterpret_cast<File *>(f);
    file->real = reinterpret_cast<sqlite3_file *>(file + 1);
    std::memset(file->real, 0, size_t(base->szOsFile));
    const int rc = base->xOpen(base, name, file->real, flags, outFlags);
    // Without io methods SQLite does not call xClose, so the wrapper must not offer any either.
    file->file.pMethods = file->real->pMethods ? &methods : nullptr;
    return rc;
}

} // namespace

void install()
{
    if (base)
        return;
    base = sqlite3_vfs_find(nullptr);
    vfs = *base;
    vfs.zName = "herkomst-full-disk";
    vfs.szOsFile = int(sizeof(File)) + base->szOsFile;
    vfs.xOpen = xOpen;
    methods = {3,
               xClose,
               xRead,
               xWrite,
               xTruncate,
               xSync,
               xFileSize,
               xLock,
               xUnlock,
               xCheckReservedLock,
               xFileControl,
               xSectorSize,
               xDeviceCharacteristics,
               xShmMap,
               xShmLock,
               xShmBarrier,
               xShmUnmap,
               xFetch,
               xUnfetch};
    sqlite3_vfs_register(&vfs, 1);
}

void setBudget(qint64 bytes)
{
    budget.store(bytes);
}

} // namespace fulldisk
