#pragma once

#include <QByteArrayView>
#include <QStringView>

namespace herkomst::io {

// Parses numeric cells as CBS, Eurostat and spreadsheet exports write them.
//
// Separator rule (documented because "1.234" and "1,234" are genuinely ambiguous):
//  - Both '.' and ',' present: the last one is the decimal separator, the other groups thousands.
//  - A separator occurring more than once can only group thousands ("1.234.567", "1,234,567").
//  - A single '.' or ',' is the decimal separator, unless the hint says the file uses the other
//    one: with DecimalHint::Comma "1.234" is 1234, with DecimalHint::Point "1,234" is 1234.
//    With DecimalHint::Auto a single separator is always decimal ("1.234" = 1.234, "1,5" = 1.5).
//  - Spaces, no-break spaces (U+00A0, U+202F) and thin spaces (U+2009) group thousands.
//  - Thousands groups must be well formed (1-3 digits, then groups of exactly 3) or the cell is
//    Invalid; that is how a wrong hint shows up ("1.25" with DecimalHint::Comma is Invalid).
// CBS symbols: "." unknown, "x" secret, "-" nil (value 0), trailing "*" or "**" provisional
// (value kept, flag set), empty. Eurostat's ":" also means unknown.
class DutchNumber {
public:
    enum class Status { Value, Unknown, Secret, Nil, Empty, Invalid };
    enum class DecimalHint { Auto, Comma, Point };

    struct Result {
        Status status = Status::Empty;
        double value = 0.0; // 0 for Nil and every non-numeric status
        bool provisional = false;

        // True for a usable quantity; Nil counts because CBS' "-" means exactly zero.
        bool hasValue() const { return status == Status::Value || status == Status::Nil; }
    };

    static Result parse(QStringView text, DecimalHint hint = DecimalHint::Auto);

    // Fast path for machine-written ASCII files such as BACI: surrounding spaces/tabs allowed,
    // decimal point only, exponent allowed, no thousands separators. "NA" is Unknown.
    static Result parseAscii(QByteArrayView text);
};

} // namespace herkomst::io
