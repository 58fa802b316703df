#include "export/zipwriter.h"

#include <QCoreApplication>
#include <QDateTime>

#include <archive.h>
#include <archive_entry.h>

namespace herkomst {

namespace {

class ZipText {
    Q_DECLARE_TR_FUNCTIONS(Export)
};

la_ssize_t appendToBuffer(struct archive *, void *clientData, const void *buffer, size_t length)
{
    static_cast<QByteArray *>(clientData)->append(static_cast<const char *>(buffer), qsizetype(length));
    return la_ssize_t(length);
}

} // namespace

struct ZipWriter::Private {
    struct archive *archive = nullptr;
    QByteArray bytes;
    QString error;
    bool finished = false;

    bool fail(const QString &what)
    {
        if (error.isEmpty()) {
            const char *reason = archive ? archive_error_string(archive) : nullptr;
            error = ZipText::tr("Kan het zip-bestand niet maken (%1): %2")
                        .arg(what, reason ? QString::fromUtf8(reason) : ZipText::tr("onbekende fout"));
        }
        return false;
    }
};

ZipWriter::ZipWriter() : d(std::make_unique<Private>())
{
    d->archive = archive_write_new();
    // No padding after the archive: a zip ends with its central directory, as Word insists.
    if (!d->archive || archive_write_set_format_zip(d->archive) != ARCHIVE_OK ||
        archive_write_set_bytes_in_last_block(d->archive, 1) != ARCHIVE_OK ||
        archive_write_open2(d->archive, &d->bytes, nullptr, appendToBuffer, nullptr, nullptr) != ARCHIVE_OK)
        d->fail(QStringLiteral("zip"));
}

ZipWriter::~ZipWriter()
{
    if (d->archive)
        archive_write_free(d->archive);
}

bool ZipWriter::add(const QString &name, const QByteArray &data, Compression compression)
{
    if (!d->error.isEmpty() || d->finished)
        return false;
    const int set = compression == Compression::Store ? archive_write_zip_set_compression_store(d->archive)
                                                      : archive_write_zip_set_compression_deflate(d->archive);
    if (set != ARCHIVE_OK)
        return d->fail(name);
    struct archive_entry *entry = archive_entry_new();
    const QByteArray path = name.toUtf8();
    archive_entry_set_pathname_utf8(entry, path.constData());
    archive_entry_set_filetype(entry, AE_IFREG);
    archive_entry_set_perm(entry, 0644);
    archive_entry_set_size(entry, la_int64_t(data.size()));
    archive_entry_set_mtime(entry, time_t(QDateTime::currentSecsSinceEpoch()), 0);
    bool ok = archive_write_header(d->archive, entry) == ARCHIVE_OK;
    archive_entry_free(entry);
    if (ok && !data.isEmpty())
        ok = archive_write_data(d->archive, data.constData(), size_t(data.size())) == la_ssize_t(data.size());
    return ok ? archive_write_finish_entry(d->archive) == ARCHIVE_OK || d->fail(name) : d->fail(name);
}

QByteArray ZipWriter::finish(QString *error)
{
    if (!d->finished && d->error.isEmpty()) {
        d->finished = true;
        if (archive_write_close(d->archive) != ARCHIVE_OK)
            d->fail(QStringLiteral("zip"));
    }
    if (!d->error.isEmpty() && error)
        *error = d->error;
    return d->error.isEmpty() ? d->bytes : QByteArray();
}

QString ZipWriter::error() const
{
    return d->error;
}

} // namespace herkomst
