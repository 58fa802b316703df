#include "io/xlsxreader.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>

#include "support/zipfile.h"

#include <cstring>

using herkomst::io::XlsxCell;
using herkomst::io::XlsxReader;
using herkomst::io::XlsxRow;

namespace {

using Entries = ziptest::Entries;

const QByteArray kXmlDecl = "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n";
const QByteArray kMainNs = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";
const QByteArray kRelNs = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";

QByteArray contentTypes()
{
    return kXmlDecl + "<Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\">"
                      "<Default Extension=\"xml\" ContentType=\"application/xml\"/></Types>";
}

QByteArray rootRels()
{
    return kXmlDecl +
           "<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
           "<Relationship Id=\"rId1\" Type=\"" +
           kRelNs +
           "/officeDocument\" "
           "Target=\"xl/workbook.xml\"/></Relationships>";
}

// sheets: (name, target relative to xl/)
QByteArray workbook(const QList<std::pair<QString, QString>> &sheets)
{
    QByteArray xml = kXmlDecl + "<workbook xmlns=\"" + kMainNs + "\" xmlns:r=\"" + kRelNs + "\"><sheets>";
    for (int i = 0; i < sheets.size(); ++i)
        xml += "<sheet name=\"" + sheets[i].first.toUtf8() + "\" sheetId=\"" + QByteArray::number(i + 1) +
               "\" r:id=\"rIdS" + QByteArray::number(i) + "\"/>";
    return xml + "</sheets></workbook>";
}

QByteArray workbookRels(const QList<std::pair<QString, QString>> &sheets, bool withShared)
{
    QByteArray xml = kXmlDecl + "<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/"
                                "relationships\">";
    for (int i = 0; i < sheets.size(); ++i)
        xml += "<Relationship Id=\"rIdS" + QByteArray::number(i) + "\" Type=\"" + kRelNs + "/worksheet\" Target=\"" +
               sheets[i].second.toUtf8() + "\"/>";
    if (withShared)
        xml += "<Relationship Id=\"rIdSS\" Type=\"" + kRelNs + "/sharedStrings\" Target=\"sharedStrings.xml\"/>";
    return xml + "</Relationships>";
}

QByteArray sheetXml(const QByteArray &sheetData)
{
    return kXmlDecl + "<worksheet xmlns=\"" + kMainNs + "\" xmlns:r=\"" + kRelNs +
           "\"><dimension ref=\"A1:D7\"/><sheetData>" + sheetData +
           "</sheetData><pageMargins left=\"0.7\"/></worksheet>";
}

// A minimal package around one sheet named "Tabel".
Entries singleSheet(const QByteArray &sheet, const QByteArray &shared = {})
{
    const QList<std::pair<QString, QString>> sheets{{"Tabel", "worksheets/sheet1.xml"}};
    Entries e{{"[Content_Types].xml", contentTypes()},
              {"_rels/.rels", rootRels()},
              {"xl/workbook.xml", workbook(sheets)},
              {"xl/_rels/workbook.xml.rels", workbookRels(sheets, !shared.isEmpty())},
              {"xl/worksheets/sheet1.xml", sheet}};
    if (!shared.isEmpty())
        e.append({"xl/sharedStrings.xml", shared});
    return e;
}

bool writeZip(const QString &path, const Entries &entries)
{
    return ziptest::writeZip(path, entries);
}

void putLe32(QByteArray &bytes, qsizetype at, quint32 v)
{
    for (int i = 0; i < 4; ++i)
        bytes[at + i] = char((v >> (8 * i)) & 0xFF);
}

quint32 getLe32(const QByteArray &bytes, qsizetype at)
{
    quint32 v = 0;
    for (int i = 3; i >= 0; --i)
        v = (v << 8) | quint8(bytes[at + i]);
    return v;
}

} // namespace

class TestXlsxReader : public QObject {
    Q_OBJECT

    QTemporaryDir mDir;
    int mCounter = 0;

    QString fixture(const Entries &entries)
    {
        const QString path = mDir.filePath(QStringLiteral("f%1.xlsx").arg(++mCounter));
        if (!writeZip(path, entries))
            qFatal("could not write fixture %s", qPrintable(path));
        return path;
    }

