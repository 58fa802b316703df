#include "export/odtwriter.h"

#include "export/odtstyles.h"
#include "export/savefile.h"
#include "export/xmlout.h"
#include "export/zipwriter.h"

namespace herkomst {

namespace {

QString cm(double value)
{
    return QString::number(value, 'f', 3) + QStringLiteral("cm");
}

// Paragraph text; a line break in the text becomes <text:line-break/>.
void paragraph(XmlOut &x, const char *element, const char *style, const QString &text, int outlineLevel = 0)
{
    x.start(element);
    x.attr("text:style-name", style);
    if (outlineLevel > 0)
        x.attr("text:outline-level", qint64(outlineLevel));
    const QStringList lines = text.split(QLatin1Char('\n'));
    for (qsizetype i = 0; i < lines.size(); ++i) {
        if (i > 0)
            x.leaf("text:line-break");
        x.text(lines[i]);
    }
    x.end();
}

void automaticStyles(XmlOut &x, const ReportDocument &doc)
{
    x.start("office:automatic-styles");
    int tables = 0;
    for (const ReportBlock &block : doc.blocks) {
        if (block.kind != ReportBlock::Kind::Table)
            continue;
        const ReportTable &t = block.table;
        const QString name = QStringLiteral("Tabel%1").arg(++tables);
        x.start("style:style");
        x.attr("style:name", name);
        x.attr("style:family", "table");
        x.leaf("style:table-properties", {{"style:width", cm(ReportPage::textWidthCm)}, {"table:align", "margins"}});
        x.end();
        const std::vector<double> widths = t.columnWidthsCm(ReportPage::textWidthCm);
        for (size_t c = 0; c < t.columns.size(); ++c) {
            x.start("style:style");
            x.attr("style:name", name + QStringLiteral(".C%1").arg(c + 1));
            x.attr("style:family", "table-column");
            x.leaf("style:table-column-properties", {{"style:column-width", cm(widths[c])}});
            x.end();
        }
    }
    // Rows never split across pages.
    x.start("style:style");
    x.attr("style:name", "Row");
    x.attr("style:family", "table-row");
    x.leaf("style:table-row-properties", {{"fo:keep-together", "always"}});
    x.end();
    for (const bool header : {true, false}) {
        x.start("style:style");
        x.attr("style:name", header ? "HeaderCell" : "Cell");
        x.attr("style:family", "table-cell");
        x.start("style:table-cell-properties");
        x.attr("fo:padding-top", "0.04cm");
        x.attr("fo:padding-bottom", "0.04cm");
        x.attr("fo:padding-left", "0.12cm");
        x.attr("fo:padding-right", "0.12cm");
        x.attr("fo:border", "0.5pt solid #a6a6a6");
        if (header)
            x.attr("fo:background-color", "#154273");
        x.end();
        x.end();
    }
    for (const bool header : {true, false}) {
        x.start("style:style");
        x.attr("style:name", header ? "HeaderNumber" : "Number");
        x.attr("style:family", "paragraph");
        x.attr("style:parent-style-name", header ? "Table_20_Heading" : "Table_20_Contents");
        x.leaf("style:paragraph-properties", {{"fo:text-align", "end"}});
        x.end();
    }
    x.start("style:style");
    x.attr("style:name", "FigureFrame");
    x.attr("style:family", "graphic");
    x.leaf("style:graphic-properties", {{"style:vertical-pos", "top"},
                                        {"style:vertical-rel", "baseline"},
                                        {"fo:border", "none"},
                                        {"fo:padding", "0cm"}});
    x.end();
    x.end();
}

void row(XmlOut &x, const ReportTable &t, const QStringList &cells, bool header)
{
    x.start("table:table-row");
    x.attr("table:style-name", "Row");
    for (size_t c = 0; c < t.columns.size(); ++c) {
        const bool numeric = t.columns[c].numeric;
        x.start("table:table-cell");
        x.attr("table:style-name", header ? "HeaderCell" : "Cell");
        x.attr("office:value-type", "string");
        const char *style =
            header ? (numeric ? "HeaderNumber" : "Table_20_Heading") : (numeric ? "Number" : "Table_20_Contents");
        paragraph(x, "text:p", style, int(c) < cells.size() ? cells[int(c)] : QString());
        x.end();
    }
    x.end();
}

void table(XmlOut &x, const ReportTable &t, int index)
{
    if (!t.caption.isEmpty())
        paragraph(x, "text:p", "Caption_20_Title", t.caption);
    const QString name = QStringLiteral("Tabel%1").arg(index);
    x.start("table:table");
    x.attr("table:name", name);
    x.attr("table:style-name", name);
    for (size_t c = 0; c < t.columns.size(); ++c) {
        x.leaf("table:table-column", {{"table:style-name", name + QStringLiteral(".C%1").arg(c + 1)}});
    }
    x.start("table:table-header-rows"); // repeated on every page
    QStringList headers;
    for (const ReportColumn &c : t.columns)
        headers << c.header;
    row(x, t, headers, true);
    x.end();
    for (const QStringList &cells : t.rows)
        row(x, t, cells, false);
    x.end();
    if (!t.note.isEmpty())
        paragraph(x, "text:p", "Caption", t.note);
}

void figure(XmlOut &x, const ReportFigure &f, int index)
{
    if (!f.title.isEmpty())
        paragraph(x, "text:p", "Caption_20_Title", f.title);
    x.start("text:p");
    x.attr("text:style-name", "Figure");
    x.start("draw:frame");
    x.attr("draw:style-name", "FigureFrame");
    x.attr("draw:name", QStringLiteral("Figuur%1").arg(index));
    x.attr("text:anchor-type", "as-char");
    x.attr("svg:width", cm(f.placedWidthCm(ReportPage::textWidthCm)));
    x.attr("svg:height", cm(f.placedHeightCm(ReportPage::textWidthCm)));
    x.attr("draw:z-index", "0");
    x.leaf("draw:image", {{"xlink:href", QStringLiteral("Pictures/figuur%1.png").arg(index)},
                          {"xlink:type", "simple"},
                          {"xlink:show", "embed"},
                          {"xlink:actuate", "onLoad"},
                          {"draw:mime-type", "image/png"}});
    x.start("svg:desc");
    x.text(f.altText.isEmpty() ? f.title : f.altText);
    x.end();
    x.end();
    x.end();
    if (!f.caption.isEmpty())
        paragraph(x, "text:p", "Caption", f.caption);
}

void list(XmlOut &x, const ReportBlock &block)
{
    x.start("text:list");
    x.attr("text:style-name", block.kind == ReportBlock::Kind::NumberedList ? "Numbering_20_123" : "List_20_1");
    for (const QString &item : block.items) {
        x.start("text:list-item");
        paragraph(x, "text:p", "Text_20_body", item);
        x.end();
    }
    x.end();
}

QByteArray contentXml(const ReportDocument &doc)
{
    XmlOut x;
    x.start("office:document-content");
    odt::declareNamespaces(x);
    automaticStyles(x, doc);
    x.start("office:body");
    x.start("office:text");
    int tables = 0;
    int figures = 0;
    for (const ReportBlock &block : doc.blocks) {
        switch (block.kind) {
        case ReportBlock::Kind::Heading:
            paragraph(x, "text:h", block.level <= 1 ? "Heading_20_1" : "Heading_20_2", block.text, block.level);
            break;
        case ReportBlock::Kind::Paragraph:
            paragraph(x, "text:p",
                      block.style == ParagraphStyle::Warning ? "Warning"
                      : block.style == ParagraphStyle::Note  ? "Note"
                                                             : "Text_20_body",
                      block.text);
            break;
        case ReportBlock::Kind::NumberedList:
        case ReportBlock::Kind::BulletList:
            list(x, block);
            break;
        case ReportBlock::Kind::Table:
            table(x, block.table, ++tables);
            break;
        case ReportBlock::Kind::Figure:
            figure(x, block.figure, ++figures);
            break;
        }
    }
    x.end();
    x.end();
    x.end();
    return x.finish();
}

} // namespace

QByteArray odtBytes(const ReportDocument &document, QString *error)
{
    ZipWriter zip;
    // ODF: "mimetype" first and stored, so a reader knows the type from the first bytes.
    zip.add(QStringLiteral("mimetype"), QByteArrayLiteral("application/vnd.oasis.opendocument.text"),
            ZipWriter::Compression::Store);
    zip.add(QStringLiteral("content.xml"), contentXml(document));
    zip.add(QStringLiteral("styles.xml"), odt::stylesXml(document));
    zip.add(QStringLiteral("meta.xml"), odt::metaXml(document));
    int figures = 0;
    for (const ReportBlock &block : document.blocks) {
        if (block.kind == ReportBlock::Kind::Figure)
            zip.add(QStringLiteral("Pictures/figuur%1.png").arg(++figures), block.figure.png,
                    ZipWriter::Compression::Store);
    }
    zip.add(QStringLiteral("META-INF/manifest.xml"), odt::manifestXml(figures));
    return zip.finish(error);
}

bool writeOdt(const ReportDocument &document, const QString &path, QString *error)
{
    const QByteArray bytes = odtBytes(document, error);
    return !bytes.isEmpty() && saveFile(path, bytes, error);
}

} // namespace herkomst
