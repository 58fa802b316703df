#pragma once

#include "io/sourceerror.h"
#include "io/xlsxrow.h"
#include "io/ziparchive.h"

#include <QCoreApplication>
#include <QStringList>

#include <atomic>
#include <memory>

namespace herkomst::io {

// Streaming .xlsx reader (ZipArchive on libarchive + XmlPullParser, one parse path for every part)
// that treats every file as hostile: zip bombs, DTDs/entity declarations and non-zip input are
// refused with a Dutch message. Usage: open(), pick a sheet with openSheet(), then readRow() until
// it returns false. Memory stays bounded by the largest row and the shared strings.
class XlsxReader {
    Q_DECLARE_TR_FUNCTIONS(XlsxReader)

public:
    using Limits = ZipArchive::Limits;

    explicit XlsxReader(const QString &path);
    XlsxReader(const QString &path, const Limits &limits);
    ~XlsxReader();
    XlsxReader(const XlsxReader &) = delete;
    XlsxReader &operator=(const XlsxReader &) = delete;

    // The name messages give the file (default: the path), e.g. the archive member a temporary
    // copy came from.
    void setFileName(const QString &name);

    // Checks the file, reads the sheet list and the shared strings.
    bool open();
    QStringList sheetNames() const; // workbook order, as the tabs appear in Excel

    bool openSheet(int index); // 0-based position in sheetNames()
    bool openSheet(const QString &name);
    // Next <row> present in the sheet XML; false at the end of the sheet or on error.
    bool readRow(XlsxRow &row);
    // Convenience for small sheets such as CBS tables.
    bool readSheet(int index, std::vector<XlsxRow> &rows);

    bool hasError() const;
    SourceError error() const;

    // Checked per 64 KiB of inflated XML; a cancel is reported as an error "inlezen afgebroken"
    // and isCancelled() tells it apart from a broken file.
    void setCancelFlag(const std::atomic_bool *flag);
    bool isCancelled() const;

    // "A" -> 1, "AB" -> 28, "XFD" -> 16384; 0 when not a valid column.
    static int columnIndex(QStringView letters);
    // "B12" -> column 2, row 12 (row 0 when the reference has no digits); false when invalid.
    static bool parseCellReference(QStringView ref, int &column, qint64 &row);

private:
    struct Private;
    std::unique_ptr<Private> d;
};

} // namespace herkomst::io