    QString rawFile(const QByteArray &bytes)
    {
        const QString path = mDir.filePath(QStringLiteral("r%1.xlsx").arg(++mCounter));
        QFile f(path);
        if (!f.open(QIODevice::WriteOnly) || f.write(bytes) != bytes.size())
            qFatal("could not write %s", qPrintable(path));
        return path;
    }

    // An Excel/libxlsxwriter-like workbook: two sheets whose tab order differs from the part
    // numbering, shared strings with rich text and phonetic runs, all cell types, a sparse row.
    Entries excelLike()
    {
        const QList<std::pair<QString, QString>> sheets{{"Toelichting", "worksheets/sheet2.xml"},
                                                        {"Tabel 1", "/xl/worksheets/sheet1.xml"}};
        const QByteArray shared = kXmlDecl + "<sst xmlns=\"" + kMainNs +
                                  "\" count=\"4\" uniqueCount=\"4\">"
                                  "<si><t>Land</t></si>"
                                  "<si><t xml:space=\"preserve\">Belgi\xC3\xAB </t></si>"
                                  "<si><r><rPr><b/></rPr><t>Duits</t></r><r><t>land</t></r>"
                                  "<rPh sb=\"0\" eb=\"1\"><t>PHONETIC</t></rPh></si>"
                                  "<si><t>Toelichting &amp; bron</t></si>"
                                  "</sst>";
        const QByteArray sheet1 =
            sheetXml("<row r=\"1\" spans=\"1:3\"><c r=\"A1\" t=\"s\"><v>0</v></c>"
                     "<c r=\"B1\" t=\"inlineStr\"><is><t>Waarde</t></is></c></row>"
                     "<row r=\"2\"><c r=\"A2\" t=\"s\"><v>1</v></c><c r=\"B2\" s=\"3\"><v>1234.5</v></c>"
                     "<c r=\"C2\" t=\"b\"><v>1</v></c></row>"
                     "<row r=\"3\"><c r=\"A3\" t=\"s\"><v>2</v></c><c r=\"B3\"><v>-2.5E-3</v></c>"
                     "<c r=\"C3\" t=\"str\"><f>A3&amp;\"x\"</f><v>Duitslandx</v></c>"
                     "<c r=\"D3\" t=\"e\"><v>#N/A</v></c></row>"
                     "<row r=\"4\"><c r=\"A4\" s=\"2\"/></row>"
                     "<row r=\"7\"><c r=\"D7\"><v>7</v></c></row>");
        const QByteArray sheet2 = sheetXml("<row r=\"1\"><c r=\"A1\" t=\"s\"><v>3</v></c></row>");
        return {{"[Content_Types].xml", contentTypes()}, {"_rels/.rels", rootRels()},
                {"xl/workbook.xml", workbook(sheets)},   {"xl/_rels/workbook.xml.rels", workbookRels(sheets, true)},
                {"xl/sharedStrings.xml", shared},        {"xl/worksheets/sheet1.xml", sheet1},
                {"xl/worksheets/sheet2.xml", sheet2}};
    }

    void expectRefused(const QString &path, const QString &fragment, const XlsxReader::Limits &limits = {},
                       int sheet = 0)
    {
        XlsxReader reader(path, limits);
        bool ok = reader.open();
        if (ok) {
            std::vector<XlsxRow> rows;
            ok = reader.readSheet(sheet, rows);
        }
        QVERIFY(!ok);
        QVERIFY(reader.hasError());
        QVERIFY2(reader.error().message.contains(fragment), qPrintable(reader.error().toString()));
    }

private slots:
    void initTestCase() { QVERIFY(mDir.isValid()); }

