#pragma once

#include "io/csvrow.h"
#include "io/sourceerror.h"
#include "io/textdecoding.h"

#include <QCoreApplication>
#include <QStringList>

#include <atomic>
#include <functional>
#include <memory>
#include <optional>

class QIODevice;

namespace herkomst::io {

// Streaming RFC-4180 reader built for 300 MB / 11 M-row files: reads big blocks, hands out fields
// as views into its buffer (CsvRow) and never grows memory beyond maxLineBytes + blockBytes.
class CsvReader {
    Q_DECLARE_TR_FUNCTIONS(CsvReader)

public:
    struct Options {
        char delimiter = 0; // 0: detect among ';', ',' and tab; "sep=;" first lines are honoured
        std::optional<TextDecoding::Encoding> encoding; // empty: detect
        qint64 maxLineBytes = 1 << 20;                  // a longer record is an error, not a memory spike
        qint64 blockBytes = 1 << 20;
        QString fileName; // for messages only
    };

    enum class Status { Ok, AtEnd, Error, Cancelled };

    // The device must be open for reading; the reader does not take ownership. An empty file
    // yields no rows and ends with AtEnd, not Error: the importer knows what "no data" means.
    explicit CsvReader(QIODevice *device);
    CsvReader(QIODevice *device, const Options &options);
    ~CsvReader();
    CsvReader(const CsvReader &) = delete;
    CsvReader &operator=(const CsvReader &) = delete;

    // Fast path: raw bytes per field; decode text fields with text(). False at end, on error or
    // when cancelled; see status().
    bool readRow(CsvRow &row);
    // Decoded path for text such as CBS tables.
    bool readRow(QStringList &fields);

    // Decodes a field in the file's encoding. A file that looked like UTF-8 switches to
    // Windows-1252 at the first field that is not valid UTF-8.
    QString text(QByteArrayView field);
    // The same text as UTF-8: the field itself when it is ASCII or the file's UTF-8 (no copy),
    // else decoded into `scratch`. Valid as long as the field and `scratch`.
    QByteArrayView utf8(QByteArrayView field, QByteArray &scratch);

    // Known after the first readRow().
    char delimiter() const;
    TextDecoding::Encoding encoding() const;
    qint64 recordNumber() const; // 1-based count of records returned so far (empty lines included)

    Status status() const;
    SourceError error() const;

    // Called after every block with bytes consumed and the device size (0 if unknown).
    void setProgressCallback(std::function<void(qint64 done, qint64 total)> callback);
    // Checked once per block and every 1024 records; a set flag stops reading with Cancelled.
    void setCancelFlag(const std::atomic_bool *flag);

private:
    struct Private;
    std::unique_ptr<Private> d;
};

} // namespace herkomst::io
