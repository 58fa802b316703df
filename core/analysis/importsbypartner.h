#pragma once

#include "countries/eucomposition.h"
#include "domain/partnercomparison.h"
#include "domain/tradedata.h"

#include <vector>

namespace herkomst {

// The goods column of Table 1 from any goods data: the reporter's imports by partner summed over
// all products, in millions of the data's currency, largest first. Residual groups keep the name
// their source gives them; countries get their display name. Secret or unknown cells add nothing
// and mark the partner's value as a lower bound (missing is never zero); a partner with no known
// value at all is left out.
std::vector<RankedPartner> importsByPartner(const TradeData &data,
                                            EuComposition composition = EuComposition::Eu27_2020);

} // namespace herkomst
