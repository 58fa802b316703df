#include "xlsxfixture.h"

#include "support/zipfile.h"

#include <QHash>

namespace {

QByteArray escape(const QString &text)
{
    return text.toHtmlEscaped().toUtf8();
}

} // namespace

XlsxFixture::Sheet &XlsxFixture::addSheet(const QString &name)
{
    mSheets.push_back({name, {}, {}});
    return mSheets.back();
}

void XlsxFixture::addRawEntry(const QString &name, const QByteArray &data)
{
    mRaw.emplace_back(name, data);
}

QString XlsxFixture::columnLetters(int column)
{
    QString letters;
    while (column > 0) {
        const int rem = (column - 1) % 26;
        letters.prepend(QChar(u'A' + rem));
        column = (column - 1) / 26;
    }
    return letters;
}

bool XlsxFixture::write(const QString &path, QString *error) const
{
    std::vector<std::pair<QString, QByteArray>> entries;
    QByteArray types =
        "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n"
        "<Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\">"
        "<Default Extension=\"rels\" ContentType=\"application/vnd.openxmlformats-package.relationships+xml\"/>"
        "<Default Extension=\"xml\" ContentType=\"application/xml\"/>"
        "<Override PartName=\"/xl/workbook.xml\" "
        "ContentType=\"application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml\"/>";
    QByteArray workbook = "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n"
                          "<workbook xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\" "
                          "xmlns:r=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships\"><sheets>";
    QByteArray rels = "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n"
                      "<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">";
    QHash<QString, int> sharedIndex;
    QByteArray shared;
    int sharedCount = 0;
    for (size_t s = 0; s < mSheets.size(); ++s) {
        const Sheet &sheet = mSheets[s];
        const QByteArray n = QByteArray::number(qulonglong(s + 1));
        types += "<Override PartName=\"/xl/worksheets/sheet" + n +
                 ".xml\" ContentType=\"application/"
                 "vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml\"/>";
        workbook += "<sheet name=\"" + escape(sheet.name) + "\" sheetId=\"" + n + "\" r:id=\"rId" + n + "\"/>";
        rels += "<Relationship Id=\"rId" + n +
                "\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/"
                "relationships/worksheet\" Target=\"worksheets/sheet" +
                n + ".xml\"/>";
        QByteArray xml = sheet.rawXml;
        if (xml.isEmpty()) {
            xml = "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n"
                  "<worksheet xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\"><sheetData>";
            for (size_t r = 0; r < sheet.rows.size(); ++r) {
                const QByteArray rowNumber = QByteArray::number(qulonglong(r + 1));
                xml += "<row r=\"" + rowNumber + "\">";
                for (size_t c = 0; c < sheet.rows[r].size(); ++c) {
                    const QVariant &value = sheet.rows[r][c];
                    const QByteArray ref = columnLetters(int(c + 1)).toLatin1() + rowNumber;
                    if (!value.isValid())
                        continue;
                    if (value.typeId() == QMetaType::QString) {
                        const QString text = value.toString();
                        if (mStrings == Strings::Inline) {
                            xml += "<c r=\"" + ref + "\" t=\"inlineStr\"><is><t>" + escape(text) + "</t></is></c>";
                        } else {
                            auto it = sharedIndex.constFind(text);
                            if (it == sharedIndex.constEnd()) {
                                it = sharedIndex.insert(text, sharedCount++);
                                shared += "<si><t>" + escape(text) + "</t></si>";
                            }
                            xml += "<c r=\"" + ref + "\" t=\"s\"><v>" + QByteArray::number(*it) + "</v></c>";
                        }
                    } else {
                        xml += "<c r=\"" + ref + "\"><v>" + QByteArray::number(value.toDouble(), 'g', 17) + "</v></c>";
                    }
                }
                xml += "</row>";
            }
            xml += "</sheetData></worksheet>";
        }
        entries.emplace_back(QStringLiteral("xl/worksheets/sheet%1.xml").arg(s + 1), xml);
    }
    if (mStrings == Strings::Shared && sharedCount > 0) {
        types += "<Override PartName=\"/xl/sharedStrings.xml\" ContentType=\"application/"
                 "vnd.openxmlformats-officedocument.spreadsheetml.sharedStrings+xml\"/>";
        rels += "<Relationship Id=\"rIdS\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/"
                "relationships/sharedStrings\" Target=\"sharedStrings.xml\"/>";
        entries.emplace_back(
            QStringLiteral("xl/sharedStrings.xml"),
            "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n<sst xmlns=\"http://schemas."
            "openxmlformats.org/spreadsheetml/2006/main\" count=\"" +
                QByteArray::number(sharedCount) + "\" uniqueCount=\"" + QByteArray::number(sharedCount) + "\">" +
                shared + "</sst>");
    }
    types += "</Types>";
    workbook += "</sheets></workbook>";
    rels += "</Relationships>";
    entries.emplace_back(QStringLiteral("[Content_Types].xml"), types);
    entries.emplace_back(
        QStringLiteral("_rels/.rels"),
        "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n<Relationships xmlns=\"http://"
        "schemas.openxmlformats.org/package/2006/relationships\"><Relationship Id=\"rId1\" Type=\"http://"
        "schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument\" "
        "Target=\"xl/workbook.xml\"/></Relationships>");
    entries.emplace_back(QStringLiteral("xl/workbook.xml"), workbook);
    entries.emplace_back(QStringLiteral("xl/_rels/workbook.xml.rels"), rels);
    for (const auto &[name, data] : mRaw) {
        bool replaced = false;
        for (auto &entry : entries) {
            if (entry.first == name) {
                entry.second = data;
                replaced = true;
            }
        }
        if (!replaced)
            entries.emplace_back(name, data);
    }

    ziptest::Entries zipEntries;
    for (const auto &[name, data] : entries)
        zipEntries.append({name, data});
    return ziptest::writeZip(path, zipEntries, error);
}