    void columnLetters()
    {
        QCOMPARE(XlsxReader::columnIndex(u"A"), 1);
        QCOMPARE(XlsxReader::columnIndex(u"Z"), 26);
        QCOMPARE(XlsxReader::columnIndex(u"AA"), 27);
        QCOMPARE(XlsxReader::columnIndex(u"az"), 52);
        QCOMPARE(XlsxReader::columnIndex(u"XFD"), 16384);
        QCOMPARE(XlsxReader::columnIndex(u"XFE"), 0);
        QCOMPARE(XlsxReader::columnIndex(u"AAAA"), 0);
        QCOMPARE(XlsxReader::columnIndex(u""), 0);
        QCOMPARE(XlsxReader::columnIndex(u"A1"), 0);
        int col = 0;
        qint64 row = 0;
        QVERIFY(XlsxReader::parseCellReference(u"AB12", col, row));
        QCOMPARE(col, 28);
        QCOMPARE(row, 12);
        QVERIFY(XlsxReader::parseCellReference(u"C", col, row));
        QCOMPARE(row, 0);
        QVERIFY(!XlsxReader::parseCellReference(u"12", col, row));
        QVERIFY(!XlsxReader::parseCellReference(u"A0", col, row));
        QVERIFY(!XlsxReader::parseCellReference(u"A1x", col, row));
    }

    void sharedStringsExcelStyle()
    {
        XlsxReader reader(fixture(excelLike()));
        QVERIFY2(reader.open(), qPrintable(reader.error().toString()));
        QCOMPARE(reader.sheetNames(), (QStringList{"Toelichting", "Tabel 1"}));

        std::vector<XlsxRow> rows;
        QVERIFY(reader.readSheet(1, rows));
        QCOMPARE(rows.size(), size_t(5));
        QCOMPARE(rows[0].row, 1);
        QCOMPARE(rows[0].cell(1).text, QStringLiteral("Land"));
        QCOMPARE(rows[0].cell(2).text, QStringLiteral("Waarde"));

        QCOMPARE(rows[1].cell(1).text, QStringLiteral("België ")); // xml:space kept
        QCOMPARE(rows[1].cell(2).kind, XlsxCell::Kind::Number);
        QCOMPARE(rows[1].cell(2).number, 1234.5);
        QCOMPARE(rows[1].cell(3).kind, XlsxCell::Kind::Boolean);
        QCOMPARE(rows[1].cell(3).number, 1.0);

        QCOMPARE(rows[2].cell(1).text, QStringLiteral("Duitsland")); // runs joined, no phonetic
        QCOMPARE(rows[2].cell(2).number, -0.0025);
        QCOMPARE(rows[2].cell(3).kind, XlsxCell::Kind::Text);
        QCOMPARE(rows[2].cell(3).text, QStringLiteral("Duitslandx"));
        QCOMPARE(rows[2].cell(4).kind, XlsxCell::Kind::Error);
        QCOMPARE(rows[2].cell(4).text, QStringLiteral("#N/A"));

        QCOMPARE(rows[3].row, 4); // styled empty cell: row present, no cells
        QCOMPARE(rows[3].columnCount(), 0);

        QCOMPARE(rows[4].row, 7); // rows 5-6 absent, D7 keeps its column
        QCOMPARE(rows[4].columnCount(), 4);
        QVERIFY(rows[4].cell(1).isEmpty());
        QCOMPARE(rows[4].cell(4).number, 7.0);
        QVERIFY(rows[4].cell(99).isEmpty());

        QVERIFY(reader.readSheet(0, rows));
        QCOMPARE(rows.size(), size_t(1));
        QCOMPARE(rows[0].cell(1).text, QStringLiteral("Toelichting & bron"));

        QVERIFY(reader.openSheet(QStringLiteral("Tabel 1")));
        XlsxRow row;
        QVERIFY(reader.readRow(row));
        QCOMPARE(row.row, 1);
    }

    void inlineStringsOpenpyxlStyle()
    {
        // openpyxl/pandas style: inline strings, no sharedStrings part, no dimension/spans.
        const QByteArray sheet = kXmlDecl + "<worksheet xmlns=\"" + kMainNs +
                                 "\"><sheetData>"
                                 "<row r=\"1\"><c r=\"A1\" t=\"inlineStr\"><is><t>Land</t></is></c>"
                                 "<c r=\"B1\" t=\"inlineStr\"><is><t>Invoer</t></is></c></row>"
                                 "<row r=\"2\"><c r=\"A2\" t=\"inlineStr\"><is><r><t>Cura</t></r><r><t>\xC3\xA7"
                                 "ao</t></r></is></c><c r=\"B2\" t=\"n\"><v>42</v></c></row>"
                                 "<row r=\"3\"><c r=\"A3\" t=\"inlineStr\"><is><t></t></is></c>"
                                 "<c r=\"B3\" t=\"inlineStr\"><is><t>x</t></is></c></row>"
                                 "</sheetData></worksheet>";
        XlsxReader reader(fixture(singleSheet(sheet)));
        QVERIFY2(reader.open(), qPrintable(reader.error().toString()));
        std::vector<XlsxRow> rows;
        QVERIFY2(reader.readSheet(0, rows), qPrintable(reader.error().toString()));
        QCOMPARE(rows.size(), size_t(3));
        QCOMPARE(rows[0].cell(2).text, QStringLiteral("Invoer"));
        QCOMPARE(rows[1].cell(1).text, QStringLiteral("Curaçao"));
        QCOMPARE(rows[1].cell(2).number, 42.0);
        QVERIFY(rows[2].cell(1).isEmpty());                  // empty inline string reads as empty
        QCOMPARE(rows[2].cell(2).text, QStringLiteral("x")); // CBS symbol stays text
    }

