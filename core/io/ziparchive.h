#pragma once

#include "io/inflateguard.h"

#include <QByteArray>
#include <QString>

#include <atomic>
#include <memory>

struct archive;

namespace herkomst::io {

// A zip archive read through libarchive, one entry at a time, treating the file as hostile: every
// entry is inflated as a stream of chunks with the archive-bomb limits checked while it inflates
// (declared size, actual size, compression ratio), so a bomb is refused after a megabyte at most.
// XLSX reading is built on it; other containers (a BACI zip, gz, 7z) can use the same streams.
class ZipArchive {
public:
    struct Limits {
        qint64 maxEntryBytes = qint64(512) << 20;     // per entry, declared and actually inflated
        double maxCompressionRatio = 200.0;           // Excel XML compresses ~5-30x; deflate bombs ~1000x
        qint64 ratioCheckFromBytes = qint64(1) << 20; // small entries may compress extremely well
    };

    // Why an open or a read failed; the reader of a container format words it for the user.
    enum class Problem {
        None,
        CannotOpen,     // the file cannot be opened (detail: the system's reason)
        Empty,          // zero bytes
        OldExcel,       // an OLE2 container: .xls, or an encrypted .xlsx
        NotZip,         // no zip signature
        Damaged,        // no readable central directory: truncated or corrupt
        EntryMissing,   // no entry with that name
        EntryDamaged,   // inflating failed
        Encrypted,      // the entry needs a password
        TooLarge,       // declared or inflated size (figure()) above maxEntryBytes
        RatioTooHigh,   // compresses better than maxCompressionRatio (figure(): the ratio)
        LongerThanSaid, // inflates beyond its declared size
        Cancelled
    };

    explicit ZipArchive(QString path);
    ZipArchive(QString path, Limits limits);
    ~ZipArchive();
    ZipArchive(const ZipArchive &) = delete;
    ZipArchive &operator=(const ZipArchive &) = delete;

    // Checks the signature and that the central directory can be read.
    bool open();
    // Opens the entry with this name (ASCII case-insensitive, as Office treats part names) for
    // reading; closes the one open before. False when refused, or when absent: EntryMissing,
    // unless it is optional (then problem() stays None).
    bool openEntry(const QString &name, bool optional = false);
    // Appends the next inflated bytes (at most chunkBytes) to `chunk` after clearing it; an empty
    // chunk at the end of the entry. False on any problem or when the cancel flag is set.
    bool read(QByteArray &chunk);
    bool isCancelled() const { return mProblem == Problem::Cancelled; }

    void setCancelFlag(const std::atomic_bool *flag) { mCancel = flag; }
    Problem problem() const { return mProblem; }
    qint64 figure() const { return mFigure; }
    QString detail() const { return mDetail; } // the system's or libarchive's own words, if any
    QString entryName() const { return mEntryName; }
    const Limits &limits() const { return mLimits; }

    static constexpr qint64 chunkBytes = 64 * 1024;

private:
    bool fail(Problem problem, qint64 figure = 0, const QString &detail = {});
    void closeArchive();

    QString mPath;
    Limits mLimits;
    struct archive *mArchive = nullptr;
    QString mEntryName;
    InflateGuard mGuard;
    bool mEntryDone = false;
    const std::atomic_bool *mCancel = nullptr;
    Problem mProblem = Problem::None;
    qint64 mFigure = 0;
    QString mDetail;
};

} // namespace herkomst::io
