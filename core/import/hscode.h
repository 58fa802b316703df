#pragma once

#include <QByteArray>
#include <QString>
#include <QStringView>

namespace herkomst {

// A product code cell as trade files write it: "010121", "10121" (a number that lost its leading
// zero), "0101.21", a CN8 code ("01012100") or a code followed by its description.
struct HsCode {
    QByteArray hs6;      // six digits, leading zero restored; empty when not a code
    QByteArray cn8;      // eight digits when the cell held a CN8 (GN) code
    QString description; // text after the code, if any
    QString error;       // Dutch reason when the cell starts with digits but is no HS code

    bool isValid() const { return !hs6.isEmpty(); }

    static HsCode parse(QStringView cell);
    // From a spreadsheet number (10121.0 -> "010121"); invalid for fractions or wrong lengths.
    static HsCode fromNumber(double number);
};

} // namespace herkomst
