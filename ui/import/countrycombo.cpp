#include "import/countrycombo.h"

#include "countries/countryregistry.h"

#include <QCollator>
#include <QComboBox>
#include <algorithm>
#include <vector>

namespace herkomst::ui {

void addCountryItems(QComboBox *combo)
{
    // Sorted once: every combo of a wizard page lists the same ~250 countries.
    static const std::vector<const Country *> sorted = [] {
        std::vector<const Country *> list;
        for (const Country &country : CountryRegistry::instance().countries()) {
            if (country.kind == PartnerKind::Country)
                list.push_back(&country);
        }
        QCollator collator{QLocale(QLocale::Dutch)}; // braces: with parentheses clang reads a declaration
        std::sort(list.begin(), list.end(),
                  [&](const Country *a, const Country *b) { return collator.compare(a->nameNl, b->nameNl) < 0; });
        return list;
    }();
    for (const Country *country : sorted)
        combo->addItem(QStringLiteral("%1 (%2)").arg(country->nameNl, country->iso3), country->iso3);
}

} // namespace herkomst::ui