    void libreOfficeOmittedReferences()
    {
        const QByteArray sheet =
            sheetXml("<row><c t=\"inlineStr\"><is><t>Land</t></is></c><c><v>1</v></c><c><v>2</v></c></row>"
                     "<row><c><v>10</v></c><c r=\"C2\"><v>30</v></c><c><v>40</v></c></row>"
                     "<row r=\"5\"><c r=\"B5\"><v>5</v></c></row>"
                     "<row><c><v>6</v></c></row>");
        XlsxReader reader(fixture(singleSheet(sheet)));
        QVERIFY(reader.open());
        std::vector<XlsxRow> rows;
        QVERIFY2(reader.readSheet(0, rows), qPrintable(reader.error().toString()));
        QCOMPARE(rows.size(), size_t(4));
        QCOMPARE(rows[0].row, 1);
        QCOMPARE(rows[0].columnCount(), 3);
        QCOMPARE(rows[0].cell(3).number, 2.0);
        QCOMPARE(rows[1].row, 2);
        QCOMPARE(rows[1].cell(1).number, 10.0);
        QVERIFY(rows[1].cell(2).isEmpty());
        QCOMPARE(rows[1].cell(4).number, 40.0); // follows the explicit C2
        QCOMPARE(rows[2].row, 5);
        QCOMPARE(rows[3].row, 6); // follows the explicit row 5
        QCOMPARE(rows[3].cell(1).number, 6.0);
    }

    void badSharedStringIndexIsPositioned()
    {
        const QByteArray shared = kXmlDecl + "<sst xmlns=\"" + kMainNs + "\"><si><t>a</t></si></sst>";
        const QByteArray sheet = sheetXml("<row r=\"3\"><c r=\"B3\" t=\"s\"><v>5</v></c></row>");
        XlsxReader reader(fixture(singleSheet(sheet, shared)));
        QVERIFY(reader.open());
        std::vector<XlsxRow> rows;
        QVERIFY(!reader.readSheet(0, rows));
        QVERIFY(!reader.isCancelled());
        QCOMPARE(reader.error().row, 3);
        QCOMPARE(reader.error().column, 2);
        QVERIFY(reader.error().message.contains(QStringLiteral("gedeelde tekst 5")));
        QVERIFY(reader.error().toString().contains(QStringLiteral("regel 3, kolom 2: blad 'Tabel'")));
    }

    void zipBombByRatio()
    {
        // 8 MiB of blanks deflates to a few KiB: a ratio no spreadsheet reaches.
        Entries entries = singleSheet(sheetXml(""));
        entries[4].second = kXmlDecl + "<worksheet>" + QByteArray(8 << 20, ' ') + "</worksheet>";
        expectRefused(fixture(entries), QStringLiteral("compressieverhouding"));
    }

    void zipBombByDeclaredSize()
    {
        XlsxReader::Limits small;
        small.maxEntryBytes = 1 << 20;
        small.maxCompressionRatio = 1e9; // isolate the size check
        Entries entries = singleSheet(sheetXml(""));
        entries[4].second = kXmlDecl + "<worksheet>" + QByteArray(2 << 20, ' ') + "</worksheet>";
        expectRefused(fixture(entries), QStringLiteral("meer dan toegestaan"), small);
    }

