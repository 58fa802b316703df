#include "io/textdecoding.h"

#include <QStringDecoder>

#include <cstring>

namespace herkomst::io {

namespace {

// Windows-1252 differs from Latin-1 only in 0x80-0x9F.
constexpr char16_t kCp1252High[32] = {
    0x20AC, 0x0081, 0x201A, 0x0192, 0x201E, 0x2026, 0x2020, 0x2021, // 80-87
    0x02C6, 0x2030, 0x0160, 0x2039, 0x0152, 0x008D, 0x017D, 0x008F, // 88-8F
    0x0090, 0x2018, 0x2019, 0x201C, 0x201D, 0x2022, 0x2013, 0x2014, // 90-97
    0x02DC, 0x2122, 0x0161, 0x203A, 0x0153, 0x009D, 0x017E, 0x0178, // 98-9F
};

bool hasPrefix(QByteArrayView bytes, const char *prefix, qsizetype n)
{
    return bytes.size() >= n && std::memcmp(bytes.data(), prefix, size_t(n)) == 0;
}

} // namespace

TextDecoding::Detection TextDecoding::detect(QByteArrayView sample, bool sampleIsComplete)
{
    if (hasPrefix(sample, "\xEF\xBB\xBF", 3))
        return {Encoding::Utf8, 3};
    if (hasPrefix(sample, "\xFF\xFE", 2))
        return {Encoding::Utf16LE, 2};
    if (hasPrefix(sample, "\xFE\xFF", 2))
        return {Encoding::Utf16BE, 2};
    if (isValidUtf8(sample, !sampleIsComplete))
        return {Encoding::Utf8, 0};
    return {Encoding::Windows1252, 0};
}

QString TextDecoding::decode(QByteArrayView bytes)
{
    const Detection d = detect(bytes);
    return decode(bytes, d.encoding);
}

QString TextDecoding::decode(QByteArrayView bytes, Encoding encoding)
{
    switch (encoding) {
    case Encoding::Utf8:
        if (hasPrefix(bytes, "\xEF\xBB\xBF", 3))
            bytes = bytes.sliced(3);
        return QString::fromUtf8(bytes);
    case Encoding::Utf16LE:
    case Encoding::Utf16BE: {
        const bool le = encoding == Encoding::Utf16LE;
        if (hasPrefix(bytes, le ? "\xFF\xFE" : "\xFE\xFF", 2))
            bytes = bytes.sliced(2);
        QStringDecoder dec(le ? QStringConverter::Utf16LE : QStringConverter::Utf16BE,
                           QStringConverter::Flag::Stateless);
        return dec.decode(bytes);
    }
    case Encoding::Windows1252:
        return fromWindows1252(bytes);
    }
    return {};
}

QString TextDecoding::fromWindows1252(QByteArrayView bytes)
{
    QString out(bytes.size(), Qt::Uninitialized);
    char16_t *dst = reinterpret_cast<char16_t *>(out.data());
    for (const char ch : bytes) {
        const auto b = static_cast<unsigned char>(ch);
        *dst++ = (b >= 0x80 && b < 0xA0) ? kCp1252High[b - 0x80] : char16_t(b);
    }
    return out;
}

bool TextDecoding::isAscii(QByteArrayView bytes)
{
    const auto *p = reinterpret_cast<const unsigned char *>(bytes.data());
    const auto *end = p + bytes.size();
    // Eight bytes at a time: this runs over every field of multi-hundred-MB files.
    for (; end - p >= 8; p += 8) {
        quint64 w;
        std::memcpy(&w, p, 8);
        if (w & 0x8080808080808080ull)
            return false;
    }
    for (; p < end; ++p)
        if (*p & 0x80)
            return false;
    return true;
}

bool TextDecoding::isValidUtf8(QByteArrayView bytes, bool allowTruncatedTail)
{
    const auto *p = reinterpret_cast<const unsigned char *>(bytes.data());
    const auto *end = p + bytes.size();
    while (p < end) {
        if (end - p >= 8) {
            quint64 w;
            std::memcpy(&w, p, 8);
            if (!(w & 0x8080808080808080ull)) {
                p += 8;
                continue;
            }
        }
        const unsigned char c = *p;
        if (c < 0x80) {
            ++p;
            continue;
        }
        int len;
        unsigned char lo = 0x80, hi = 0xBF; // allowed range of the second byte
        if (c >= 0xC2 && c <= 0xDF) {
            len = 2;
        } else if (c >= 0xE0 && c <= 0xEF) {
            len = 3;
            if (c == 0xE0)
                lo = 0xA0; // overlong
            else if (c == 0xED)
                hi = 0x9F; // surrogates
        } else if (c >= 0xF0 && c <= 0xF4) {
            len = 4;
            if (c == 0xF0)
                lo = 0x90; // overlong
            else if (c == 0xF4)
                hi = 0x8F; // above U+10FFFF
        } else {
            return false;
        }
        for (int i = 1; i < len; ++i) {
            if (p + i >= end)
                return allowTruncatedTail;
            const unsigned char b = p[i];
            if (i == 1 ? (b < lo || b > hi) : (b < 0x80 || b > 0xBF))
                return false;
        }
        p += len;
    }
    return true;
}

QString TextDecoding::name(Encoding encoding)
{
    switch (encoding) {
    case Encoding::Utf8:
        return QStringLiteral("UTF-8");
    case Encoding::Utf16LE:
        return QStringLiteral("UTF-16LE");
    case Encoding::Utf16BE:
        return QStringLiteral("UTF-16BE");
    case Encoding::Windows1252:
        return QStringLiteral("Windows-1252");
    }
    return {};
}

} // namespace herkomst::io
