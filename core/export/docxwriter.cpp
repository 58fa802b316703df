#include "export/docxwriter.h"

#include "export/docxpackage.h"
#include "export/savefile.h"
#include "export/xmlout.h"
#include "export/zipwriter.h"

#include <cmath>

namespace herkomst {

namespace {

constexpr double kTwipsPerCm = 1440.0 / 2.54;
constexpr qint64 kEmuPerCm = 360000;
const char *const kAccent = "A90061"; // warnings
const char *const kTitle = "1A1A1A";  // table and figure titles, darker than their captions
const char *const kR = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";

using docx::kHeaderFill;

qint64 twips(double cm)
{
    return qint64(std::lround(cm * kTwipsPerCm));
}

qint64 emu(double cm)
{
    return qint64(std::llround(cm * double(kEmuPerCm)));
}

QString number(qint64 n)
{
    return QString::number(n);
}

// A run of text; line breaks in the text become <w:br/>.
void run(XmlOut &x, const QString &text, bool bold = false, const char *colour = nullptr)
{
    x.start("w:r");
    if (bold || colour) {
        x.start("w:rPr");
        if (bold)
            x.leaf("w:b");
        if (colour)
            x.leaf("w:color", "w:val", QLatin1String(colour));
        x.end();
    }
    const QStringList lines = text.split(QLatin1Char('\n'));
    for (qsizetype i = 0; i < lines.size(); ++i) {
        if (i > 0)
            x.leaf("w:br");
        x.start("w:t");
        x.attr("xml:space", "preserve");
        x.text(lines[i]);
        x.end();
    }
    x.end();
}

struct ParagraphFormat {
    const char *style = nullptr;
    bool keepNext = false;
    bool right = false;
    int numId = 0; // list numbering, 0 for none
};

void startParagraph(XmlOut &x, const ParagraphFormat &format)
{
    x.start("w:p");
    if (!format.style && !format.keepNext && !format.right && format.numId == 0)
        return;
    x.start("w:pPr");
    if (format.style)
        x.leaf("w:pStyle", "w:val", QLatin1String(format.style));
    if (format.keepNext)
        x.leaf("w:keepNext");
    if (format.numId > 0) {
        x.start("w:numPr");
        x.leaf("w:ilvl", "w:val", QStringLiteral("0"));
        x.leaf("w:numId", "w:val", number(format.numId));
        x.end();
    }
    if (format.right)
        x.leaf("w:jc", "w:val", QStringLiteral("right"));
    x.end();
}

void paragraph(XmlOut &x, const QString &text, const ParagraphFormat &format, bool bold = false,
               const char *colour = nullptr)
{
    startParagraph(x, format);
    run(x, text, bold, colour);
    x.end();
}

void tableCell(XmlOut &x, const QString &text, qint64 width, bool numeric, bool header)
{
    x.start("w:tc");
    x.start("w:tcPr");
    x.leaf("w:tcW", {{"w:w", width}, {"w:type", "dxa"}});
    if (header) {
        x.leaf("w:shd", {{"w:val", "clear"}, {"w:color", "auto"}, {"w:fill", kHeaderFill}});
    }
    x.end();
    ParagraphFormat format;
    format.style = "TableText";
    format.right = numeric;
    paragraph(x, text, format, header, header ? "FFFFFF" : nullptr);
    x.end();
}

void table(XmlOut &x, const ReportTable &t)
{
    if (!t.caption.isEmpty())
        paragraph(x, t.caption, {"Caption", true, false, 0}, true, kTitle);
    const qint64 total = twips(ReportPage::textWidthCm);
    std::vector<qint64> widths;
    for (double cm : t.columnWidthsCm(ReportPage::textWidthCm))
        widths.push_back(qint64(std::floor(cm * kTwipsPerCm)));

    x.start("w:tbl");
    x.start("w:tblPr");
    x.leaf("w:tblStyle", "w:val", QStringLiteral("TableGrid"));
    x.leaf("w:tblW", {{"w:w", total}, {"w:type", "dxa"}});
    x.leaf("w:tblLayout", "w:type", QStringLiteral("fixed"));
    x.leaf("w:tblLook", {{"w:val", "04A0"},
                         {"w:firstRow", "1"},
                         {"w:lastRow", "0"},
                         {"w:firstColumn", "0"},
                         {"w:lastColumn", "0"},
                         {"w:noHBand", "1"},
                         {"w:noVBand", "1"}});
    x.end();
    x.start("w:tblGrid");
    for (qint64 w : widths)
        x.leaf("w:gridCol", "w:w", number(w));
    x.end();

    // Header row: repeats on each page; no row is split across a page break.
    x.start("w:tr");
    x.start("w:trPr");
    x.leaf("w:cantSplit");
    x.leaf("w:tblHeader");
    x.end();
    for (size_t c = 0; c < t.columns.size(); ++c)
        tableCell(x, t.columns[c].header, widths[c], t.columns[c].numeric, true);
    x.end();
    for (const QStringList &row : t.rows) {
        x.start("w:tr");
        x.start("w:trPr");
        x.leaf("w:cantSplit");
        x.end();
        for (size_t c = 0; c < t.columns.size(); ++c)
            tableCell(x, int(c) < row.size() ? row[int(c)] : QString(), widths[c], t.columns[c].numeric, false);
        x.end();
    }
    x.end();
    if (!t.note.isEmpty())
        paragraph(x, t.note, {"Caption", false, false, 0});
}

void figure(XmlOut &x, const ReportFigure &f, int index)
{
    if (!f.title.isEmpty())
        paragraph(x, f.title, {"Caption", true, false, 0}, true, kTitle);
    const qint64 cx = emu(f.placedWidthCm(ReportPage::textWidthCm));
    const qint64 cy = emu(f.placedHeightCm(ReportPage::textWidthCm));
    startParagraph(x, {"Figure", true, false, 0});
    x.start("w:r");
    x.start("w:drawing");
    x.start("wp:inline");
    for (const char *side : {"distT", "distB", "distL", "distR"})
        x.attr(side, "0");
    x.leaf("wp:extent", {{"cx", cx}, {"cy", cy}});
    x.leaf("wp:docPr", {{"id", qint64(index)},
                        {"name", QStringLiteral("Figuur %1").arg(index)},
                        {"descr", f.altText.isEmpty() ? f.title : f.altText}});
    x.start("wp:cNvGraphicFramePr");
    x.leaf("a:graphicFrameLocks",
           {{"xmlns:a", "http://schemas.openxmlformats.org/drawingml/2006/main"}, {"noChangeAspect", "1"}});
    x.end();
    x.start("a:graphic");
    x.attr("xmlns:a", "http://schemas.openxmlformats.org/drawingml/2006/main");
    x.start("a:graphicData");
    x.attr("uri", "http://schemas.openxmlformats.org/drawingml/2006/picture");
    x.start("pic:pic");
    x.attr("xmlns:pic", "http://schemas.openxmlformats.org/drawingml/2006/picture");
    x.start("pic:nvPicPr");
    x.leaf("pic:cNvPr", {{"id", qint64(index)}, {"name", QStringLiteral("figuur%1.png").arg(index)}});
    x.leaf("pic:cNvPicPr");
    x.end();
    x.start("pic:blipFill");
    x.leaf("a:blip", "r:embed", QStringLiteral("rIdImage%1").arg(index));
    x.start("a:stretch");
    x.leaf("a:fillRect");
    x.end();
    x.end();
    x.start("pic:spPr");
    x.start("a:xfrm");
    x.leaf("a:off", {{"x", "0"}, {"y", "0"}});
    x.leaf("a:ext", {{"cx", cx}, {"cy", cy}});
    x.end();
    x.start("a:prstGeom");
    x.attr("prst", "rect");
    x.leaf("a:avLst");
    x.end();
    x.end();
    x.end(); // pic:pic
    x.end(); // a:graphicData
    x.end(); // a:graphic
    x.end(); // wp:inline
    x.end(); // w:drawing
    x.end(); // w:r
    x.end(); // w:p
    if (!f.caption.isEmpty())
        paragraph(x, f.caption, {"Caption", false, false, 0});
}

QByteArray documentXml(const ReportDocument &doc)
{
    XmlOut x;
    x.start("w:document");
    x.attr("xmlns:w", docx::kWordNamespace);
    x.attr("xmlns:r", kR);
    x.attr("xmlns:wp", "http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing");
    x.start("w:body");
    int figures = 0;
    int lists = 0;
    for (const ReportBlock &block : doc.blocks) {
        switch (block.kind) {
        case ReportBlock::Kind::Heading:
            paragraph(x, block.text, {block.level <= 1 ? "Heading1" : "Heading2", true, false, 0});
            break;
        case ReportBlock::Kind::Paragraph:
            if (block.style == ParagraphStyle::Warning)
                paragraph(x, block.text, {}, true, kAccent);
            else
                paragraph(x, block.text, {block.style == ParagraphStyle::Note ? "Caption" : nullptr, false, false, 0});
            break;
        case ReportBlock::Kind::NumberedList:
        case ReportBlock::Kind::BulletList:
            ++lists;
            for (const QString &item : block.items)
                paragraph(x, item, {"ListParagraph", false, false, lists});
            break;
        case ReportBlock::Kind::Table:
            table(x, block.table);
            break;
        case ReportBlock::Kind::Figure:
            figure(x, block.figure, ++figures);
            break;
        }
    }
    x.start("w:sectPr");
    x.leaf("w:footerReference", {{"w:type", "default"}, {"r:id", "rIdFooter"}});
    x.leaf("w:pgSz", {{"w:w", twips(ReportPage::widthCm)}, {"w:h", twips(ReportPage::heightCm)}});
    x.leaf("w:pgMar", {{"w:top", twips(ReportPage::topCm)},
                       {"w:right", twips(ReportPage::rightCm)},
                       {"w:bottom", twips(ReportPage::bottomCm)},
                       {"w:left", twips(ReportPage::leftCm)},
                       {"w:header", twips(ReportPage::footerCm)},
                       {"w:footer", twips(ReportPage::footerCm)},
                       {"w:gutter", "0"}});
    x.end();
    x.end(); // body
    x.end(); // document
    return x.finish();
}

} // namespace

QByteArray docxBytes(const ReportDocument &document, QString *error)
{
    using namespace docx;
    ZipWriter zip;
    zip.add(QStringLiteral("[Content_Types].xml"), contentTypesXml());
    zip.add(QStringLiteral("_rels/.rels"), packageRelsXml());
    zip.add(QStringLiteral("docProps/core.xml"), corePropertiesXml(document));
    zip.add(QStringLiteral("docProps/app.xml"), appPropertiesXml());
    zip.add(QStringLiteral("word/document.xml"), documentXml(document));
    zip.add(QStringLiteral("word/styles.xml"), stylesXml(document));
    zip.add(QStringLiteral("word/settings.xml"), settingsXml());
    zip.add(QStringLiteral("word/numbering.xml"), numberingXml(document));
    zip.add(QStringLiteral("word/fontTable.xml"), fontTableXml());
    zip.add(QStringLiteral("word/footer1.xml"), footerXml());
    int figures = 0;
    for (const ReportBlock &block : document.blocks) {
        if (block.kind == ReportBlock::Kind::Figure) // PNG is compressed already
            zip.add(QStringLiteral("word/media/figuur%1.png").arg(++figures), block.figure.png,
                    ZipWriter::Compression::Store);
    }
    zip.add(QStringLiteral("word/_rels/document.xml.rels"), documentRelsXml(figures));
    return zip.finish(error);
}

bool writeDocx(const ReportDocument &document, const QString &path, QString *error)
{
    const QByteArray bytes = docxBytes(document, error);
    return !bytes.isEmpty() && saveFile(path, bytes, error);
}

} // namespace herkomst
