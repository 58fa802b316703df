#pragma once

#include <QString>

namespace herkomst {

// A revision of the Harmonized System, named by the year it came into force (docs/design.md,
// "HS versions"). A six-digit code means something only together with its revision.
enum class HsRevision {
    Unknown = 0,
    HS1992 = 1992,
    HS1996 = 1996,
    HS2002 = 2002,
    HS2007 = 2007,
    HS2012 = 2012,
    HS2017 = 2017,
    HS2022 = 2022,
};

// The revision in force in a year, as national and EU statistics (CBS, Comext, Comtrade) code
// that year's trade: HS2007 for 2007-2011, HS2012 for 2012-2016, HS2017 for 2017-2021, HS2022
// from 2022. Unknown before 1988.
HsRevision hsRevisionOfYear(int year);

// "HS2017"; empty for Unknown.
QString hsRevisionName(HsRevision revision);

// "HS2017" or "HS17" (as BACI names its files), case-insensitive; Unknown for anything else.
HsRevision parseHsRevision(const QString &text);

// The stored form (the revision's year, 0 unknown) and back; an unknown number gives Unknown.
inline int hsRevisionNumber(HsRevision revision)
{
    return int(revision);
}
HsRevision hsRevisionFromNumber(int number);

// How the products of a data set follow the revisions: one revision for every year (a BACI
// release), each year the revision in force (CBS, Comext, Comtrade), or not known (demo data,
// older stores of other sources).
struct HsCoding {
    HsRevision fixed = HsRevision::Unknown;
    bool yearly = false;

    HsRevision revisionOf(int year) const { return yearly ? hsRevisionOfYear(year) : fixed; }
};

} // namespace herkomst
