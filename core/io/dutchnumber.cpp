#include "io/dutchnumber.h"

#include <array>
#include <charconv>

namespace herkomst::io {

namespace {

using Result = DutchNumber::Result;
using Status = DutchNumber::Status;

bool isSpace(QChar c)
{
    const char16_t u = c.unicode();
    return u == u' ' || u == u'\t' || u == u'\r' || u == u'\n' || u == 0x00A0 || u == 0x202F || u == 0x2009;
}

bool isGroupSpace(QChar c)
{
    const char16_t u = c.unicode();
    return u == u' ' || u == 0x00A0 || u == 0x202F || u == 0x2009;
}

QStringView trim(QStringView s)
{
    while (!s.isEmpty() && isSpace(s.front()))
        s = s.sliced(1);
    while (!s.isEmpty() && isSpace(s.back()))
        s.chop(1);
    return s;
}

Result make(Status status, bool provisional = false)
{
    Result r;
    r.status = status;
    r.provisional = provisional;
    return r;
}

// Digit groups separated by a thousands separator: first 1-3 digits, the rest exactly 3.
bool groupsValid(const std::array<int, 64> &sizes, int count)
{
    if (count == 0 || sizes[0] < 1 || sizes[0] > 3)
        return false;
    for (int i = 1; i < count; ++i)
        if (sizes[i] != 3)
            return false;
    return true;
}

} // namespace

DutchNumber::Result DutchNumber::parse(QStringView text, DecimalHint hint)
{
    QStringView s = trim(text);
    if (s.isEmpty())
        return make(Status::Empty);

    bool provisional = false;
    if (s.back() == u'*') {
        s.chop(1);
        if (!s.isEmpty() && s.back() == u'*') // CBS "**": revised provisional figure
            s.chop(1);
        s = trim(s);
        provisional = true;
        if (s.isEmpty())
            return make(Status::Invalid, true);
    }

    if (s.size() == 1) {
        const char16_t c = s.front().unicode();
        if (c == u'.' || c == u':')
            return make(Status::Unknown, provisional);
        if (c == u'x' || c == u'X')
            return make(Status::Secret, provisional);
        if (c == u'-' || c == 0x2013 || c == 0x2212) // word processors turn "-" into a dash
            return make(Status::Nil, provisional);
    }

    // Assemble a plain "-1234.5e3" in a fixed buffer; no allocation per cell.
    std::array<char, 128> buf;
    int n = 0;
    qsizetype i = 0;
    const char16_t first = s.front().unicode();
    if (first == u'-' || first == 0x2212) {
        buf[n++] = '-';
        ++i;
    } else if (first == u'+') {
        ++i;
    }

    // Split off an exponent; only plain digits are allowed in it.
    qsizetype mantEnd = s.size();
    for (qsizetype k = i; k < s.size(); ++k) {
        if (s[k] == u'e' || s[k] == u'E') {
            mantEnd = k;
            break;
        }
    }

    int dots = 0, commas = 0, spaces = 0, digits = 0;
    qsizetype lastDot = -1, lastComma = -1;
    for (qsizetype k = i; k < mantEnd; ++k) {
        const QChar c = s[k];
        if (c.unicode() >= u'0' && c.unicode() <= u'9')
            ++digits;
        else if (c == u'.')
            ++dots, lastDot = k;
        else if (c == u',')
            ++commas, lastComma = k;
        else if (isGroupSpace(c))
            ++spaces;
        else
            return make(Status::Invalid, provisional);
    }
    if (digits == 0)
        return make(Status::Invalid, provisional);

    QChar decimal = QChar(0), group = QChar(0);
    if (dots && commas) {
        decimal = lastDot > lastComma ? QChar(u'.') : QChar(u',');
        group = decimal == u'.' ? QChar(u',') : QChar(u'.');
        if ((decimal == u'.' ? dots : commas) != 1)
            return make(Status::Invalid, provisional);
    } else if (dots || commas) {
        const QChar sep = dots ? QChar(u'.') : QChar(u',');
        const int count = dots ? dots : commas;
        const bool hintSaysGroup =
            (sep == u'.' && hint == DecimalHint::Comma) || (sep == u',' && hint == DecimalHint::Point);
        if (count > 1 || hintSaysGroup)
            group = sep;
        else
            decimal = sep;
    }
    if (spaces) {
        if (!group.isNull())
            return make(Status::Invalid, provisional); // two kinds of grouping
        group = QChar(u' ');
    }
    if (!group.isNull() && mantEnd != s.size())
        return make(Status::Invalid, provisional); // "1.234e5" is not something people write

    std::array<int, 64> groups{};
    int groupCount = 0;
    bool inFraction = false;
    bool sawGroup = false;
    int current = 0;
    for (qsizetype k = i; k < mantEnd; ++k) {
        const QChar c = s[k];
        const bool isGroupChar = group == u' ' ? isGroupSpace(c) : c == group;
        if (c.isDigit() && c.unicode() < 0x80) {
            if (n >= int(buf.size()) - 16)
                return make(Status::Invalid, provisional);
            buf[n++] = char(c.unicode());
            ++current;
        } else if (!decimal.isNull() && c == decimal) {
            if (k + 1 >= mantEnd) // "5." / "5,": a stray separator, not a number
                return make(Status::Invalid, provisional);
            if (groupCount >= int(groups.size()))
                return make(Status::Invalid, provisional);
            groups[groupCount++] = current;
            current = 0;
            inFraction = true;
            if (groupCount == 1 && groups[0] == 0)
                buf[n++] = '0'; // ",5": from_chars wants a leading digit
            buf[n++] = '.';
        } else if (isGroupChar) {
            if (inFraction || groupCount >= int(groups.size()) - 1)
                return make(Status::Invalid, provisional);
            groups[groupCount++] = current;
            current = 0;
            sawGroup = true;
        } else {
            return make(Status::Invalid, provisional);
        }
    }
    if (!inFraction)
        groups[groupCount++] = current;
    if (sawGroup && !groupsValid(groups, groupCount))
        return make(Status::Invalid, provisional);
    if (inFraction && current == 0)
        return make(Status::Invalid, provisional);

    if (mantEnd != s.size()) {
        buf[n++] = 'e';
        qsizetype k = mantEnd + 1;
        if (k < s.size() && (s[k] == u'-' || s[k] == u'+'))
            buf[n++] = char(s[k++].unicode());
        if (k >= s.size())
            return make(Status::Invalid, provisional);
        for (; k < s.size(); ++k) {
            const char16_t c = s[k].unicode();
            if (c < u'0' || c > u'9' || n >= int(buf.size()))
                return make(Status::Invalid, provisional);
            buf[n++] = char(c);
        }
    }

    double v = 0;
    const auto [ptr, ec] = std::from_chars(buf.data(), buf.data() + n, v);
    if (ec != std::errc() || ptr != buf.data() + n)
        return make(Status::Invalid, provisional);
    Result r = make(Status::Value, provisional);
    r.value = v;
    return r;
}

DutchNumber::Result DutchNumber::parseAscii(QByteArrayView text)
{
    const char *b = text.data();
    const char *e = b + text.size();
    while (b < e && (*b == ' ' || *b == '\t'))
        ++b;
    while (e > b && (e[-1] == ' ' || e[-1] == '\t' || e[-1] == '\r'))
        --e;
    if (b == e)
        return make(Status::Empty);
    if (e - b == 2 && b[0] == 'N' && b[1] == 'A')
        return make(Status::Unknown);
    if (*b == '+') // from_chars rejects a leading plus
        ++b;
    double v = 0;
    const auto [ptr, ec] = std::from_chars(b, e, v);
    if (ec != std::errc() || ptr != e || b == e)
        return make(Status::Invalid);
    Result r = make(Status::Value);
    r.value = v;
    return r;
}

} // namespace herkomst::io
