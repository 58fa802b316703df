#pragma once

#include "domain/tradetypes.h"

#include <QHash>
#include <QString>
#include <optional>
#include <vector>

namespace herkomst {

// A partner code that names no country, from the built-in table (non-country-partners.csv) or
// recognised by its name ("..., nes", CBS "Overige ..."): the value is known, the partner is not.
struct NonCountryPartner {
    QString code; // as stored: GEONOM "QX", "M49-697" for a numeric UN area, "CBS-AZIE", or the name
    QString nameNl;
    QString nameEn;
    EuSide side = EuSide::Unknown;
    QString source; // where the code is defined
};

// The partner policy's reference tables (docs/design.md §1): codes that name no country. Places
// without an ISO code that count as countries (Kosovo, Ceuta, Melilla, Taiwan as "Other Asia,
// nes") are in the CountryRegistry itself, with their sources in places-without-iso.csv and
// partner-aliases.csv.
class PartnerCodes {
public:
    static const PartnerCodes &instance();

    // The block a code or name stands for: the table's entry ("QX", "M49-899", "Areas, nes",
    // "Overige Azië"), else one made from a name that says it is unspecified ("Other Europe, nes",
    // "Overige landen": the name is its code, side unknown). nullopt for anything else.
    std::optional<NonCountryPartner> find(const QString &codeOrName) const;
    const std::vector<NonCountryPartner> &table() const { return mTable; }

    // True for names that say the partner is not specified: "nes", "not elsewhere specified",
    // "n.e.s.", CBS "Overige/Overig ...", "niet nader aangeduid".
    static bool namesNoCountry(const QString &name);

private:
    PartnerCodes();

    std::vector<NonCountryPartner> mTable;
    QHash<QString, int> mByKey; // normalised code, name or alias -> index
};

} // namespace herkomst
