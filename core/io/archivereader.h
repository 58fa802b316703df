#pragma once

#include "io/inflateguard.h"

#include <QByteArray>
#include <QString>
#include <atomic>
#include <vector>

struct archive;
struct archive_entry;

namespace herkomst::io {

// A downloaded archive read as it is, one member at a time and streaming, through libarchive:
// zip (BACI's release), 7z (Comext bulk files), gz (Comtrade, many CSV downloads), tar, tar.gz.
// Treated as hostile: every member inflates under InflateGuard's bomb bounds, and an archive with
// a member name that could leave its folder when unpacked ("../", an absolute path, a drive) is
// refused whole. A gz of one file is an archive of one member, named as the file without ".gz".
class ArchiveReader {
public:
    struct Limits {
        qint64 maxMemberBytes = qint64(32) << 30; // a BACI year is about 0.4 GB, a Comext year a few
        double maxCompressionRatio = 200.0;       // trade CSV compresses 5-30x; bombs ~1000x
        qint64 ratioCheckFromBytes = qint64(1) << 20;
        int maxMembers = 100000;
    };
    // Why a listing or a read failed; InputFile words it for the user.
    enum class Problem {
        None,
        CannotOpen,     // the system's reason in detail()
        Damaged,        // libarchive cannot read the archive (detail: its words)
        UnsafeName,     // a member name that could leave the folder (figure: none; member(): the name)
        TooManyMembers, // more than maxMembers
        MemberMissing,  // no member of that name
        Encrypted,      // the member needs a password
        TooLarge,       // declared or inflated size above maxMemberBytes (figure: the size)
        RatioTooHigh,   // compresses better than maxCompressionRatio (figure: the ratio)
        LongerThanSaid, // inflates beyond its declared size
        MemberDamaged,  // inflating failed (detail: libarchive's words)
        Cancelled,
    };
    struct Member {
        QString name; // path inside the archive, '/'-separated
        qint64 size = -1;
    };

    explicit ArchiveReader(QString path);
    ArchiveReader(QString path, Limits limits);
    ~ArchiveReader();
    ArchiveReader(const ArchiveReader &) = delete;
    ArchiveReader &operator=(const ArchiveReader &) = delete;

    // Archives by their name: .zip, .7z, .gz, .tgz, .tar, .tar.gz, .tar.bz2, .tar.xz, .bz2, .xz.
    static bool isArchiveName(const QString &path);

    // The regular files in the archive, in archive order; false with problem() on a refusal.
    bool list(std::vector<Member> *members);
    // Positions on the member for read(); false when it is missing or refused.
    bool openMember(const QString &name);
    // The next inflated bytes (at most chunkBytes) after clearing `chunk`; an empty chunk at the
    // member's end. False on any problem or when the cancel flag is set.
    bool read(QByteArray &chunk);

    void setCancelFlag(const std::atomic_bool *flag) { mCancel = flag; }
    Problem problem() const { return mProblem; }
    qint64 figure() const { return mFigure; }
    QString detail() const { return mDetail; }
    QString member() const { return mMember; }
    const Limits &limits() const { return mLimits; }

    static constexpr qint64 chunkBytes = 256 * 1024;

private:
    bool openArchive();
    void closeArchive();
    bool fail(Problem problem, qint64 figure = 0, const QString &detail = {});
    QString memberName(struct archive_entry *entry) const;
    qint64 compressedStart() const;
    qint64 compressedPosition() const;

    QString mPath;
    Limits mLimits;
    struct archive *mArchive = nullptr;
    QString mMember;
    InflateGuard mGuard;
    bool mMemberDone = false;
    const std::atomic_bool *mCancel = nullptr;
    Problem mProblem = Problem::None;
    qint64 mFigure = 0;
    QString mDetail;
};

} // namespace herkomst::io
