#include "export/portablesvg.h"

#include "charts/chartstyle.h"

#include <QFontInfo>
#include <QFontMetricsF>
#include <QHash>
#include <QImage>
#include <QPainterPath>
#include <QRegularExpression>
#include <QTransform>
#include <QXmlStreamReader>
#include <QXmlStreamWriter>

#include <cmath>
#include <vector>

namespace herkomst::ui {

namespace {

constexpr double kSameEdge = 0.6; // logical pixels within which two edges count as one

// One <text> of Qt's output, with where it really is on the drawing.
struct SvgText {
    QFont font;
    QString content;
    QTransform transform; // of the enclosing groups
    double x = 0.0, y = 0.0;
    double width = 0.0;      // in the text's own units
    double left = 0.0;       // on the drawing
    double right = 0.0;      // on the drawing
    bool axisAligned = true; // no rotation or shear: anchoring applies
    enum class Anchor { Start, Middle, End } anchor = Anchor::Start;
};

// The device Qt's SVG writer measures on: 96 dpi, so pixel sizes mean the same.
const QPaintDevice &measuringDevice()
{
    static const QImage device = [] {
        QImage image(1, 1, QImage::Format_ARGB32);
        image.setDotsPerMeterX(qRound(96 / 0.0254));
        image.setDotsPerMeterY(qRound(96 / 0.0254));
        return image;
    }();
    return device;
}

QFont fontOf(const QXmlStreamAttributes &a)
{
    QFont font = ChartStyle::labelFont(); // the house family list as fallbacks
    const QString family = a.value(QStringLiteral("font-family")).toString();
    QStringList families = font.families();
    if (!family.isEmpty() && family != families.value(0))
        families.prepend(family);
    font.setFamilies(families);
    const double size = a.value(QStringLiteral("font-size")).toDouble();
    if (size > 0 && std::abs(size - std::round(size)) < 1e-6)
        font.setPixelSize(int(std::round(size)));
    else if (size > 0)
        font.setPointSizeF(size * 72.0 / 96.0);
    const int weight = a.value(QStringLiteral("font-weight")).toInt();
    font.setWeight(weight > 0 ? QFont::Weight(std::clamp(weight, 100, 900)) : QFont::Normal);
    font.setItalic(a.value(QStringLiteral("font-style")) == QLatin1String("italic"));
    return font;
}

QTransform parseTransform(const QString &text)
{
    static const QRegularExpression matrix(QStringLiteral("matrix\\(([^)]*)\\)"));
    const QRegularExpressionMatch m = matrix.match(text);
    if (!m.hasMatch())
        return {};
    const QStringList v = m.captured(1).split(QRegularExpression(QStringLiteral("[ ,]+")), Qt::SkipEmptyParts);
    if (v.size() != 6)
        return {};
    return QTransform(v[0].toDouble(), v[1].toDouble(), v[2].toDouble(), v[3].toDouble(), v[4].toDouble(),
                      v[5].toDouble());
}

// Every <text> with its font, place and width, in document order.
std::vector<SvgText> collectTexts(const QByteArray &svg)
{
    std::vector<SvgText> texts;
    std::vector<QTransform> stack{QTransform()};
    QXmlStreamReader xml(svg);
    while (!xml.atEnd()) {
        xml.readNext();
        if (xml.isStartElement()) {
            const QXmlStreamAttributes a = xml.attributes();
            QTransform t = stack.back();
            if (a.hasAttribute(QStringLiteral("transform")))
                t = parseTransform(a.value(QStringLiteral("transform")).toString()) * t;
            if (xml.name() == QLatin1String("text")) {
                SvgText text;
                text.font = fontOf(a);
                text.transform = t;
                text.x = a.value(QStringLiteral("x")).toDouble();
                text.y = a.value(QStringLiteral("y")).toDouble();
                text.content = xml.readElementText(QXmlStreamReader::IncludeChildElements);
                text.width = QFontMetricsF(text.font, &measuringDevice()).horizontalAdvance(text.content);
                text.axisAligned = t.isAffine() && std::abs(t.m12()) < 1e-9 && std::abs(t.m21()) < 1e-9 && t.m11() > 0;
                text.left = t.map(QPointF(text.x, text.y)).x();
                text.right = t.map(QPointF(text.x + text.width, text.y)).x();
                texts.push_back(text);
                continue; // readElementText consumed the end element
            }
            stack.push_back(t);
        } else if (xml.isEndElement()) {
            if (stack.size() > 1)
                stack.pop_back();
        }
    }
    return texts;
}

qint64 edgeKey(double x)
{
    return qint64(std::llround(x / kSameEdge));
}

// Texts that share an edge with others of other widths were aligned on that edge.
void chooseAnchors(std::vector<SvgText> &texts)
{
    QHash<qint64, QList<size_t>> lefts, rights, centres;
    for (size_t i = 0; i < texts.size(); ++i) {
        if (!texts[i].axisAligned || texts[i].content.trimmed().isEmpty())
            continue;
        lefts[edgeKey(texts[i].left)] << i;
        rights[edgeKey(texts[i].right)] << i;
        centres[edgeKey((texts[i].left + texts[i].right) / 2.0)] << i;
    }
    // A group aligns on an edge when its members differ in width (equal texts align on every edge).
    const auto aligned = [&texts](const QList<size_t> &group) {
        for (size_t i : group) {
            if (std::abs(texts[i].width - texts[group.front()].width) > kSameEdge)
                return true;
        }
        return false;
    };
    for (size_t i = 0; i < texts.size(); ++i) {
        SvgText &t = texts[i];
        if (!t.axisAligned)
            continue;
        // Lines of one wrapped caption also share their left edge; "start" is also the fallback.
        if (aligned(lefts.value(edgeKey(t.left))))
            t.anchor = SvgText::Anchor::Start;
        else if (aligned(rights.value(edgeKey(t.right))))
            t.anchor = SvgText::Anchor::End;
        else if (aligned(centres.value(edgeKey((t.left + t.right) / 2.0))))
            t.anchor = SvgText::Anchor::Middle;
    }
}

// The font list a renderer tries in turn: what Qt measured with, the house fonts, then generic.
QString fontList(const QFont &font)
{
    QStringList families{QFontInfo(font).family()};
    for (const QString &family : font.families()) {
        if (!families.contains(family))
            families << family;
    }
    QStringList quoted;
    for (const QString &family : families)
        quoted << (family.contains(QLatin1Char(' ')) ? QLatin1Char('\'') + family + QLatin1Char('\'') : family);
    return quoted.join(QStringLiteral(", ")) + QStringLiteral(", sans-serif");
}

QString number(double v)
{
    return QString::number(v, 'g', 8);
}

QString pathData(const QPainterPath &path)
{
    QString d;
    for (int i = 0; i < path.elementCount(); ++i) {
        const QPainterPath::Element e = path.elementAt(i);
        switch (e.type) {
        case QPainterPath::MoveToElement:
            d += QStringLiteral("M%1 %2").arg(number(e.x), number(e.y));
            break;
        case QPainterPath::LineToElement:
            d += QStringLiteral("L%1 %2").arg(number(e.x), number(e.y));
            break;
        case QPainterPath::CurveToElement: {
            const QPainterPath::Element c2 = path.elementAt(i + 1);
            const QPainterPath::Element end = path.elementAt(i + 2);
            d += QStringLiteral("C%1 %2 %3 %4 %5 %6")
                     .arg(number(e.x), number(e.y), number(c2.x), number(c2.y), number(end.x), number(end.y));
            i += 2;
            break;
        }
        case QPainterPath::CurveToDataElement:
            break;
        }
    }
    return d;
}

void writeText(QXmlStreamWriter &out, const QXmlStreamAttributes &attributes, const SvgText &text)
{
    out.writeStartElement(QStringLiteral("text"));
    double x = text.x;
    const char *anchor = "start";
    if (text.anchor == SvgText::Anchor::End) {
        x += text.width;
        anchor = "end";
    } else if (text.anchor == SvgText::Anchor::Middle) {
        x += text.width / 2.0;
        anchor = "middle";
    }
    for (const QXmlStreamAttribute &a : attributes) {
        if (a.qualifiedName() == QLatin1String("x"))
            out.writeAttribute(QStringLiteral("x"), number(x));
        else if (a.qualifiedName() == QLatin1String("font-family"))
            out.writeAttribute(QStringLiteral("font-family"), fontList(text.font));
        else if (a.qualifiedName() != QLatin1String("text-anchor"))
            out.writeAttribute(a);
    }
    out.writeAttribute(QStringLiteral("text-anchor"), QLatin1String(anchor));
    out.writeCharacters(text.content);
    out.writeEndElement();
}

void writePath(QXmlStreamWriter &out, const QXmlStreamAttributes &attributes, const SvgText &text)
{
    QPainterPath path;
    path.setFillRule(Qt::WindingFill);
    path.addText(QPointF(text.x, text.y), text.font, text.content);
    out.writeStartElement(QStringLiteral("path"));
    for (const char *kept : {"fill", "fill-opacity"}) {
        if (attributes.hasAttribute(QLatin1String(kept)))
            out.writeAttribute(QLatin1String(kept), attributes.value(QLatin1String(kept)).toString());
    }
    out.writeAttribute(QStringLiteral("stroke"), QStringLiteral("none"));
    out.writeAttribute(QStringLiteral("fill-rule"), QStringLiteral("nonzero"));
    out.writeAttribute(QStringLiteral("d"), pathData(path));
    out.writeStartElement(QStringLiteral("title")); // the words stay with the shapes, for screen readers
    out.writeCharacters(text.content);
    out.writeEndElement();
    out.writeEndElement();
}

} // namespace

QByteArray portableSvg(const QByteArray &qtSvg, SvgTextMode mode)
{
    std::vector<SvgText> texts = collectTexts(qtSvg);
    chooseAnchors(texts);

    QByteArray result;
    QXmlStreamWriter out(&result);
    QXmlStreamReader xml(qtSvg);
    // Names as written: the copy keeps "svg" and its xmlns attribute instead of inventing prefixes.
    xml.setNamespaceProcessing(false);
    size_t next = 0;
    while (!xml.atEnd()) {
        xml.readNext();
        if (xml.isStartElement() && xml.name() == QLatin1String("text") && next < texts.size()) {
            const QXmlStreamAttributes attributes = xml.attributes();
            xml.readElementText(QXmlStreamReader::IncludeChildElements);
            if (mode == SvgTextMode::Paths)
                writePath(out, attributes, texts[next]);
            else
                writeText(out, attributes, texts[next]);
            ++next;
            continue;
        }
        if (xml.isStartElement() && xml.attributes().hasAttribute(QStringLiteral("font-family"))) {
            // Groups carry the font too; give them the same generic fallback.
            out.writeStartElement(xml.qualifiedName().toString());
            const QXmlStreamAttributes attributes = xml.attributes();
            for (const QXmlStreamAttribute &a : attributes) {
                if (a.qualifiedName() == QLatin1String("font-family"))
                    out.writeAttribute(QStringLiteral("font-family"), fontList(fontOf(attributes)));
                else
                    out.writeAttribute(a);
            }
            continue;
        }
        out.writeCurrentToken(xml);
    }
    return xml.hasError() ? qtSvg : result;
}

} // namespace herkomst::ui
