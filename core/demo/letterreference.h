#pragma once

#include "domain/partnercomparison.h"

#include <QString>

namespace herkomst {

// Published figures of the Kamerbrief of 22 November 2021 (Bijlage 1), kept as reference: the
// demo data is calibrated against them and views can show them beside an analysis.

// Table 1, "Vergelijking tussen diensten- en goedereninvoer": the 20 largest partners for services
// and for goods imports, 2020, mln euro, names as printed. Read once from the shipped resource
// resources/reference/letter-table1.csv, which also holds the source line.
PartnerComparison letterTable1();
// The name the letter's table is selectable under: "Kamerbrief 2021".
QString letterTable1Label();

// Figure 1: products left after each step of the CBS 2021 analysis (2020 data).
struct PublishedFunnel {
    int universe = 3449;
    int singleNonEuSupplier = 419;
    int netImporter = 236;
    int concentrated = 135;
};
PublishedFunnel publishedFunnel2020();

} // namespace herkomst
