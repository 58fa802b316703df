#include "export/odtstyles.h"

#include "export/xmlout.h"

namespace herkomst::odt {

namespace {

const char *const kHeaderFill = "#154273"; // Rijkshuisstijl donkerblauw
const char *const kMuted = "#535353";
const char *const kAccent = "#a90061";
const char *const kFont = "RijksoverheidSansText";

struct ParagraphStyle {
    const char *name;
    const char *displayName;
    const char *parent;
    const char *fontSize;
    bool bold;
    const char *colour;
    const char *marginTop;
    const char *marginBottom;
    int outlineLevel; // 0: none
    bool keepWithNext;
    const char *align; // nullptr: start
};

void paragraphStyle(XmlOut &x, const ParagraphStyle &s)
{
    x.start("style:style");
    x.attr("style:name", s.name);
    if (s.displayName)
        x.attr("style:display-name", s.displayName);
    x.attr("style:family", "paragraph");
    if (s.parent)
        x.attr("style:parent-style-name", s.parent);
    if (s.outlineLevel > 0) {
        x.attr("style:next-style-name", "Text_20_body");
        x.attr("style:default-outline-level", qint64(s.outlineLevel));
    }
    x.start("style:paragraph-properties");
    if (s.marginTop)
        x.attr("fo:margin-top", s.marginTop);
    if (s.marginBottom)
        x.attr("fo:margin-bottom", s.marginBottom);
    if (s.keepWithNext)
        x.attr("fo:keep-with-next", "always");
    if (s.align)
        x.attr("fo:text-align", s.align);
    x.end();
    x.start("style:text-properties");
    if (s.fontSize)
        x.attr("fo:font-size", s.fontSize);
    if (s.bold)
        x.attr("fo:font-weight", "bold");
    if (s.colour)
        x.attr("fo:color", s.colour);
    x.end();
    x.end();
}

void listStyle(XmlOut &x, const char *name, const char *displayName, bool numbered)
{
    x.start("text:list-style");
    x.attr("style:name", name);
    x.attr("style:display-name", displayName);
    x.start(numbered ? "text:list-level-style-number" : "text:list-level-style-bullet");
    x.attr("text:level", "1");
    if (numbered) {
        x.attr("style:num-suffix", ".");
        x.attr("style:num-format", "1");
    } else {
        x.attr("text:bullet-char", QStringLiteral("•"));
    }
    x.start("style:list-level-properties");
    x.attr("text:list-level-position-and-space-mode", "label-alignment");
    x.leaf("style:list-level-label-alignment", {{"text:label-followed-by", "listtab"},
                                                {"text:list-tab-stop-position", "0.75cm"},
                                                {"fo:text-indent", "-0.75cm"},
                                                {"fo:margin-left", "0.75cm"}});
    x.end();
    x.end();
    x.end();
}

QString cm(double value)
{
    return QString::number(value, 'f', 2) + QStringLiteral("cm");
}

} // namespace

void declareNamespaces(XmlOut &x)
{
    x.attr("xmlns:office", "urn:oasis:names:tc:opendocument:xmlns:office:1.0");
    x.attr("xmlns:style", "urn:oasis:names:tc:opendocument:xmlns:style:1.0");
    x.attr("xmlns:text", "urn:oasis:names:tc:opendocument:xmlns:text:1.0");
    x.attr("xmlns:table", "urn:oasis:names:tc:opendocument:xmlns:table:1.0");
    x.attr("xmlns:draw", "urn:oasis:names:tc:opendocument:xmlns:drawing:1.0");
    x.attr("xmlns:fo", "urn:oasis:names:tc:opendocument:xmlns:xsl-fo-compatible:1.0");
    x.attr("xmlns:xlink", "http://www.w3.org/1999/xlink");
    x.attr("xmlns:svg", "urn:oasis:names:tc:opendocument:xmlns:svg-compatible:1.0");
    x.attr("xmlns:meta", "urn:oasis:names:tc:opendocument:xmlns:meta:1.0");
    x.attr("xmlns:dc", "http://purl.org/dc/elements/1.1/");
    x.attr("office:version", "1.3");
}

QByteArray stylesXml(const ReportDocument &document)
{
    XmlOut x;
    x.start("office:document-styles");
    declareNamespaces(x);

    x.start("office:font-face-decls");
    x.leaf("style:font-face", {{"style:name", kFont},
                               {"svg:font-family", kFont},
                               {"style:font-family-generic", "swiss"},
                               {"style:font-pitch", "variable"}});
    x.end();

    x.start("office:styles");
    x.start("style:default-style");
    x.attr("style:family", "paragraph");
    x.leaf("style:paragraph-properties", {{"fo:line-height", "115%"}});
    x.start("style:text-properties");
    x.attr("style:font-name", kFont);
    x.attr("fo:font-size", "9.5pt");
    const QString language = document.language.section(QLatin1Char('-'), 0, 0);
    const QString country = document.language.section(QLatin1Char('-'), 1, 1);
    x.attr("fo:language", language);
    x.attr("fo:country", country);
    x.end();
    x.end();

    const ParagraphStyle styles[] = {
        {"Standard", nullptr, nullptr, nullptr, false, nullptr, nullptr, nullptr, 0, false, nullptr},
        {"Text_20_body", "Text body", "Standard", nullptr, false, nullptr, "0cm", "0.21cm", 0, false, nullptr},
        {"Heading", nullptr, "Standard", nullptr, true, kHeaderFill, "0.42cm", "0.21cm", 0, true, nullptr},
        {"Heading_20_1", "Heading 1", "Heading", "14pt", true, kHeaderFill, "0.6cm", "0.25cm", 1, true, nullptr},
        {"Heading_20_2", "Heading 2", "Heading", "11pt", true, kHeaderFill, "0.42cm", "0.18cm", 2, true, nullptr},
        {"Caption", nullptr, "Standard", "8pt", false, kMuted, "0.1cm", "0.3cm", 0, false, nullptr},
        {"Caption_20_Title", "Caption Title", "Caption", "8.5pt", true, "#1a1a1a", "0.2cm", "0.12cm", 0, true, nullptr},
        {"Figure", nullptr, "Standard", nullptr, false, nullptr, "0cm", "0.1cm", 0, true, nullptr},
        {"Warning", nullptr, "Text_20_body", nullptr, true, kAccent, nullptr, nullptr, 0, false, nullptr},
        {"Note", nullptr, "Caption", nullptr, false, nullptr, nullptr, nullptr, 0, false, nullptr},
        {"Table_20_Contents", "Table Contents", "Standard", "8.5pt", false, nullptr, "0cm", "0cm", 0, false, nullptr},
        {"Table_20_Heading", "Table Heading", "Table_20_Contents", nullptr, true, "#ffffff", nullptr, nullptr, 0, false,
         nullptr},
        {"Footer", nullptr, "Standard", "8pt", false, kMuted, nullptr, nullptr, 0, false, "center"},
    };
    for (const ParagraphStyle &s : styles)
        paragraphStyle(x, s);
    listStyle(x, "Numbering_20_123", "Numbering 123", true);
    listStyle(x, "List_20_1", "List 1", false);
    x.end(); // office:styles

    x.start("office:automatic-styles");
    x.start("style:page-layout");
    x.attr("style:name", "A4");
    x.start("style:page-layout-properties");
    x.attr("fo:page-width", cm(ReportPage::widthCm));
    x.attr("fo:page-height", cm(ReportPage::heightCm));
    x.attr("style:print-orientation", "portrait");
    x.attr("fo:margin-top", cm(ReportPage::topCm));
    x.attr("fo:margin-left", cm(ReportPage::leftCm));
    x.attr("fo:margin-right", cm(ReportPage::rightCm));
    // The footer sits inside the bottom margin: the body ends where the other writers end it.
    x.attr("fo:margin-bottom", cm(ReportPage::footerCm - 0.4));
    x.end();
    x.start("style:footer-style");
    x.leaf("style:header-footer-properties",
           {{"fo:min-height", cm(ReportPage::bottomCm - ReportPage::footerCm)}, {"fo:margin-top", "0.4cm"}});
    x.end();
    x.end();
    x.end(); // automatic styles

    x.start("office:master-styles");
    x.start("style:master-page");
    x.attr("style:name", "Standard");
    x.attr("style:page-layout-name", "A4");
    x.start("style:footer");
    x.start("text:p");
    x.attr("text:style-name", "Footer");
    x.start("text:page-number");
    x.attr("text:select-page", "current");
    x.text(QStringLiteral("1"));
    x.end();
    x.end();
    x.end();
    x.end();
    x.end();
    x.end();
    return x.finish();
}

QByteArray metaXml(const ReportDocument &document)
{
    XmlOut x;
    x.start("office:document-meta");
    declareNamespaces(x);
    x.start("office:meta");
    x.start("meta:generator");
    x.text(QStringLiteral("Herkomst"));
    x.end();
    x.start("dc:title");
    x.text(document.title);
    x.end();
    x.start("dc:language");
    x.text(document.language);
    x.end();
    x.end();
    x.end();
    return x.finish();
}

QByteArray manifestXml(int figures)
{
    XmlOut x;
    x.start("manifest:manifest");
    x.attr("xmlns:manifest", "urn:oasis:names:tc:opendocument:xmlns:manifest:1.0");
    x.attr("manifest:version", "1.3");
    const auto entry = [&x](const QString &path, const char *type) {
        x.start("manifest:file-entry");
        x.attr("manifest:full-path", path);
        if (path == QLatin1String("/"))
            x.attr("manifest:version", "1.3");
        x.attr("manifest:media-type", type);
        x.end();
    };
    entry(QStringLiteral("/"), "application/vnd.oasis.opendocument.text");
    entry(QStringLiteral("content.xml"), "text/xml");
    entry(QStringLiteral("styles.xml"), "text/xml");
    entry(QStringLiteral("meta.xml"), "text/xml");
    for (int i = 1; i <= figures; ++i)
        entry(QStringLiteral("Pictures/figuur%1.png").arg(i), "image/png");
    x.end();
    return x.finish();
}

} // namespace herkomst::odt
