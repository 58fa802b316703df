#pragma once

#include "domain/tradedata.h"

#include <QByteArray>
#include <QHash>
#include <QMap>
#include <QString>
#include <QStringList>

namespace herkomst {

class Store;

// The partner policy of every import (docs/design.md §1 and §4), in this one place: what a partner
// code or name as a trade file writes it ("Zuid-Korea", "DE", "528", "QX", "Overige Azië", "S19")
// stands for, in this order:
//  - a total ("Totaal", "Wereld", "Extra-EU"): the row is skipped;
//  - a country of the registry, with its alias table (Taiwan as "Other Asia, nes", Kosovo XK,
//    Ceuta XC, Melilla XL, former countries), or an alias the user mapped in this store;
//  - a code or name that names no country (Comext QP-QZ, "nes" areas, CBS residual groups), or a
//    code the source's own code list declares without a country: a block under its own code and
//    name, whose value counts in the reporter's imports but which is never a supplier;
//  - anything else is unmatched: the import refuses it unless the user maps or skips it.
class CountryMatcher {
public:
    enum class Match { Country, Block, Total, Unmatched };

    explicit CountryMatcher(const Store *store);
    // One code or name; *code gets the ISO3 (Country) or the block's code (Block).
    Match match(const QString &text, QByteArray *code);
    // A partner given by several spellings (a code list's ISO3, its number as "M49-<n>", its
    // name), tried in order. When none matches and the source lists the partner without a country
    // (BACI's "N/A"), it is a block with the first spelling as code and `name` as its name.
    Match match(const QStringList &spellings, const QString &name, bool listedWithoutCountry, QByteArray *code);

    // The blocks matched so far, by code.
    const QMap<QByteArray, PartnerBlock> &blocks() const { return mBlocks; }

    static bool isTotalName(const QString &text);

private:
    const Store *mStore;
    QHash<QString, QPair<Match, QByteArray>> mCache;
    QMap<QByteArray, PartnerBlock> mBlocks;
};

} // namespace herkomst
