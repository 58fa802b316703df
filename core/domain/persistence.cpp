#include "domain/persistence.h"

namespace herkomst {

Persistence persistenceOf(const std::vector<Criterion> &criteria)
{
    Persistence rule;
    for (const Criterion &c : criteria) {
        if (!c.enabled || c.yearWindow <= 1)
            continue;
        if (c.yearWindow > rule.years || (c.yearWindow == rule.years && c.minYearsHolding > rule.minYears)) {
            rule.years = c.yearWindow;
            rule.minYears = c.minYearsHolding;
        }
    }
    return rule;
}

} // namespace herkomst
