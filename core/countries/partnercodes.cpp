#include "countries/partnercodes.h"

#include "countries/countryregistry.h"

#include <QRegularExpression>

namespace herkomst {

const PartnerCodes &PartnerCodes::instance()
{
    static const PartnerCodes codes;
    return codes;
}

PartnerCodes::PartnerCodes()
{
    for (const QStringList &fields : readTable(QStringLiteral(":/herkomst/countries/non-country-partners.csv"))) {
        NonCountryPartner entry;
        entry.code = fields.value(0);
        entry.nameNl = fields.value(1);
        entry.nameEn = fields.value(2);
        const QString side = fields.value(3);
        entry.side = side == QLatin1String("extra")   ? EuSide::ExtraEu
                     : side == QLatin1String("intra") ? EuSide::IntraEu
                                                      : EuSide::Unknown;
        entry.source = fields.value(5);
        const int index = int(mTable.size());
        mTable.push_back(entry);
        QStringList keys{entry.code, entry.nameNl, entry.nameEn};
        keys += fields.value(4).split(QLatin1Char('|'), Qt::SkipEmptyParts);
        for (const QString &key : std::as_const(keys)) {
            const QString normalised = CountryRegistry::normalise(key);
            if (!normalised.isEmpty() && !mByKey.contains(normalised))
                mByKey.insert(normalised, index);
        }
    }
}

std::optional<NonCountryPartner> PartnerCodes::find(const QString &codeOrName) const
{
    const QString text = codeOrName.trimmed();
    const auto it = mByKey.constFind(CountryRegistry::normalise(text));
    if (it != mByKey.constEnd())
        return mTable[size_t(*it)];
    if (!namesNoCountry(text))
        return std::nullopt;
    NonCountryPartner made;
    made.code = text;
    made.nameNl = made.nameEn = text;
    return made;
}

bool PartnerCodes::namesNoCountry(const QString &name)
{
    static const QRegularExpression unspecified(
        QStringLiteral("\\bn\\.?\\s?e\\.?\\s?s\\b\\.?|not elsewhere specified|not specified|niet nader aangeduid|"
                       "niet elders genoemd|^overige?\\s"),
        QRegularExpression::CaseInsensitiveOption);
    return unspecified.match(name.trimmed()).hasMatch();
}

} // namespace herkomst
