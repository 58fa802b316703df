#include "export/hsgrouplabels.h"

#include "domain/numberformat.h"

namespace herkomst {

namespace {

// One code after the last step and where it came from or went: "490590 (HS2022) ← 2
// HS2017-codes", "251830 (HS2017) → 1 HS2022-code".
QString groupLabel(const QString &code, HsRevision own, int counterparts, HsRevision other, bool arrived)
{
    const QString count = NumberFormat::count(counterparts);
    if (arrived)
        return counterparts == 1
                   ? HsGroupLabels::tr("%1 (%2) ← 1 %3-code").arg(code, hsRevisionName(own), hsRevisionName(other))
                   : HsGroupLabels::tr("%1 (%2) ← %3 %4-codes")
                         .arg(code, hsRevisionName(own), count, hsRevisionName(other));
    return counterparts == 1
               ? HsGroupLabels::tr("%1 (%2) → 1 %3-code").arg(code, hsRevisionName(own), hsRevisionName(other))
               : HsGroupLabels::tr("%1 (%2) → %3 %4-codes")
                     .arg(code, hsRevisionName(own), count, hsRevisionName(other));
}

} // namespace

QStringList HsGroupLabels::of(const GroupChange &change, const YearComparison &c)
{
    QStringList labels;
    const HsGroup &group = change.group;
    if (group.kind() == HsGroup::Kind::OneToOne && group.fromCodes.size() == 1 && group.toCodes.size() == 1) {
        const QString &from = group.fromCodes.front(), &to = group.toCodes.front();
        labels << (from == to ? to
                              : QStringLiteral("%1 (%2) = %3 (%4)")
                                    .arg(to, hsRevisionName(c.toRevision), from, hsRevisionName(c.fromRevision)));
        return labels;
    }
    for (size_t i = 0; i < change.toFinal.size(); ++i)
        labels << groupLabel(change.toFinal[i], c.toRevision, change.toCounterparts[i], c.fromRevision, true);
    if (change.toFinal.empty()) {
        for (size_t i = 0; i < change.fromFinal.size(); ++i)
            labels << groupLabel(change.fromFinal[i], c.fromRevision, change.fromCounterparts[i], c.toRevision, false);
    }
    return labels;
}

} // namespace herkomst
