#include "import/tradeperiod.h"

namespace herkomst {

namespace {

int digitsValue(QStringView text)
{
    int value = 0;
    for (const QChar c : text) {
        if (c < QLatin1Char('0') || c > QLatin1Char('9'))
            return -1;
        value = value * 10 + (c.unicode() - '0');
    }
    return text.isEmpty() ? -1 : value;
}

} // namespace

TradePeriod TradePeriod::parse(QStringView text)
{
    QStringView t = text.trimmed();
    if (t.endsWith(QLatin1String(".0"))) // a year a spreadsheet turned into a number
        t.chop(2);
    if (t.size() < 4)
        return {};
    const int year = digitsValue(t.left(4));
    if (!isTradeYear(year))
        return {};
    QStringView rest = t.mid(4);
    if (rest.startsWith(QLatin1Char('-')))
        rest = rest.mid(1);
    if (rest.startsWith(QLatin1Char('M')) || rest.startsWith(QLatin1Char('m')))
        rest = rest.mid(1);
    if (rest.isEmpty() && t.size() == 4)
        return {year, 0};
    if (rest.size() != 2)
        return {};
    const int month = digitsValue(rest);
    if (month == 52)
        return {year, 0};
    if (month < 1 || month > 12)
        return {};
    return {year, month};
}

} // namespace herkomst
