#pragma once

#include <QByteArrayView>
#include <QString>

namespace herkomst::io {

// Encoding detection for the files policy officers receive: UTF-8 (with or without BOM) from
// modern tools, UTF-16 from Excel's "Unicode text", and Windows-1252 from older Excel/CBS exports.
class TextDecoding {
public:
    enum class Encoding { Utf8, Utf16LE, Utf16BE, Windows1252 };

    struct Detection {
        Encoding encoding = Encoding::Utf8;
        int bomLength = 0; // bytes to skip before the text starts
    };

    // A BOM decides; otherwise UTF-8 if the bytes are valid UTF-8 (pure ASCII included), else
    // Windows-1252. Pass sampleIsComplete = false when `sample` is only the start of a file, so a
    // multi-byte sequence cut off at the end of the sample does not count as invalid.
    static Detection detect(QByteArrayView sample, bool sampleIsComplete = true);

    // Detects, skips the BOM and decodes.
    static QString decode(QByteArrayView bytes);
    // Decodes with a known encoding; a leading BOM of that encoding is skipped.
    static QString decode(QByteArrayView bytes, Encoding encoding);

    // Undefined bytes (0x81, 0x8D, 0x8F, 0x90, 0x9D) map to the C1 control of the same value, as
    // the WHATWG encoding standard does, so decoding never fails.
    static QString fromWindows1252(QByteArrayView bytes);

    // Strict: rejects overlong forms, surrogates and code points above U+10FFFF.
    static bool isValidUtf8(QByteArrayView bytes, bool allowTruncatedTail = false);
    static bool isAscii(QByteArrayView bytes);

    static QString name(Encoding encoding);
};

} // namespace herkomst::io
