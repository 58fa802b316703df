#pragma once

#include <QString>
#include <vector>

namespace herkomst {

// Published figures of the Kamerbrief of 22 November 2021 (Bijlage 1), kept as reference: the
// demo data is calibrated against them and views can show them beside an analysis.
struct LetterTableRow {
    QString flow; // "goederen" or "diensten"
    int rank = 0;
    QString iso3;
    QString nameNl;
    double valueMlnEur = 0.0;
};

// Table 1, goods imports 2020 (mln euro). Only the rows quoted in the brief for this project are
// transcribed; the other rows and the services column are still to be copied from the letter.
const std::vector<LetterTableRow> &letterTable1();

// Figure 1: products left after each step of the CBS 2021 analysis (2020 data).
struct PublishedFunnel {
    int universe = 3449;
    int singleNonEuSupplier = 419;
    int netImporter = 236;
    int concentrated = 135;
};
PublishedFunnel publishedFunnel2020();

} // namespace herkomst
