#pragma once

#include <QByteArray>
#include <QString>
#include <QTemporaryDir>

#include <cstddef>
#include <cstdint>
#include <utility>
#include <vector>

// What the fuzz targets share (docs/design.md §10): reading one fuzz input as the files a user
// could hand Herkomst, and writing them where the readers, which take paths, can open them.
namespace fuzz {

// A fuzz input as named parts. An input that starts with "=== NAME\n" is split at every line
// "=== NAME": each part holds the bytes up to the next such line (its final newline belongs to the
// marker). Any other input is one part without a name. Seeds use parts to hand a target more than
// one file (a workbook's XML parts, BACI's code lists, import options); the mutator may change the
// names too, so a part's name is data like any other.
class Parts {
public:
    Parts(const uint8_t *data, size_t size);

    const std::vector<std::pair<QByteArray, QByteArray>> &all() const { return mParts; }
    // The first part whose name starts with `prefix`; nullptr when there is none.
    const QByteArray *find(QByteArrayView prefix) const;
    // The unnamed part, else the part named "data", else the first; empty for an empty input.
    QByteArray main() const;

private:
    std::vector<std::pair<QByteArray, QByteArray>> mParts;
};

// One folder for the whole run; files are overwritten by the next input.
QTemporaryDir &workDir();
// Writes bytes to `name` in workDir() and returns the path; aborts when the disk refuses, since
// a target that could not write its input would test nothing.
QString writeFile(const QString &name, QByteArrayView bytes);

// An .xlsx file from an input: bytes starting with "PK" are the file itself (the zip layer is
// fuzzed); otherwise the parts are entries of a workbook whose skeleton (content types,
// relationships, a workbook with the sheet "Blad1") is filled in where the input gives no part of
// that name, and an unnamed part is the sheet's XML. So the mutator works on XML, not on deflate.
QString writeWorkbook(const QString &name, const uint8_t *data, size_t size);

// True when the input looks like a workbook for writeWorkbook() rather than text.
bool isWorkbookInput(const uint8_t *data, size_t size);

} // namespace fuzz
