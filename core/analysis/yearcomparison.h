#pragma once

#include "analysis/funnelanalysis.h"
#include "domain/hsconcordance.h"

#include <QString>
#include <vector>

namespace herkomst {

// One analysis of one year, as a comparison needs it.
struct YearAnalysis {
    const StatisticsSet *statistics = nullptr;
    const AnalysisResult *result = nullptr;
    HsRevision revision = HsRevision::Unknown; // the HS revision the year's codes are in
};

// Where a product stands in one year of a comparison.
struct YearStanding {
    int year = 0;
    // The code this is the standing of: the change's own code, or across revisions the code of the
    // group (in this year's revision) that came furthest; empty when the group has none this year.
    QString hs6;
    bool imported = false; // in that year's universe (imported, in the chosen industries)
    QString stage;         // key of the last step passed; empty when not imported
    QString stoppedAt;     // key of the step that stopped it; empty after the last step
    bool undetermined = false;
    std::vector<double> values; // per funnel step (criterion), the metric that year; NaN missing
};

// A product after the last step in one year and not in the other, and why.
struct ProductChange {
    QString hs6;
    YearStanding from;
    YearStanding to;
    // The step that keeps it out of the final set in the year it is not there ("not_imported" when
    // it was not imported that year).
    QString reason;
    int group = -1; // across revisions: the index of its group in YearComparison::groups
};

// How the two years' codes were matched.
enum class CodeMatching {
    AsCoded,  // the same HS revision, or a year whose revision is not known: codes as they are
    ByGroup,  // two revisions: through the correlation groups (docs/design.md, "HS versions")
    NoTables, // two revisions the correlation tables do not connect: codes as they are, unreliable
};

// Across revisions: one correlation group with a product after the last step in either year.
struct GroupChange {
    enum class Status { New, Gone, Persistent };
    Status status = Status::Persistent;
    HsGroup group;                     // all its codes: `from` year's revision and `to` year's
    std::vector<QString> fromFinal;    // its codes after the last step in `from`
    std::vector<QString> toFinal;      // and in `to`
    std::vector<int> fromCounterparts; // per fromFinal code: how many `to` codes it became
    std::vector<int> toCounterparts;   // per toFinal code: how many `from` codes it came from
};

// What changed between two years among the products after the last step. In one HS revision codes
// are matched as they are; across revisions by correlation group, and a group is after the last
// step in a year when any of its codes is: `added` then holds the `to` codes of new groups, `gone`
// the `from` codes of gone groups, `persistent` the `to` codes of persistent groups.
struct YearComparison {
    std::vector<QString> added;         // after the last step in `to`, not in `from`
    std::vector<QString> gone;          // after the last step in `from`, not in `to`
    std::vector<QString> persistent;    // in both
    std::vector<ProductChange> changes; // one per added or gone product, in HS6 order
    std::vector<QString> stepKeys;      // the funnel steps `values` follow (criteria, in order)
    CodeMatching matching = CodeMatching::AsCoded;
    HsRevision fromRevision = HsRevision::Unknown;
    HsRevision toRevision = HsRevision::Unknown;
    std::vector<GroupChange> groups; // ByGroup: every group with a change or a persistent product
};

inline const QString kNotImported = QStringLiteral("not_imported");

// Compares two analyses run with the same settings on two years; across HS revisions through the
// concordance's groups.
YearComparison compareYears(const YearAnalysis &from, const YearAnalysis &to, const AnalysisSettings &settings,
                            const HsConcordance &concordance = HsConcordance::shipped());

} // namespace herkomst
