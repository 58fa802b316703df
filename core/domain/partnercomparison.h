#pragma once

#include "domain/tradetypes.h"

#include <QString>
#include <vector>

namespace herkomst {

// One partner in a ranking of a reporter's imports by partner (Table 1 of the letter).
struct RankedPartner {
    int rank = 0;                  // 1 for the largest
    QString name;                  // as the source prints it: "Verenigde Staten", "Overige Azië"
    QString code;                  // ISO3, or the block code of a residual group ("CBS-AZIE"); empty when unknown
    EuSide side = EuSide::Unknown; // EU member or not, in the comparison's year
    bool block = false;            // a residual group of the source, never one country
    double value = 0.0;            // millions of the comparison's currency
    bool partial = false;          // some of the partner's cells are secret or unknown: a lower bound
};

// Services against goods imports by partner, as Table 1 of the Kamerbrief of 22 November 2021
// compares them (docs/design.md, "Table 1"). Either list may be empty when its source is absent.
struct PartnerComparison {
    QString label;      // "Kamerbrief 2021", or the data sets' names
    QString sourceLine; // "Bron: ..." as under the table
    QString reporter;   // ISO3
    int year = 0;
    QString currency = QStringLiteral("EUR");
    std::vector<RankedPartner> services;
    std::vector<RankedPartner> goods;

    // The same comparison with each list cut to its n largest partners.
    PartnerComparison top(int n) const;
    // Whether partner (of one list) appears in the other list as well: by code, else by name.
    bool inServices(const RankedPartner &partner) const;
    bool inGoods(const RankedPartner &partner) const;
};

// Whether two entries name the same partner: by code when both have one, else by name.
bool samePartner(const RankedPartner &a, const RankedPartner &b);

// A partner as a source names it, recognised as a country (its ISO3 and EU side in year) or as a
// residual group ("Overige Azië": code, block, its side), or neither (code empty, side unknown).
RankedPartner identifyPartner(const QString &name, int year);

// Ranks partners by value (largest first, ties by name) and numbers them from 1.
void rankPartners(std::vector<RankedPartner> &partners);

} // namespace herkomst
