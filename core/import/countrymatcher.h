#pragma once

#include <QByteArray>
#include <QHash>
#include <QString>

namespace herkomst {

class Store;

// Partner names and codes as trade tables write them ("Zuid-Korea", "China", "DE", "528") to ISO3:
// the country registry first, then the aliases the user mapped in this store. Total lines
// ("Totaal", "Wereld", "Extra-EU") are told apart, so they are skipped rather than unmatched.
class CountryMatcher {
public:
    enum class Match { Country, Total, Unmatched };

    explicit CountryMatcher(const Store *store);
    Match match(const QString &text, QByteArray *iso3);

    static bool isTotalName(const QString &text);

private:
    const Store *mStore;
    QHash<QString, QPair<Match, QByteArray>> mCache;
};

} // namespace herkomst