    void zipBombWithLyingHeaders()
    {
        // Declared sizes claim 100 bytes while 2 MiB would inflate: must fail, never balloon.
        Entries entries = singleSheet(sheetXml(""));
        const QByteArray real =
            kXmlDecl + "<worksheet><sheetData>" + QByteArray(2 << 20, ' ') + "</sheetData></worksheet>";
        entries[4].second = real;
        QByteArray zip;
        {
            QFile f(fixture(entries));
            QVERIFY(f.open(QIODevice::ReadOnly));
            zip = f.readAll();
        }
        int patched = 0;
        const QByteArray name = "xl/worksheets/sheet1.xml";
        for (qsizetype at = zip.indexOf(name); at >= 0; at = zip.indexOf(name, at + 1)) {
            // Local header: name at +30, size at +22; central header: name at +46, size at +24.
            for (auto [nameOff, sizeOff] : {std::pair{30, 22}, std::pair{46, 24}}) {
                const qsizetype hdr = at - nameOff;
                if (hdr >= 0 && getLe32(zip, hdr + sizeOff) == quint32(real.size())) {
                    putLe32(zip, hdr + sizeOff, 100);
                    ++patched;
                }
            }
        }
        QVERIFY(patched >= 1);
        XlsxReader reader(rawFile(zip));
        std::vector<XlsxRow> rows;
        QVERIFY(!(reader.open() && reader.readSheet(0, rows)));
        // minizip stops at the declared size, so the XML ends early; the byte counter is the
        // second line of defence should it ever not.
        QVERIFY2(reader.error().message.contains(QStringLiteral("onvolledig")) ||
                     reader.error().message.contains(QStringLiteral("zip-bom")),
                 qPrintable(reader.error().toString()));
    }

    void billionLaughsRefused()
    {
        const QByteArray lol = "<?xml version=\"1.0\"?>\n<!DOCTYPE lolz [\n<!ENTITY lol \"lol\">\n"
                               "<!ENTITY lol2 \"&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;\">\n"
                               "<!ENTITY lol3 \"&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;\">\n"
                               "<!ENTITY lol4 \"&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;\">\n"
                               "]>\n<worksheet xmlns=\"" +
                               kMainNs +
                               "\"><sheetData><row r=\"1\"><c r=\"A1\" "
                               "t=\"inlineStr\"><is><t>&lol4;</t></is></c></row></sheetData></worksheet>";
        expectRefused(fixture(singleSheet(lol)), QStringLiteral("XLSX bevat een DTD; geweigerd"));

        // Also in the workbook part, which is read by open() itself.
        Entries entries = singleSheet(sheetXml(""));
        entries[2].second = "<?xml version=\"1.0\"?><!DOCTYPE workbook [<!ENTITY e \"x\">]>"
                            "<workbook/>";
        XlsxReader reader(fixture(entries));
        QVERIFY(!reader.open());
        QCOMPARE(reader.error().message, QStringLiteral("XLSX bevat een DTD; geweigerd"));
    }

    void notAZip()
    {
        expectRefused(rawFile("Land;Waarde\nDuitsland;1,5\n"), QStringLiteral("geen XLSX-bestand (geen zip-archief)"));
        expectRefused(rawFile(QByteArray("\xD0\xCF\x11\xE0\xA1\xB1\x1A\xE1", 8) + QByteArray(512, 0)),
                      QStringLiteral("xls"));
        expectRefused(rawFile(QByteArray()), QStringLiteral("leeg"));
        expectRefused(mDir.filePath(QStringLiteral("bestaat-niet.xlsx")), QStringLiteral("kan niet worden geopend"));
    }

    void truncatedZip()
    {
        QFile f(fixture(excelLike()));
        QVERIFY(f.open(QIODevice::ReadOnly));
        const QByteArray full = f.readAll();
        f.close();
        expectRefused(rawFile(full.left(full.size() * 6 / 10)), QStringLiteral("beschadigd of onvolledig"));
    }

    void missingWorkbookPart()
    {
        Entries entries = singleSheet(sheetXml(""));
        entries.removeAt(2);
        expectRefused(fixture(entries), QStringLiteral("xl/workbook.xml"));
    }

    void malformedSheetXml()
    {
        const QByteArray bad = kXmlDecl + "<worksheet><sheetData><row r=\"1\"><c><v>1</c></row>";
        expectRefused(fixture(singleSheet(bad)), QStringLiteral("XML"));
    }

