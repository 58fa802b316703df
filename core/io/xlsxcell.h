#pragma once

#include <QString>

namespace herkomst::io {

// One worksheet cell. Numbers stay doubles; text cells keep their text as written (CBS symbols
// like "." or "x" arrive as Text and go through DutchNumber).
struct XlsxCell {
    enum class Kind : quint8 { Empty, Number, Text, Boolean, Error };

    Kind kind = Kind::Empty;
    double number = 0.0; // Number; Boolean as 0/1
    QString text;        // Text; Error holds the code such as "#N/A"

    bool isEmpty() const { return kind == Kind::Empty; }
    // Display form: numbers in C locale with full precision, booleans as WAAR/ONWAAR.
    QString toString() const;
    static QString numberText(double number);
    static QString booleanText(bool value); // as Dutch Excel shows it
};

} // namespace herkomst::io
