#include "zipfile.h"

#include <QFile>

#include <archive.h>
#include <archive_entry.h>

#include <memory>

namespace ziptest {

namespace {

struct ArchiveFree {
    void operator()(archive *a) const { archive_free(a); }
};
using Archive = std::unique_ptr<archive, ArchiveFree>;

// Calls onEntry(name, archive) for every entry until it returns false.
template <typename F>
bool forEachEntry(const QString &path, F onEntry)
{
    Archive a(archive_read_new());
    archive_read_support_format_zip_seekable(a.get());
    if (archive_read_open_filename(a.get(), QFile::encodeName(path).constData(), 64 * 1024) != ARCHIVE_OK)
        return false;
    archive_entry *entry = nullptr;
    while (archive_read_next_header(a.get(), &entry) == ARCHIVE_OK) {
        if (!onEntry(QString::fromUtf8(archive_entry_pathname(entry)), a.get()))
            break;
    }
    return true;
}

} // namespace

bool writeZip(const QString &path, const Entries &entries, QString *error)
{
    return writeArchive(path, ArchiveKind::Zip, entries, error);
}

bool writeArchive(const QString &path, ArchiveKind kind, const Entries &entries, QString *error)
{
    Archive a(archive_write_new());
    switch (kind) {
    case ArchiveKind::Zip:
        archive_write_set_format_zip(a.get());
        archive_write_set_options(a.get(), "zip:compression=deflate");
        break;
    case ArchiveKind::SevenZip:
        archive_write_set_format_7zip(a.get());
        break;
    case ArchiveKind::TarGz:
        archive_write_set_format_pax_restricted(a.get());
        archive_write_add_filter_gzip(a.get());
        break;
    case ArchiveKind::Gzip:
        archive_write_set_format_raw(a.get());
        archive_write_add_filter_gzip(a.get());
        break;
    }
    bool ok = archive_write_open_filename(a.get(), QFile::encodeName(path).constData()) == ARCHIVE_OK;
    for (const auto &[name, data] : entries) {
        if (!ok)
            break;
        archive_entry *entry = archive_entry_new();
        archive_entry_set_pathname_utf8(entry, name.toUtf8().constData());
        archive_entry_set_size(entry, la_int64_t(data.size()));
        archive_entry_set_filetype(entry, AE_IFREG);
        archive_entry_set_perm(entry, 0644);
        ok = archive_write_header(a.get(), entry) == ARCHIVE_OK &&
             archive_write_data(a.get(), data.constData(), size_t(data.size())) == la_ssize_t(data.size());
        archive_entry_free(entry);
    }
    ok = archive_write_close(a.get()) == ARCHIVE_OK && ok;
    if (!ok && error)
        *error = QString::fromLocal8Bit(archive_error_string(a.get()));
    return ok;
}

QByteArray readEntry(const QString &path, const QString &name)
{
    QByteArray bytes;
    forEachEntry(path, [&](const QString &entryName, archive *a) {
        if (entryName != name)
            return true;
        char buffer[65536];
        la_ssize_t n = 0;
        while ((n = archive_read_data(a, buffer, sizeof buffer)) > 0)
            bytes.append(buffer, qsizetype(n));
        return false;
    });
    return bytes;
}

QStringList entryNames(const QString &path)
{
    QStringList names;
    forEachEntry(path, [&](const QString &entryName, archive *) {
        names << entryName;
        return true;
    });
    return names;
}

} // namespace ziptest
