#include "io/xmlpullparser.h"

#include <QString>

#include <algorithm>
#include <charconv>
#include <cstring>

namespace herkomst::io {

namespace {

// A tag or a text run larger than this is no spreadsheet part; refused instead of buffered.
constexpr qsizetype maxTokenBytes = qsizetype(64) << 20;

bool isSpace(char c)
{
    return c == ' ' || c == '\n' || c == '\t' || c == '\r';
}

bool allSpace(QByteArrayView bytes)
{
    return std::all_of(bytes.begin(), bytes.end(), isSpace);
}

void appendUtf8(QByteArray &out, char32_t c)
{
    if (c < 0x80) {
        out += char(c);
    } else if (c < 0x800) {
        out += char(0xC0 | (c >> 6));
        out += char(0x80 | (c & 0x3F));
    } else if (c < 0x10000) {
        out += char(0xE0 | (c >> 12));
        out += char(0x80 | ((c >> 6) & 0x3F));
        out += char(0x80 | (c & 0x3F));
    } else {
        out += char(0xF0 | (c >> 18));
        out += char(0x80 | ((c >> 12) & 0x3F));
        out += char(0x80 | ((c >> 6) & 0x3F));
        out += char(0x80 | (c & 0x3F));
    }
}

} // namespace

XmlPullParser::XmlPullParser(Source source) : mSource(std::move(source)) {}

XmlPullParser::Token XmlPullParser::fail(Problem problem, const QString &detail)
{
    if (mProblem == Problem::None) {
        mProblem = problem;
        mDetail = detail;
    }
    return mToken = Token::Invalid;
}

bool XmlPullParser::need(qsizetype bytes)
{
    while (mBuffer.size() - mPos < bytes) {
        if (mSourceDone || mProblem != Problem::None)
            return false;
        if (bytes > maxTokenBytes) {
            fail(Problem::Malformed, tr("element of tekst groter dan 64 MiB"));
            return false;
        }
        QByteArray chunk;
        if (!mSource(chunk)) {
            fail(Problem::SourceFailed);
            return false;
        }
        if (chunk.isEmpty())
            mSourceDone = true;
        else
            mBuffer.append(chunk);
    }
    return true;
}

qsizetype XmlPullParser::find(char c, qsizetype from)
{
    for (;;) {
        const qsizetype available = mBuffer.size() - mPos;
        if (from < available) {
            const char *start = mBuffer.constData() + mPos;
            if (const void *hit = std::memchr(start + from, c, size_t(available - from)))
                return static_cast<const char *>(hit) - start;
            from = available;
        }
        if (!need(available + 1))
            return -1;
    }
}

qsizetype XmlPullParser::find(QByteArrayView needle, qsizetype from)
{
    for (;;) {
        const qsizetype available = mBuffer.size() - mPos;
        const qsizetype hit = QByteArrayView(mBuffer).sliced(mPos).indexOf(needle, from);
        if (hit >= 0)
            return hit;
        from = std::max<qsizetype>(from, available - needle.size() + 1);
        if (!need(available + 1))
            return -1;
    }
}

bool XmlPullParser::localName(QByteArrayView qualified, QByteArrayView &local) const
{
    const qsizetype colon = qualified.lastIndexOf(':');
    local = colon < 0 ? qualified : qualified.sliced(colon + 1);
    return !local.isEmpty();
}

QByteArrayView XmlPullParser::attribute(QByteArrayView localName) const
{
    for (const auto &[name, value] : mAttributes) {
        if (name == localName)
            return value;
    }
    return {};
}

XmlPullParser::Token XmlPullParser::next()
{
    if (mProblem != Problem::None)
        return Token::Invalid;
    if (mToken == Token::EndElement) { // the element ended by the last token closes now
        mNameArena.resize(mOpen.back());
        mOpen.pop_back();
        mRootClosed = mOpen.empty();
    }
    if (mPendingEnd) {
        mPendingEnd = false;
        return mToken = Token::EndElement; // mName still names the self-closing element
    }
    if (mPos > 0 && mPos >= mBuffer.size() / 2) {
        mBuffer.remove(0, mPos);
        mPos = 0;
    }
    if (!mStarted) {
        mStarted = true;
        if (need(2) && (mBuffer.startsWith("\xFF\xFE") || mBuffer.startsWith("\xFE\xFF")))
            return fail(Problem::NotUtf8);
        if (need(3) && mBuffer.startsWith("\xEF\xBB\xBF"))
            mPos = 3;
    }
    for (;;) {
        if (!need(1)) {
            if (mProblem != Problem::None)
                return Token::Invalid;
            return mRootClosed ? (mToken = Token::EndDocument) : fail(Problem::Incomplete);
        }
        const Token token = mBuffer.at(mPos) == '<' ? markup() : characterData();
        if (token != Token::EndDocument || mProblem != Problem::None)
            return token;
        // EndDocument here stands for "skipped" (a comment, a declaration, blanks outside the root).
    }
}

XmlPullParser::Token XmlPullParser::markup()
{
    if (!need(2))
        return fail(Problem::Incomplete);
    const char second = mBuffer.at(mPos + 1);
    if (second == '/')
        return endTag();
    if (second == '?') {
        const qsizetype end = find("?>", 2);
        if (end < 0)
            return mProblem != Problem::None ? Token::Invalid : fail(Problem::Incomplete);
        const QByteArray instruction = QByteArrayView(mBuffer).sliced(mPos, end).toByteArray().toLower();
        mPos += end + 2;
        if (instruction.startsWith("<?xml ") && instruction.contains("encoding") &&
            !instruction.contains("\"utf-8\"") && !instruction.contains("'utf-8'"))
            return fail(Problem::NotUtf8);
        return Token::EndDocument; // skipped
    }
    if (second == '!') {
        if (!need(9))
            return fail(Problem::Incomplete);
        const QByteArrayView head = QByteArrayView(mBuffer).sliced(mPos, 9);
        if (head.startsWith("<!--")) {
            const qsizetype end = find("-->", 4);
            if (end < 0)
                return mProblem != Problem::None ? Token::Invalid : fail(Problem::Incomplete);
            mPos += end + 3;
            return Token::EndDocument; // skipped
        }
        if (head == "<![CDATA[") {
            const qsizetype end = find("]]>", 9);
            if (end < 0)
                return mProblem != Problem::None ? Token::Invalid : fail(Problem::Incomplete);
            if (mOpen.empty())
                return fail(Problem::Malformed, tr("CDATA buiten het hoofdelement"));
            mText = QByteArrayView(mBuffer).sliced(mPos + 9, end - 9);
            mPos += end + 3;
            return mToken = Token::Text;
        }
        if (head.startsWith("<!DOCTYPE"))
            return fail(Problem::Dtd);
        return fail(Problem::Malformed, tr("onbekende opmaak <!"));
    }
    return startTag();
}

XmlPullParser::Token XmlPullParser::startTag()
{
    // The closing '>' of the tag; quoted attribute values may hold '>' but never '<'.
    char quote = 0;
    qsizetype end = 1;
    for (bool closed = false; !closed;) {
        if (end >= mBuffer.size() - mPos && !need(end + 1))
            return mProblem != Problem::None ? Token::Invalid : fail(Problem::Incomplete);
        // Over what the buffer holds now without asking for more per byte.
        const char *data = mBuffer.constData() + mPos;
        const qsizetype available = mBuffer.size() - mPos;
        for (; end < available; ++end) {
            const char c = data[end];
            if (quote) {
                if (c == quote)
                    quote = 0;
                else if (c == '<')
                    return fail(Problem::Malformed, tr("'<' in een attribuutwaarde"));
            } else if (c == '"' || c == '\'') {
                quote = c;
            } else if (c == '<') {
                return fail(Problem::Malformed, tr("tag zonder '>'"));
            } else if (c == '>') {
                closed = true;
                break;
            }
        }
    }
    if (mRootClosed)
        return fail(Problem::Malformed, tr("element na het hoofdelement"));
    const char *tag = mBuffer.constData() + mPos;
    const bool selfClosing = tag[end - 1] == '/';
    const char *p = tag + 1;
    const char *e = tag + end - (selfClosing ? 1 : 0);
    const char *nameStart = p;
    while (p < e && !isSpace(*p))
        ++p;
    const QByteArrayView qualified(nameStart, p - nameStart);
    if (!localName(qualified, mName))
        return fail(Problem::Malformed, tr("element zonder naam"));
    mAttributes.clear();
    for (;;) {
        while (p < e && isSpace(*p))
            ++p;
        if (p == e)
            break;
        const char *attributeStart = p;
        while (p < e && *p != '=' && !isSpace(*p))
            ++p;
        const QByteArrayView attributeName(attributeStart, p - attributeStart);
        while (p < e && isSpace(*p))
            ++p;
        if (p == e || *p != '=')
            return fail(Problem::Malformed,
                        tr("attribuut zonder waarde in <%1>").arg(XmlPullParser::excerpt(qualified, 40)));
        ++p;
        while (p < e && isSpace(*p))
            ++p;
        if (p == e || (*p != '"' && *p != '\''))
            return fail(Problem::Malformed, tr("attribuutwaarde zonder aanhalingstekens"));
        const char q = *p++;
        const char *valueStart = p;
        while (p < e && *p != q)
            ++p;
        if (p == e)
            return fail(Problem::Malformed, tr("attribuutwaarde niet afgesloten"));
        QByteArrayView local;
        if (!localName(attributeName, local))
            return fail(Problem::Malformed, tr("attribuut zonder naam"));
        mAttributes.emplace_back(local, QByteArrayView(valueStart, p - valueStart));
        ++p;
    }
    mOpen.push_back(mNameArena.size());
    mNameArena.append(qualified.data(), size_t(qualified.size()));
    mPos += end + 1;
    mPendingEnd = selfClosing;
    return mToken = Token::StartElement;
}

XmlPullParser::Token XmlPullParser::endTag()
{
    const qsizetype end = find('>', 2);
    if (end < 0)
        return mProblem != Problem::None ? Token::Invalid : fail(Problem::Incomplete);
    QByteArrayView qualified = QByteArrayView(mBuffer).sliced(mPos + 2, end - 2);
    while (!qualified.isEmpty() && isSpace(qualified.back()))
        qualified.chop(1);
    if (mOpen.empty())
        return fail(Problem::Malformed, tr("</%1> zonder begin").arg(XmlPullParser::excerpt(qualified, 40)));
    const QByteArrayView open = QByteArrayView(mNameArena).sliced(qsizetype(mOpen.back()));
    if (qualified != open)
        return fail(
            Problem::Malformed,
            tr("</%1> sluit <%2>").arg(XmlPullParser::excerpt(qualified, 40), XmlPullParser::excerpt(open, 40)));
    localName(qualified, mName);
    mPos += end + 1;
    return mToken = Token::EndElement;
}

XmlPullParser::Token XmlPullParser::characterData()
{
    qsizetype end = find('<', 0);
    if (end < 0) {
        if (mProblem != Problem::None)
            return Token::Invalid;
        end = mBuffer.size() - mPos; // text up to the end of the document
    }
    const QByteArrayView raw = QByteArrayView(mBuffer).sliced(mPos, end);
    mPos += end;
    if (mOpen.empty()) {
        if (!allSpace(raw))
            return fail(Problem::Malformed, tr("tekst buiten het hoofdelement"));
        return Token::EndDocument; // skipped
    }
    if (raw.contains('&') || raw.contains('\r')) {
        QByteArray entity;
        if (!decode(raw, mDecoded, &entity))
            return fail(Problem::UnknownEntity, QString::fromUtf8(entity));
        mText = mDecoded;
    } else {
        mText = raw;
    }
    return mToken = Token::Text;
}

QString XmlPullParser::excerpt(QByteArrayView bytes, qsizetype length)
{
    return QString::fromUtf8(bytes.first(std::min(bytes.size(), length)));
}

bool XmlPullParser::decode(QByteArrayView raw, QByteArray &out, QByteArray *entity)
{
    out.clear();
    out.reserve(raw.size());
    for (qsizetype i = 0; i < raw.size(); ++i) {
        const char c = raw[i];
        if (c == '\r') { // line ends are normalised to '\n', as XML requires
            out += '\n';
            if (i + 1 < raw.size() && raw[i + 1] == '\n')
                ++i;
            continue;
        }
        if (c != '&') {
            out += c;
            continue;
        }
        const qsizetype semicolon = raw.indexOf(';', i);
        const bool terminated = semicolon >= 0 && semicolon - i <= 12;
        const QByteArrayView rest = raw.sliced(i + 1);
        const QByteArrayView name =
            terminated ? rest.first(semicolon - i - 1) : rest.first(std::min<qsizetype>(rest.size(), 10));
        char32_t code = 0;
        if (!terminated) {
            code = 0;
        } else if (name == "amp") {
            code = '&';
        } else if (name == "lt") {
            code = '<';
        } else if (name == "gt") {
            code = '>';
        } else if (name == "quot") {
            code = '"';
        } else if (name == "apos") {
            code = '\'';
        } else if (name.size() > 1 && name[0] == '#') {
            const bool hex = name[1] == 'x';
            const char *first = name.data() + (hex ? 2 : 1);
            const char *last = name.data() + name.size();
            uint32_t value = 0;
            const auto result = std::from_chars(first, last, value, hex ? 16 : 10);
            if (result.ec == std::errc() && result.ptr == last && value > 0 && value <= 0x10FFFF &&
                (value < 0xD800 || value > 0xDFFF))
                code = value;
        }
        if (code == 0) {
            if (entity)
                *entity = name.toByteArray();
            return false;
        }
        appendUtf8(out, code);
        i = semicolon;
    }
    return true;
}

} // namespace herkomst::io
