#pragma once

#include <QString>
#include <QStringView>

namespace herkomst {

// The years an import accepts, wherever a year comes from: a CBS year column or title, a BACI
// row, a Comext or Comtrade period, or the command line's --year.
constexpr int firstTradeYear = 1900;
constexpr int lastTradeYear = 2200;
inline bool isTradeYear(int year)
{
    return year >= firstTradeYear && year <= lastTradeYear;
}

// A reference period as trade downloads write it: "2023" (a year), "202301", "2023-01" or
// "2023M01" (a month), and Comext's "202352", where month 52 stands for the whole year.
struct TradePeriod {
    int year = 0;  // 0: not a period
    int month = 0; // 1..12; 0 for a whole year

    bool isValid() const { return year > 0; }
    bool isYear() const { return month == 0; }

    static TradePeriod parse(QStringView text);
};

} // namespace herkomst
