#pragma once

#include "analysis/yearcomparison.h"

#include <QCoreApplication>
#include <QStringList>

namespace herkomst {

// How a correlation group reads across an HS revision (docs/design.md §12, "HS versions"): each of
// its codes after the last step with where it came from or went ("490590 (HS2022) ← 2
// HS2017-codes"), or for a plain 1:1 group only the code ("x (HS2022) = y (HS2017)" when the code
// changed). The command line and the comparison table show the same words.
class HsGroupLabels {
    Q_DECLARE_TR_FUNCTIONS(HsGroupLabels)

public:
    static QStringList of(const GroupChange &change, const YearComparison &comparison);
};

} // namespace herkomst
