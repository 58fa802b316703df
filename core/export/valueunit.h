#pragma once

#include <QString>

namespace herkomst {

// The one unit every trade value is shown in, in the table, the charts and every export: the
// letter's "mln euro" or CBS's "x 1.000 euro". Chosen once in the export settings.
enum class ValueUnit { Millions, Thousands };

// Value in the data's currency units (euro) expressed in the unit; NaN stays NaN (missing).
double valueInUnit(double value, ValueUnit unit);
// Decimals a table shows in the unit: 2 for millions (small products are not "0,0"), 0 for thousands.
int unitDecimals(ValueUnit unit);
// "mln euro", "x 1.000 euro", "mln USD", ... for the data's currency code ("EUR" when empty).
QString unitLabel(ValueUnit unit, const QString &currency);
// Stable keys for settings and the command line: "mln", "thousand".
QString valueUnitKey(ValueUnit unit);
bool valueUnitFromKey(const QString &key, ValueUnit *unit);

} // namespace herkomst
