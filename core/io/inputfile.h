#pragma once

#include "io/sourceerror.h"

#include <QCoreApplication>
#include <QHash>
#include <QIODevice>
#include <QStringList>

#include <atomic>
#include <functional>
#include <memory>

namespace herkomst::io {

// A data file as the importers read it: a plain file, or a member of a downloaded archive (zip,
// 7z, gz, tar.gz; see ArchiveReader), named as if the archive were a folder:
// ".../BACI_HS17_V202301.zip/BACI_HS17_Y2020_V202301.csv". Members are read streaming, never
// unpacked to disk; everything that opens an input goes through here, so a format reads both alike.
class InputFile {
    Q_DECLARE_TR_FUNCTIONS(InputFile)

public:
    // Called with every chunk a member's device delivers, and once with an empty view at its end
    // (a checksum as the bytes pass).
    using Observer = std::function<void(QByteArrayView bytes)>;

    // Paths with each archive replaced by its members' paths, in archive order; other paths as
    // they are. False with *error (the archive named) when an archive is refused: damaged, too
    // many members, or a member name that could leave its folder.
    static bool expand(const QStringList &paths, QStringList *expanded, SourceError *error);

    static bool isArchive(const QString &path);    // a plain file with an archive's name
    static bool isMember(const QString &path);     // a path inside an archive
    static QString archiveOf(const QString &path); // the archive holding a member; empty otherwise
    static QString memberOf(const QString &path);  // the member's name inside its archive

    static bool exists(const QString &path);
    static qint64 size(const QString &path); // a member's declared size; -1 when it does not say
    // Every member of an archive with its declared size, from one listing.
    static QHash<QString, qint64> memberSizes(const QString &archive);
    // The names in the folder of `path`: a folder's files, or the members beside it in its archive.
    static QStringList siblings(const QString &path);

    // Opens for reading: a QFile, or a sequential device that inflates the member as it is read
    // (bomb bounds checked; size() is the declared size, for progress). nullptr with *error.
    static std::unique_ptr<QIODevice> open(const QString &path, SourceError *error, Observer observer = {},
                                           const std::atomic_bool *cancel = nullptr);
};

} // namespace herkomst::io
