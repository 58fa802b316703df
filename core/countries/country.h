#pragma once

#include <QString>

namespace herkomst {

// Country: a trade partner (ISO, or a place of the alias table). Aggregate: a group that may be
// a reporter (the EU as one reporter) but is never a partner.
enum class PartnerKind { Country, Aggregate };

struct Country {
    QString iso3; // ISO 3166-1 alpha-3, or an X-code for partners that are no country
    QString iso2;
    int numeric = 0; // ISO 3166-1 numeric, 0 when none
    QString nameNl;
    QString nameEn;
    PartnerKind kind = PartnerKind::Country;
};

} // namespace herkomst
