#include "io/ziparchive.h"

#include <QFile>

#include <archive.h>
#include <archive_entry.h>

namespace herkomst::io {

namespace {

// The raw file position libarchive has consumed: while an entry inflates, its growth is the
// compressed bytes read so far, which the ratio check needs (libarchive reports no compressed size).
qint64 rawPosition(struct archive *archive)
{
    return qint64(archive_filter_bytes(archive, -1));
}

} // namespace

ZipArchive::ZipArchive(QString path) : ZipArchive(std::move(path), Limits()) {}

ZipArchive::ZipArchive(QString path, Limits limits) : mPath(std::move(path)), mLimits(limits) {}

ZipArchive::~ZipArchive()
{
    closeArchive();
}

void ZipArchive::closeArchive()
{
    if (mArchive)
        archive_read_free(mArchive);
    mArchive = nullptr;
}

bool ZipArchive::fail(Problem problem, qint64 figure, const QString &detail)
{
    if (mProblem == Problem::None) { // the first problem is the one worth showing
        mProblem = problem;
        mFigure = figure;
        mDetail = detail;
    }
    closeArchive();
    return false;
}

bool ZipArchive::open()
{
    QFile file(mPath);
    if (!file.open(QIODevice::ReadOnly))
        return fail(Problem::CannotOpen, 0, file.errorString());
    const QByteArray magic = file.read(8);
    if (magic.isEmpty())
        return fail(Problem::Empty);
    if (magic.startsWith("\xD0\xCF\x11\xE0"))
        return fail(Problem::OldExcel);
    if (!magic.startsWith("PK"))
        return fail(Problem::NotZip);
    // Listing the whole central directory proves the archive is readable before any entry is trusted.
    if (!openEntry({}))
        return false;
    closeArchive();
    return true;
}

bool ZipArchive::openEntry(const QString &name, bool optional)
{
    closeArchive();
    mEntryName = name;
    mGuard = InflateGuard{mLimits.maxEntryBytes, mLimits.maxCompressionRatio, mLimits.ratioCheckFromBytes};
    mEntryDone = false;
    mArchive = archive_read_new();
    // The seekable reader trusts the central directory, as Office does, and skips entries by seeking.
    archive_read_support_format_zip_seekable(mArchive);
    if (archive_read_open_filename(mArchive, QFile::encodeName(mPath).constData(), 64 * 1024) != ARCHIVE_OK)
        return fail(Problem::Damaged, 0, QString::fromLocal8Bit(archive_error_string(mArchive)));
    struct archive_entry *entry = nullptr;
    for (;;) {
        const int status = archive_read_next_header(mArchive, &entry);
        if (status == ARCHIVE_EOF) {
            if (name.isEmpty())
                return true; // open(): the whole directory was readable
            if (optional) {
                closeArchive();
                return false;
            }
            return fail(Problem::EntryMissing);
        }
        if (status != ARCHIVE_OK && status != ARCHIVE_WARN)
            return fail(Problem::Damaged, 0, QString::fromLocal8Bit(archive_error_string(mArchive)));
        const char *utf8 = archive_entry_pathname_utf8(entry);
        const QString entryName =
            utf8 ? QString::fromUtf8(utf8) : QString::fromLocal8Bit(archive_entry_pathname(entry));
        if (name.isEmpty() || entryName.compare(name, Qt::CaseInsensitive) != 0)
            continue;
        mEntryName = entryName;
        if (archive_entry_is_encrypted(entry))
            return fail(Problem::Encrypted);
        mGuard.start(archive_entry_size_is_set(entry) ? qint64(archive_entry_size(entry)) : -1, rawPosition(mArchive));
        if (mGuard.declaredTooLarge())
            return fail(Problem::TooLarge, mGuard.declared);
        return true;
    }
}

bool ZipArchive::read(QByteArray &chunk)
{
    chunk.resize(chunkBytes);
    if (!mArchive || mProblem != Problem::None) {
        chunk.clear();
        return false;
    }
    if (mEntryDone) {
        chunk.clear();
        return true;
    }
    const la_ssize_t n = archive_read_data(mArchive, chunk.data(), size_t(chunk.size()));
    if (n < 0) {
        chunk.clear();
        return fail(Problem::EntryDamaged, 0, QString::fromLocal8Bit(archive_error_string(mArchive)));
    }
    chunk.truncate(qsizetype(n));
    if (n == 0) {
        mEntryDone = true;
        return true;
    }
    // The declared size was checked at openEntry(); these catch headers that lie.
    qint64 figure = 0;
    switch (mGuard.add(n, rawPosition(mArchive), &figure)) {
    case InflateGuard::Verdict::Ok:
        break;
    case InflateGuard::Verdict::TooLarge:
        return fail(Problem::TooLarge, figure);
    case InflateGuard::Verdict::LongerThanSaid:
        return fail(Problem::LongerThanSaid);
    case InflateGuard::Verdict::RatioTooHigh:
        return fail(Problem::RatioTooHigh, figure);
    }
    if (mCancel && mCancel->load(std::memory_order_relaxed))
        return fail(Problem::Cancelled);
    return true;
}

} // namespace herkomst::io
