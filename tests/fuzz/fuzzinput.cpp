#include "fuzzinput.h"

#include "support/zipfile.h"

#include <QFile>

#include <cstdio>
#include <cstdlib>

namespace fuzz {

namespace {

constexpr QByteArrayView marker = "=== ";

const char *const contentTypes =
    "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n"
    "<Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\">"
    "<Default Extension=\"rels\" ContentType=\"application/vnd.openxmlformats-package.relationships+xml\"/>"
    "<Default Extension=\"xml\" ContentType=\"application/xml\"/>"
    "<Override PartName=\"/xl/workbook.xml\" "
    "ContentType=\"application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml\"/>"
    "<Override PartName=\"/xl/worksheets/sheet1.xml\" "
    "ContentType=\"application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml\"/></Types>";

const char *const packageRels =
    "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n"
    "<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
    "<Relationship Id=\"rId1\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/"
    "officeDocument\" Target=\"xl/workbook.xml\"/></Relationships>";

const char *const workbook = "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n"
                             "<workbook xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\" "
                             "xmlns:r=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships\"><sheets>"
                             "<sheet name=\"Blad1\" sheetId=\"1\" r:id=\"rId1\"/></sheets></workbook>";

const char *const workbookRels =
    "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n"
    "<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
    "<Relationship Id=\"rId1\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/"
    "worksheet\" Target=\"worksheets/sheet1.xml\"/></Relationships>";

[[noreturn]] void fatal(const QString &what)
{
    std::fprintf(stderr, "fuzz set-up: %s\n", qPrintable(what));
    std::abort();
}

} // namespace

Parts::Parts(const uint8_t *data, size_t size)
{
    const QByteArrayView input(reinterpret_cast<const char *>(data), qsizetype(size));
    if (!input.startsWith(marker)) {
        mParts.emplace_back(QByteArray(), input.toByteArray());
        return;
    }
    qsizetype at = 0;
    while (at < input.size()) {
        const qsizetype nameEnd = input.indexOf('\n', at);
        const qsizetype nameFrom = at + marker.size();
        const QByteArray name = input.sliced(nameFrom, (nameEnd < 0 ? input.size() : nameEnd) - nameFrom).toByteArray();
        if (nameEnd < 0) {
            mParts.emplace_back(name, QByteArray());
            return;
        }
        const qsizetype bodyStart = nameEnd + 1;
        qsizetype bodyEnd = input.size(), next = input.size(); // the body, and the next marker line
        if (input.sliced(bodyStart).startsWith(marker)) {
            bodyEnd = next = bodyStart;
        } else if (const qsizetype newline = input.indexOf("\n=== ", bodyStart); newline >= 0) {
            bodyEnd = newline;
            next = newline + 1;
        }
        mParts.emplace_back(name, input.sliced(bodyStart, bodyEnd - bodyStart).toByteArray());
        at = next;
    }
}

const QByteArray *Parts::find(QByteArrayView prefix) const
{
    for (const auto &[name, bytes] : mParts) {
        if (name.startsWith(prefix))
            return &bytes;
    }
    return nullptr;
}

QByteArray Parts::main() const
{
    for (const auto &[name, bytes] : mParts) {
        if (name.isEmpty() || name == "data")
            return bytes;
    }
    return mParts.empty() ? QByteArray() : mParts.front().second;
}

QTemporaryDir &workDir()
{
    static QTemporaryDir dir;
    if (!dir.isValid())
        fatal(QStringLiteral("no temporary folder: %1").arg(dir.errorString()));
    return dir;
}

QString writeFile(const QString &name, QByteArrayView bytes)
{
    const QString path = workDir().filePath(name);
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate) ||
        file.write(bytes.data(), bytes.size()) != bytes.size())
        fatal(QStringLiteral("cannot write %1: %2").arg(path, file.errorString()));
    return path;
}

bool isWorkbookInput(const uint8_t *data, size_t size)
{
    const QByteArrayView input(reinterpret_cast<const char *>(data), qsizetype(size));
    if (input.startsWith("PK"))
        return true;
    if (!input.startsWith(marker))
        return false;
    const Parts parts(data, size);
    for (const auto &[name, bytes] : parts.all()) {
        if (name.endsWith(".xml") || name.endsWith(".rels"))
            return true;
    }
    return false;
}

QString writeWorkbook(const QString &name, const uint8_t *data, size_t size)
{
    const QByteArrayView input(reinterpret_cast<const char *>(data), qsizetype(size));
    if (input.startsWith("PK"))
        return writeFile(name, input);
    ziptest::Entries entries = {
        {QStringLiteral("[Content_Types].xml"), contentTypes},
        {QStringLiteral("_rels/.rels"), packageRels},
        {QStringLiteral("xl/workbook.xml"), workbook},
        {QStringLiteral("xl/_rels/workbook.xml.rels"), workbookRels},
    };
    const Parts parts(data, size);
    for (const auto &[partName, bytes] : parts.all()) {
        const QString entryName =
            partName.isEmpty() ? QStringLiteral("xl/worksheets/sheet1.xml") : QString::fromUtf8(partName);
        bool replaced = false;
        for (auto &entry : entries) {
            if (entry.first == entryName) {
                entry.second = bytes;
                replaced = true;
            }
        }
        if (!replaced)
            entries.append({entryName, bytes});
    }
    const QString path = workDir().filePath(name);
    QString error;
    // libarchive refuses some names (empty ones); the reader is then handed the bare skeleton,
    // which is still a file a user could have.
    if (!ziptest::writeZip(path, entries, &error)) {
        entries.resize(4);
        if (!ziptest::writeZip(path, entries, &error))
            fatal(QStringLiteral("cannot write %1: %2").arg(path, error));
    }
    return path;
}

} // namespace fuzz
