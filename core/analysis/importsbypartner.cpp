#include "analysis/importsbypartner.h"

#include "countries/countryregistry.h"

namespace herkomst {

std::vector<RankedPartner> importsByPartner(const TradeData &data, EuComposition composition)
{
    constexpr double kMillion = 1e6;
    std::vector<double> known(data.partners.size(), 0.0);
    std::vector<bool> anyKnown(data.partners.size(), false), anyMissing(data.partners.size(), false);
    for (const ImportFlow &flow : data.imports) {
        const size_t partner = size_t(flow.partner);
        if (flow.value.known()) {
            known[partner] += flow.value.value;
            anyKnown[partner] = true;
        } else {
            anyMissing[partner] = true;
        }
    }
    std::vector<RankedPartner> ranking;
    for (size_t i = 0; i < data.partners.size(); ++i) {
        // The reporter is never its own partner (re-imports), as in the product statistics.
        if (!anyKnown[i] || data.partners[i] == data.reporter)
            continue;
        RankedPartner partner;
        partner.code = data.partners[i];
        if (const PartnerBlock *block = data.block(partner.code)) {
            partner.name = block->name;
            partner.side = block->side;
            partner.block = true;
        } else {
            partner.name = CountryRegistry::instance().name(partner.code);
            partner.side = isEuMember(composition, partner.code, data.year) ? EuSide::IntraEu : EuSide::ExtraEu;
        }
        partner.value = known[i] / kMillion;
        partner.partial = anyMissing[i];
        ranking.push_back(partner);
    }
    rankPartners(ranking);
    return ranking;
}

} // namespace herkomst
