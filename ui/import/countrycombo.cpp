#include "import/countrycombo.h"

#include "countries/countryregistry.h"
#include "domain/numberformat.h"

#include <QCollator>
#include <QComboBox>
#include <algorithm>
#include <vector>

namespace herkomst::ui {

void addCountryItems(QComboBox *combo)
{
    // In the screen language, sorted as its speakers sort (a few hundred names: cheap).
    const bool english = NumberFormat::language().startsWith(QLatin1String("en"));
    std::vector<std::pair<QString, QString>> list; // name, ISO3
    for (const Country &country : CountryRegistry::instance().countries()) {
        if (country.kind == PartnerKind::Country)
            list.emplace_back(english && !country.nameEn.isEmpty() ? country.nameEn : country.nameNl, country.iso3);
    }
    QCollator collator{QLocale()};
    std::sort(list.begin(), list.end(),
              [&](const auto &a, const auto &b) { return collator.compare(a.first, b.first) < 0; });
    for (const auto &[name, iso3] : list)
        combo->addItem(QStringLiteral("%1 (%2)").arg(name, iso3), iso3);
}

} // namespace herkomst::ui
