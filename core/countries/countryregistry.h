#pragma once

#include "countries/country.h"

#include <QHash>
#include <QString>
#include <QStringList>
#include <vector>

namespace herkomst {

// The rows of one of the countries' reference tables (a resource, ';'-separated, '#' comments).
std::vector<QStringList> readTable(const QString &resource);

// All partner countries with Dutch and English names, and a forgiving look-up by name or code
// as trade files spell them (ISO alpha-2/-3, numeric, Dutch or English names, CBS spellings).
class CountryRegistry {
public:
    static const CountryRegistry &instance();

    const std::vector<Country> &countries() const { return mCountries; }
    const Country *byIso3(const QString &iso3) const;
    const Country *byNumeric(int numeric) const;
    // Name or code as written in a file; nullptr when nothing matches.
    const Country *find(const QString &nameOrCode) const;
    // Display name in the given language ("nl" or "en"), without one in the language Herkomst
    // speaks (domain/language.h); the code itself when unknown.
    QString name(const QString &iso3, const QString &language = QString()) const;

    // Normalised form used for matching: lower case, no accents, single spaces.
    static QString normalise(const QString &text);

private:
    CountryRegistry();
    void addAlias(const QString &alias, int index);

    std::vector<Country> mCountries;
    QHash<QString, int> mByIso3;
    QHash<int, int> mByNumeric;
    QHash<QString, int> mByAlias;
};

} // namespace herkomst
