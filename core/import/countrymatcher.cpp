#include "import/countrymatcher.h"

#include "countries/countryregistry.h"
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

CountryMatcher::Match CountryMatcher::match(const QString &text, QByteArray *iso3)
{
    auto it = mCache.constFind(text);
    if (it == mCache.constEnd()) {
        QPair<Match, QByteArray> result{Match::Unmatched, {}};
        if (isTotalName(text)) {
            result.first = Match::Total;
        } else if (const Country *country = CountryRegistry::instance().find(text)) {
            result = {Match::Country, country->iso3.toLatin1()};
        } else if (mStore) {
            const QString alias = mStore->countryAlias(text);
            if (!alias.isEmpty())
                result = {Match::Country, alias.toLatin1()};
        }
        it = mCache.insert(text, result);
    }
    *iso3 = it->second;
    return it->first;
}

} // namespace herkomst
