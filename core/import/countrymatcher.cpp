#include "import/countrymatcher.h"

#include "countries/countryregistry.h"
#include "countries/partnercodes.h"
#include "store/store.h"

#include <QSet>

namespace herkomst {

CountryMatcher::CountryMatcher(const Store *store) : mStore(store) {}

bool CountryMatcher::isTotalName(const QString &text)
{
    static const QSet<QString> totals = {
        QStringLiteral("totaal"),
        QStringLiteral("total"),
        QStringLiteral("totaal landen"),
        QStringLiteral("totaal alle landen"),
        QStringLiteral("alle landen"),
        QStringLiteral("wereld"),
        QStringLiteral("world"),
        QStringLiteral("totaal wereld"),
        QStringLiteral("eu"),
        QStringLiteral("eu27"),
        QStringLiteral("eu 27"),
        QStringLiteral("eu27 2020"),
        QStringLiteral("eu28"),
        QStringLiteral("eu 28"),
        QStringLiteral("intra eu"),
        QStringLiteral("extra eu"),
        QStringLiteral("niet eu"),
        QStringLiteral("buiten de eu"),
        QStringLiteral("eu landen"),
        QStringLiteral("niet eu landen"),
        QStringLiteral("totaal goederen"),
        QStringLiteral("alle goederen"),
        QStringLiteral("all products"),
        QStringLiteral("all countries"),
        QStringLiteral("totaal generaal"),
    };
    return totals.contains(CountryRegistry::normalise(text));
}

CountryMatcher::Match CountryMatcher::match(const QString &text, QByteArray *code)
{
    auto it = mCache.constFind(text);
    if (it == mCache.constEnd()) {
        QPair<Match, QByteArray> result{Match::Unmatched, {}};
        if (isTotalName(text)) {
            result.first = Match::Total;
        } else if (const Country *country = CountryRegistry::instance().find(text);
                   country && country->kind == PartnerKind::Country) {
            result = {Match::Country, country->iso3.toLatin1()};
        } else if (const QString alias = mStore ? mStore->countryAlias(text) : QString(); !alias.isEmpty()) {
            result = {Match::Country, alias.toLatin1()};
        } else if (const std::optional<NonCountryPartner> block = PartnerCodes::instance().find(text)) {
            result = {Match::Block, block->code.toUtf8()};
            mBlocks.insert(result.second, {block->code, block->nameNl, block->side});
        }
        it = mCache.insert(text, result);
    }
    *code = it->second;
    return it->first;
}

CountryMatcher::Match CountryMatcher::match(const QStringList &spellings, const QString &name,
                                            bool listedWithoutCountry, QByteArray *code)
{
    QStringList candidates = spellings;
    if (!name.isEmpty())
        candidates << name;
    for (const QString &candidate : std::as_const(candidates)) {
        if (candidate.trimmed().isEmpty())
            continue;
        const Match found = match(candidate, code);
        if (found != Match::Unmatched)
            return found;
    }
    const QString first = spellings.value(0).trimmed();
    if (!listedWithoutCountry || first.isEmpty())
        return Match::Unmatched;
    *code = first.toUtf8();
    mBlocks.insert(*code, {first, name.trimmed(), EuSide::Unknown});
    return Match::Block;
}

} // namespace herkomst
