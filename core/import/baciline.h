#pragma once

#include "import/tradeperiod.h"
#include "io/textdecoding.h"

#include <QByteArray>
#include <QString>

#include <charconv>
#include <cstdint>

namespace herkomst {

// The bytes of one BACI line (t,i,j,k,v,q): the fast path for BACI's own row shape and the pieces
// the careful path checks field by field. Numbers go through std::from_chars (correctly rounded).
namespace baciline {

// The fast row path reads at most this far without checking the buffer end.
constexpr ptrdiff_t fastRowMargin = 160;

// (exporter, importer, product) of a row as raw BACI codes; BACI sorts its files by this key,
// so "strictly increasing" proves there are no duplicate rows without remembering them.
inline uint64_t rowKey(uint32_t i, uint32_t j, uint32_t k)
{
    return (uint64_t(i) << 30) | (uint64_t(j) << 20) | k;
}

// The text of a field for a message: printable, short.
inline QString fieldText(const char *p, const char *lineEnd)
{
    const char *e = p;
    while (e < lineEnd && *e != ',' && e - p < 40)
        ++e;
    QString text;
    for (const char *c = p; c < e; ++c)
        text += (*c >= 32 && *c < 127) ? QChar::fromLatin1(*c) : QChar(u'?');
    return text.trimmed();
}

// Binary input (a zip, an image) has control bytes or invalid UTF-8 in its first line.
inline bool looksLikeText(const QByteArray &line)
{
    for (char c : line) {
        if ((unsigned char)c < 32 && c != '\t' && c != '\r')
            return false;
    }
    return io::TextDecoding::isValidUtf8(line);
}

inline void skipSpaces(const char *&p, const char *e)
{
    while (p < e && (*p == ' ' || *p == '\t'))
        ++p;
}

inline bool parseUnsigned(const char *&p, const char *e, uint32_t &out, int maxDigits)
{
    skipSpaces(p, e);
    const char *start = p;
    uint32_t v = 0;
    while (p < e && unsigned(*p - '0') < 10u) {
        v = v * 10 + uint32_t(*p - '0');
        ++p;
        if (p - start > maxDigits)
            return false;
    }
    if (p == start)
        return false;
    skipSpaces(p, e);
    out = v;
    return true;
}

// A decimal such as "27.902", "  0.001" or "1.5e3", correctly rounded (std::from_chars).
// `negative` flags a leading minus (parsed, then refused by the caller); `na` the text NA.
inline bool parseDecimal(const char *&p, const char *e, double &out, bool &negative, bool &na)
{
    skipSpaces(p, e);
    negative = na = false;
    if (p + 1 < e && p[0] == 'N' && p[1] == 'A') {
        p += 2;
        skipSpaces(p, e);
        na = true;
        return true;
    }
    const char *fieldEnd = p;
    while (fieldEnd < e && *fieldEnd != ',' && *fieldEnd != ' ' && *fieldEnd != '\t')
        ++fieldEnd;
    negative = p < fieldEnd && *p == '-';
    if (p == fieldEnd || p + (negative ? 1 : 0) == fieldEnd || unsigned(p[negative ? 1 : 0] - '0') > 9u)
        return false; // no "inf", "nan", ".5" or "+1"
    double v = 0.0;
    const auto result = std::from_chars(p, fieldEnd, v);
    if (result.ec != std::errc() || result.ptr != fieldEnd)
        return false;
    p = fieldEnd;
    skipSpaces(p, e);
    out = v < 0 ? -v : v;
    return true;
}

// Digits [1, maxDigits] into `out`; false leaves the row to the careful path.
inline bool fastUnsigned(const char *&p, uint32_t &out, int maxDigits)
{
    uint32_t v = unsigned(*p - '0');
    if (v > 9)
        return false;
    ++p;
    for (int n = 1; n < maxDigits; ++n, ++p) {
        const unsigned digit = unsigned(*p - '0');
        if (digit > 9)
            break;
        v = v * 10 + digit;
    }
    out = v;
    return unsigned(*p - '0') > 9;
}

// A non-negative number starting with a digit, correctly rounded; `end` bounds the scan.
inline bool fastDecimal(const char *&p, const char *end, double &out)
{
    if (p >= end || unsigned(*p - '0') > 9u) // a long value and spaces can leave p at the end
        return false;
    const auto result = std::from_chars(p, end, out);
    p = result.ptr;
    return result.ec == std::errc();
}

// The shape of nearly every BACI row, "2022,4,8,11151,10295.670,   96.834\n", parsed without
// the bookkeeping messages need. Returns the start of the next line, or nullptr when the row
// has any other shape (spaces, an error, ...): the careful path then reads it. The caller
// guarantees fastRowMargin readable bytes at p; every scan here is bounded by them.
inline const char *fastRow(const char *p, uint32_t &t, uint32_t &i, uint32_t &j, uint32_t &k, double &v)
{
    const char *const end = p + fastRowMargin;
    if (!fastUnsigned(p, t, 4) || *p++ != ',' || !fastUnsigned(p, i, 3) || *p++ != ',' || !fastUnsigned(p, j, 3) ||
        *p++ != ',' || !fastUnsigned(p, k, 6) || *p++ != ',' || !fastDecimal(p, end, v) || p >= end || *p++ != ',' ||
        !isTradeYear(int(t)) || k < 10000)
        return nullptr;
    for (int n = 0; p < end && *p == ' ' && n < 32; ++n)
        ++p;
    double quantity = 0.0;
    if (p + 1 < end && p[0] == 'N' && p[1] == 'A')
        p += 2;
    else if (!fastDecimal(p, end, quantity))
        return nullptr;
    if (p < end && *p == '\r')
        ++p;
    return p < end && *p == '\n' ? p + 1 : nullptr;
}

} // namespace baciline
} // namespace herkomst
