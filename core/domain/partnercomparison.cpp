#include "domain/partnercomparison.h"

#include "countries/countryregistry.h"
#include "countries/eucomposition.h"
#include "countries/partnercodes.h"

#include <algorithm>

namespace herkomst {

bool samePartner(const RankedPartner &a, const RankedPartner &b)
{
    if (!a.code.isEmpty() && !b.code.isEmpty())
        return a.code == b.code;
    return CountryRegistry::normalise(a.name) == CountryRegistry::normalise(b.name);
}

namespace {

bool contains(const std::vector<RankedPartner> &list, const RankedPartner &partner)
{
    return std::any_of(list.begin(), list.end(), [&](const RankedPartner &p) { return samePartner(p, partner); });
}

} // namespace

PartnerComparison PartnerComparison::top(int n) const
{
    PartnerComparison cut = *this;
    if (n >= 0 && size_t(n) < cut.services.size())
        cut.services.resize(size_t(n));
    if (n >= 0 && size_t(n) < cut.goods.size())
        cut.goods.resize(size_t(n));
    return cut;
}

bool PartnerComparison::inServices(const RankedPartner &partner) const
{
    return contains(services, partner);
}

bool PartnerComparison::inGoods(const RankedPartner &partner) const
{
    return contains(goods, partner);
}

RankedPartner identifyPartner(const QString &name, int year)
{
    RankedPartner partner;
    partner.name = name;
    // A residual group is never forced onto a country, even when a country's alias resembles it.
    if (const std::optional<NonCountryPartner> group = PartnerCodes::instance().find(name)) {
        partner.code = group->code;
        partner.side = group->side;
        partner.block = true;
        return partner;
    }
    if (const Country *country = CountryRegistry::instance().find(name)) {
        partner.code = country->iso3;
        partner.side = isEuMember(EuComposition::Eu27_2020, country->iso3, year) ? EuSide::IntraEu : EuSide::ExtraEu;
    }
    return partner;
}

void rankPartners(std::vector<RankedPartner> &partners)
{
    std::stable_sort(partners.begin(), partners.end(), [](const RankedPartner &a, const RankedPartner &b) {
        if (a.value != b.value)
            return a.value > b.value;
        return a.name < b.name;
    });
    for (size_t i = 0; i < partners.size(); ++i)
        partners[i].rank = int(i) + 1;
}

} // namespace herkomst
