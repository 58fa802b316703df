#include "pdftext.h"

#include <QHash>
#include <QMap>
#include <QRegularExpression>

namespace herkomst::test {

namespace {

struct PdfObject {
    QByteArray dictionary;
    QByteArray stream;
};

QByteArray inflate(const QByteArray &data)
{
    // qUncompress wants a 4-byte big-endian size hint first; it grows when the hint is short.
    QByteArray withHint(4, '\0');
    const quint32 hint = quint32(data.size()) * 8 + 1024;
    withHint[0] = char(hint >> 24);
    withHint[1] = char(hint >> 16);
    withHint[2] = char(hint >> 8);
    withHint[3] = char(hint);
    return qUncompress(withHint + data);
}

QMap<int, PdfObject> objects(const QByteArray &pdf)
{
    QMap<int, PdfObject> result;
    static const QRegularExpression start(QStringLiteral("(\\d+)\\s+0\\s+obj"));
    const QString latin = QString::fromLatin1(pdf);
    auto it = start.globalMatch(latin);
    while (it.hasNext()) {
        const QRegularExpressionMatch m = it.next();
        const qsizetype begin = m.capturedEnd();
        const qsizetype end = pdf.indexOf("endobj", begin);
        if (end < 0)
            break;
        const QByteArray body = pdf.mid(begin, end - begin);
        PdfObject object;
        const qsizetype streamAt = body.indexOf("stream");
        if (streamAt >= 0 && !body.mid(streamAt - 3, 3).contains("end")) {
            object.dictionary = body.left(streamAt);
            qsizetype dataStart = streamAt + 6;
            if (body.mid(dataStart, 2) == "\r\n")
                dataStart += 2;
            else if (body.at(dataStart) == '\n')
                ++dataStart;
            qsizetype dataEnd = body.lastIndexOf("endstream");
            QByteArray data = body.mid(dataStart, dataEnd - dataStart);
            // Exactly the one end-of-line before "endstream": compressed data may itself end in a
            // newline byte, and cutting that too made the stream undecodable.
            if (data.endsWith("\r\n"))
                data.chop(2);
            else if (data.endsWith('\n') || data.endsWith('\r'))
                data.chop(1);
            object.stream = object.dictionary.contains("/FlateDecode") ? inflate(data) : data;
        } else {
            object.dictionary = body;
        }
        result.insert(m.captured(1).toInt(), object);
    }
    return result;
}

QString utf16(const QByteArray &hex)
{
    const QByteArray bytes = QByteArray::fromHex(hex);
    QString text;
    for (qsizetype i = 0; i + 1 < bytes.size(); i += 2)
        text += QChar(char16_t((uchar(bytes[i]) << 8) | uchar(bytes[i + 1])));
    return text;
}

QHash<uint, QString> toUnicode(const QByteArray &cmap)
{
    QHash<uint, QString> map;
    static const QRegularExpression charBlock(QStringLiteral("beginbfchar(.*?)endbfchar"),
                                              QRegularExpression::DotMatchesEverythingOption);
    static const QRegularExpression pair(QStringLiteral("<([0-9A-Fa-f]+)>\\s*<([0-9A-Fa-f]+)>"));
    const QString text = QString::fromLatin1(cmap);
    for (auto blocks = charBlock.globalMatch(text); blocks.hasNext();) {
        const QString block = blocks.next().captured(1);
        for (auto pairs = pair.globalMatch(block); pairs.hasNext();) {
            const QRegularExpressionMatch m = pairs.next();
            map.insert(m.captured(1).toUInt(nullptr, 16), utf16(m.captured(2).toLatin1()));
        }
    }
    static const QRegularExpression rangeBlock(QStringLiteral("beginbfrange(.*?)endbfrange"),
                                               QRegularExpression::DotMatchesEverythingOption);
    static const QRegularExpression range(
        QStringLiteral("<([0-9A-Fa-f]+)>\\s*<([0-9A-Fa-f]+)>\\s*(?:<([0-9A-Fa-f]+)>|\\[([^\\]]*)\\])"));
    static const QRegularExpression hex(QStringLiteral("<([0-9A-Fa-f]+)>"));
    for (auto blocks = rangeBlock.globalMatch(text); blocks.hasNext();) {
        const QString block = blocks.next().captured(1);
        for (auto ranges = range.globalMatch(block); ranges.hasNext();) {
            const QRegularExpressionMatch m = ranges.next();
            const uint lo = m.captured(1).toUInt(nullptr, 16);
            const uint hi = m.captured(2).toUInt(nullptr, 16);
            if (!m.captured(3).isEmpty()) {
                QString first = utf16(m.captured(3).toLatin1());
                for (uint code = lo; code <= hi && !first.isEmpty(); ++code) {
                    map.insert(code, first);
                    first[first.size() - 1] = QChar(char16_t(first.back().unicode() + 1));
                }
            } else {
                uint code = lo;
                for (auto items = hex.globalMatch(m.captured(4)); items.hasNext() && code <= hi; ++code)
                    map.insert(code, utf16(items.next().captured(1).toLatin1()));
            }
        }
    }
    return map;
}

} // namespace

QString pdfText(const QByteArray &pdf)
{
    const QMap<int, PdfObject> all = objects(pdf);
    // Font resource names ("/F7") to their ToUnicode maps.
    QHash<QString, QHash<uint, QString>> fonts;
    static const QRegularExpression fontRef(QStringLiteral("/(F\\d+)\\s+(\\d+)\\s+0\\s+R"));
    static const QRegularExpression unicodeRef(QStringLiteral("/ToUnicode\\s+(\\d+)\\s+0\\s+R"));
    for (const PdfObject &object : all) {
        for (auto refs = fontRef.globalMatch(QString::fromLatin1(object.dictionary)); refs.hasNext();) {
            const QRegularExpressionMatch ref = refs.next();
            const PdfObject font = all.value(ref.captured(2).toInt());
            const QRegularExpressionMatch unicode = unicodeRef.match(QString::fromLatin1(font.dictionary));
            if (unicode.hasMatch())
                fonts.insert(ref.captured(1), toUnicode(all.value(unicode.captured(1).toInt()).stream));
        }
    }
    QString text;
    static const QRegularExpression token(QStringLiteral("/(F\\d+)\\s+[-\\d.]+\\s+Tf|<([0-9A-Fa-f]+)>\\s*Tj"));
    for (const PdfObject &object : all) {
        if (!object.stream.contains("Tj"))
            continue;
        const QHash<uint, QString> *font = nullptr;
        for (auto tokens = token.globalMatch(QString::fromLatin1(object.stream)); tokens.hasNext();) {
            const QRegularExpressionMatch m = tokens.next();
            if (!m.captured(1).isEmpty()) {
                auto found = fonts.constFind(m.captured(1));
                font = found == fonts.constEnd() ? nullptr : &found.value();
                continue;
            }
            const QString glyphs = m.captured(2);
            for (qsizetype i = 0; font && i + 3 < glyphs.size(); i += 4)
                text += font->value(glyphs.mid(i, 4).toUInt(nullptr, 16));
        }
        text += QLatin1Char('\n');
    }
    return text;
}

QString squeezed(const QString &text)
{
    QString out;
    for (const QChar c : text) {
        if (!c.isSpace())
            out += c;
    }
    return out;
}

} // namespace herkomst::test
