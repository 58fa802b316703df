#pragma once

#include <QString>
#include <optional>
#include <vector>

namespace herkomst {

// Which countries count as "EU" when a step asks for a non-EU supplier.
// Eurostat compares years with a constant composition (EU27_2020, the UK outside); the
// alternatives are a setting, never hard-coded in the analysis.
enum class EuComposition { Eu27_2020, Eu28, MembershipInYear };

bool isEuMember(EuComposition composition, const QString &iso3, int year);

// Every country that has been an EU member, with its first and last year (9999 while a member).
struct EuMembership {
    QString iso3;
    int firstYear = 0;
    int lastYear = 9999;
};
std::vector<EuMembership> euMemberships();
QString euCompositionKey(EuComposition composition); // "eu27_2020", "eu28", "year"
std::optional<EuComposition> euCompositionFromKey(const QString &key);
QString euCompositionName(EuComposition composition); // Dutch screen name, translated

// The EU as one reporter (docs/design.md §1): "EU27" is the members of 2020, "EU28" those with the
// United Kingdom. Its imports are those from non-members summed over the members, its exports
// those to non-members; intra-EU trade is no partner. nullopt for any other reporter.
std::optional<EuComposition> euReporterComposition(const QString &reporter);
QString euReporterCode(EuComposition composition); // "EU27", "EU28"; empty for membership in a year

} // namespace herkomst
