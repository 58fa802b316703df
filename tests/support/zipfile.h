#pragma once

#include <QByteArray>
#include <QList>
#include <QString>
#include <QStringList>

#include <utility>

// Zip files for tests, through libarchive (the zip library the program uses): writing fixtures
// entry by entry, and looking inside what the program wrote (XLSX, ODT, DOCX).
namespace ziptest {

using Entries = QList<std::pair<QString, QByteArray>>;

// Deflated entries in the given order; false with *error when the file cannot be written.
bool writeZip(const QString &path, const Entries &entries, QString *error = nullptr);

// Archives as sources are downloaded: zip, 7z, tar.gz, or one file gzipped (the first entry only).
enum class ArchiveKind { Zip, SevenZip, TarGz, Gzip };
bool writeArchive(const QString &path, ArchiveKind kind, const Entries &entries, QString *error = nullptr);
// One entry's bytes; empty when the file or the entry is absent.
QByteArray readEntry(const QString &path, const QString &name);
// The entry names in archive order; empty when the file is no readable zip.
QStringList entryNames(const QString &path);

} // namespace ziptest
