#pragma once

#include <QString>

namespace herkomst {

// Numbers as Dutch government texts write them: 3.449; 0,25; 50 %; 1.234,5 mln euro.
// The locale follows the screen language ("nl" or "en") so the English screen reads 3,449.
class NumberFormat {
public:
    static void setLanguage(const QString &language);
    static QString language();

    static QString count(qint64 n);                          // 3.449
    static QString share(double fraction, int decimals = 1); // 52,3 %
    static QString index(double value, int decimals = 2);    // 0,25
    static QString ratio(double value, int decimals = 2);    // 1,35; "∞" when infinite
    static QString millions(double value, int decimals = 1); // value in currency units -> "1.234,5"
    static QString decimal(double value, int decimals);
    static QString compact(double value); // shortest form: 0,25; 1; 1,5
};

} // namespace herkomst