    void columnBeyondExcelLimit()
    {
        const QByteArray sheet = sheetXml("<row r=\"1\"><c r=\"XFD1\"><v>1</v></c><c><v>2</v></c></row>");
        expectRefused(fixture(singleSheet(sheet)), QStringLiteral("kolommen"));
    }

    // Issue 14 item 7 (found by UBSan): a 20-digit row number overflowed a signed integer
    // while it was read. It must be refused as an invalid row number, without overflow.
    void rowNumberOverflowIsRefused()
    {
        const QByteArray sheet = sheetXml("<row r=\"99999999999999999999\"><c><v>1</v></c></row>");
        expectRefused(fixture(singleSheet(sheet)), QStringLiteral("ongeldig rijnummer '99999999999999999999'"));
        const QByteArray cell = sheetXml("<row r=\"1\"><c r=\"A99999999999999999999\"><v>1</v></c></row>");
        expectRefused(fixture(singleSheet(cell)), QStringLiteral("ongeldige celverwijzing"));
    }

    // The one parse path reads what other writers produce: prefixed names (Strict OOXML, some
    // generators), comments, processing instructions, CDATA, character references, CRLF.
    void otherWritersXml()
    {
        const QByteArray sheet = kXmlDecl + "<!-- generated --><x:worksheet xmlns:x=\"" + kMainNs +
                                 "\"><x:sheetData><?pi ignored?>"
                                 "<x:row r=\"1\"><x:c r=\"A1\" "
                                 "t=\"inlineStr\"><x:is><x:t><![CDATA[a<b]]>&#233;&#xE9;&amp;</x:t></x:is></x:c>"
                                 "<x:c r=\"B1\" t=\"inlineStr\"><x:is><x:t>r1\r\nr2</x:t></x:is></x:c>"
                                 "<x:c r=\"C1\"><x:v> 12.5 </x:v></x:c></x:row>"
                                 "</x:sheetData></x:worksheet>";
        XlsxReader reader(fixture(singleSheet(sheet)));
        QVERIFY2(reader.open(), qPrintable(reader.error().toString()));
        std::vector<XlsxRow> rows;
        QVERIFY2(reader.readSheet(0, rows), qPrintable(reader.error().toString()));
        QCOMPARE(rows.size(), size_t(1));
        QCOMPARE(rows[0].cell(1).text, QStringLiteral("a<béé&"));
        QCOMPARE(rows[0].cell(2).text, QStringLiteral("r1\nr2"));
        QCOMPARE(rows[0].cell(3).number, 12.5);
    }

    void invalidUtf8AndUnknownEntityRefused()
    {
        expectRefused(fixture(singleSheet(sheetXml("<row r=\"1\"><c t=\"inlineStr\"><is><t>\xff</t></is></c></row>"))),
                      QStringLiteral("UTF-8"));
        expectRefused(fixture(singleSheet(sheetXml("<row r=\"1\"><c t=\"inlineStr\"><is><t>&foo;</t></is></c></row>"))),
                      QStringLiteral("onbekende entiteit (&foo;)"));
        expectRefused(fixture(singleSheet(sheetXml("<row r=\"1\"><c><v>1</v></c></rij>"))), QStringLiteral("XML"));
    }

    void cancel()
    {
        QByteArray rows;
        for (int r = 1; r <= 20000; ++r)
            rows += "<row r=\"" + QByteArray::number(r) + "\"><c><v>" + QByteArray::number(r) + "</v></c></row>";
        XlsxReader reader(fixture(singleSheet(sheetXml(rows))));
        QVERIFY(reader.open());
        std::atomic_bool flag{false};
        reader.setCancelFlag(&flag);
        QVERIFY(reader.openSheet(0));
        XlsxRow row;
        int n = 0;
        while (reader.readRow(row))
            if (++n == 10)
                flag = true;
        QVERIFY(n < 20000);
        QVERIFY(reader.isCancelled());
        QVERIFY(reader.error().message.contains(QStringLiteral("afgebroken")));
    }
};

QTEST_GUILESS_MAIN(TestXlsxReader)
#include "test_xlsxreader.moc"
