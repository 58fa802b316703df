#pragma once

#include <QString>
#include <cmath>
#include <limits>

namespace herkomst {

// A trade value as published: a number, or missing for a stated reason. Missing is never zero.
enum class ValueStatus : int { Known = 0, Secret = 1, Unknown = 2 };

struct TradeValue {
    double value = 0.0; // in the data set's currency units (e.g. euro), valid when Known
    ValueStatus status = ValueStatus::Known;

    bool known() const { return status == ValueStatus::Known; }
    static TradeValue secret() { return {0.0, ValueStatus::Secret}; }
    static TradeValue unknown() { return {0.0, ValueStatus::Unknown}; }
};

// Which side of the EU border a partner that is no country lies on, where its code says so
// (Comext QW "not specified, extra-EU trade"; QV the same inside the EU; QU unknown).
enum class EuSide : int { Unknown = 0, ExtraEu = 1, IntraEu = 2 };

inline double missingValue()
{
    return std::numeric_limits<double>::quiet_NaN();
}
inline bool isMissing(double v)
{
    return std::isnan(v);
}

} // namespace herkomst
