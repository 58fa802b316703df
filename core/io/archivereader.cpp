#include "io/archivereader.h"

#include <QFile>
#include <QFileInfo>

#include <archive.h>
#include <archive_entry.h>

namespace herkomst::io {

namespace {

enum class Kind { Zip, SevenZip, Tar, Single };

Kind kindOf(const QString &path)
{
    const QString name = QFileInfo(path).fileName().toLower();
    if (name.endsWith(QLatin1String(".zip")))
        return Kind::Zip;
    if (name.endsWith(QLatin1String(".7z")))
        return Kind::SevenZip;
    if (name.endsWith(QLatin1String(".tar")) || name.endsWith(QLatin1String(".tgz")) ||
        name.contains(QLatin1String(".tar.")))
        return Kind::Tar;
    return Kind::Single;
}

// The raw file position libarchive has consumed: its growth while a member inflates is the
// compressed bytes read, which the ratio check needs.
qint64 rawPosition(struct archive *archive)
{
    return qint64(archive_filter_bytes(archive, -1));
}

// A name that could put a file outside the folder it is unpacked in.
bool unsafe(const QString &name)
{
    if (name.startsWith(QLatin1Char('/')) || name.startsWith(QLatin1Char('\\')) || name.contains(QLatin1Char('\\')) ||
        (name.size() >= 2 && name[1] == QLatin1Char(':')))
        return true;
    for (const QStringView part : QStringView(name).split(QLatin1Char('/'))) {
        if (part == QLatin1String(".."))
            return true;
    }
    return false;
}

} // namespace

ArchiveReader::ArchiveReader(QString path) : ArchiveReader(std::move(path), Limits()) {}

ArchiveReader::ArchiveReader(QString path, Limits limits) : mPath(std::move(path)), mLimits(limits) {}

ArchiveReader::~ArchiveReader()
{
    closeArchive();
}

bool ArchiveReader::isArchiveName(const QString &path)
{
    const QString name = QFileInfo(path).fileName().toLower();
    for (const char *suffix : {".zip", ".7z", ".gz", ".tgz", ".tar", ".bz2", ".xz"}) {
        if (name.endsWith(QLatin1String(suffix)))
            return true;
    }
    return false;
}

void ArchiveReader::closeArchive()
{
    if (mArchive)
        archive_read_free(mArchive);
    mArchive = nullptr;
}

bool ArchiveReader::fail(Problem problem, qint64 figure, const QString &detail)
{
    if (mProblem == Problem::None) { // the first problem is the one worth showing
        mProblem = problem;
        mFigure = figure;
        mDetail = detail;
    }
    closeArchive();
    return false;
}

bool ArchiveReader::openArchive()
{
    closeArchive();
    if (!QFileInfo(mPath).isFile()) {
        QFile file(mPath);
        file.open(QIODevice::ReadOnly);
        return fail(Problem::CannotOpen, 0, file.errorString());
    }
    mArchive = archive_read_new();
    archive_read_support_filter_all(mArchive);
    switch (kindOf(mPath)) {
    case Kind::Zip:
        archive_read_support_format_zip_seekable(mArchive); // the central directory, as Office reads it
        break;
    case Kind::SevenZip:
        archive_read_support_format_7zip(mArchive);
        break;
    case Kind::Tar:
        archive_read_support_format_tar(mArchive);
        archive_read_support_format_gnutar(mArchive);
        break;
    case Kind::Single:
        archive_read_support_format_raw(mArchive); // one compressed file
        break;
    }
    if (archive_read_open_filename(mArchive, QFile::encodeName(mPath).constData(), 256 * 1024) != ARCHIVE_OK)
        return fail(Problem::Damaged, 0, QString::fromLocal8Bit(archive_error_string(mArchive)));
    return true;
}

// 7z reads a solid block's compressed bytes ahead of the data, so the raw position says nothing
// about one member: there the ratio is taken against the whole archive, a bound that still holds.
qint64 ArchiveReader::compressedStart() const
{
    return kindOf(mPath) == Kind::SevenZip ? 0 : rawPosition(mArchive);
}

qint64 ArchiveReader::compressedPosition() const
{
    return kindOf(mPath) == Kind::SevenZip ? QFileInfo(mPath).size() : rawPosition(mArchive);
}

QString ArchiveReader::memberName(struct archive_entry *entry) const
{
    if (kindOf(mPath) == Kind::Single) { // "invoer.csv.gz" holds "invoer.csv"
        const QString name = QFileInfo(mPath).fileName();
        return name.left(name.lastIndexOf(QLatin1Char('.')));
    }
    const char *utf8 = archive_entry_pathname_utf8(entry);
    return utf8 ? QString::fromUtf8(utf8) : QString::fromLocal8Bit(archive_entry_pathname(entry));
}

bool ArchiveReader::list(std::vector<Member> *members)
{
    members->clear();
    if (!openArchive())
        return false;
    struct archive_entry *entry = nullptr;
    for (;;) {
        const int status = archive_read_next_header(mArchive, &entry);
        if (status == ARCHIVE_EOF)
            break;
        if (status != ARCHIVE_OK && status != ARCHIVE_WARN)
            return fail(Problem::Damaged, 0, QString::fromLocal8Bit(archive_error_string(mArchive)));
        const QString name = memberName(entry);
        if (unsafe(name)) {
            mMember = name;
            return fail(Problem::UnsafeName);
        }
        const bool single = kindOf(mPath) == Kind::Single;
        if (!single && archive_entry_filetype(entry) != AE_IFREG)
            continue; // folders, links: nothing to read
        if (int(members->size()) >= mLimits.maxMembers)
            return fail(Problem::TooManyMembers, mLimits.maxMembers);
        members->push_back({name, archive_entry_size_is_set(entry) ? qint64(archive_entry_size(entry)) : -1});
        if (single)
            break; // raw: one member, and reading on would inflate it to find its end
    }
    closeArchive();
    return true;
}

bool ArchiveReader::openMember(const QString &name)
{
    mMember = name;
    mMemberDone = false;
    if (!openArchive())
        return false;
    struct archive_entry *entry = nullptr;
    for (;;) {
        const int status = archive_read_next_header(mArchive, &entry);
        if (status == ARCHIVE_EOF)
            return fail(Problem::MemberMissing);
        if (status != ARCHIVE_OK && status != ARCHIVE_WARN)
            return fail(Problem::Damaged, 0, QString::fromLocal8Bit(archive_error_string(mArchive)));
        const QString entryName = memberName(entry);
        if (unsafe(entryName)) {
            mMember = entryName;
            return fail(Problem::UnsafeName);
        }
        if (entryName != name)
            continue;
        if (archive_entry_is_encrypted(entry))
            return fail(Problem::Encrypted);
        mGuard = InflateGuard{mLimits.maxMemberBytes, mLimits.maxCompressionRatio, mLimits.ratioCheckFromBytes};
        mGuard.start(archive_entry_size_is_set(entry) ? qint64(archive_entry_size(entry)) : -1, compressedStart());
        if (mGuard.declaredTooLarge())
            return fail(Problem::TooLarge, mGuard.declared);
        return true;
    }
}

bool ArchiveReader::read(QByteArray &chunk)
{
    chunk.resize(chunkBytes);
    if (!mArchive || mProblem != Problem::None) {
        chunk.clear();
        return false;
    }
    if (mMemberDone) {
        chunk.clear();
        return true;
    }
    const la_ssize_t n = archive_read_data(mArchive, chunk.data(), size_t(chunk.size()));
    if (n < 0) {
        chunk.clear();
        return fail(Problem::MemberDamaged, 0, QString::fromLocal8Bit(archive_error_string(mArchive)));
    }
    chunk.truncate(qsizetype(n));
    if (n == 0) {
        mMemberDone = true;
        return true;
    }
    qint64 figure = 0;
    switch (mGuard.add(n, compressedPosition(), &figure)) {
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
