#include "export/docxpackage.h"

#include "export/xmlout.h"

#include <QDateTime>

namespace herkomst::docx {

const char *const kWordNamespace = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";
const char *const kHeaderFill = "154273";
const char *const kMuted = "535353";

namespace {

const char *const kRelationships = "http://schemas.openxmlformats.org/package/2006/relationships";
const char *const kOfficeRel = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/";

QString number(qint64 n)
{
    return QString::number(n);
}

void relationship(XmlOut &x, const QString &id, const char *type, const QString &target)
{
    x.leaf("Relationship", {{"Id", id}, {"Type", QLatin1String(kOfficeRel) + QLatin1String(type)}, {"Target", target}});
}

void runProperties(XmlOut &x, int halfPoints, bool bold, const char *colour)
{
    x.start("w:rPr");
    if (bold)
        x.leaf("w:b");
    if (colour)
        x.leaf("w:color", "w:val", QLatin1String(colour));
    x.leaf("w:sz", "w:val", number(halfPoints));
    x.leaf("w:szCs", "w:val", number(halfPoints));
    x.end();
}

struct StyleSpec {
    const char *id;
    const char *name; // Word's own (English, lower case) name of a built-in style
    int halfPoints;
    bool bold;
    const char *colour;
    int spaceBefore; // twips
    int spaceAfter;
    int outline; // -1: none
    bool keepNext;
};

} // namespace

// Numbering definitions: one numbered and one bulleted pattern, one instance per list so each
// numbered list starts at 1.
QByteArray numberingXml(const ReportDocument &doc)
{
    XmlOut x;
    x.start("w:numbering");
    x.attr("xmlns:w", kWordNamespace);
    for (int abstract = 0; abstract < 2; ++abstract) {
        x.start("w:abstractNum");
        x.attr("w:abstractNumId", qint64(abstract));
        x.leaf("w:multiLevelType", "w:val", QStringLiteral("singleLevel"));
        x.start("w:lvl");
        x.attr("w:ilvl", "0");
        x.leaf("w:start", "w:val", QStringLiteral("1"));
        x.leaf("w:numFmt", "w:val", abstract == 0 ? QStringLiteral("decimal") : QStringLiteral("bullet"));
        x.leaf("w:lvlText", "w:val", abstract == 0 ? QStringLiteral("%1.") : QStringLiteral("•"));
        x.leaf("w:lvlJc", "w:val", QStringLiteral("left"));
        x.start("w:pPr");
        x.leaf("w:ind", {{"w:left", "425"}, {"w:hanging", "425"}});
        x.end();
        x.end();
        x.end();
    }
    int list = 0;
    for (const ReportBlock &block : doc.blocks) {
        if (block.kind != ReportBlock::Kind::NumberedList && block.kind != ReportBlock::Kind::BulletList)
            continue;
        x.start("w:num");
        x.attr("w:numId", qint64(++list));
        x.leaf("w:abstractNumId", "w:val",
               block.kind == ReportBlock::Kind::NumberedList ? QStringLiteral("0") : QStringLiteral("1"));
        x.start("w:lvlOverride");
        x.attr("w:ilvl", "0");
        x.leaf("w:startOverride", "w:val", QStringLiteral("1"));
        x.end();
        x.end();
    }
    x.end();
    return x.finish();
}

QByteArray stylesXml(const ReportDocument &doc)
{
    XmlOut x;
    x.start("w:styles");
    x.attr("xmlns:w", kWordNamespace);
    x.start("w:docDefaults");
    x.start("w:rPrDefault");
    x.start("w:rPr");
    x.start("w:rFonts");
    for (const char *script : {"w:ascii", "w:hAnsi", "w:cs", "w:eastAsia"})
        x.attr(script, "RijksoverheidSansText");
    x.end();
    x.leaf("w:sz", "w:val", QStringLiteral("19"));
    x.leaf("w:szCs", "w:val", QStringLiteral("19"));
    x.leaf("w:lang", {{"w:val", doc.language}});
    x.end();
    x.end();
    x.start("w:pPrDefault");
    x.start("w:pPr");
    x.leaf("w:spacing", {{"w:after", "120"}, {"w:line", "264"}, {"w:lineRule", "auto"}});
    x.end();
    x.end();
    x.end();

    const StyleSpec paragraphs[] = {
        {"Normal", "Normal", 19, false, nullptr, 0, 120, -1, false},
        {"Heading1", "heading 1", 28, true, kHeaderFill, 360, 160, 0, true},
        {"Heading2", "heading 2", 22, true, kHeaderFill, 240, 120, 1, true},
        {"Caption", "caption", 16, false, kMuted, 60, 160, -1, false},
        {"ListParagraph", "List Paragraph", 19, false, nullptr, 0, 60, -1, false},
        {"TableText", "Table Text", 17, false, nullptr, 0, 0, -1, false},
        {"Figure", "Figure", 19, false, nullptr, 0, 60, -1, true},
    };
    for (const StyleSpec &s : paragraphs) {
        x.start("w:style");
        x.attr("w:type", "paragraph");
        x.attr("w:styleId", s.id);
        if (QLatin1String(s.id) == QLatin1String("Normal"))
            x.attr("w:default", "1");
        x.leaf("w:name", "w:val", QLatin1String(s.name));
        if (QLatin1String(s.id) != QLatin1String("Normal")) {
            x.leaf("w:basedOn", "w:val", QStringLiteral("Normal"));
            x.leaf("w:next", "w:val", QStringLiteral("Normal"));
        }
        x.leaf("w:qFormat");
        x.start("w:pPr");
        if (s.keepNext)
            x.leaf("w:keepNext");
        x.leaf("w:spacing", {{"w:before", qint64(s.spaceBefore)}, {"w:after", qint64(s.spaceAfter)}});
        if (s.outline >= 0)
            x.leaf("w:outlineLvl", "w:val", number(s.outline));
        x.end();
        runProperties(x, s.halfPoints, s.bold, s.colour);
        x.end();
    }
    // Table Grid: thin grey lines and small cell margins.
    x.start("w:style");
    x.attr("w:type", "table");
    x.attr("w:styleId", "TableGrid");
    x.leaf("w:name", "w:val", QStringLiteral("Table Grid"));
    x.start("w:tblPr");
    x.start("w:tblBorders");
    for (const char *side : {"w:top", "w:left", "w:bottom", "w:right", "w:insideH", "w:insideV"})
        x.leaf(side, {{"w:val", "single"}, {"w:sz", "4"}, {"w:space", "0"}, {"w:color", "A6A6A6"}});
    x.end();
    x.start("w:tblCellMar");
    for (const auto &[side, width] :
         {std::pair("w:top", "28"), std::pair("w:bottom", "28"), std::pair("w:left", "85"), std::pair("w:right", "85")})
        x.leaf(side, {{"w:w", width}, {"w:type", "dxa"}});
    x.end();
    x.end();
    x.end();
    x.end();
    return x.finish();
}

QByteArray footerXml()
{
    XmlOut x;
    x.start("w:ftr");
    x.attr("xmlns:w", kWordNamespace);
    x.start("w:p");
    x.start("w:pPr");
    x.leaf("w:jc", "w:val", QStringLiteral("center"));
    x.end();
    x.start("w:fldSimple");
    x.attr("w:instr", " PAGE ");
    x.start("w:r");
    x.start("w:t");
    x.text(QStringLiteral("1"));
    x.end();
    x.end();
    x.end();
    x.end();
    x.end();
    return x.finish();
}

QByteArray settingsXml()
{
    XmlOut x;
    x.start("w:settings");
    x.attr("xmlns:w", kWordNamespace);
    x.leaf("w:defaultTabStop", "w:val", QStringLiteral("708"));
    x.start("w:compat");
    x.leaf("w:compatSetting",
           {{"w:name", "compatibilityMode"}, {"w:uri", "http://schemas.microsoft.com/office/word"}, {"w:val", "15"}});
    x.end();
    x.end();
    return x.finish();
}

QByteArray fontTableXml()
{
    // Where the Rijksoverheid font is missing, Word substitutes a font of the same family.
    XmlOut x;
    x.start("w:fonts");
    x.attr("xmlns:w", kWordNamespace);
    x.start("w:font");
    x.attr("w:name", "RijksoverheidSansText");
    x.leaf("w:altName", "w:val", QStringLiteral("Arial"));
    x.leaf("w:family", "w:val", QStringLiteral("swiss"));
    x.leaf("w:pitch", "w:val", QStringLiteral("variable"));
    x.end();
    x.end();
    return x.finish();
}

QByteArray documentRelsXml(int figures)
{
    XmlOut x;
    x.start("Relationships");
    x.attr("xmlns", kRelationships);
    relationship(x, QStringLiteral("rIdStyles"), "styles", QStringLiteral("styles.xml"));
    relationship(x, QStringLiteral("rIdSettings"), "settings", QStringLiteral("settings.xml"));
    relationship(x, QStringLiteral("rIdNumbering"), "numbering", QStringLiteral("numbering.xml"));
    relationship(x, QStringLiteral("rIdFonts"), "fontTable", QStringLiteral("fontTable.xml"));
    relationship(x, QStringLiteral("rIdFooter"), "footer", QStringLiteral("footer1.xml"));
    for (int i = 1; i <= figures; ++i)
        relationship(x, QStringLiteral("rIdImage%1").arg(i), "image", QStringLiteral("media/figuur%1.png").arg(i));
    x.end();
    return x.finish();
}

QByteArray packageRelsXml()
{
    XmlOut x;
    x.start("Relationships");
    x.attr("xmlns", kRelationships);
    relationship(x, QStringLiteral("rIdDocument"), "officeDocument", QStringLiteral("word/document.xml"));
    x.leaf("Relationship",
           {{"Id", "rIdCore"},
            {"Type", "http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties"},
            {"Target", "docProps/core.xml"}});
    relationship(x, QStringLiteral("rIdApp"), "extended-properties", QStringLiteral("docProps/app.xml"));
    x.end();
    return x.finish();
}

QByteArray contentTypesXml()
{
    XmlOut x;
    x.start("Types");
    x.attr("xmlns", "http://schemas.openxmlformats.org/package/2006/content-types");
    const std::pair<const char *, const char *> defaults[] = {
        {"rels", "application/vnd.openxmlformats-package.relationships+xml"},
        {"xml", "application/xml"},
        {"png", "image/png"}};
    for (const auto &[extension, type] : defaults) {
        x.leaf("Default", {{"Extension", extension}, {"ContentType", type}});
    }
    const char *const wml = "application/vnd.openxmlformats-officedocument.wordprocessingml.";
    const std::pair<const char *, const char *> overrides[] = {
        {"/word/document.xml", "document.main+xml"}, {"/word/styles.xml", "styles+xml"},
        {"/word/settings.xml", "settings+xml"},      {"/word/numbering.xml", "numbering+xml"},
        {"/word/fontTable.xml", "fontTable+xml"},    {"/word/footer1.xml", "footer+xml"}};
    for (const auto &[part, type] : overrides) {
        x.leaf("Override", {{"PartName", part}, {"ContentType", QLatin1String(wml) + QLatin1String(type)}});
    }
    x.leaf("Override", {{"PartName", "/docProps/core.xml"},
                        {"ContentType", "application/vnd.openxmlformats-package.core-properties+xml"}});
    x.leaf("Override", {{"PartName", "/docProps/app.xml"},
                        {"ContentType", "application/vnd.openxmlformats-officedocument.extended-properties+xml"}});
    x.end();
    return x.finish();
}

QByteArray corePropertiesXml(const ReportDocument &doc)
{
    XmlOut x;
    x.start("cp:coreProperties");
    x.attr("xmlns:cp", "http://schemas.openxmlformats.org/package/2006/metadata/core-properties");
    x.attr("xmlns:dc", "http://purl.org/dc/elements/1.1/");
    x.attr("xmlns:dcterms", "http://purl.org/dc/terms/");
    x.attr("xmlns:xsi", "http://www.w3.org/2001/XMLSchema-instance");
    x.start("dc:title");
    x.text(doc.title);
    x.end();
    x.start("dc:creator");
    x.text(QStringLiteral("Herkomst"));
    x.end();
    x.start("dc:language");
    x.text(doc.language);
    x.end();
    x.start("dcterms:created");
    x.attr("xsi:type", "dcterms:W3CDTF");
    x.text(QDateTime::currentDateTimeUtc().toString(Qt::ISODate));
    x.end();
    x.end();
    return x.finish();
}

QByteArray appPropertiesXml()
{
    XmlOut x;
    x.start("Properties");
    x.attr("xmlns", "http://schemas.openxmlformats.org/officeDocument/2006/extended-properties");
    x.start("Application");
    x.text(QStringLiteral("Herkomst"));
    x.end();
    x.end();
    return x.finish();
}

} // namespace herkomst::docx
