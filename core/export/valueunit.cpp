#include "export/valueunit.h"

#include <QCoreApplication>

namespace herkomst {

namespace {

class ValueUnitText {
    Q_DECLARE_TR_FUNCTIONS(ValueUnit)
};

} // namespace

double valueInUnit(double value, ValueUnit unit)
{
    return value / (unit == ValueUnit::Millions ? 1e6 : 1e3);
}

int unitDecimals(ValueUnit unit)
{
    return unit == ValueUnit::Millions ? 2 : 0;
}

QString unitLabel(ValueUnit unit, const QString &currency)
{
    const bool euro = currency.isEmpty() || currency == QLatin1String("EUR");
    if (unit == ValueUnit::Millions)
        return euro ? ValueUnitText::tr("mln euro") : ValueUnitText::tr("mln %1").arg(currency);
    return euro ? ValueUnitText::tr("x 1.000 euro") : ValueUnitText::tr("x 1.000 %1").arg(currency);
}

QString valueUnitKey(ValueUnit unit)
{
    return unit == ValueUnit::Millions ? QStringLiteral("mln") : QStringLiteral("thousand");
}

bool valueUnitFromKey(const QString &key, ValueUnit *unit)
{
    const QString k = key.trimmed().toLower();
    if (k == QLatin1String("mln") || k == QLatin1String("millions")) {
        *unit = ValueUnit::Millions;
        return true;
    }
    if (k == QLatin1String("thousand") || k == QLatin1String("thousands") || k == QLatin1String("1000")) {
        *unit = ValueUnit::Thousands;
        return true;
    }
    return false;
}

} // namespace herkomst
