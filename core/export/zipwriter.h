#pragma once

#include <QByteArray>
#include <QString>
#include <memory>

namespace herkomst {

// A zip container in memory, through libarchive: the package format of DOCX and ODT. Entries
// are written in the order added, each stored or deflated, with its size in the local header
// (ODF wants its "mimetype" first and stored).
class ZipWriter {
public:
    enum class Compression { Store, Deflate };

    ZipWriter();
    ~ZipWriter();
    ZipWriter(const ZipWriter &) = delete;
    ZipWriter &operator=(const ZipWriter &) = delete;

    // False once anything failed; error() then says what.
    bool add(const QString &name, const QByteArray &data, Compression compression = Compression::Deflate);
    // Closes the archive and returns its bytes; empty with error() (and *error) set when it failed.
    QByteArray finish(QString *error = nullptr);
    QString error() const;

private:
    struct Private;
    std::unique_ptr<Private> d;
};

} // namespace herkomst
